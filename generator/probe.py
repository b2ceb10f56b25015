#!/usr/bin/env python3
"""Constant drift between spec/constants and this machine's headers.

    /usr/bin/python3 -B generator/probe.py [--cc cc] [--lib build/libcsock.a]
    (or: ninja probe)

Both directions, for the platform this compiler targets (found through the
`guard` macros of spec/platforms.yaml):

  spec -> headers   every constant the spec gives this platform: does a
                    program compiled against the real headers see it, with
                    the value the library's generated table holds?
  headers -> spec   object-like macros with the spec's prefixes (AF_ SO_
                    IPV6_ ...) that `cc -dM -E` over the platform's headers
                    (spec/platforms.yaml) defines and the spec lacks.

It is a report: it exits 0 whatever it finds (1 only when it cannot run),
and ends with one summary line.

    /usr/bin/python3 -B generator/probe.py --update-spec [--new-platform NAME:GUARD]

regenerates for this platform in one command: it first writes what the
headers show into the spec's availability (a constant the headers define
gets this platform in its `platforms:`; with --new-platform, a platform
this compiler's GUARD macro identifies is added to spec/platforms.yaml with
the known headers that exist here), then regenerates generated/, rebuilds
build/libcsock.a with ninja and prints the report.  It only adds: what the
spec gives this platform and the headers lack stays for a person to judge
(the header may just not be installed).
"""
from __future__ import annotations

import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from csockgen.diag import ErrorList, GenError  # noqa: E402
from csockgen.main import build_spec  # noqa: E402
from csockgen.render import c_string, upper_ident  # noqa: E402
import adopt  # noqa: E402

# Prefixes asked for besides those the spec's own names give.
EXTRA_PREFIXES = ("UDP_", "RDS_", "IPX_", "SOL_", "PF_", "SCM_", "MSG_")
# Spec names whose first word is too generic to hunt for.
SKIP_PREFIXES = ("IOCTL_", "VM_", "LOCAL_")
CSTD = ["-std=c11", "-D_GNU_SOURCE"]


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def have(h: str) -> str:
    return "CSOCK__HDR_" + upper_ident(h)


def include_block(headers) -> str:
    out = []
    for h in headers:
        out.append(f"#if __has_include(<{h}>)\n#include <{h}>\n#define {have(h)} 1\n#endif")
    return "\n".join(out)


def predefined(cc) -> set:
    r = run(cc + ["-dM", "-E", "-x", "c", os.devnull])
    if r.returncode != 0:
        raise SystemExit(f"probe: cannot run {shlex.join(cc)}: {r.stderr.strip()}")
    return {line.split()[1] for line in r.stdout.splitlines() if line.startswith("#define ")}


def existing_headers(cc, headers) -> list:
    src = "\n".join(f"#if __has_include(<{h}>)\nHAVE {h}\n#endif" for h in headers)
    r = run(cc + CSTD + ["-E", "-P", "-x", "c", "-"], input=src)
    return [h for h in headers if f"HAVE {h}" in r.stdout.split("\n")]


def detect_platform(spec, cc):
    defined = predefined(cc)
    for p in spec.platform_list:
        if p.guard in defined:
            return p
    return None


def probe_program(table) -> str:
    rows = []
    for c in table.constants:
        name = c_string(c.name)
        if c.string is not None:
            cond = f"defined({c.c_name})"
            hv = "0"
            hs = c_string(c.string)
        elif c.enumerator:
            cond = f"defined({have(c.header)})"
            hv, hs = f"(long long)({c.c_name})", "NULL"
        else:
            cond = f"defined({c.c_name})"
            hv, hs = f"(long long)({c.c_name})", "NULL"
        rows.append(f"#if {cond}\n    row({name}, 1, {hv}, {hs});\n#else\n"
                    f"    row({name}, 0, 0, NULL);\n#endif")
    return f"""/* Written by generator/probe.py: the constants as this machine's
 * headers define them, next to the library's generated table. */
#include <stdio.h>
{include_block(table.headers)}
#include "csock/csock_constants.h"

static void row(const char *name, int in_headers, long long hv, const char *hs)
{{
    const csock_constant_info *c = csock_constant_find(name);
    printf("%s\\t%d\\t%lld\\t%s\\t%d\\t%lld\\t%s\\n", name, in_headers, hv, hs ? hs : "-",
           c != NULL, c ? c->value : 0, c && c->str ? c->str : "-");
}}

int main(void)
{{
{chr(10).join(rows)}
    return 0;
}}
"""


def header_macros(cc, headers):
    """Object-like macros of `cc -dM -E` over the headers that exist."""
    src = "\n".join(f"#if __has_include(<{h}>)\n#include <{h}>\n#endif" for h in headers)
    r = run(cc + CSTD + ["-dM", "-E", "-x", "c", "-"], input=src)
    if r.returncode != 0:
        raise SystemExit(f"probe: cc -dM -E failed:\n{r.stderr}")
    out = {}
    for line in r.stdout.splitlines():
        m = re.match(r"#define ([A-Za-z_][A-Za-z0-9_]*)(\(?)\s*(.*)$", line)
        if m and not m.group(2):
            out[m.group(1)] = m.group(3).strip()
    return out


