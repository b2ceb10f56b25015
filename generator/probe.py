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


def detect_platform(spec, cc):
    r = run(cc + ["-dM", "-E", "-x", "c", os.devnull])
    if r.returncode != 0:
        raise SystemExit(f"probe: cannot run {shlex.join(cc)}: {r.stderr.strip()}")
    defined = {line.split()[1] for line in r.stdout.splitlines() if line.startswith("#define ")}
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


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cc", default=os.environ.get("CC", "cc"))
    ap.add_argument("--lib", default=os.path.join(ROOT, "build", "libcsock.a"))
    ap.add_argument("--workdir", default=os.path.join(ROOT, "build", "probe"))
    ap.add_argument("--generated", default=os.path.join(ROOT, "generated"))
    ap.add_argument("--all", action="store_true", help="list every macro the spec lacks")
    args = ap.parse_args(argv)
    cc = shlex.split(args.cc)

    try:
        spec = build_spec(os.path.join(ROOT, "spec"), os.path.join(ROOT, "spec", "schema"),
                          display_root=ROOT, only_kinds={"platforms", "constants"})
    except (ErrorList, GenError) as e:
        print(f"probe: the spec does not validate:\n{e}", file=sys.stderr)
        return 1
    plat = detect_platform(spec, cc)
    if plat is None:
        guards = ", ".join(f"{p.name} ({p.guard})" for p in spec.platform_list)
        print(f"probe: this compiler targets no platform of spec/platforms.yaml "
              f"({guards}); add one there, then `ninja gen`")
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
