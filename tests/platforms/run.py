#!/usr/bin/env python3
"""`ninja platforms`: every proof of spec/platforms.yaml that has a build.

    /usr/bin/python3 -B tests/platforms/run.py [--only PROOF[,PROOF...]] [--list]
    /usr/bin/python3 -B tests/platforms/run.py --readme-table

For each proof with `configure:` arguments: `./configure
--builddir=build/platforms/<proof> ARGS`, then `ninja -C` that directory for
what its `checks` need, then the checks, with the proof's emulator where it
has one (qemu-s390x):

  library, examples  build/libcsock.a, the examples (with the proof's CFLAGS,
                     so -Werror where it says so)
  run_examples       tests/examples/run.sh: every example on loopback, their
                     output and messages checked
  gen_tests          the generated suite (address examples, constants, API
                     presence) and the platform checks (tests/platforms/
                     test_wire.c, test_semantics.c), on the in-tree harness
                     (tests/harness)
  runtime_tests      the runtime suites, the fault-injection suite and the
                     platform checks
  module_tests       the module functions' suites
  headers            the public headers (C and C++) and the platform's table
  probe              generator/probe.py with the proof's compiler: no
                     constant may differ from the table, no feature of the
                     spec may be missing

A test that cannot pass on a build is listed, with why, in
tests/platforms/known-differences.tsv and excluded there (the harness
counts it as skipped).  Besides the builds: the platform checks on this
machine's Criterion, tests/platforms/test_probe.py (a pretend platform
through the probe) and README's platform table against the spec.

Logs: build/platforms/logs/<proof>-<check>.log.  The last line is
`platforms: N passed, N failed, N skipped` (each test of a suite, each
example and each build, header or probe check counts once).
"""
from __future__ import annotations

import argparse
import os
import re
import shlex
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "generator"))

from csockgen.diag import ErrorList, GenError  # noqa: E402
from csockgen.main import build_spec  # noqa: E402

LOGS = os.path.join(ROOT, "build", "platforms", "logs")
SYNTH = re.compile(r"Synthesis: Tested: (\d+) \| Passing: (\d+) \| Failing: (\d+) \| "
                   r"Crashing: (\d+)(?: \| Skipped: (\d+))?")
PLAIN = re.compile(r"^(?:\w+: )?(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$", re.M)
PROBE = re.compile(r"^probe summary: (\S+): (\d+) in spec, (\d+) match, (\d+) differ, "
                   r"(\d+) stale, .*features: (\d+) agree, (\d+) differ, (\d+) unused$", re.M)
README_BEGIN = "<!-- platform table: from spec/platforms.yaml (tests/platforms/run.py --readme-table) -->"
README_END = "<!-- end of platform table -->"

BUILD_TARGETS = {
    "library": ["build/libcsock.a"],
    "examples": ["examples"],
    "run_examples": ["examples"],
    "gen_tests": ["build/tests/harness/gen_tests", "build/tests/harness/platform_tests"],
    "runtime_tests": ["build/tests/harness/runtime_tests",
                      "build/tests/harness/runtime_fault_tests",
                      "build/tests/harness/platform_tests"],
    "module_tests": ["build/tests/harness/module_tests"],
    "headers": ["platform_headers"],
}
SUITES = {
    "gen_tests": ["gen_tests", "platform_tests"],
    "runtime_tests": ["runtime_tests", "runtime_fault_tests", "platform_tests"],
    "module_tests": ["module_tests"],
}


def load_spec():
    return build_spec(os.path.join(ROOT, "spec"), os.path.join(ROOT, "spec", "schema"),
                      display_root=ROOT, only_kinds={"platforms"})


def known_differences():
    out = {}
    path = os.path.join(ROOT, "tests", "platforms", "known-differences.tsv")
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                raise SystemExit(f"{path}:{n}: error: want proof<TAB>suite/name<TAB>why")
            out.setdefault(parts[0], []).append((parts[1], parts[2]))
    return out


def config_value(proof, var, default=""):
    for a in proof.configure:
        name, _, value = a.partition("=")
        if name == var:
            return value
    return default


class Tally:
    def __init__(self):
        self.passed = self.failed = self.skipped = 0
        self.failures = []

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
        print(f"{'ok  ' if ok else 'FAIL'} {what}{(' (' + note + ')') if note else ''}", flush=True)


def sh(cmd, log, cwd=ROOT, env=None):
    """Run cmd, output to log; (returncode, output)."""
    with open(log, "w") as f:
        f.write("$ " + shlex.join(cmd) + "\n")
        f.flush()
        r = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           text=True, errors="replace", env=env)
        f.write(r.stdout)
    return r.returncode, r.stdout


