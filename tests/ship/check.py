#!/usr/bin/env python3
"""csock shipped as a C library: what a user of a release meets.

  check.py [--full] --python-ext PYTHON_EXT

In a fresh `git clone` of this checkout (HEAD plus the working tree's
uncommitted changes, tracked and untracked-not-ignored, so it tests what you
would commit), with PATH holding failing `python*` stand-ins and every
execve traced by strace:

  nopython_*   `./configure PYTHON=false` (build directory out/), then
               `ninja -C out libcsock examples` (--full: plain `ninja`, the
               whole default graph, both configured and unconfigured)
               builds libcsock.a, libcsock.so.MAJOR.MINOR.PATCH and every
               example without starting any Python; the default graph's
               commands (`ninja -t commands all`) name no Python either
  install_*    `DESTDIR=... ninja -C out install`: exactly the expected files
               (headers, libcsock.a, the shared library and its two links,
               pkgconfig/csock.pc); soname libcsock.so.MAJOR; NEEDED libc only
  symbols      `nm -D --defined-only` of the installed shared library equals
               the functions the installed headers declare (preprocessed with
               no feature macros), both ways, functions only; and equals the
               entries of docs/reference/c.md and the installed man3 pages,
               each of which man -l reads without a warning
  pkgconfig_*  tests/ship/echo.c built with `pkg-config --cflags --libs
               csock` (PKG_CONFIG_PATH and PKG_CONFIG_SYSROOT_DIR on the
               DESTDIR) and with `--static`; each runs a loopback echo and
               checks the bytes and csock_version(); the dynamic one needs
               libcsock.so.MAJOR, the static one does not
  pkgconfig_moved  the installed tree moved elsewhere: `pkg-config
               --define-prefix` gives its new include and lib directories
               (csock.pc's libdir/includedir are ${prefix}-relative)
  uninstall    `ninja -C out uninstall` leaves no file behind, nor any
               directory install created (DESTDIR is empty again)
  configure_werror  -Werror in a ./configure build without CFLAGS, none
               with CFLAGS=...; configure's closing hint is README's steps
  configure_*  configure's defaults give the same commands as the tracked
               config.ninja; a new PREFIX only rewrites csock.pc, new CFLAGS
               recompile every object
  header_*     each installed header compiles alone with -std=c11 -pedantic
               -Wall -Wextra -Werror and no feature macros (gcc, clang) and as
               C++17 (g++, clang++)
  python_ext   the binding in this build is _socket<EXT_SUFFIX> and
               sitecustomize.<cache_tag>.pyc of PYTHON_EXT's sysconfig
  cross        (--full, when s390x-linux-gnu-gcc exists) a cross build of
               libcsock through ./configure gives s390x objects

Prints one line per check and `ship: N passed, N failed, N skipped`.
"""
from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD_ROOT = os.path.dirname(os.path.dirname(HERE))  # where ninja runs (a mirror too)


class Fail(Exception):
    pass


def run(cmd, cwd=None, env=None, check=True, input=None):
    """Run cmd (list or shell string); return CompletedProcess (text)."""
    shell = isinstance(cmd, str)
    r = subprocess.run(cmd, cwd=cwd, env=env, shell=shell, capture_output=True, text=True,
                       errors="replace", input=input)
    if check and r.returncode != 0:
        shown = cmd if shell else shlex.join(cmd)
        raise Fail(f"`{shown}` exited {r.returncode}:\n{(r.stdout + r.stderr)[-3000:]}")
    return r


class Checks:
    def __init__(self):
        self.passed = self.failed = self.skipped = 0

    def check(self, name, fn, *args):
        t0 = time.monotonic()
        try:
            note = fn(*args)
        except Fail as e:
            self.failed += 1
            print(f"FAIL {name}: {e}", flush=True)
            return False
        except Skip as e:
            self.skipped += 1
            print(f"skip {name}: {e}", flush=True)
            return True
        self.passed += 1
        print(f"ok   {name} ({time.monotonic() - t0:.1f}s){': ' + note if note else ''}", flush=True)
        return True


class Skip(Exception):
    pass


def source_root() -> str:
    real = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    r = run(["git", "-C", real, "rev-parse", "--show-toplevel"], check=False)
    if r.returncode != 0:
        raise SystemExit(f"check.py: {real} is not a git checkout: the clone checks need one")
    return r.stdout.strip()


