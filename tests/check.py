#!/usr/bin/env python3
"""`ninja check` in a build directory: the examples and every suite on the
in-tree harness (tests/harness), each program run through the configured
EMULATOR (a cross build: `./configure CC=... EMULATOR='qemu-ARCH -L SYSROOT'`).

    $PYTHON -B tests/check.py [--emulator CMD] [--libc glibc|musl|other]
                              [--proof NAME] [--only SUITE,...] [--logs DIR]

Run from the build directory (ninja does).  The suites: examples
(tests/examples/run.sh), gen_tests, platform_tests, runtime_tests,
runtime_fault_tests, module_tests (build/tests/harness/<suite>).

A test that cannot pass there is skipped, with its reason printed, when it
is declared:
  tests/platforms/emulators.tsv          a limitation of the emulator (qemu-user
                                         for any qemu-ARCH), with the plain C
                                         program that shows it without csock
                                         (tests/platforms/emulators/, built for
                                         the target): run first under the
                                         emulator, and its tests are skipped
                                         only where it shows the limitation
  tests/platforms/known-differences.tsv  a C library's difference (libc:musl)
                                         or one proof's (proof:NAME, --proof)
Everything else must pass.  The last line is `check: N passed, N failed,
N skipped` (each test of a suite and each example counts once); the exit
status is 0 when nothing failed.  tests/platforms/run.py (`ninja
platforms`) runs its proofs through the same functions.
"""
from __future__ import annotations

import argparse
import os
import re
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SYNTH = re.compile(r"Synthesis: Tested: (\d+) \| Passing: (\d+) \| Failing: (\d+) \| "
                   r"Crashing: (\d+)(?: \| Skipped: (\d+))?")
PLAIN = re.compile(r"^(?:\w+: )?(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$", re.M)
SUITES = ["examples", "gen_tests", "platform_tests", "runtime_tests",
          "runtime_fault_tests", "module_tests"]


class Tally:
    """Counts, and the lines reported (printed at once, or kept in
    self.lines when buffered: a proof run beside others)."""

    def __init__(self, buffered=False):
        self.passed = self.failed = self.skipped = 0
        self.failures = []
        self.lines = [] if buffered else None

    def say(self, line=""):
        if self.lines is None:
            print(line, flush=True)
        else:
            self.lines.append(line)

    def merge(self, other):
        self.passed += other.passed
        self.failed += other.failed
        self.skipped += other.skipped
        self.failures += other.failures
        for line in other.lines or []:
            self.say(line)

    def add(self, ok, what, passed=None, failed=None, skipped=0, note=""):
        if passed is None:
            passed = 1 if ok else 0
        if failed is None or (not ok and failed == 0):
            failed = 0 if ok else 1
        self.passed += passed
        self.failed += failed
        self.skipped += skipped
        if not ok:
            self.failures.append(what)
        self.say(f"{'ok  ' if ok else 'FAIL'} {what}{(' (' + note + ')') if note else ''}")

    def summary(self, label):
        """Print the failures and the closing `LABEL: N passed, N failed, N
        skipped` line; the exit status (0 when nothing failed)."""
        for f in self.failures:
            print(f"  failed: {f}")
        print(f"{label}: {self.passed} passed, {self.failed} failed, {self.skipped} skipped")
        return 0 if self.failed == 0 else 1


def sh(cmd, log, cwd=None, env=None):
    """Run cmd, output to log; (returncode, output)."""
    with open(log, "w") as f:
        f.write("$ " + shlex.join(cmd) + "\n")
        f.flush()
        r = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           text=True, errors="replace", env=env)
        f.write(r.stdout)
    return r.returncode, r.stdout


def show_tail(t, out, n=25):
    # Quoted so that no runner's summary line in it is counted again.
    for line in out.rstrip("\n").split("\n")[-n:]:
        t.say("     | " + line.replace("Synthesis:", "synthesis:")
              .replace(" passed, ", " passed; "))


def emulator_kind(emulator):
    """The name limitations are declared under: qemu-user for qemu-ARCH."""
    if not emulator:
        return ""
    prog = os.path.basename(emulator[0])
    if prog.startswith("qemu-") and not prog.startswith("qemu-system-"):
        return "qemu-user"
    return prog


def _rows(path, ncols):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != ncols:
                raise SystemExit(f"{path}:{n}: error: want {ncols} tab-separated columns")
            yield n, parts


def emulator_limits(root=ROOT):
    """{emulator: [(glob, why, reproducer)]} from tests/platforms/emulators.tsv."""
    out = {}
    path = os.path.join(root, "tests", "platforms", "emulators.tsv")
    for _n, (emu, glob, why, repro) in _rows(path, 4):
        out.setdefault(emu, []).append((glob, why, repro))
    return out


