#!/usr/bin/env python3
"""The platform probe: the spec against what a compiler's headers and C
library offer.

    /usr/bin/python3 -B generator/probe.py [--cc CC] [--cflags FLAGS]
                                           [--run EMULATOR | --no-run] [--all]
    (or: ninja probe, with the configured CC and CFLAGS)

For the platform CC targets (found through the `guard` macros of
spec/platforms.yaml), everything is compiled with CC itself:

  spec -> headers   every constant the spec gives this platform: does a
                    program compiled against the real headers see it, with
                    the value the generated table (generated/src/
                    constants_<platform>.c, compiled here with CC) holds?
                    CC's programs run here, or through --run EMULATOR (a
                    cross compiler: --run='qemu-ARCH -L SYSROOT' for a
                    dynamic program); one that does not run is an error.
                    --no-run compares presence, not values (another OS
                    with nothing to run its programs), and says so.
  headers -> spec   object-like macros with the spec's prefixes (AF_ SO_
                    IPV6_ ...) that `CC -dM -E` over the platform's headers
                    defines and the spec lacks.
  features          each runtime feature of spec/platforms.yaml (accept4,
                    SOCK_CLOEXEC, fopencookie, the GNU strerror_r, ...):
                    does a program using it compile and link with CC, and
                    does the spec give it to this C library?

It is a report: it exits 0 whatever it finds (1 only when it cannot run),
and ends with one summary line.

    /usr/bin/python3 -B generator/probe.py --update-spec [--new-platform NAME:GUARD] [--cc CC]

regenerates for CC's platform in one command: it writes what the headers
show into the spec's availability (a constant the headers define gets this
platform in its `platforms:`, an address family too; with --new-platform,
a platform CC's GUARD macro identifies is added to spec/platforms.yaml with
the known headers that exist and the runtime features found), regenerates
generated/ and prints the report for the new tables.  It only adds: what
the spec gives this platform and the headers lack stays for a person to
judge (the header may just not be installed).  If any step fails, spec/ and
generated/ are put back as they were.
"""
from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys

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
# The library's own feature-test macros come from csock_platform.h.
CSTD = ["-std=c11"]

# One program per runtime feature of spec/platforms.yaml: it compiles and
# links with CC exactly where the C library offers the feature (in the form
# the runtime calls it).
FEATURE_CHECKS = {
    "accept4": "#include <sys/socket.h>\n"
               "int main(void) { return accept4(-1, 0, 0, 0); }\n",
    "sock_cloexec": "#include <sys/socket.h>\n"
                    "int main(void) { return SOCK_CLOEXEC | SOCK_NONBLOCK; }\n",
    "msg_cmsg_cloexec": "#include <sys/socket.h>\n"
                        "int main(void) { return MSG_CMSG_CLOEXEC; }\n",
    "msg_nosignal": "#include <sys/socket.h>\nint main(void) { return MSG_NOSIGNAL; }\n",
    "so_nosigpipe": "#include <sys/socket.h>\nint main(void) { return SO_NOSIGPIPE; }\n",
    "so_domain": "#include <sys/socket.h>\nint main(void) { return SO_DOMAIN; }\n",
    "so_protocol": "#include <sys/socket.h>\nint main(void) { return SO_PROTOCOL; }\n",
    "fopencookie": "#include <stdio.h>\n"
                   "int main(void) { cookie_io_functions_t io = {0};\n"
                   "  return fopencookie(0, \"r\", io) != 0; }\n",
    "funopen": "#include <stdio.h>\n"
               "int main(void) { return funopen(0, 0, 0, 0, 0) != 0; }\n",
    "strerror_r_gnu": "#include <string.h>\n"
                      "int main(void) { char b[64]; char *p = strerror_r(1, b, sizeof b);\n"
                      "  return p == 0; }\n",
    "gethostbyname_r": "#include <netdb.h>\n#include <sys/socket.h>\n"
                       "int main(void) { struct hostent h, *r; char b[512]; int e;\n"
                       "  gethostbyname_r(\"x\", &h, b, sizeof b, &r, &e);\n"
                       "  return gethostbyaddr_r(\"\", 0, AF_INET, &h, b, sizeof b, &r, &e); }\n",
    "getprotobyname_r": "#include <netdb.h>\n"
                        "int main(void) { struct protoent p, *r; char b[512];\n"
                        "  return getprotobyname_r(\"tcp\", &p, b, sizeof b, &r); }\n",
    "getservbyname_r": "#include <netdb.h>\n"
                       "int main(void) { struct servent s, *r; char b[512];\n"
                       "  getservbyname_r(\"x\", \"tcp\", &s, b, sizeof b, &r);\n"
                       "  return getservbyport_r(0, \"tcp\", &s, b, sizeof b, &r); }\n",
    "dup3": "#include <fcntl.h>\n#include <unistd.h>\n"
            "int main(void) { return dup3(0, 1, O_CLOEXEC); }\n",
    "mmsg": "#include <sys/socket.h>\n"
            "int main(void) { struct mmsghdr m[1];\n"
            "  return sendmmsg(0, m, 1, 0) + recvmmsg(0, m, 1, 0, 0); }\n",
    "sendfile": "#include <sys/sendfile.h>\n#include <sys/types.h>\n"
                "int main(void) { off_t o = 0; return (int)sendfile(1, 0, &o, 1); }\n",
}
# Warnings that mean "not the interface the runtime calls".
FEATURE_FLAGS = ["-Werror=implicit-function-declaration", "-Werror=int-conversion",
                 "-Werror=incompatible-pointer-types"]