def version_of(tree: str) -> tuple[str, str]:
    """(version, major) from generated/version.ninja, as the build reads it."""
    text = open(os.path.join(tree, "generated", "version.ninja")).read()
    ver = re.search(r"^csock_version = (\S+)$", text, re.M).group(1)
    major = re.search(r"^csock_version_major = (\S+)$", text, re.M).group(1)
    return ver, major


def clone(src: str, dest: str) -> str:
    run(["git", "clone", "-q", "--no-hardlinks", src, dest])
    diff = run(["git", "-C", src, "diff", "HEAD", "--binary"]).stdout
    if diff:
        run(["git", "-C", dest, "apply", "--binary", "-"], input=diff)
    others = run(["git", "-C", src, "ls-files", "-z", "--others", "--exclude-standard"]).stdout
    extra = [p for p in others.split("\0") if p]
    for p in extra:
        os.makedirs(os.path.dirname(os.path.join(dest, p)) or dest, exist_ok=True)
        shutil.copy2(os.path.join(src, p), os.path.join(dest, p))
    if diff or extra:
        return f"HEAD + uncommitted changes ({len(extra)} untracked file(s))"
    return "HEAD"


class NoPython:
    """An environment where Python cannot start unnoticed: PATH begins with
    stand-ins for every python* name that record their call and fail, and
    commands run under `strace -f -e trace=execve` (the log then lists every
    program any process started)."""

    def __init__(self, tmp: str):
        self.bin = os.path.join(tmp, "nopython-bin")
        self.marker = os.path.join(tmp, "python-was-called")
        os.makedirs(self.bin)
        for name in ("python", "python3", "python3.11", "python3.12", "python3.13",
                     "python3-config", "python3.11-config"):
            p = os.path.join(self.bin, name)
            with open(p, "w") as f:
                f.write(f'#!/bin/sh\necho "$0 $*" >> {shlex.quote(self.marker)}\n'
                        f'echo "no Python here: $0 was called" >&2\nexit 97\n')
            os.chmod(p, 0o755)
        self.env = dict(os.environ, PATH=self.bin + os.pathsep + os.environ["PATH"])
        for v in ("CC", "CXX", "AR", "CFLAGS", "CPPFLAGS", "CXXFLAGS", "LDFLAGS", "LIBS",
                  "PREFIX", "LIBDIR", "INCLUDEDIR", "PYTHON", "PYTHON_EXT", "DESTDIR"):
            self.env.pop(v, None)
        self.logs = []

    def run(self, cmd: list, cwd: str):
        log = os.path.join(os.path.dirname(self.bin), f"execve-{len(self.logs)}.log")
        self.logs.append(log)
        return run(["strace", "-f", "-qq", "-e", "trace=execve", "-o", log, *cmd],
                   cwd=cwd, env=self.env)

    def pythons_started(self) -> list:
        found = []
        rx = re.compile(r'execve\("([^"]*)"')
        for log in self.logs:
            with open(log, errors="replace") as f:
                for line in f:
                    m = rx.search(line)
                    if m and re.match(r"python", os.path.basename(m.group(1))):
                        found.append(m.group(1))
        if os.path.exists(self.marker):
            found += open(self.marker).read().split("\n")
        return sorted(set(p for p in found if p))

    def programs_started(self) -> int:
        n = 0
        for log in self.logs:
            with open(log, errors="replace") as f:
                n += sum(1 for line in f if "execve(" in line and "= 0" in line)
        return n


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--full", action="store_true")
    ap.add_argument("--python-ext", required=True)
    args = ap.parse_args()
    for tool in ("git", "strace", "pkg-config", "readelf", "nm", "cc"):
        if shutil.which(tool) is None:
            print(f"check.py: {tool} is needed (.ci/setup-debian installs it)")
            print("ship: 0 passed, 1 failed, 0 skipped")
            return 1
    c = Checks()
    src = source_root()
    tmp = tempfile.mkdtemp(prefix="csock-ship-")
    try:
        return _main(c, args, src, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _main(c: Checks, args, src: str, tmp: str) -> int:
    tree = os.path.join(tmp, "csock")
    state = {}

    def do_clone():
        state["what"] = clone(src, tree)
        state["version"], state["major"] = version_of(tree)
        return f"{state['what']}, version {state['version']}"

    if not c.check("clone", do_clone):
        print(f"ship: {c.passed} passed, {c.failed} failed, {c.skipped} skipped")
        return 1
    ver, major = state["version"], state["major"]
    out = os.path.join(tree, "out")
    ob = os.path.join(out, "build")
    nopy = NoPython(tmp)
    examples = sorted(os.path.splitext(f)[0] for f in os.listdir(os.path.join(tree, "examples"))
                      if f.endswith(".c"))

    def nopython_configure():
        r = nopy.run(["./configure", "PYTHON=false"], cwd=tree)
        for want in ("PYTHON     = false", "PYTHON_EXT = false", "next: ninja -C out"):
            if want not in r.stdout:
                raise Fail(f"configure's summary lacks {want!r}:\n{r.stdout}")
        cfg = open(os.path.join(out, "config.ninja")).read()
        if "\nPYTHON = false\n" not in cfg or "\nPYTHON_EXT = false\n" not in cfg:
            raise Fail("out/config.ninja does not say PYTHON = false / PYTHON_EXT = false")
        if os.path.realpath(os.path.join(out, "build.ninja")) != os.path.join(tree, "build.ninja"):
            raise Fail("out/build.ninja is not a link to the tree's build.ninja")

    def nopython_graph():
        bad = []
        for where in (tree, out):
            cmds = run(["ninja", "-t", "commands", "all"], cwd=where, env=nopy.env).stdout
            if len(cmds.splitlines()) < 50:
                raise Fail(f"`ninja -t commands all` in {where} lists {len(cmds.splitlines())} commands")
            bad += [f"{where}: {line}" for line in cmds.splitlines()
                    if re.search(r"python|generator/run\.py|(^|\s)false(\s|$)", line)]
        if bad:
            raise Fail("the default graph runs Python:\n" + "\n".join(bad[:5]))
        return "no Python in `ninja -t commands all`, unconfigured and configured"

    def nopython_build():
        targets = [] if args.full else ["libcsock", "examples"]
        nopy.run(["ninja", "-C", "out", "-j2", *targets], cwd=tree)
        if args.full:
            nopy.run(["ninja", "-j2"], cwd=tree)  # the unconfigured build too
        want = [os.path.join(ob, f) for f in ("libcsock.a", f"libcsock.so.{ver}",
                                              f"libcsock.so.{major}", "libcsock.so")]
        want += [os.path.join(ob, "examples", e) for e in examples]
        missing = [w for w in want if not os.path.exists(w)]
        if missing:
            raise Fail("not built: " + ", ".join(missing))
        started = nopy.pythons_started()
        if started:
            raise Fail("Python was started: " + ", ".join(started))
        n = nopy.programs_started()
        if n < 30:
            raise Fail(f"strace saw only {n} programs start: the trace is not working")
        return (f"{'ninja (all)' if args.full else 'libcsock examples'}: "
                f"{n} programs started, none of them Python; {len(examples)} examples")

    configured = c.check("nopython_configure", nopython_configure)
    c.check("nopython_graph", nopython_graph)
    built = configured and c.check("nopython_build", nopython_build)

    dest = os.path.join(tmp, "dest")
    lib = os.path.join(dest, "usr", "local", "lib")
    inc = os.path.join(dest, "usr", "local", "include")

    def listing(top):
        out_ = {}
        for d, dirs, files in os.walk(top):
            for f in files + [x for x in dirs if os.path.islink(os.path.join(d, x))]:
                p = os.path.join(d, f)
                rel = os.path.relpath(p, top)
                out_[rel] = ("-> " + os.readlink(p)) if os.path.islink(p) else "file"
        return out_

    def install():
        env = dict(nopy.env, DESTDIR=dest)
        run(["ninja", "-C", "out", "install"], cwd=tree, env=env)
        headers = sorted(set(os.listdir(os.path.join(tree, "include", "csock"))) |
                         set(os.listdir(os.path.join(tree, "generated", "include", "csock"))))
        want = {f"usr/local/include/csock/{h}": "file" for h in headers}
        # the directories install created, for uninstall to remove
        want["usr/local/include/csock/.installed-dirs"] = "file"
        # the man pages: one per exported function, and csock(7)
        pages = sorted(os.listdir(os.path.join(tree, "docs", "reference", "man3")))
        want.update({f"usr/local/share/man/man3/{p}": "file" for p in pages})
        want["usr/local/share/man/man7/csock.7"] = "file"
        want.update({
            "usr/local/lib/libcsock.a": "file",
            f"usr/local/lib/libcsock.so.{ver}": "file",
            f"usr/local/lib/libcsock.so.{major}": f"-> libcsock.so.{ver}",
            "usr/local/lib/libcsock.so": f"-> libcsock.so.{major}",
            "usr/local/lib/pkgconfig/csock.pc": "file",
        })
        got = listing(dest)
        if got != want:
            extra = sorted(set(got) - set(want))
            lacking = sorted(set(want) - set(got))
            wrong = sorted(k for k in set(got) & set(want) if got[k] != want[k])
            raise Fail(f"installed files differ: extra {extra}, missing {lacking}, "
                       f"wrong {[(k, got[k], want[k]) for k in wrong]}")
        if not {"csock.h", "csock_module.h", "csock_version.h"} <= set(headers):
            raise Fail(f"headers: {headers}")
        mode = os.stat(os.path.join(lib, f"libcsock.so.{ver}")).st_mode & 0o777
        if mode != 0o755:
            raise Fail(f"libcsock.so.{ver} has mode {mode:o}")
        return (f"{len(want)} files: {len(headers)} headers, 2 libraries, 2 links, csock.pc, "
                f"{len(pages) + 1} man pages")

    def install_soname():
        d = run(["readelf", "-d", os.path.join(lib, f"libcsock.so.{ver}")]).stdout
        soname = re.findall(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", d)
        needed = re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", d)
        if soname != [f"libcsock.so.{major}"]:
            raise Fail(f"soname {soname}, want libcsock.so.{major}")
        if [n for n in needed if not n.startswith("libc.so")]:
            raise Fail(f"NEEDED {needed}: the library should depend on libc alone")
        return f"soname {soname[0]}, NEEDED {', '.join(needed)}"

    def symbols():
        so = os.path.join(lib, f"libcsock.so.{ver}")
        syms = {}
        for line in run(["nm", "-D", "--defined-only", so]).stdout.splitlines():
            parts = line.split()
            if len(parts) >= 3:
                syms[parts[2]] = parts[1]
        src_ = "".join(f"#include <csock/{h}>\n" for h in sorted(os.listdir(os.path.join(inc, "csock"))))
        pre = run(["cc", "-std=c11", "-E", "-P", "-I" + inc, "-x", "c", "-"], input=src_).stdout
        declared = set(re.findall(r"\b(csock_[A-Za-z0-9_]+)\s*\(", pre))
        exported = set(syms)
        if exported - declared or declared - exported:
            raise Fail(f"exported but not declared: {sorted(exported - declared)}; "
                       f"declared but not exported: {sorted(declared - exported)}")
        not_func = sorted(k for k, t in syms.items() if t not in ("T", "W", "i"))
        if not_func:
            raise Fail(f"exported non-functions: {not_func}")
        # every exported symbol has its reference entry (docs/reference/c.md)
        # and its installed man page, and no page names something not exported
        ref = open(os.path.join(tree, "docs", "reference", "c.md"), encoding="utf-8").read()
        entries = set(re.findall(r"^## (csock_\w+)$", ref, re.M))
        man3 = os.path.join(dest, "usr", "local", "share", "man", "man3")
        pages = {p[:-2] for p in os.listdir(man3) if p.endswith(".3")}
        # (a page may also document a function this platform's preprocessed
        # headers leave out, e.g. csock_addr_link where there is no AF_LINK)
        raw = set()
        for h in os.listdir(os.path.join(inc, "csock")):
            with open(os.path.join(inc, "csock", h), encoding="utf-8") as f:
                raw |= set(re.findall(r"\b(csock_[A-Za-z0-9_]+)\s*\(", f.read()))
        elsewhere = raw - declared
        if exported - entries or exported - pages or (entries - exported) - elsewhere or \
                (pages - exported) - elsewhere:
            raise Fail(f"reference entries vs nm -D: missing {sorted(exported - entries)}, "
                       f"extra {sorted(entries - exported)}; man3 pages: missing "
                       f"{sorted(exported - pages)}, extra {sorted(pages - exported)}")
        # every page formats without a warning (one groff run over all of
        # them), and man -l reads csock(7) and a function's page
        allp = [os.path.join(man3, p) for p in sorted(os.listdir(man3))] + \
            [os.path.join(man3, "..", "man7", "csock.7")]
        r = run(["groff", "-man", "-ww", "-z", "-Tutf8", *allp], check=False)
        if r.returncode != 0 or r.stderr.strip():
            raise Fail(f"groff -man -ww: exit {r.returncode}: {r.stderr.strip()[:500]}")
        for p in (allp[-1], os.path.join(man3, "csock_recv.3")):
            r = run(["man", "--warnings", "-l", p], env=dict(os.environ, MANWIDTH="80"),
                    check=False)
            if r.returncode != 0 or r.stderr.strip() or "SYNOPSIS" not in r.stdout:
                raise Fail(f"man -l {p}: exit {r.returncode}: {r.stderr.strip()[:300]}")
        if len(declared) < 100:
            raise Fail(f"only {len(declared)} functions declared: the header parse failed")
        return (f"{len(exported)} functions, the same both ways, each with its entry in "
                f"docs/reference/c.md and its man page (groff -ww, man -l)")

    # The program against the installed library, through pkg-config.
    pc_env = dict(nopy.env, PKG_CONFIG_PATH=os.path.join(lib, "pkgconfig"),
                  PKG_CONFIG_SYSROOT_DIR=dest)
    echo_src = os.path.join(tree, "tests", "ship", "echo.c")
    hexver = "0x" + "".join(f"{int(x):02x}" for x in ver.split("."))
    expect_out = [f"csock_version() = {ver}, CSOCK_VERSION = {ver} ({ver}, {hexver})",
                  "echo ok 24 bytes"]

    def pkgconfig_dynamic():
        mv = run(["pkg-config", "--modversion", "csock"], env=pc_env).stdout.strip()
        if mv != ver:
            raise Fail(f"pkg-config --modversion csock: {mv!r}, want {ver}")
        flags = run(["pkg-config", "--cflags", "--libs", "csock"], env=pc_env).stdout.split()
        if f"-I{inc}" not in flags or f"-L{lib}" not in flags or "-lcsock" not in flags:
            raise Fail(f"pkg-config --cflags --libs csock: {flags}")
        exe = os.path.join(tmp, "echo_dynamic")
        run(["cc", "-std=c11", "-pedantic", "-Wall", "-Wextra", "-Werror", echo_src, *flags,
             "-o", exe], env=pc_env)
        d = run(["readelf", "-d", exe]).stdout
        if f"[libcsock.so.{major}]" not in d:
            raise Fail(f"the program does not need libcsock.so.{major}:\n{d}")
        r = run([exe], env=dict(pc_env, LD_LIBRARY_PATH=lib))
        if r.stdout.splitlines() != expect_out:
            raise Fail(f"output {r.stdout!r}")
        # without the library on the search path the loader must refuse it:
        # proof that the run above used the installed shared library
        r = run([exe], env=pc_env, check=False)
        if r.returncode == 0 and not os.path.exists(f"/usr/local/lib/libcsock.so.{major}"):
            raise Fail("ran without LD_LIBRARY_PATH: it did not use the shared library")
        return f"{' '.join(flags)}; {expect_out[1]}"

    def pkgconfig_static():
        flags = run(["pkg-config", "--static", "--cflags", "--libs", "csock"], env=pc_env).stdout.split()
        if "-lcsock" not in flags:
            raise Fail(f"pkg-config --static: {flags}")
        cflags = run(["pkg-config", "--static", "--cflags", "csock"], env=pc_env).stdout.split()
        libs = run(["pkg-config", "--static", "--libs", "csock"], env=pc_env).stdout.split()
        exe = os.path.join(tmp, "echo_static")
        run(["cc", "-std=c11", "-pedantic", "-Wall", "-Wextra", "-Werror", echo_src, *cflags,
             "-Wl,-Bstatic", *libs, "-Wl,-Bdynamic", "-o", exe], env=pc_env)
        d = run(["readelf", "-d", exe]).stdout
        if "libcsock" in d:
            raise Fail(f"the static program needs a shared libcsock:\n{d}")
        r = run([exe], env=pc_env)
        if r.stdout.splitlines() != expect_out:
            raise Fail(f"output {r.stdout!r}")
        return f"-Wl,-Bstatic {' '.join(libs)} -Wl,-Bdynamic; {expect_out[1]}"

    def uninstall():
        run(["ninja", "-C", "out", "uninstall"], cwd=tree, env=dict(nopy.env, DESTDIR=dest))
        left = listing(dest)
        if left:
            raise Fail(f"left behind: {sorted(left)}")
        dirs = sorted(os.path.relpath(os.path.join(d, x), dest)
                      for d, ds, _ in os.walk(dest) for x in ds)
        if dirs:
            raise Fail(f"directories left behind: {dirs}")

    def pkgconfig_moved():
        moved = os.path.join(tmp, "moved")
        shutil.copytree(os.path.join(dest, "usr", "local"), moved, symlinks=True)
        try:
            env = dict(nopy.env, PKG_CONFIG_PATH=os.path.join(moved, "lib", "pkgconfig"))
            flags = run(["pkg-config", "--define-prefix", "--cflags", "--libs", "csock"],
                        env=env).stdout.split()
            want = [f"-I{moved}/include", f"-L{moved}/lib", "-lcsock"]
            if flags != want:
                raise Fail(f"pkg-config --define-prefix of a moved tree: {flags}, want {want}")
            return " ".join(flags)
        finally:
            shutil.rmtree(moved)

    installed = built and c.check("install", install)
    for name, fn in (("install_soname", install_soname), ("symbols", symbols),
                     ("pkgconfig_dynamic", pkgconfig_dynamic), ("pkgconfig_static", pkgconfig_static),
                     ("pkgconfig_moved", pkgconfig_moved),
                     ("uninstall", uninstall)):
        if installed:
            c.check(name, fn)

    def configure_defaults():
        d = os.path.join(tmp, "defaults")
        run([os.path.join(tree, "configure"), f"--builddir={d}"], cwd=tmp, env=nopy.env)
        a = run(["ninja", "-t", "commands", "all", "install"], cwd=tree, env=nopy.env).stdout
        b = run(["ninja", "-t", "commands", "all", "install"], cwd=d, env=nopy.env).stdout
        if a != b:
            import difflib
            raise Fail("configure's defaults differ from config.ninja's:\n" + "".join(
                list(difflib.unified_diff(a.splitlines(True), b.splitlines(True)))[:20]))
        return f"{len(a.splitlines())} commands identical"

    def dry(where):
        r = run(["ninja", "-n", "-C", where, "libcsock", "examples", "build/csock.pc"],
                cwd=tree, env=nopy.env)
        return [m.group(1) for m in re.finditer(r"^\[\d+/\d+\] (\S+)", r.stdout, re.M)]

    def configure_rebuilds():
        if dry("out"):
            raise Fail(f"out/ is not up to date: {dry('out')}")
        run(["./configure", "PYTHON=false", "PREFIX=/opt/elsewhere"], cwd=tree, env=nopy.env)
        steps = dry("out")
        if steps != ["PC"]:
            raise Fail(f"a new PREFIX plans {steps}, want only PC (csock.pc)")
        run(["./configure", "PYTHON=false", "PREFIX=/opt/elsewhere", "CFLAGS=-O1 -g"],
            cwd=tree, env=nopy.env)
        steps = dry("out")
        objects = len(run("ls out/build/gen/src/*.o out/build/runtime/*.o out/build/module/*.o "
                          "out/build/examples/obj/*.o", cwd=tree).stdout.split())
        if steps.count("CC") != objects or "SO" not in steps or "LINK" not in steps:
            raise Fail(f"new CFLAGS plan {steps}; want {objects} CC, SO, LINK")
        return f"PREFIX: {steps.count('PC')} step (csock.pc); CFLAGS: {steps.count('CC')} compiles"

    def configure_werror():
        # -Werror for our own flags; a consumer's CFLAGS never get it
        def cc_line(d):
            cmds = run(["ninja", "-t", "commands", "build/runtime/socket.o"], cwd=d,
                       env=nopy.env).stdout.splitlines()
            return cmds[-1].split()
        ours = os.path.join(tmp, "werror-ours")
        theirs = os.path.join(tmp, "werror-theirs")
        run([os.path.join(tree, "configure"), f"--builddir={ours}"], cwd=tmp, env=nopy.env)
        run([os.path.join(tree, "configure"), f"--builddir={theirs}", "CFLAGS=-O2 -Wconversion"],
            cwd=tmp, env=nopy.env)
        if "-Werror" not in cc_line(ours):
            raise Fail("./configure without CFLAGS: no -Werror")
        if "-Werror" in cc_line(theirs) or "-Wconversion" not in cc_line(theirs):
            raise Fail(f"./configure CFLAGS=...: {' '.join(cc_line(theirs))}")
        # and the hint configure prints is README's
        r = run([os.path.join(tree, "configure"), f"--builddir={ours}"], cwd=tmp, env=nopy.env)
        hint = r.stdout.strip().splitlines()[-1]
        readme = open(os.path.join(tree, "README.md"), encoding="utf-8").read()
        if hint != "next: ninja -C werror-ours libcsock && ninja -C werror-ours install" or \
                "ninja -C out libcsock\nninja -C out install" not in readme:
            raise Fail(f"configure's hint {hint!r} is not README's Install steps")
        return "-Werror without CFLAGS, none with CFLAGS=-O2 -Wconversion; hint as README"

    c.check("configure_defaults", configure_defaults)
    c.check("configure_werror", configure_werror)
    if built:
        c.check("configure_rebuilds", configure_rebuilds)

    # Headers on their own, as a user includes them.
    hdir = os.path.join(tree, "include")
    gdir = os.path.join(tree, "generated", "include")
    compilers = [("gcc", "c", ["-std=c11"]), ("clang", "c", ["-std=c11"]),
                 ("g++", "c++", ["-std=c++17"]), ("clang++", "c++", ["-std=c++17"])]
    headers = sorted(set(os.listdir(os.path.join(hdir, "csock"))) |
                     set(os.listdir(os.path.join(gdir, "csock"))))
    for cc, lang, std in compilers:
        for h in headers:
            def header(cc=cc, lang=lang, std=std, h=h):
                if shutil.which(cc) is None:
                    raise Fail(f"{cc} is not installed (.ci/setup-debian installs it)")
                code = f"#include <csock/{h}>\n"
                run([cc, *std, "-pedantic", "-Wall", "-Wextra", "-Werror", "-x", lang,
                     "-I" + hdir, "-I" + gdir, "-c", "-", "-o", os.devnull], input=code)
            c.check(f"header_{cc}_{h}", header)

    def python_ext():
        q = ("import sys, sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX')); "
             "print(sys.implementation.cache_tag)")
        sfx, tag = run([args.python_ext, "-c", q]).stdout.split()
        pydir = os.path.join(BUILD_ROOT, "build", "python")
        mods = sorted(f for f in os.listdir(pydir) if f.startswith("_socket.") and f.endswith(".so"))
        if mods != ["_socket" + sfx]:
            raise Fail(f"{pydir} holds {mods}, want ['_socket{sfx}'] for {args.python_ext}")
        pyc = os.path.join(pydir, "__pycache__", f"sitecustomize.{tag}.pyc")
        if not os.path.exists(pyc):
            raise Fail(f"no {pyc}")
        return f"_socket{sfx}, sitecustomize.{tag}.pyc"

    c.check("python_ext", python_ext)

    def cross():
        cc = "s390x-linux-gnu-gcc"
        if shutil.which(cc) is None:
            raise Skip(f"no {cc}")
        d = os.path.join(tmp, "s390x")
        run([os.path.join(tree, "configure"), f"--builddir={d}", f"CC={cc}", "PYTHON=false"],
            cwd=tmp, env=nopy.env)
        nopy.run(["ninja", "-C", d, "-j2", "libcsock"], cwd=tmp)
        h = run(["readelf", "-h", os.path.join(d, "build", f"libcsock.so.{ver}")]).stdout
        if "S/390" not in h:
            raise Fail(f"not an S/390 library:\n{h}")
        if nopy.pythons_started():
            raise Fail("Python was started")
        return f"{cc}: libcsock.so.{ver} is S/390"

    if args.full:
        c.check("cross", cross)

    print(f"ship: {c.passed} passed, {c.failed} failed, {c.skipped} skipped")
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())
