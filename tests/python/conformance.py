#!/usr/bin/env python3
"""Run CPython's own test suites on csock's _socket and on stock CPython.

    conformance.py --name NAME [--strict] [--parallel] -- REGRTEST-ARGS...

Runs `PYTHON -m test REGRTEST-ARGS --junit-xml ...` twice: once stock (no
PYTHONPATH: the interpreter's own _socket) and once with
PYTHONPATH=build/python (ours; the absolute path, so regrtest's -j workers,
which start in a temporary directory, find it too).  regrtest's own output
goes to build/python/NAME-{stock,ours}.log; the JUnit XML gives every test
id with its outcome (ok, skipped, failure, error).

Verdict, test by test (ours against stock):
  - same outcome: fine;
  - --strict (test_socket): any failure or error of ours fails, as does a
    non-zero regrtest exit status of ours;
  - otherwise a failure/error of ours is fine only where stock fails too
    (suites that fail on this kernel), and counts as skipped;
  - ours skipping a test that stock runs, or running one stock skips, or a
    test id only one side has (a module that failed to load) fails.
Without --strict, tests whose outcome differs are run once more on ours
(regrtest --matchfile) before the verdict, so one flaky timing test of a
big suite does not fail the run; the re-run is reported.

Prints the differences, then one last plain line
`NAME: N passed, N failed, N skipped` (tests/run-all parses it); exits 1 if
anything failed.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OURS_DIR = os.path.join(ROOT, "build", "python")
LOG_DIR = OURS_DIR


def env_for(ours):
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    if ours:
        env["PYTHONPATH"] = OURS_DIR
    return env


def which_socket(python, ours):
    """__file__ of the _socket that interpreter imports ('builtin' if none)."""
    out = subprocess.run([python, "-c", "import _socket; print(getattr(_socket, '__file__', 'builtin'))"],
                         env=env_for(ours), capture_output=True, text=True)
    return out.stdout.strip() or out.stderr.strip()


def outcomes(path):
    """{test id: 'ok'|'skipped'|'failure'|'error'} from regrtest's JUnit XML."""
    res = {}
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return res
    for tc in root.iter("testcase"):
        tags = {c.tag for c in tc}
        if "error" in tags:
            o = "error"
        elif "failure" in tags:
            o = "failure"
        elif "skipped" in tags:
            o = "skipped"
        else:
            o = "ok"
        res[tc.get("name")] = o
    return res


def start(python, args, ours, tag, name, workdir):
    xml = os.path.join(workdir, f"{tag}.xml")
    log = open(os.path.join(LOG_DIR, f"{name}-{tag}.log"), "w")
    cmd = [python, "-m", "test", *args, "--junit-xml", xml]
    log.write("$ " + ("PYTHONPATH=" + OURS_DIR + " " if ours else "") + " ".join(cmd) + "\n")
    log.flush()
    proc = subprocess.Popen(cmd, env=env_for(ours), stdout=log, stderr=subprocess.STDOUT,
                            cwd=workdir)
    return proc, log, xml


def finish(run):
    proc, log, xml = run
    rc = proc.wait()
    log.close()
    return rc, outcomes(xml)