class ProbeError(Exception):
    """Cannot go on (a compiler that does not work, a spec that does not
    validate): the message says why."""


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


class Probe:
    def __init__(self, root, cc, cflags, workdir, emulator=None, can_run=True):
        self.root = root
        self.cc = cc
        self.cflags = cflags
        self.workdir = workdir
        self.emulator = emulator
        self.can_run = can_run
        self.incs = ["-I" + os.path.join(root, d)
                     for d in ("include", os.path.join("generated", "include"),
                               os.path.join("generated", "src"))]
        os.makedirs(workdir, exist_ok=True)

    def compile_cmd(self, *extra):
        return self.cc + CSTD + self.cflags + self.incs + list(extra)

    def predefined(self) -> set:
        r = run(self.cc + self.cflags + ["-dM", "-E", "-x", "c", os.devnull])
        if r.returncode != 0:
            raise ProbeError(f"cannot run {shlex.join(self.cc)}: {r.stderr.strip()}")
        return {line.split()[1] for line in r.stdout.splitlines() if line.startswith("#define ")}

    def preprocess(self, src):
        return run(self.compile_cmd("-E", "-P", "-x", "c", "-"), input=src)

    def existing_headers(self, headers) -> list:
        src = "\n".join(f"#if __has_include(<{h}>)\nHAVE {h}\n#endif" for h in headers)
        out = self.preprocess(src).stdout.split("\n")
        return [h for h in headers if f"HAVE {h}" in out]

    def libc(self) -> str:
        r = self.preprocess('#include "csock_platform.h"\nCSOCK_LIBC_IS CSOCK_PLATFORM_LIBC\n')
        m = re.search(r'CSOCK_LIBC_IS "([^"]*)"', r.stdout)
        return m.group(1) if m else ""

    def header_macros(self, headers):
        """Object-like macros of `cc -dM -E` over the headers that exist,
        with the library's feature-test macros first."""
        src = '#include "csock_platform.h"\n' + "\n".join(
            f"#if __has_include(<{h}>)\n#include <{h}>\n#endif" for h in headers)
        r = run(self.compile_cmd("-dM", "-E", "-x", "c", "-"), input=src)
        if r.returncode != 0:
            raise ProbeError(f"cc -dM -E failed:\n{r.stderr}")
        out = {}
        for line in r.stdout.splitlines():
            m = re.match(r"#define ([A-Za-z_][A-Za-z0-9_]*)(\(?)\s*(.*)$", line)
            if m and not m.group(2):
                out[m.group(1)] = m.group(3).strip()
        return out

    def feature(self, name) -> bool:
        src = os.path.join(self.workdir, f"feature_{name}.c")
        with open(src, "w") as f:
            f.write('#include "csock_platform.h"\n' + FEATURE_CHECKS[name])
        exe = os.path.join(self.workdir, f"feature_{name}")
        return run(self.compile_cmd(*FEATURE_FLAGS, src, "-o", exe)).returncode == 0

    def features(self, spec) -> dict:
        return {f.name: self.feature(f.name) for f in spec.feature_list}


