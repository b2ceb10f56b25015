#!/usr/bin/env python3
"""`ninja platforms`: every proof of spec/platforms.yaml that has a build.

    /usr/bin/python3 -B tests/platforms/run.py [--only PROOF[,PROOF...]] [--list] [--jobs N]
    /usr/bin/python3 -B tests/platforms/run.py --readme-table

For each proof with `configure:` arguments: `./configure
--builddir=build/platforms/<proof> ARGS` (with EMULATOR=<the proof's
emulator> where it has one: qemu-s390x, 'qemu-hppa -L /usr/hppa-linux-gnu'),
then `ninja -C` that directory for what its `checks` need, then the checks,
run as `ninja -C DIR check` runs them (tests/check.py), through the
emulator:

  library, examples  build/libcsock.a, the examples (with the proof's CFLAGS,
                     so -Werror where it says so)
  run_examples       tests/examples/run.sh: every example on loopback, their
                     output and messages checked
  win_tests          the Winsock runtime's foundations (runtime/win/) and
                     Wine's declared limits, on the harness's Windows runner
  gen_tests          the generated suite (address examples, constants, API
                     presence) and the platform checks (tests/platforms/
                     test_wire.c, test_semantics.c), on the in-tree harness
                     (tests/harness)
  runtime_tests      the runtime suites, the fault-injection suite and the
                     platform checks
  module_tests       the module functions' suites
  headers            the public headers (C and C++) and the platform's table
  probe              generator/probe.py with the proof's compiler, its
                     programs run through the emulator (or, for another OS,
                     --no-run: presence only, said so): no constant may
                     differ from the table, no feature of the spec may be
                     missing

A test that cannot pass on a build is declared, with why, and skipped there
(the harness counts it as skipped; the reason is printed): an emulator's
limitation once per emulator in tests/platforms/emulators.tsv, with a plain
C reproducer run under each proof's emulator first (its tests are skipped
only where it shows the limitation); a C library's or one proof's
difference in tests/platforms/known-differences.tsv.
Besides the builds: the platform checks on this machine's Criterion,
tests/platforms/test_probe.py (a pretend platform through the probe) and
README's platform table against the spec.

Proofs run --jobs (default 2) at a time, each reported as one block when it
ends.  Logs: build/platforms/logs/<proof>-<check>.log.  The last line is
`platforms: N passed, N failed, N skipped` (each test of a suite, each
example and each build, header or probe check counts once).
"""
from __future__ import annotations

import argparse
import concurrent.futures
import os
import re
import shlex
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "generator"))
sys.path.insert(0, os.path.join(ROOT, "tests"))

from csockgen.diag import ErrorList, GenError  # noqa: E402
from csockgen.main import build_spec  # noqa: E402
from check import (Tally, emulator_kind, emulator_limits, run_checks, run_suite, sh,  # noqa: E402
                   show_tail)

LOGS = os.path.join(ROOT, "build", "platforms", "logs")
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
    "win_tests": ["build/tests/harness/win_tests.exe", "build/tests/harness/wine_limits.exe"],
}
SUITES = {
    "run_examples": ["examples"],
    "gen_tests": ["gen_tests", "platform_tests"],
    "runtime_tests": ["runtime_tests", "runtime_fault_tests", "platform_tests"],
    "module_tests": ["module_tests"],
    "win_tests": ["win_tests.exe", "wine_limits.exe"],
}


def load_spec():
    return build_spec(os.path.join(ROOT, "spec"), os.path.join(ROOT, "spec", "schema"),
                      display_root=ROOT, only_kinds={"platforms"})


def config_value(proof, var, default=""):
    for a in proof.configure:
        name, _, value = a.partition("=")
        if name == var:
            return value
    return default


def run_probe(t, plat, proof, emu):
    cc = config_value(proof, "CC", "cc")
    flags = " ".join(x for x in (config_value(proof, "CFLAGS"), config_value(proof, "LDFLAGS")) if x)
    cmd = [sys.executable, "-B", os.path.join(ROOT, "generator", "probe.py"), "--cc", cc,
           f"--cflags={flags}", "--workdir", os.path.join(ROOT, "build", "platforms", proof.name, "probe")]
    if emu:
        cmd += [f"--run={shlex.join(emu)}"]
    elif plat.name != "linux":
        cmd += ["--no-run"]  # another OS, no emulator: presence only, and the probe says so
    log = os.path.join(LOGS, f"{proof.name}-probe.log")
    rc, out = sh(cmd, log)
    m = PROBE.search(out)
    if rc != 0 or not m:
        t.add(False, f"{proof.name}: probe (see {os.path.relpath(log, ROOT)})")
        show_tail(t, out)
        return
    plat_name, n, match, differ, stale, agree, fdiffer, unused = m.groups()
    ok = differ == "0" and stale == "0" and fdiffer == "0"
    how = "values" if "(values compared" in out else "presence only"
    t.add(ok, f"{proof.name}: probe", note=f"{plat_name}: {match}/{n} constants match ({how}), {differ} differ, "
          f"{stale} stale; features {agree} agree, {fdiffer} differ, {unused} unused")
    if not ok:
        show_tail(t, out)