def limits_shown(t, builddir, label, emulator, root=ROOT):
    """Run each reproducer declared for this emulator (built for the target
    as build/tests/emulators/<name>) under it: {reproducer: shown}.  Exit 1
    is the limitation, 0 the kernel's answer; anything else fails."""
    kind = emulator_kind(emulator)
    shown = {}
    for repro in sorted({r for _g, _w, r in emulator_limits(root).get(kind, [])}):
        name = os.path.splitext(os.path.basename(repro))[0]
        exe = os.path.join(builddir, "build", "tests", "emulators", name)
        if not os.path.exists(exe):
            t.add(False, f"{label}: {kind} limitation {repro}: {exe} is not built")
            shown[repro] = True
            continue
        r = subprocess.run(list(emulator) + [exe], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True, errors="replace")
        last = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else ""
        shown[repro] = r.returncode != 0
        t.add(r.returncode in (0, 1),
              f"{label}: {kind} limitation {repro}: "
              + ("shows here" if r.returncode == 1 else
                 "does not show here, its tests run" if r.returncode == 0 else
                 f"the reproducer failed (exit {r.returncode})"), note=last)
    return shown


def excludes_for(emulator, libc, proof, root=ROOT, shown=None):
    """[(glob, why)]: what is declared for this emulator, C library and
    proof (an emulator's limitation only where its reproducer shows it,
    when shown, from limits_shown, is given)."""
    out = []
    kind = emulator_kind(emulator)
    for glob, why, repro in emulator_limits(root).get(kind, []):
        if shown is None or shown.get(repro, True):
            out.append((glob, f"{kind}: {why} (reproducer: {repro})"))
    path = os.path.join(root, "tests", "platforms", "known-differences.tsv")
    for n, (where, glob, why) in _rows(path, 3):
        key, _, value = where.partition(":")
        if key not in ("libc", "proof") or not value:
            raise SystemExit(f"{path}:{n}: error: the first column is libc:NAME or proof:NAME")
        if (key == "libc" and value == libc) or (key == "proof" and value == proof):
            out.append((glob, f"{where}: {why}"))
    return out


def run_suite(t, label, name, binary, emulator, excludes, logs):
    cmd = list(emulator) + [binary, "--jobs", "2", "--timeout", "120"]
    for glob, _why in excludes:
        cmd += ["--exclude", glob]
    log = os.path.join(logs, f"{label}-{name}.log")
    if not os.path.exists(binary):
        t.add(False, f"{label}: {name}: {binary} is not built")
        return
    rc, out = sh(cmd, log)
    m = SYNTH.search(out)
    if not m:
        t.add(False, f"{label}: {name}: no synthesis line (see {log})")
        show_tail(t, out)
        return
    tested, passing, failing, crashing, skipped = (int(x or 0) for x in m.groups())
    ok = rc == 0 and failing == 0 and crashing == 0 and passing > 0
    t.add(ok, f"{label}: {name}", passed=passing, failed=failing + crashing,
          skipped=skipped, note=f"{passing} passed, {failing + crashing} failed, {skipped} skipped")
    if not ok:
        show_tail(t, out)


def run_examples(t, label, builddir, emulator, logs):
    cmd = ["sh", os.path.join(builddir, "tests", "examples", "run.sh"),
           os.path.join(builddir, "build", "examples")] + (
               [shlex.join(emulator)] if emulator else [])
    log = os.path.join(logs, f"{label}-examples.log")
    rc, out = sh(cmd, log)
    m = PLAIN.search(out)
    p, f = (int(m.group(1)), int(m.group(2))) if m else (0, 1)
    ok = rc == 0 and m is not None and f == 0
    t.add(ok, f"{label}: examples", passed=p, failed=f, note=f"{p} passed, {f} failed")
    if not ok:
        show_tail(t, out)


def run_checks(t, builddir, label, emulator, libc, proof, suites, logs):
    """Run `suites` (names of SUITES) of the build directory builddir."""
    shown = limits_shown(t, builddir, label, emulator) if emulator and any(
        s != "examples" for s in suites) else None
    excludes = excludes_for(emulator, libc, proof, shown=shown)
    if any(s != "examples" for s in suites):
        for glob, why in excludes:
            t.say(f"     skipped on {label}: {glob}: {why}")
    for name in suites:
        if name == "examples":
            run_examples(t, label, builddir, emulator, logs)
        else:
            run_suite(t, label, name, os.path.join(builddir, "build", "tests", "harness", name),
                      emulator, excludes, logs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--emulator", default="", help="what runs the target's programs")
    ap.add_argument("--libc", default="", help="the target's C library (configure's target_libc)")
    ap.add_argument("--proof", default="", help="apply this proof's declared differences too")
    ap.add_argument("--only", default="", help="comma-separated suites (default: all)")
    ap.add_argument("--logs", default=os.path.join("build", "check"))
    args = ap.parse_args()
    suites = [s for s in args.only.split(",") if s] or SUITES
    unknown = set(suites) - set(SUITES)
    if unknown:
        print(f"check: unknown suite(s): {', '.join(sorted(unknown))} (known: {', '.join(SUITES)})",
              file=sys.stderr)
        return 2
    emulator = shlex.split(args.emulator)
    os.makedirs(args.logs, exist_ok=True)
    t = Tally()
    label = args.proof or "check"
    print(f"check: {os.getcwd()}" + (f", run under {shlex.join(emulator)}" if emulator else ""),
          flush=True)
    run_checks(t, os.getcwd(), label, emulator, args.libc, args.proof, suites, args.logs)
    return t.summary("check")


if __name__ == "__main__":
    sys.exit(main())