BAD = ("failure", "error")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--name", default="conformance")
    ap.add_argument("--python", default="/usr/bin/python3")
    ap.add_argument("--strict", action="store_true",
                    help="no failure or error of ours is acceptable")
    ap.add_argument("--parallel", action="store_true",
                    help="run stock and ours at the same time")
    ap.add_argument("regrtest", nargs=argparse.REMAINDER)
    ns = ap.parse_args()
    args = [a for a in ns.regrtest if a != "--"]
    name = ns.name
    t0 = time.monotonic()
    os.makedirs(LOG_DIR, exist_ok=True)

    mine = which_socket(ns.python, True)
    theirs = which_socket(ns.python, False)
    print(f"{name}: ours _socket = {mine}")
    print(f"{name}: stock _socket = {theirs}")
    if not mine.startswith(OURS_DIR) or theirs.startswith(OURS_DIR):
        print(f"{name}: cannot tell the two _socket modules apart")
        print(f"{name}: 0 passed, 1 failed, 0 skipped")
        return 1

    with tempfile.TemporaryDirectory(prefix=f"csock-{name}-") as work:
        sw = os.path.join(work, "stock")
        ow = os.path.join(work, "ours")
        os.mkdir(sw)
        os.mkdir(ow)
        print(f"{name}: {ns.python} -m test {' '.join(args)}  (stock, then ours)" if not ns.parallel
              else f"{name}: {ns.python} -m test {' '.join(args)}  (stock and ours in parallel)", flush=True)
        if ns.parallel:
            a = start(ns.python, args, False, "stock", name, sw)
            b = start(ns.python, args, True, "ours", name, ow)
            src, stock = finish(a)
            orc, ours = finish(b)
        else:
            src, stock = finish(start(ns.python, args, False, "stock", name, sw))
            t1 = time.monotonic()
            orc, ours = finish(start(ns.python, args, True, "ours", name, ow))
        t_runs = time.monotonic() - t0

        # One more chance for what differs (timing-sensitive tests).
        differ = sorted(t for t in set(stock) | set(ours)
                        if stock.get(t) != ours.get(t) and t in ours
                        and not (ours[t] == "ok" and stock.get(t) in BAD))
        rerun = {}
        if differ and len(differ) <= 200 and not ns.strict:
            mf = os.path.join(work, "rerun.txt")
            with open(mf, "w") as f:
                f.write("\n".join(differ) + "\n")
            rw = os.path.join(work, "rerun")
            os.mkdir(rw)
            modules = sorted({t.split(".")[1] for t in differ if t.startswith("test.")})
            rargs = [a for a in args if not a.startswith("test_")] + modules + ["--matchfile", mf]
            _, rerun = finish(start(ns.python, rargs, True, "ours-rerun", name, rw))

    passed = failed = skipped = 0
    problems, notes = [], []
    for t in sorted(set(stock) | set(ours)):
        s, o = stock.get(t), ours.get(t)
        if o is not None and t in rerun and rerun[t] != o:
            notes.append(f"re-run: {t}: {o} -> {rerun[t]}")
            o = rerun[t]
        if o is None:
            problems.append(f"only stock ran {t} ({s})")
            failed += 1
        elif s is None:
            problems.append(f"only ours ran {t} ({o})")
            failed += 1
        elif o == "ok":
            if s == "skipped":
                problems.append(f"ours runs what stock skips: {t}")
                failed += 1
            else:
                passed += 1
                if s in BAD:
                    notes.append(f"stock fails, ours passes: {t} ({s})")
        elif o == "skipped":
            if s != "skipped":
                problems.append(f"ours skips what stock runs: {t} (stock: {s})")
                failed += 1
            else:
                skipped += 1
        else:  # failure / error
            if ns.strict or s not in BAD:
                problems.append(f"ours: {o}: {t} (stock: {s})")
                failed += 1
            else:
                notes.append(f"fails on stock too: {t} ({s}/{o})")
                skipped += 1
    if not ours:
        problems.append("no test results from ours (see the log)")
        failed += 1
    if ns.strict and orc != 0:
        problems.append(f"regrtest on ours exited with {orc}")
        failed = max(failed, 1)
    elif orc != 0 and src == 0 and not any(o in BAD for o in ours.values()):
        # a non-zero exit no test outcome explains (a crash, a module that
        # failed to load); failed tests were judged one by one above
        problems.append(f"regrtest exit status: stock {src}, ours {orc}")
        failed = max(failed, 1)

    for n in notes:
        print(f"{name}: note: {n}")
    for p in problems:
        print(f"{name}: FAIL: {p}")
    dt = time.monotonic() - t0
    nstock = sum(1 for o in stock.values() if o == "skipped")
    print(f"{name}: stock CPython: {len(stock)} tests, {nstock} skipped, "
          f"{sum(1 for o in stock.values() if o in BAD)} failing, exit {src}; "
          f"ours: exit {orc}; logs build/python/{name}-*.log; {dt:.0f} s "
          f"(runs {t_runs:.0f} s{', stock ' + format(t1 - t0, '.0f') + ' s' if not ns.parallel else ''})")
    print(f"{name}: {passed} passed, {failed} failed, {skipped} skipped", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
