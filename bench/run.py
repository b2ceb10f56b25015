"""Run csock's benchmarks: every case, every implementation, interleaved.

    /usr/bin/python3 bench/run.py [--rounds N] [--smoke] [--out DIR]
                                  [--no-strace] [--no-callgrind] [--no-plot]

Implementations: raw and csock (build/bench/bench_c), cpython (stock
/usr/bin/python3 socket) and csock-python (the same bench/bench.py with
PYTHONPATH=build/python, so `_socket` is csock's).  Each round runs every
case once per implementation, implementations back to back (rotating the
order each round), so ratios compare runs made moments apart; the median
over the rounds is reported.

syscalls_per_op is counted with `strace -f -c` in a separate pass, the same
way for every implementation: two runs of N and 2N operations, the
difference divided by N (start-up and set-up cancel out).  For the
cross-process cases it counts both processes, and takes the median of 3
runs: how often a receive finds its data already there depends on how the
two processes interleave, which strace itself changes.  csock's runtime counter
(csock_syscall_count, measuring process only) is reported beside it.
instructions_per_op (exchange): `valgrind --tool=callgrind`, the same
N/2N difference; instruction counts repeat exactly where wall time is
noisy.

Writes DIR/results.json (list of records), DIR/ratios.png, prints a table
and the targets.  --smoke: a few hundred operations per case, one round,
no strace/callgrind/plot; fails unless every case produced a number.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_C = os.path.join(ROOT, "build", "bench", "bench_c")
BENCH_PY = os.path.join(ROOT, "bench", "bench.py")
PYTHON = "/usr/bin/python3"
PY_BUILD = os.path.join(ROOT, "build", "python")

C_IMPLS = ["raw", "csock"]
ALL_IMPLS = ["raw", "csock", "cpython", "csock-python"]
MODES = ["blocking", "timeout"]

# case: (families, modes, impls, ops for the timed run, ops for strace,
#        unit)
CASES = [
    ("exchange", ["unix", "tcp", "udp"], MODES, ALL_IMPLS, 100000, 2000, "ops"),
    ("pingpong", ["unix", "tcp", "udp"], MODES, ALL_IMPLS, 20000, 2000, "ops"),
    # the echo side a second thread of the same process: the GIL is shared
    ("pingpong-threads", ["unix", "tcp"], MODES, ["cpython", "csock-python"],
     20000, 2000, "ops"),
    ("bulk", ["unix", "tcp"], MODES, ALL_IMPLS, 20000, 1000, "bytes"),
    ("datagram", ["unix", "udp"], MODES, ALL_IMPLS, 100032, 2048, "ops"),
    ("datagram-batch", ["unix", "udp"], MODES, C_IMPLS, 100032, 2048, "ops"),
    ("connect", ["unix", "tcp"], MODES, ALL_IMPLS, 10000, 500, "ops"),
    ("getaddrinfo", ["any"], ["blocking"], ALL_IMPLS, 20000, 500, "ops"),
]
SMOKE_OPS = {"bulk": 30, "datagram": 320, "datagram-batch": 320}
# Instruction counts (callgrind, user space only; every process summed):
# the single-thread per-call cases, and bulk (both processes).  pingpong
# is left out: under valgrind it measures valgrind's scheduling.
CALLGRIND = ([("exchange", f, m) for f in ("unix", "tcp", "udp") for m in MODES]
             + [("datagram", f, m) for f in ("unix", "udp") for m in MODES]
             + [("datagram-batch", f, m) for f in ("unix", "udp") for m in MODES]
             + [("bulk", "unix", m) for m in MODES]
             + [("connect", "unix", m) for m in MODES]
             + [("getaddrinfo", "any", "blocking")])
CALLGRIND_OPS = {"exchange": 2000, "datagram": 2048, "datagram-batch": 2048,
                 "bulk": 100, "connect": 500, "getaddrinfo": 200}


def command(impl, case, fam, mode, ops):
    if impl in C_IMPLS:
        return [BENCH_C, case, fam, mode, impl, str(ops)], None
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    if impl == "csock-python":
        env["PYTHONPATH"] = PY_BUILD
    return [PYTHON, "-B", BENCH_PY, case, fam, mode,
            str(ops)], env


def run_one(impl, case, fam, mode, ops, prefix=(), timeout=300, seed=False):
    argv, env = command(impl, case, fam, mode, ops)
    if seed and env is not None:
        # A fixed hash seed makes Python's start-up cost the same in the
        # N and 2N runs, so their difference is exact.
        env["PYTHONHASHSEED"] = "0"
    p = subprocess.run(list(prefix) + argv, env=env, capture_output=True,
                       text=True, timeout=timeout, cwd=ROOT)
    if p.returncode != 0:
        raise RuntimeError("%s %s %s %s: exit %d: %s" % (
            impl, case, fam, mode, p.returncode, p.stderr.strip()[-400:]))
    line = [l for l in p.stdout.splitlines() if l.startswith("{")][-1]
    r = json.loads(line)
    if impl == "csock-python" and "build/python" not in r.get("socket_module", ""):
        raise RuntimeError("csock-python ran %s" % r.get("socket_module"))
    if impl == "cpython" and "build/python" in r.get("socket_module", ""):
        raise RuntimeError("cpython ran csock's _socket")
    return r


def strace_total(impl, case, fam, mode, ops):
    with tempfile.NamedTemporaryFile(prefix="csock-strace-", suffix=".txt",
                                     delete=False) as f:
        path = f.name
    try:
        run_retry(impl, case, fam, mode, ops,
                prefix=["strace", "-f", "-c", "-o", path])
        with open(path) as f:
            text = f.read()
    finally:
        os.unlink(path)
    # "% time  seconds  usecs/call  calls  errors syscall": the total line
    # is "100.00 S U CALLS [ERRORS] total".
    for line in text.splitlines():
        f = line.split()
        if f and f[-1] == "total" and len(f) >= 5:
            return int(f[3])
    raise RuntimeError("no strace total for %s %s" % (impl, case))


def callgrind_ir(impl, case, fam, mode, ops):
    with tempfile.TemporaryDirectory(prefix="csock-cg-") as d:
        run_retry(impl, case, fam, mode, ops, timeout=900, seed=True,
                prefix=["valgrind", "--tool=callgrind", "-q",
                        "--callgrind-out-file=" + os.path.join(d, "cg.%p")])
        total, files = 0, 0
        for name in os.listdir(d):
            with open(os.path.join(d, name)) as f:
                for line in f:
                    if line.startswith("summary:"):
                        total += int(line.split()[1])
                        files += 1
                        break
    if not files:
        raise RuntimeError("no callgrind summary for %s %s" % (impl, case))
    return total


def per_op(total_fn, impl, case, fam, mode, n, reps=1):
    """(T(2n) - T(n)) / n: start-up and set-up cancel out.  With reps > 1
    (the cross-process cases, whose count depends on how the two
    processes happen to interleave in each run) the median of reps runs
    of 2n against one run of n."""
    a = total_fn(impl, case, fam, mode, n)
    est = [(total_fn(impl, case, fam, mode, 2 * n) - a) / n
           for _ in range(reps)]
    return statistics.median(est)


def run_retry(*a, **kw):
    """run_one, once more after a pause if it failed: other builds in the
    same tree may be rewriting build/python/_socket*.so at that moment."""
    try:
        return run_one(*a, **kw)
    except (RuntimeError, subprocess.TimeoutExpired, ValueError) as e:
        print("retrying after: %s" % str(e)[:200], file=sys.stderr)
        time.sleep(5)
        return run_one(*a, **kw)


def key(case, fam, mode):
    return "%s/%s/%s" % (case, fam, mode)


def configs():
    for case, fams, modes, impls, ops, sops, unit in CASES:
        for fam in fams:
            for mode in modes:
                yield case, fam, mode, impls, ops, sops, unit


def fmt_rate(v, unit):
    if v is None:
        return "-"
    if unit == "bytes":
        return "%.2fG" % (v / 1e9)
    return "%.0fk" % (v / 1e3) if v >= 1e4 else "%.1fk" % (v / 1e3)


def ratio(a, b):
    return a / b if a is not None and b else None


def fmt_ratio(r):
    return "-" if r is None else "%.2f" % r


def fmt_sys(v):
    return "-" if v is None else ("%.2f" % v).rstrip("0").rstrip(".")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "bench"))
    ap.add_argument("--no-strace", action="store_true")
    ap.add_argument("--no-callgrind", action="store_true")
    ap.add_argument("--no-plot", action="store_true")
    ap.add_argument("--only", help="run only cases whose name starts so")
    args = ap.parse_args()
    if args.smoke:
        args.rounds = 1
        args.no_strace = args.no_callgrind = args.no_plot = True
    os.makedirs(args.out, exist_ok=True)
    if not os.path.exists(BENCH_C):
        sys.exit("run.py: %s missing (ninja bench builds it)" % BENCH_C)

    cfgs = [c for c in configs()
            if not args.only or c[0].startswith(args.only)]
    samples = {}   # (key, impl) -> [rate per round]
    rt_sys = {}    # (key, impl) -> runtime syscalls per op (csock)
    failures = []
    for rnd in range(args.rounds):
        print("round %d/%d" % (rnd + 1, args.rounds), flush=True)
        for case, fam, mode, impls, ops, sops, unit in cfgs:
            if args.smoke:
                ops = SMOKE_OPS.get(case, 300)
            order = impls[rnd % len(impls):] + impls[:rnd % len(impls)]
            for impl in order:
                k = (key(case, fam, mode), impl)
                try:
                    r = run_retry(impl, case, fam, mode, ops)
                except Exception as e:  # record and go on
                    failures.append(str(e))
                    continue
                amount = r["bytes"] if unit == "bytes" else r["ops"]
                samples.setdefault(k, []).append(amount / r["seconds"])
                if r.get("rt_syscalls", -1) >= 0:
                    rt_sys[k] = r["rt_syscalls"] / r["ops"]

    sys_per_op = {}
    if not args.no_strace and shutil.which("strace"):
        print("strace pass (syscalls per op)", flush=True)
        for case, fam, mode, impls, ops, sops, unit in cfgs:
            for impl in impls:
                try:
                    sys_per_op[(key(case, fam, mode), impl)] = per_op(
                        strace_total, impl, case, fam, mode, sops,
                        reps=3 if case in ("pingpong", "bulk") else 1)
                except Exception as e:
                    failures.append("strace: " + str(e))
    elif not args.no_strace:
        print("strace not found: syscalls_per_op left out", flush=True)

    instr = {}
    if not args.no_callgrind and shutil.which("valgrind"):
        print("callgrind pass (instructions per op)", flush=True)
        impls_of = {c[0]: c[3] for c in CASES}
        for case, fam, mode in CALLGRIND:
            if args.only and not case.startswith(args.only):
                continue
            for impl in impls_of[case]:
                try:
                    instr[(key(case, fam, mode), impl)] = per_op(
                        callgrind_ir, impl, case, fam, mode,
                        CALLGRIND_OPS[case])
                except Exception as e:
                    failures.append("callgrind: " + str(e))
    elif not args.no_callgrind:
        print("valgrind not found: instructions_per_op left out", flush=True)

    # Records.
    records = []
    for case, fam, mode, impls, ops, sops, unit in cfgs:
        for impl in impls:
            k = (key(case, fam, mode), impl)
            rec = {"case": case, "family": fam, "mode": mode, "impl": impl}
            vals = samples.get(k)
            rate = statistics.median(vals) if vals else None
            rec["bytes_per_s" if unit == "bytes" else "ops_per_s"] = rate
            # The least disturbed round, for a second look on a busy box.
            rec["best_per_s"] = max(vals) if vals else None
            rec["syscalls_per_op"] = sys_per_op.get(k)
            if k in rt_sys:
                rec["runtime_syscalls_per_op"] = rt_sys[k]
            if k in instr:
                rec["instructions_per_op"] = instr[k]
            rec["rounds"] = vals or []
            records.append(rec)
    name = "smoke.json" if args.smoke else "results.json"
    with open(os.path.join(args.out, name), "w") as f:
        json.dump(records, f, indent=1)
        f.write("\n")

    table = print_table(records)
    with open(os.path.join(args.out, "smoke.txt" if args.smoke
                           else "table.txt"), "w") as f:
        f.write(table)
    if not args.smoke:
        targets = check_targets(records)
        with open(os.path.join(args.out, "targets.txt"), "w") as f:
            f.write(targets)
    if not args.no_plot:
        plot(records, os.path.join(args.out, "ratios.png"))

    for msg in failures:
        print("FAILED: " + msg, file=sys.stderr)
    missing = [r for r in records
               if r.get("ops_per_s", r.get("bytes_per_s")) is None]
    for r in missing:
        print("no number: %s/%s/%s %s" % (r["case"], r["family"], r["mode"],
                                          r["impl"]), file=sys.stderr)
    if args.smoke:
        # One check per case x family x mode x impl: it produced a number.
        print("bench_smoke: %d passed, %d failed"
              % (len(records) - len(missing), len(missing) + len(failures)))
    if failures or missing:
        sys.exit(1)
    print("wrote %s" % os.path.join(args.out, name))


def index(records):
    return {(r["case"], r["family"], r["mode"], r["impl"]): r for r in records}


def rate_of(r):
    if r is None:
        return None
    return r.get("ops_per_s", r.get("bytes_per_s"))


def print_table(records):
    ix = index(records)
    rows = []
    seen = []
    for r in records:
        c = (r["case"], r["family"], r["mode"])
        if c not in seen:
            seen.append(c)
    head = ("case", "family", "mode", "raw", "csock", "cpython",
            "csock-py", "csock/raw", "cspy/cpy", "syscalls/op r/c/cpy/cspy",
            "instr/op r/c/cpy/cspy")
    for case, fam, mode in seen:
        unit = "bytes" if case == "bulk" else "ops"
        get = lambda impl: ix.get((case, fam, mode, impl))
        rates = [rate_of(get(i)) for i in ALL_IMPLS]
        sysc = [fmt_sys(get(i) and get(i).get("syscalls_per_op"))
                for i in ALL_IMPLS]
        ins = [get(i) and get(i).get("instructions_per_op") for i in ALL_IMPLS]
        rows.append((case, fam, mode) + tuple(fmt_rate(v, unit) for v in rates) +
                    (fmt_ratio(ratio(rates[1], rates[0])),
                     fmt_ratio(ratio(rates[3], rates[2])),
                     "/".join(sysc),
                     "/".join("-" if v is None else "%.0f" % v for v in ins)
                     if any(v is not None for v in ins) else ""))
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows)]
    lines = []
    for row in [head] + rows:
        lines.append("  ".join(str(x).ljust(w) for x, w in zip(row, widths)).rstrip())
    text = ("rates: ops/s (k = 1000; bulk: bytes/s, G = 1e9), median of "
            "rounds;\nsyscalls/op: strace -f -c, all processes\n" +
            "\n".join(lines) + "\n")
    print(text)
    return text


def check_targets(records):
    ix = index(records)
    out = []

    def line(ok, text):
        out.append("%-7s %s" % ("met" if ok else "NOT MET", text))

    def rate(case, fam, mode, impl):
        return rate_of(ix.get((case, fam, mode, impl)))

    for fam in ("unix", "tcp"):
        for mode in MODES:
            r = ratio(rate("bulk", fam, mode, "csock"),
                      rate("bulk", fam, mode, "raw"))
            if r is not None:
                line(r >= 0.97, "csock bulk %s %s: %.3fx raw (>= 0.97)" % (fam, mode, r))
    for fam in ("unix", "tcp", "udp"):
        r = ratio(rate("exchange", fam, "timeout", "csock"),
                  rate("exchange", fam, "blocking", "raw"))
        if r is not None:
            line(r >= 0.9, "csock exchange %s timeout: %.3fx raw blocking (>= 0.9)"
                 % (fam, r))
        rec = ix.get(("exchange", fam, "timeout", "csock"))
        if rec and rec.get("runtime_syscalls_per_op") is not None:
            per_call = rec["runtime_syscalls_per_op"] / 4
            st = rec.get("syscalls_per_op")
            line(abs(per_call - 1) < 1e-9,
                 "csock exchange %s timeout: %.3f syscalls per send/recv "
                 "(runtime counter; strace %s per iteration of 4 calls)"
                 % (fam, per_call, fmt_sys(st)))
    for (case, fam, mode, impl), rec in sorted(ix.items()):
        if impl != "csock-python":
            continue
        r = ratio(rate_of(rec), rate(case, fam, mode, "cpython"))
        if r is None:
            continue
        line(r >= 1.0, "csock-python %s/%s/%s: %.3fx cpython (>= 1.0)"
             % (case, fam, mode, r))
        if case == "exchange" and mode == "timeout":
            line(r >= 1.4, "csock-python exchange %s timeout: %.3fx cpython "
                 "(>= 1.4)" % (fam, r))
        if case == "exchange":
            # instructions per iteration (callgrind, exact from run to run):
            # the per-call cost with the kernel's share left out
            ours = rec.get("instructions_per_op")
            stock = (ix.get((case, fam, mode, "cpython")) or {}).get("instructions_per_op")
            if ours and stock:
                goal = 0.40 if mode == "timeout" else 0.60
                line(ours / stock <= goal,
                     "csock-python exchange %s %s: %.0f instructions per "
                     "iteration, %.3fx cpython's %.0f (<= %.2f)"
                     % (fam, mode, ours, ours / stock, stock, goal))
        a = rec.get("syscalls_per_op")
        b = (ix.get((case, fam, mode, "cpython")) or {}).get("syscalls_per_op")
        if a is not None and b is not None:
            line(a <= b + 0.05, "csock-python %s/%s/%s: %s syscalls/op vs "
                 "cpython %s" % (case, fam, mode, fmt_sys(a), fmt_sys(b)))
    for fam in ("unix", "udp"):
        for mode in MODES:
            for impl in C_IMPLS:
                r = ratio(rate("datagram-batch", fam, mode, impl),
                          rate("datagram", fam, mode, impl))
                if r is not None:
                    line(r >= 1.15, "%s datagram-batch %s %s: %.3fx one call "
                         "per datagram (>= 1.15)" % (impl, fam, mode, r))
    text = "targets:\n" + "\n".join(out) + "\n"
    print(text)
    return text


def plot(records, path):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        sys.exit("run.py: matplotlib missing (apt install python3-matplotlib;"
                 " .ci/setup-debian does): no plot")
    ix = index(records)
    labels, vs_raw, vs_cpy = [], {i: [] for i in ALL_IMPLS[1:]}, []
    for r in records:
        c = (r["case"], r["family"], r["mode"])
        lab = "%s %s %s" % (c[0], c[1], "tmo" if c[2] == "timeout" else "blk")
        if lab in labels:
            continue
        labels.append(lab)
        base = rate_of(ix.get(c + ("raw",)))
        for impl in ALL_IMPLS[1:]:
            vs_raw[impl].append(ratio(rate_of(ix.get(c + (impl,))), base) or 0)
        vs_cpy.append(ratio(rate_of(ix.get(c + ("csock-python",))),
                            rate_of(ix.get(c + ("cpython",)))) or 0)
    n = len(labels)
    fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(max(12, n * 0.45), 9),
                                   sharex=True)
    w = 0.27
    colors = {"csock": "#1f77b4", "cpython": "#999999",
              "csock-python": "#ff7f0e"}
    for j, impl in enumerate(ALL_IMPLS[1:]):
        ax1.bar([i + (j - 1) * w for i in range(n)], vs_raw[impl], w,
                label=impl, color=colors[impl])
    ax1.axhline(1.0, color="black", linewidth=0.8)
    ax1.set_ylabel("throughput / raw C")
    ax1.set_title("csock benchmarks: ratio to raw syscalls (median of rounds)")
    ax1.legend(loc="upper right")
    ax2.bar(range(n), vs_cpy, 0.6, color=colors["csock-python"])
    ax2.axhline(1.0, color="black", linewidth=0.8)
    ax2.set_ylabel("csock-python / cpython")
    ax2.set_xticks(range(n))
    ax2.set_xticklabels(labels, rotation=70, ha="right", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    print("wrote %s" % path)


if __name__ == "__main__":
    main()