def show_tail(out, n=25):
    # Quoted so that no runner's summary line in it is counted again.
    for line in out.rstrip("\n").split("\n")[-n:]:
        print("     | " + line.replace("Synthesis:", "synthesis:"))


def run_suite(t, proof, name, binary, emu, excludes):
    cmd = emu + [binary, "--jobs", "2", "--timeout", "120"]
    for glob, _why in excludes:
        cmd += ["--exclude", glob]
    log = os.path.join(LOGS, f"{proof.name}-{name}.log")
    rc, out = sh(cmd, log)
    m = SYNTH.search(out)
    if not m:
        t.add(False, f"{proof.name}: {name}: no synthesis line (see {os.path.relpath(log, ROOT)})")
        show_tail(out)
        return
    tested, passing, failing, crashing, skipped = (int(x or 0) for x in m.groups())
    ok = rc == 0 and failing == 0 and crashing == 0 and passing > 0
    t.add(ok, f"{proof.name}: {name}", passed=passing, failed=failing + crashing,
          skipped=skipped, note=f"{passing} passed, {failing + crashing} failed, {skipped} skipped")
    if not ok:
        show_tail(out)


def run_probe(t, proof, emu):
    cc = config_value(proof, "CC", "cc")
    flags = " ".join(x for x in (config_value(proof, "CFLAGS"), config_value(proof, "LDFLAGS")) if x)
    cmd = [sys.executable, "-B", os.path.join(ROOT, "generator", "probe.py"), "--cc", cc,
           f"--cflags={flags}", "--workdir", os.path.join(ROOT, "build", "platforms", proof.name, "probe")]
    if emu:
        cmd += [f"--run={shlex.join(emu)}"]
    log = os.path.join(LOGS, f"{proof.name}-probe.log")
    rc, out = sh(cmd, log)
    m = PROBE.search(out)
    if rc != 0 or not m:
        t.add(False, f"{proof.name}: probe (see {os.path.relpath(log, ROOT)})")
        show_tail(out)
        return
    plat, n, match, differ, stale, agree, fdiffer, unused = m.groups()
    ok = differ == "0" and stale == "0" and fdiffer == "0"
    t.add(ok, f"{proof.name}: probe", note=f"{plat}: {match}/{n} constants match, {differ} differ, "
          f"{stale} stale; features {agree} agree, {fdiffer} differ, {unused} unused")
    if not ok:
        show_tail(out)


def run_proof(t, plat, proof, known):
    d = os.path.join("build", "platforms", proof.name)
    emu = shlex.split(proof.emulator) if proof.emulator else []
    t0 = time.monotonic()
    print(f"\n=== {proof.name}: {plat.name}"
          + (f", {proof.libc}" if proof.libc else "") + (f", {proof.arch}" if proof.arch else "")
          + f" ({proof.level}): ./configure {shlex.join(proof.configure)}", flush=True)
    rc, out = sh([os.path.join(ROOT, "configure"), f"--builddir={d}", *proof.configure],
                 os.path.join(LOGS, f"{proof.name}-configure.log"))
    if rc != 0:
        t.add(False, f"{proof.name}: configure")
        show_tail(out)
        return
    targets = []
    for c in proof.checks:
        for x in BUILD_TARGETS.get(c, []):
            if x not in targets:
                targets.append(x)
    if "headers" in proof.checks:
        targets.append(f"build/gen/src/constants_{plat.name}.o")
    if targets:
        rc, out = sh(["ninja", "-C", d, "-j2", *targets],
                     os.path.join(LOGS, f"{proof.name}-build.log"))
        built = [c for c in proof.checks if c in ("library", "examples", "headers")]
        if rc != 0:
            t.add(False, f"{proof.name}: build ({', '.join(targets)})")
            show_tail(out)
            return
        for c in built:
            t.add(True, f"{proof.name}: {c} builds", note=f"CFLAGS {config_value(proof, 'CFLAGS') or '(default)'}")
    excludes = [(g, why) for g, why in known.get(proof.name, [])]
    for glob, why in excludes:
        print(f"     excluded on {proof.name}: {glob}: {why}")
    done = set()
    for c in proof.checks:
        if c == "run_examples":
            cmd = ["sh", os.path.join(ROOT, "tests", "examples", "run.sh"),
                   os.path.join(ROOT, d, "build", "examples")] + ([shlex.join(emu)] if emu else [])
            log = os.path.join(LOGS, f"{proof.name}-examples.log")
            rc, out = sh(cmd, log)
            m = PLAIN.search(out)
            p, f = (int(m.group(1)), int(m.group(2))) if m else (0, 1)
            ok = rc == 0 and m is not None and f == 0
            t.add(ok, f"{proof.name}: run_examples", passed=p, failed=f,
                  note=f"{p} passed, {f} failed")
            if not ok:
                show_tail(out)
        elif c in SUITES:
            for name in SUITES[c]:
                if name in done:
                    continue
                done.add(name)
                run_suite(t, proof, name, os.path.join(ROOT, d, "build", "tests", "harness", name),
                          emu, excludes)
        elif c == "probe":
            run_probe(t, proof, emu)
    print(f"     ({proof.name}: {time.monotonic() - t0:.0f} s)")


