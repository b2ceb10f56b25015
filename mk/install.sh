#!/bin/sh
# `ninja install` / `ninja uninstall` (mk/lib.ninja runs this):
#   sh mk/install.sh install|uninstall PREFIX LIBDIR INCLUDEDIR BUILD \
#       SHLIB_FILE SHLIB_SONAME SHLIB_LINK
# DESTDIR (environment, default empty) is put in front of every path, as
# `make install` does, for staging and packaging.  Installs:
#   INCLUDEDIR/csock/*.h       include/csock/ and generated/include/csock/
#   LIBDIR/libcsock.a
#   LIBDIR/SHLIB_FILE          (libcsock.so.MAJOR.MINOR.PATCH on ELF)
#   LIBDIR/SHLIB_SONAME        -> SHLIB_FILE   (libcsock.so.MAJOR)
#   LIBDIR/SHLIB_LINK          -> SHLIB_SONAME (libcsock.so)
#   LIBDIR/pkgconfig/csock.pc
#   PREFIX/share/man/man3/*.3  one page per exported function (docs/reference/man3)
#   PREFIX/share/man/man7/csock.7
# Each file is copied next to its destination and renamed over it, so a
# program running from the old shared library keeps its mapping.
# The directories install creates (those that did not exist) are listed in
# INCLUDEDIR/csock/.installed-dirs (without DESTDIR); uninstall removes them again, deepest
# first, each only if it is empty by then (never a directory it did not
# create, nor one that has gained other files).
set -eu
[ $# -eq 8 ] || { echo "usage: $0 install|uninstall PREFIX LIBDIR INCLUDEDIR BUILD SHLIB_FILE SHLIB_SONAME SHLIB_LINK" >&2; exit 2; }
action=$1 prefix=$2 libdir=$3 includedir=$4 build=$5 file=$6 soname=$7 link=$8
destdir=${DESTDIR-}
for d in "$libdir" "$includedir"; do
    case $d in
        /*) ;;
        *) echo "install: $d is not an absolute path (PREFIX, LIBDIR and INCLUDEDIR must be)" >&2; exit 1 ;;
    esac
done
lib=$destdir$libdir
inc=$destdir$includedir/csock
man=$destdir$prefix/share/man

put() {  # put MODE SRC DEST
    cp "$2" "$3.tmp$$"
    chmod "$1" "$3.tmp$$"
    mv -f "$3.tmp$$" "$3"
    echo "  $3"
}
link() {  # link TARGET NAME
    ln -sf "$1" "$2.tmp$$"
    mv -f "$2.tmp$$" "$2"
    echo "  $2 -> $1"
}

manifest=$inc/.installed-dirs
missing() {  # missing DIR...: those (and their parents) that do not exist, without DESTDIR
    for d in "$@"; do
        while [ -n "$d" ] && [ "$d" != / ] && [ "$d" != "$destdir" ] && [ ! -d "$d" ]; do
            echo "${d#"$destdir"}"
            d=${d%/*}
        done
    done
}

case $action in
install)
    echo "installing csock under ${destdir:+DESTDIR=$destdir }$prefix"
    created=$(missing "$inc" "$lib/pkgconfig" "$man/man3" "$man/man7")
    mkdir -p "$inc" "$lib/pkgconfig" "$man/man3" "$man/man7"
    # keep what an earlier install recorded (its directories are still ours)
    old=$(cat "$manifest" 2>/dev/null || true)
    printf '%s\n' "$created" "$old" | awk 'NF && !seen[$0]++' | sort -r > "$manifest.tmp$$"
    mv -f "$manifest.tmp$$" "$manifest"
    for h in include/csock/*.h generated/include/csock/*.h; do
        put 644 "$h" "$inc/${h##*/}"
    done
    put 644 "$build/libcsock.a" "$lib/libcsock.a"
    put 755 "$build/$file" "$lib/$file"
    [ "$soname" = "$file" ] || link "$file" "$lib/$soname"
    [ "$link" = "$soname" ] || link "$soname" "$lib/$link"
    put 644 "$build/csock.pc" "$lib/pkgconfig/csock.pc"
    for p in docs/reference/man3/*.3; do put 644 "$p" "$man/man3/${p##*/}" >/dev/null; done
    put 644 docs/reference/man7/csock.7 "$man/man7/csock.7"
    echo "  $man/man3/csock_*.3 ($(ls docs/reference/man3 | wc -l) pages)"
    if [ -z "$destdir" ] && command -v ldconfig >/dev/null 2>&1; then
        echo "(if $libdir is one of the loader's directories, run ldconfig)"
    fi
    ;;
uninstall)
    echo "removing csock from ${destdir:+DESTDIR=$destdir }$prefix"
    dirs=$(cat "$manifest" 2>/dev/null || true)
    rm -f "$manifest"
    for h in include/csock/*.h generated/include/csock/*.h; do rm -f "$inc/${h##*/}"; done
    rmdir "$inc" 2>/dev/null || true  # csock's own directory, if empty
    for f in libcsock.a "$file" "$soname" "$link" pkgconfig/csock.pc; do rm -f "$lib/$f"; done
    for p in docs/reference/man3/*.3; do rm -f "$man/man3/${p##*/}"; done
    rm -f "$man/man7/csock.7"
    # the directories install created, deepest first, each only if empty
    printf '%s\n' "$dirs" | sort -r | while IFS= read -r d; do
        [ -n "$d" ] || continue
        rmdir "$destdir$d" 2>/dev/null && echo "  removed $destdir$d/" || true
    done
    ;;
*)
    echo "install: unknown action '$action'" >&2; exit 2 ;;
esac
