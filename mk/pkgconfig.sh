#!/bin/sh
# csock.pc for this configuration (mk/lib.ninja runs this):
#   sh mk/pkgconfig.sh PREFIX LIBDIR INCLUDEDIR LIBS IN OUT
# The install paths and LIBS, then IN (the lines the generator wrote from
# spec/library.yaml: Name, Version, ...).  libdir and includedir are
# written relative to ${prefix} when they lie under PREFIX, so the file
# stays right when the tree is moved (pkg-config --define-prefix, or
# --define-variable=prefix=...); a LIBDIR or INCLUDEDIR outside PREFIX is
# written as it is.
set -eu
[ $# -eq 6 ] || { echo "usage: $0 PREFIX LIBDIR INCLUDEDIR LIBS IN OUT" >&2; exit 2; }
prefix=$1 libdir=$2 includedir=$3 libs=$4 in=$5 out=$6
rel() {  # rel DIR: ${prefix}/... when DIR is PREFIX or under it
    case $1 in
        "$prefix") printf '%s' '${prefix}' ;;
        "${prefix%/}"/*) printf '%s%s' '${prefix}' "${1#"${prefix%/}"}" ;;
        *) printf '%s' "$1" ;;
    esac
}
{
    printf 'prefix=%s\nexec_prefix=${prefix}\nlibdir=%s\nincludedir=%s\nlibs_private=%s\n\n' \
        "$prefix" "$(rel "$libdir")" "$(rel "$includedir")" "$libs"
    cat "$in"
} > "$out.tmp"
mv -f "$out.tmp" "$out"