def run_proof(plat, proof, jobs):
    """One proof, reported in its own (buffered) Tally."""
    t = Tally(buffered=jobs > 1)
    d = os.path.join("build", "platforms", proof.name)
    emu = shlex.split(proof.emulator) if proof.emulator else []
    t0 = time.monotonic()
    t.say(f"\n=== {proof.name}: {plat.name}"
          + (f", {proof.libc}" if proof.libc else "") + (f", {proof.arch}" if proof.arch else "")
          + f" ({proof.level}): ./configure {shlex.join(proof.configure)}"
          + (f" EMULATOR='{proof.emulator}'" if proof.emulator else ""))
    args = list(proof.configure) + ([f"EMULATOR={proof.emulator}"] if proof.emulator else [])
    rc, out = sh([os.path.join(ROOT, "configure"), f"--builddir={d}", *args],
                 os.path.join(LOGS, f"{proof.name}-configure.log"), cwd=ROOT)
    if rc != 0:
        t.add(False, f"{proof.name}: configure")
        show_tail(t, out)
        return t
    targets = []
    for c in proof.checks:
        for x in BUILD_TARGETS.get(c, []):
            if x not in targets:
                targets.append(x)
    if "run_examples" in proof.checks:
        targets.append("build/tests/errno_text")
    # the reproducers of the limitations declared for this emulator (the
    # qemu-user ones are POSIX programs: Wine has none, and they would not
    # build for Windows)
    if (emu and emulator_limits().get(emulator_kind(emu))
            and any(c in SUITES and c != "run_examples" for c in proof.checks)):
        targets.append("emulator_reproducers")
    if "headers" in proof.checks:
        targets.append(f"build/gen/src/constants_{plat.name}.o")
    if targets:
        rc, out = sh(["ninja", "-C", d, "-j2", *targets],
                     os.path.join(LOGS, f"{proof.name}-build.log"), cwd=ROOT)
        built = [c for c in proof.checks if c in ("library", "examples", "headers")]
        if rc != 0:
            t.add(False, f"{proof.name}: build ({', '.join(targets)})")
            show_tail(t, out)
            return t
        for c in built:
            t.add(True, f"{proof.name}: {c} builds", note=f"CFLAGS {config_value(proof, 'CFLAGS') or '(default)'}")
    suites = []
    for c in proof.checks:
        for name in SUITES.get(c, []):
            if name not in suites:
                suites.append(name)
    run_checks(t, os.path.join(ROOT, d), proof.name, emu, proof.libc or "", proof.name,
               suites, LOGS)
    if "probe" in proof.checks:
        run_probe(t, plat, proof, emu)
    t.say(f"     ({proof.name}: {time.monotonic() - t0:.0f} s)")
    return t


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
        show_tail(t, want, 40)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", default="", help="comma-separated proofs (default: all)")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--readme-table", action="store_true")
    ap.add_argument("--jobs", type=int, default=2, help="proofs run at once (default 2)")
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
    t = Tally()
    t0 = time.monotonic()
    if not only:
        t.say("=== this machine")
        check_readme(t, spec)
        rc, out = sh(["ninja", "-j2", "build/tests/platform_tests"],
                     os.path.join(LOGS, "native-build.log"), cwd=ROOT)
        if rc != 0:
            t.add(False, "native: platform_tests build")
            show_tail(t, out)
        else:
            run_suite(t, "native", "platform_tests",
                      os.path.join(ROOT, "build", "tests", "platform_tests"), [], [], LOGS)
        log = os.path.join(LOGS, "native-test_probe.log")
        rc, out = sh([sys.executable, "-B", os.path.join(ROOT, "tests", "platforms", "test_probe.py")], log)
        m = re.search(r"^Ran (\d+) tests?", out, re.M)
        n = int(m.group(1)) if m else 0
        t.add(rc == 0 and n > 0, "native: tests/platforms/test_probe.py (a pretend platform)",
              passed=n if rc == 0 else 0, note=f"{n} tests")
        if rc != 0:
            show_tail(t, out)
    todo = []
    for p, pr in proofs:
        if only and pr.name not in only:
            continue
        if pr.level == "none":
            t.say(f"\n=== {pr.name}: {p.name}: not proved here: {pr.doc}")
            t.skipped += 1
            continue
        if not pr.configure:
            continue  # the native build: tests/run-all proves it
        todo.append((p, pr))
    jobs = max(1, args.jobs)
    if jobs == 1:
        for p, pr in todo:
            t.merge(run_proof(p, pr, 1))  # printed as it goes
    else:
        # each proof's block is printed when it ends, in the spec's order
        with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
            for f in [pool.submit(run_proof, p, pr, jobs) for p, pr in todo]:
                t.merge(f.result())
    t.say(f"\nplatforms: {time.monotonic() - t0:.0f} s")
    return t.summary("platforms")


if __name__ == "__main__":
    sys.exit(main())