ALL_KINDS = None  # every kind: what the generator reads


def load_spec(kinds=frozenset({"platforms", "constants"})):
    return build_spec(os.path.join(ROOT, "spec"), os.path.join(ROOT, "spec", "schema"),
                      display_root=ROOT, only_kinds=set(kinds) if kinds else None)


def regenerate() -> int:
    """generated/ from the spec (as `ninja gen`); 0 on success."""
    r = run([sys.executable, "-B", os.path.join(HERE, "run.py")], cwd=ROOT)
    sys.stdout.write(r.stdout)
    sys.stderr.write(r.stderr)
    return r.returncode


def update_spec(cc, new_platform) -> int:
    """The --update-spec step; 0 on success."""
    try:
        spec = load_spec(ALL_KINDS)
    except (ErrorList, GenError) as e:
        print(f"probe: the spec does not validate:\n{e}", file=sys.stderr)
        return 1
    plat = detect_platform(spec, cc)
    if plat is None:
        if not new_platform:
            print("probe: this compiler targets no platform of spec/platforms.yaml; "
                  "name it: --new-platform NAME:GUARD (e.g. netbsd:__NetBSD__)", file=sys.stderr)
            return 1
        name, _, guard = new_platform.partition(":")
        if not re.fullmatch(r"[a-z][a-z0-9]*", name) or not re.fullmatch(r"[A-Za-z_]\w*", guard):
            print(f"probe: --new-platform wants NAME:GUARD, not {new_platform!r}", file=sys.stderr)
            return 1
        if guard not in predefined(cc):
            print(f"probe: {shlex.join(cc)} does not define {guard}", file=sys.stderr)
            return 1
        known = []
        for p in spec.platform_list:
            known += [h for h in p.headers if h not in known]
        headers = existing_headers(cc, known)
        f = adopt.add_platform(ROOT, spec, name, guard, headers)
        print(f"probe: added platform {name} ({guard}) to {f} with {len(headers)} headers")
        try:
            spec = load_spec(ALL_KINDS)
        except (ErrorList, GenError) as e:
            print(f"probe: the spec does not validate after adding {name}:\n{e}", file=sys.stderr)
            return 1
        plat = spec.platforms[name]
    elif new_platform and new_platform.partition(":")[0] != plat.name:
        print(f"probe: this compiler is {plat.name} ({plat.guard}) already", file=sys.stderr)
        return 1
    table = next(t for t in spec.constant_platforms if t.name == plat.name)
    macros = header_macros(cc, table.headers + [c.header for c in spec.constant_list
                                                if c.header not in table.headers])
    here = set(existing_headers(cc, sorted({c.header for c in spec.constant_list})))
    defined = {c.name for c in spec.constant_list
               if (c.enumerator and c.header in here) or (not c.enumerator and c.c_name in macros)}
    files, given = adopt.add_to_constants(ROOT, spec, plat.name, defined)
    print(f"probe: {plat.name} given {len(given)} constant(s) its headers define"
          + (f" ({', '.join(files)})" if files else ""))
    if given:
        print("  " + " ".join(given))
    files, given = adopt.add_to_families(ROOT, spec, plat.name, defined)
    print(f"probe: {plat.name} given {len(given)} address famil(y/ies) its headers define"
          + (f": {' '.join(given)}" if given else ""))
    print("probe: the API's availability (spec/api `platforms:`) is not in the headers: "
          "review it by hand")
    try:
        load_spec(ALL_KINDS)
    except (ErrorList, GenError) as e:
        print(f"probe: the edited spec does not validate (a bug):\n{e}", file=sys.stderr)
        return 1
    if regenerate() != 0:
        return 1
    r = subprocess.run(["ninja", "build/libcsock.a"], cwd=ROOT)
    return 0 if r.returncode == 0 else 1


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cc", default=os.environ.get("CC", "cc"))
    ap.add_argument("--lib", default=os.path.join(ROOT, "build", "libcsock.a"))
    ap.add_argument("--workdir", default=os.path.join(ROOT, "build", "probe"))
    ap.add_argument("--generated", default=os.path.join(ROOT, "generated"))
    ap.add_argument("--all", action="store_true", help="list every macro the spec lacks")
    ap.add_argument("--update-spec", action="store_true",
                    help="first give this platform what its headers define, regenerate, rebuild")
    ap.add_argument("--new-platform", metavar="NAME:GUARD",
                    help="with --update-spec: add this platform to spec/platforms.yaml")
    args = ap.parse_args(argv)
    cc = shlex.split(args.cc)

    if args.new_platform and not args.update_spec:
        ap.error("--new-platform needs --update-spec")
    if args.update_spec and update_spec(cc, args.new_platform) != 0:
        return 1
    try:
        spec = load_spec()
    except (ErrorList, GenError) as e:
        print(f"probe: the spec does not validate:\n{e}", file=sys.stderr)
        return 1
    plat = detect_platform(spec, cc)
    if plat is None:
        guards = ", ".join(f"{p.name} ({p.guard})" for p in spec.platform_list)
        print(f"probe: this compiler targets no platform of spec/platforms.yaml "
              f"({guards}); add it: generator/probe.py --update-spec --new-platform NAME:GUARD")
        print("probe summary: unknown platform, nothing compared")
        return 0
    table = next(t for t in spec.constant_platforms if t.name == plat.name)
    print(f"csock probe: platform {plat.name} ({plat.guard}), compiler {shlex.join(cc)}")

    # spec -> headers
    os.makedirs(args.workdir, exist_ok=True)
    src = os.path.join(args.workdir, "probe.c")
    exe = os.path.join(args.workdir, "probe")
    with open(src, "w") as f:
        f.write(probe_program(table))
    inc = ["-I" + os.path.join(ROOT, "include"), "-I" + os.path.join(args.generated, "include")]
    r = run(cc + CSTD + ["-w"] + inc + [src, args.lib, "-o", exe])
    if r.returncode != 0:
        print(f"probe: cannot compile {src}:\n{r.stderr}", file=sys.stderr)
        return 1
    r = run([exe])
    if r.returncode != 0:
        print(f"probe: {exe} failed: {r.stderr}", file=sys.stderr)
        return 1
    by_name = {c.name: c for c in table.constants}
    header_here = {}
    probe_src = include_block(table.headers) + "\n" + "\n".join(
        f'#ifdef {have(h)}\nHAVE {h}\n#endif' for h in table.headers)
    rr = run(cc + CSTD + ["-E", "-P", "-x", "c", "-"], input=probe_src)
    for h in table.headers:
        header_here[h] = f"HAVE {h}" in rr.stdout

    ok, missing, fallback, differ, stale = 0, [], [], [], []
    for line in r.stdout.splitlines():
        name, inh, hv, hs, intab, tv, ts = line.split("\t")
        c = by_name[name]
        inh, intab, hv, tv = inh == "1", intab == "1", int(hv), int(tv)
        hval = hs if c.string is not None else hv
        tval = ts if c.string is not None else tv
        if inh and intab:
            if hval == tval:
                ok += 1
            else:
                differ.append(f"  differs   {name}: headers {hval}, generated table {tval}")
        elif inh:
            stale.append(f"  stale     {name}: headers define it ({hval}), the library's table lacks it "
                         f"(rebuild: ninja)")
        elif intab and c.fallback is not None:
            fallback.append(f"  fallback  {name} = {tv} ({c.header} lacks it; the spec's fallback serves)")
        elif intab:
            differ.append(f"  differs   {name}: headers lack it, generated table has {tval}")
        else:
            why = (f"{c.header} not installed" if not header_here.get(c.header)
                   else f"{c.header} does not define {c.c_name}")
            missing.append(f"  missing   {name} ({why})")

    print(f"\n== spec -> headers: {len(table.constants)} constants the spec gives {plat.name}")
    for line in differ + stale + missing + fallback:
        print(line)
    if not (differ or stale or missing or fallback):
        print("  (no drift)")

    # headers -> spec
    macros = header_macros(cc, plat.headers)
    prefixes = set(EXTRA_PREFIXES)
    for c in spec.constant_list:
        if "_" in c.name:
            prefixes.add(c.name.split("_", 1)[0] + "_")
    prefixes -= set(SKIP_PREFIXES)
    known = {c.name for c in spec.constant_list} | {c.c_name for c in spec.constant_list}
    other_plat = {c.name for c in spec.constant_list if not c.on(plat.name)}
    lacks, elsewhere = [], []
    for m in sorted(macros):
        if not m.startswith(tuple(prefixes)):
            continue
        if m in other_plat:
            elsewhere.append(m)
        elif m not in known:
            lacks.append(m)
    print(f"\n== headers -> spec: macros with our prefixes ({' '.join(sorted(prefixes))})\n"
          f"   defined by {plat.name}'s headers in spec/platforms.yaml that the spec lacks: {len(lacks)}")
    by_prefix = {}
    for m in lacks:
        by_prefix.setdefault(next(p for p in sorted(prefixes, key=len, reverse=True)
                                  if m.startswith(p)), []).append(m)
    for p in sorted(by_prefix):
        names = by_prefix[p]
        if args.all:
            for n in names:
                print(f"  lacks     {n} = {macros[n]}")
        else:
            print(f"  {p:<9} {len(names):3}: {' '.join(names)}")
    if elsewhere:
        print(f"\n== in the spec, not for {plat.name}, but its headers define them: {len(elsewhere)}")
        print("  " + " ".join(elsewhere))

    print(f"\nprobe summary: {plat.name}: {len(table.constants)} in spec, {ok} match, "
          f"{len(differ)} differ, {len(stale)} stale, {len(missing)} missing from headers, "
          f"{len(fallback)} by fallback; headers define {len(lacks)} prefixed macros the spec "
          f"lacks, {len(elsewhere)} the spec gives other platforms only")
    return 0


if __name__ == "__main__":
    sys.exit(main())
