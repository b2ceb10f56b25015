#!/usr/bin/env python3
"""errors_probe.py's lines under stock CPython and under our _socket, compared.

    errors_compare.py --name NAME [--known TEXT WHY]... [PYTHON]

Runs tests/python/errors_probe.py twice with PYTHON (default: this
interpreter): without PYTHONPATH (stock _socket) and with
PYTHONPATH=build/python (ours), standard output only, DeprecationWarnings
off (the probe's random half merges its standard error into its output,
where a warning's place would depend on buffering, not on _socket).  Each line is one call and its outcome; every line must be the
same.  --known TEXT WHY declares a difference not fixed yet: stock lines
containing TEXT are counted as skipped, and WHY is printed with their count
(nothing is hidden: the count and the first few differing lines show).

Last line: `NAME: N passed, N failed, N skipped`; exit status 1 if any failed.
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def run(python, ours):
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    # the probe's random half merges its standard error into its output:
    # a DeprecationWarning's place there depends on buffering, not on _socket
    env["PYTHONWARNINGS"] = "ignore::DeprecationWarning"
    if ours:
        env["PYTHONPATH"] = os.path.join(ROOT, "build", "python")
    with tempfile.TemporaryDirectory() as d:
        out = subprocess.run([python, os.path.join(HERE, "errors_probe.py")], cwd=d, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                             timeout=300)
    if out.returncode != 0:
        sys.exit(f"errors_probe.py failed ({'ours' if ours else 'stock'}): exit {out.returncode}")
    return out.stdout.splitlines()


def main():
    args = sys.argv[1:]
    name, known, python = "errors_compare", [], sys.executable
    while args:
        a = args.pop(0)
        if a == "--name":
            name = args.pop(0)
        elif a == "--known":
            known.append((args.pop(0), args.pop(0)))
        else:
            python = a
    stock, ours = run(python, False), run(python, True)
    passed = failed = 0
    skipped = {t: 0 for t, _ in known}
    shown = 0
    for i in range(max(len(stock), len(ours))):
        a = stock[i] if i < len(stock) else "<missing>"
        b = ours[i] if i < len(ours) else "<missing>"
        if a == b:
            passed += 1
            continue
        k = next((t for t, _ in known if t in a), None)
        if k is not None:
            skipped[k] += 1
            continue
        failed += 1
        if shown < 20:
            print(f"{name}: line {i + 1}:\n  stock: {a}\n  ours:  {b}")
            shown += 1
    for t, why in known:
        print(f"{name}: known difference, {skipped[t]} line(s) with {t!r}: {why}")
    # the whole matrix ran, and the random addresses in their namespace
    nrandom = sum(1 for ln in stock if ln.startswith("random "))
    broken = [ln for ln in stock + ours if ln.startswith("random addresses: exit status")]
    print(f"{name}: {len(stock)} lines (stock), {len(ours)} (ours); {nrandom} random")
    if len(stock) < 6000 or nrandom < 5000 or broken:
        print(f"{name}: the probe did not run whole ({broken[0] if broken else 'too few lines'})")
        failed += 1
    print(f"{name}: {passed} passed, {failed} failed, {sum(skipped.values())} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