def have(h: str) -> str:
    return "CSOCK__HDR_" + upper_ident(h)


def include_block(headers) -> str:
    out = []
    for h in headers:
        out.append(f"#if __has_include(<{h}>)\n#include <{h}>\n#define {have(h)} 1\n#endif")
    return "\n".join(out)


def detect_platform(spec, defined):
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
    return f"""/* Written by generator/probe.py: the constants as this platform's
 * headers define them, next to the generated table compiled with it. */
#include "csock_platform.h"
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


def presence_program(table) -> str:
    """The same question without running anything: which constants the
    headers define, and which rows the table compiles (preprocessor only)."""
    rows = []
    for c in table.constants:
        cond = f"defined({have(c.header)})" if c.enumerator else f"defined({c.c_name})"
        rows.append(f"#if {cond}\nPROBE_HAVE \"{c.name}\"\n#endif")  # a string: never expanded
    return (f'#include "csock_platform.h"\n{include_block(table.headers)}\n'
            + "\n".join(rows) + "\n")


ALL_KINDS = None  # every kind: what the generator reads


def load_spec(root, kinds=frozenset({"platforms", "constants"})):
    return build_spec(os.path.join(root, "spec"), os.path.join(root, "spec", "schema"),
                      display_root=root, only_kinds=set(kinds) if kinds else None)


def regenerate(root) -> int:
    """generated/ from the spec (as `ninja gen`); 0 on success."""
    r = run([sys.executable, "-B", os.path.join(root, "generator", "run.py")], cwd=root)
    sys.stdout.write(r.stdout)
    sys.stderr.write(r.stderr)
    return r.returncode


# ---------------------------------------------------------------------------
# --update-spec


class Snapshot:
    """spec/ and generated/ as they were, put back on failure."""

    def __init__(self, root):
        self.root = root
        self.files = {}
        for top in ("spec", "generated"):
            for d, _dirs, files in os.walk(os.path.join(root, top)):
                for f in files:
                    p = os.path.join(d, f)
                    with open(p, "rb") as fh:
                        self.files[p] = fh.read()

    def restore(self):
        for top in ("spec", "generated"):
            for d, _dirs, files in os.walk(os.path.join(self.root, top)):
                for f in files:
                    p = os.path.join(d, f)
                    if p not in self.files:
                        os.remove(p)
        for p, data in self.files.items():
            try:
                with open(p, "rb") as fh:
                    if fh.read() == data:
                        continue
            except FileNotFoundError:
                os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "wb") as fh:
                fh.write(data)


def update_spec(probe, new_platform) -> None:
    """The --update-spec edits and the regeneration; ProbeError on failure."""
    root = probe.root
    try:
        spec = load_spec(root, ALL_KINDS)
    except (ErrorList, GenError) as e:
        raise ProbeError(f"the spec does not validate:\n{e}")
    if new_platform:
        name, _, guard = new_platform.partition(":")
        if not re.fullmatch(r"[a-z][a-z0-9]*", name) or not re.fullmatch(r"[A-Za-z_]\w*", guard):
            raise ProbeError(f"--new-platform wants NAME:GUARD, not {new_platform!r}")
    defined = probe.predefined()
    plat = detect_platform(spec, defined)
    if plat is None:
        if not new_platform:
            raise ProbeError("this compiler targets no platform of spec/platforms.yaml; "
                             "name it: --new-platform NAME:GUARD (e.g. netbsd:__NetBSD__)")
        if name in spec.platforms:
            raise ProbeError(f"platform {name} exists already, with guard "
                             f"{spec.platforms[name].guard}, which {shlex.join(probe.cc)} "
                             f"does not define")
        if guard not in defined:
            raise ProbeError(f"{shlex.join(probe.cc)} does not define {guard}")
        known = []
        for p in spec.platform_list:
            known += [h for h in p.headers if h not in known]
        headers = probe.existing_headers(known)
        found = [f for f, ok in probe.features(spec).items() if ok]
        f = adopt.add_platform(root, spec, name, guard, headers, found)
        print(f"probe: added platform {name} ({guard}) to {f} with {len(headers)} headers "
              f"and {len(found)} runtime features: {' '.join(found)}")
        try:
            spec = load_spec(root, ALL_KINDS)
        except (ErrorList, GenError) as e:
            raise ProbeError(f"the spec does not validate after adding {name}:\n{e}")
        plat = spec.platforms[name]
        # The new platform's table must exist before its macros are read.
        if regenerate(root) != 0:
            raise ProbeError("the generator failed")
    elif new_platform and new_platform.partition(":")[0] != plat.name:
        raise ProbeError(f"this compiler is {plat.name} ({plat.guard}) already")
    table = next(t for t in spec.constant_platforms if t.name == plat.name)
    macros = probe.header_macros(table.headers + [c.header for c in spec.constant_list
                                                  if c.header not in table.headers])
    here = set(probe.existing_headers(sorted({c.header for c in spec.constant_list})))
    defined = {c.name for c in spec.constant_list
               if (c.enumerator and c.header in here) or (not c.enumerator and c.c_name in macros)}
    files, given = adopt.add_to_constants(root, spec, plat.name, defined)
    print(f"probe: {plat.name} given {len(given)} constant(s) its headers define"
          + (f" ({', '.join(files)})" if files else ""))
    if given:
        print("  " + " ".join(given))
    files, given = adopt.add_to_families(root, spec, plat.name, defined)
    print(f"probe: {plat.name} given {len(given)} address famil(y/ies) its headers define"
          + (f": {' '.join(given)}" if given else ""))
    print("probe: the API's availability (spec/api `platforms:`) is not in the headers: "
          "review it by hand")
    try:
        load_spec(root, ALL_KINDS)
    except (ErrorList, GenError) as e:
        raise ProbeError(f"the edited spec does not validate (a bug):\n{e}")
    if regenerate(root) != 0:
        raise ProbeError("the generator failed")


# ---------------------------------------------------------------------------
# The report


def report(probe, show_all=False) -> int:
    try:
        spec = load_spec(probe.root)
    except (ErrorList, GenError) as e:
        raise ProbeError(f"the spec does not validate:\n{e}")
    plat = detect_platform(spec, probe.predefined())
    if plat is None:
        guards = ", ".join(f"{p.name} ({p.guard})" for p in spec.platform_list)
        print(f"probe: this compiler targets no platform of spec/platforms.yaml "
              f"({guards}); add it: generator/probe.py --update-spec --new-platform NAME:GUARD")
        print("probe summary: unknown platform, nothing compared")
        return 0
    table = next(t for t in spec.constant_platforms if t.name == plat.name)
    libc_name = probe.libc()
    print(f"csock probe: platform {plat.name} ({plat.guard})"
          + (f", C library {libc_name}" if libc_name else "")
          + f", compiler {shlex.join(probe.cc + probe.cflags)}")

    # spec -> headers: the table compiled with this compiler, next to a
    # program that reads the same headers.
    gen_src = os.path.join(probe.root, "generated", "src")
    src = os.path.join(probe.workdir, "probe.c")
    exe = os.path.join(probe.workdir, "probe")
    with open(src, "w") as f:
        f.write(probe_program(table))
    sources = [src, os.path.join(gen_src, "constants.c"),
               os.path.join(gen_src, f"constants_{plat.name}.c")]
    rows = None
    how = ""
    r = run(probe.compile_cmd("-w", *sources, "-o", exe))
    if r.returncode != 0:
        raise ProbeError(f"cannot compile the table with the probe ({src}, "
                         f"generated/src/constants_{plat.name}.c):\n{r.stderr}")
    if not os.path.exists(exe) and os.path.exists(exe + ".exe"):
        exe += ".exe"  # a Windows compiler names its program so
    if probe.can_run:
        # A program that does not run is an error, never a quiet fallback
        # to presence: --no-run asks for presence on purpose.
        where = f" under {shlex.join(probe.emulator)}" if probe.emulator else " here"
        hint = ("" if probe.emulator else
                " (a cross compiler: --run EMULATOR, e.g. --run='qemu-ARCH -L SYSROOT'; "
                "nothing to run it: --no-run compares presence only)")
        try:
            rr = run((probe.emulator or []) + [exe])
        except OSError as e:
            raise ProbeError(f"cannot run {exe}{where}: {e.strerror}{hint}")
        if rr.returncode != 0:
            raise ProbeError(f"{exe} failed{where} (exit {rr.returncode}): "
                             f"{rr.stderr.strip()}{hint}")
        rows = rr.stdout.splitlines()
        how = " (values compared" + (f", run under {shlex.join(probe.emulator)})"
                                    if probe.emulator else ")")
    if rows is None:
        rp = probe.preprocess(presence_program(table))
        if rp.returncode != 0:
            raise ProbeError(f"cannot preprocess the headers:\n{rp.stderr}")
        present = set(re.findall(r'^PROBE_HAVE "(\S+)"$', rp.stdout, re.M))
        # The table compiles the same rows (its #ifdefs are the same
        # tests); the fallbacks serve where the headers lack a name.
        rows = []
        for c in table.constants:
            inh = c.name in present
            intab = inh or c.fallback is not None
            rows.append(f"{c.name}\t{int(inh)}\t0\t{c.string or '-'}\t{int(intab)}\t"
                        f"{c.fallback if (not inh and c.fallback is not None) else 0}\t"
                        f"{c.string or '-'}")
        how = " (presence only, as --no-run asks: no value is compared)"

    by_name = {c.name: c for c in table.constants}
    header_here = dict(zip(table.headers, [h in probe.existing_headers(table.headers)
                                           for h in table.headers]))
    ok, missing, fallback, differ, stale = 0, [], [], [], []
    for line in rows:
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
            stale.append(f"  stale     {name}: headers define it ({hval}), the generated table "
                         f"lacks it")
        elif intab and c.fallback is not None:
            fallback.append(f"  fallback  {name} = {tv} ({c.header} lacks it; the spec's fallback serves)")
        elif intab:
            differ.append(f"  differs   {name}: headers lack it, generated table has {tval}")
        else:
            why = (f"{c.header} not installed" if not header_here.get(c.header, True)
                   else f"{c.header} does not define {c.c_name}")
            missing.append(f"  missing   {name} ({why})")

    print(f"\n== spec -> headers: {len(table.constants)} constants the spec gives {plat.name}{how}")
    for line in differ + stale + missing + fallback:
        print(line)
    if not (differ or stale or missing or fallback):
        print("  (no drift)")

    # headers -> spec
    macros = probe.header_macros(plat.headers)
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
        if show_all:
            for n in names:
                print(f"  lacks     {n} = {macros[n]}")
        else:
            print(f"  {p:<9} {len(names):3}: {' '.join(names)}")
    if elsewhere:
        print(f"\n== in the spec, not for {plat.name}, but its headers define them: {len(elsewhere)}")
        print("  " + " ".join(elsewhere))

    # features: the spec's C library (as csock_platform.h picks it) against
    # what compiles and links here
    libc = next((lc for lc in plat.libcs if lc.name == libc_name), None)
    feat_agree, feat_differ, feat_unused = 0, [], []
    if plat.runtime == "none":
        print(f"\n== runtime features: none ({plat.name} has no runtime in the spec)")
    else:
        found = probe.features(spec)
        print(f"\n== runtime features: the spec's {plat.name}/{libc_name or '?'} against "
              f"{shlex.join(probe.cc)}")
        for f in spec.feature_list:
            in_spec = bool(libc and libc.has(f.name))
            here = found[f.name]
            if in_spec and not here:
                feat_differ.append(f.name)
                print(f"  differs   {f.name}: the spec uses it, {shlex.join(probe.cc)} lacks it")
            elif here and not in_spec:
                feat_unused.append(f.name)
                print(f"  unused    {f.name}: available here, the spec does not use it")
            else:
                feat_agree += 1
        if not feat_differ and not feat_unused:
            print("  (the spec and the compiler agree)")

    print(f"\nprobe summary: {plat.name}{'/' + libc_name if libc_name else ''}: "
          f"{len(table.constants)} in spec, {ok} match, "
          f"{len(differ)} differ, {len(stale)} stale, {len(missing)} missing from headers, "
          f"{len(fallback)} by fallback; headers define {len(lacks)} prefixed macros the spec "
          f"lacks, {len(elsewhere)} the spec gives other platforms only; features: "
          f"{feat_agree} agree, {len(feat_differ)} differ, {len(feat_unused)} unused")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cc", default=os.environ.get("CC", "cc"))
    ap.add_argument("--cflags", default="", help="flags for every compilation (CFLAGS)")
    ap.add_argument("--run", metavar="EMULATOR", default="",
                    help="run the probe program through this (qemu-s390x)")
    ap.add_argument("--no-run", action="store_true",
                    help="compare presence only, never run a program")
    ap.add_argument("--workdir", default=None)
    ap.add_argument("--root", default=ROOT, help=argparse.SUPPRESS)
    ap.add_argument("--lib", default=None, help=argparse.SUPPRESS)  # no longer used
    ap.add_argument("--all", action="store_true", help="list every macro the spec lacks")
    ap.add_argument("--update-spec", action="store_true",
                    help="first give this platform what its headers define, regenerate")
    ap.add_argument("--new-platform", metavar="NAME:GUARD",
                    help="with --update-spec: add this platform to spec/platforms.yaml")
    args = ap.parse_args(argv)
    if args.new_platform and not args.update_spec:
        ap.error("--new-platform needs --update-spec")
    cc = shlex.split(args.cc)
    if not cc:
        ap.error("--cc is empty")
    # -Werror would make every probe program fail on an unused variable.
    cflags = [f for f in shlex.split(args.cflags) if f != "-Werror"]
    workdir = args.workdir or os.path.join(args.root, "build", "probe")
    probe = Probe(args.root, cc, cflags, workdir, shlex.split(args.run) or None,
                  not args.no_run)
    if shutil.which(cc[0]) is None:
        print(f"probe: compiler {cc[0]} not found", file=sys.stderr)
        return 1
    if args.update_spec:
        snap = Snapshot(args.root)
        try:
            update_spec(probe, args.new_platform)
            return report(probe, args.all)
        except (ProbeError, Exception) as e:
            snap.restore()
            kind = "" if isinstance(e, ProbeError) else f"{type(e).__name__}: "
            print(f"probe: {kind}{e}", file=sys.stderr)
            print("probe: spec/ and generated/ are as they were", file=sys.stderr)
            return 1
    try:
        return report(probe, args.all)
    except ProbeError as e:
        print(f"probe: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