def readme_table(spec) -> str:
    rows = ["| platform | C library, CPU | constant table | runtime | proved here | how |",
            "| --- | --- | --- | --- | --- | --- |"]
    for p in spec.platform_list:
        runtime = "POSIX" if p.runtime == "posix" else "none yet"
        if p.runtime == "posix" and all(pr.level == "none" for pr in p.proofs):
            runtime = "POSIX, unchecked"
        for pr in p.proofs:
            what = ", ".join(x for x in (pr.libc, pr.arch) if x) or "-"
            if pr.level == "none":
                how = "nothing compiles for it here"
                proved = "no"
            elif pr.run:
                how = f"`ninja {pr.run['target']}` (in `tests/run-all`)"
                proved = f"{pr.level}: {pr.run['what']}"
            elif not pr.configure:
                how = "`ninja`, `tests/run-all`"
                proved = f"{pr.level}: every suite"
            else:
                how = "`./configure " + shlex.join(pr.configure) + "`"
                if pr.emulator:
                    how += f", run under `{pr.emulator}`"
                proved = f"{pr.level}: {', '.join(pr.checks)}"
            rows.append(f"| {p.name} | {what} | `constants_{p.name}.c` | {runtime} | {proved} | {how} |")
    return "\n".join(rows)


def check_readme(t, spec):
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        text = f.read()
    want = f"{README_BEGIN}\n{readme_table(spec)}\n{README_END}"
    ok = want in text
    t.add(ok, "README's platform table is spec/platforms.yaml's "
              "(tests/platforms/run.py --readme-table)")
    if not ok:
        show_tail(want, 40)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", default="", help="comma-separated proofs (default: all)")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--readme-table", action="store_true")
    args = ap.parse_args()
    try:
        spec = load_spec()
    except (ErrorList, GenError) as e:
        print(f"platforms: the spec does not validate:\n{e}", file=sys.stderr)
        return 1
    if args.readme_table:
        print(f"{README_BEGIN}\n{readme_table(spec)}\n{README_END}")
        return 0
    proofs = [(p, pr) for p in spec.platform_list for pr in p.proofs]
    if args.list:
        for p, pr in proofs:
            print(f"{pr.name}\t{p.name}\t{pr.level}\t{shlex.join(pr.configure)}")
        return 0
    only = [x for x in args.only.split(",") if x]
    unknown = set(only) - {pr.name for _p, pr in proofs}
    if unknown:
        print(f"platforms: unknown proof(s): {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    os.makedirs(LOGS, exist_ok=True)
    if not os.path.exists(os.path.join(ROOT, "configure")):
        print("platforms: ./configure is missing (the shipping work provides it)", file=sys.stderr)
        print("0 passed, 1 failed")
        return 1
    known = known_differences()
    t = Tally()
    t0 = time.monotonic()
    if not only:
        print("=== this machine", flush=True)
        check_readme(t, spec)
        rc, out = sh(["ninja", "-j2", "build/tests/platform_tests"],
                     os.path.join(LOGS, "native-build.log"))
        if rc != 0:
            t.add(False, "native: platform_tests build")
            show_tail(out)
        else:
            run_suite(t, type("P", (), {"name": "native"}), "platform_tests",
                      os.path.join(ROOT, "build", "tests", "platform_tests"), [], [])
        log = os.path.join(LOGS, "native-test_probe.log")
        rc, out = sh([sys.executable, "-B", os.path.join(ROOT, "tests", "platforms", "test_probe.py")], log)
        m = re.search(r"^Ran (\d+) tests?", out, re.M)
        n = int(m.group(1)) if m else 0
        t.add(rc == 0 and n > 0, "native: tests/platforms/test_probe.py (a pretend platform)",
              passed=n if rc == 0 else 0, note=f"{n} tests")
        if rc != 0:
            show_tail(out)
    for p, pr in proofs:
        if only and pr.name not in only:
            continue
        if pr.level == "none":
            print(f"\n=== {pr.name}: {p.name}: not proved here: {pr.doc}")
            t.skipped += 1
            continue
        if not pr.configure:
            continue  # the native build: tests/run-all proves it
        run_proof(t, p, pr, known)
    print(f"\nplatforms: {time.monotonic() - t0:.0f} s")
    for f in t.failures:
        print(f"  failed: {f}")
    print(f"platforms: {t.passed} passed, {t.failed} failed, {t.skipped} skipped")
    return 0 if t.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
