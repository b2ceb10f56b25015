"""One socket object shared by 16 threads: our _socket against stock CPython.

  python3 tests/python/thread_races.py --ours DIR      compare (DIR holds our _socket)
  python3 tests/python/thread_races.py --worker NAME   run one scenario, print JSON

For each scenario the comparing run starts two workers: one on stock CPython's _socket (no
PYTHONPATH, no preloaded sanitizer runtimes) and one with PYTHONPATH=DIR,
in the environment it was given (under `ninja python_asan` that preloads
ASan+UBSan, so a use-after-free or any other report kills the worker).
Each worker runs the same scenarios, each with 16 threads on shared
socket objects:

  recv_close      recv in timeout mode racing close (and a feeder)
  accept_close    accept racing close of the listener; connect racing it
  recv_modes      settimeout/setblocking racing recv
  connect_modes   settimeout racing a blocking connect that really waits
                  (the listener's queue is full), close racing a connect
  sendall_close   sendall racing close, and racing the peer's close
  init_recv       socket.__init__(fileno=...) on an object other threads
                  are receiving on (CPython rebinds the fd)
  close_close     close racing close

and records, per operation kind, the set of outcomes seen: a result
("data", "eof", "ok") or the exception's class and errno name.  Stock's
set and ours must be the same for every kind (counts vary with timing);
the worker's fd count must be back where it started; no worker may die.
The last line is `thread_races: N passed, N failed` (one check per kind,
plus the workers' own checks).
"""
import errno
import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
from collections import defaultdict

THREADS = 16
ROUNDS = 3


def label(exc):
    name = type(exc).__name__
    code = getattr(exc, "errno", None)
    if isinstance(exc, OSError) and code:
        return f"{name}:{errno.errorcode.get(code, code)}"
    return name


class Record:
    def __init__(self):
        self.lock = threading.Lock()
        self.seen = defaultdict(lambda: defaultdict(int))

    def add(self, kind, what):
        with self.lock:
            self.seen[kind][what] += 1

    def call(self, kind, fn, *args, same=None):
        """Run fn, record its outcome, return (result, exception).  same:
        {label: label} for outcomes the kernel gives interchangeably."""
        try:
            r = fn(*args)
        except Exception as exc:  # the outcome is the point
            lab = label(exc)
            self.add(kind, (same or {}).get(lab, lab))
            return None, exc
        if isinstance(r, bytes):
            self.add(kind, "data" if r else "eof")
        else:
            self.add(kind, "ok")
        return r, None


def run_threads(targets):
    ts = [threading.Thread(target=t) for t in targets]
    assert len(ts) == THREADS, len(ts)
    for t in ts:
        t.start()
    for t in ts:
        t.join(60)
        if t.is_alive():
            raise RuntimeError("a thread is stuck")


def tcp_pair():
    with socket.create_server(("127.0.0.1", 0)) as lst:
        a = socket.create_connection(lst.getsockname())
        b, _ = lst.accept()
    return a, b


def full_listener():
    """A listener with a full accept queue: a new connect really waits."""
    lst = socket.socket()
    lst.bind(("127.0.0.1", 0))
    lst.listen(0)
    fill = []
    while True:
        c = socket.socket()
        c.setblocking(False)
        fill.append(c)
        if c.connect_ex(lst.getsockname()) not in (0, errno.EINPROGRESS):
            raise RuntimeError("filling the accept queue failed")
        import select
        if not select.select([], [c], [], 0.3)[1]:
            return lst, fill
        if len(fill) > 64:
            raise RuntimeError("the accept queue never filled")


# ---------------------------------------------------------------- scenarios

def recv_close(rec, rnd):
    a, b = tcp_pair()
    a.settimeout(0.2)
    stop = threading.Event()

    def receiver():
        while True:
            _, exc = rec.call("recv", a.recv, 64)
            if exc is not None and not isinstance(exc, TimeoutError):
                return

    def feeder():
        time.sleep(0.25)  # silence first: every receiver times out once
        while not stop.is_set():
            try:
                b.send(b"x" * 16)
            except OSError:
                return
            time.sleep(rnd.random() * 0.02)

    delays = [0.35 + rnd.random() * 0.15 for _ in range(3)]

    def closer(d):
        def f():
            time.sleep(d)
            rec.call("close", a.close)
        return f

    run_threads([receiver] * 12 + [feeder] + [closer(d) for d in delays])
    stop.set()
    b.close()


def accept_close(rec, rnd):
    lst = socket.create_server(("127.0.0.1", 0), backlog=128)
    lst.settimeout(0.2)
    addr = lst.getsockname()

    def acceptor():
        while True:
            r, exc = rec.call("accept", lst.accept)
            if r is not None:
                r[0].close()
            elif not isinstance(exc, TimeoutError):
                return

    def connector():
        time.sleep(0.25)  # no client first: every acceptor times out once
        while True:
            c = socket.socket()
            # a SYN that meets the listener while it closes is reset
            # rather than refused (the kernel's timing, stock's too: rare)
            _, exc = rec.call("connect", c.connect, addr,
                              same={"ConnectionResetError:ECONNRESET":
                                    "ConnectionRefusedError:ECONNREFUSED"})
            c.close()
            if exc is not None:
                return
            time.sleep(rnd.random() * 0.01)

    def closer():
        time.sleep(0.35 + rnd.random() * 0.1)
        rec.call("close", lst.close)

    run_threads([acceptor] * 8 + [connector] * 7 + [closer])


def recv_modes(rec, rnd):
    a, b = tcp_pair()
    a.settimeout(0.05)
    stop = threading.Event()

    def receiver():
        while True:
            r, exc = rec.call("recv", a.recv, 64)
            if r == b"":
                return
            if exc is not None and not isinstance(exc, (TimeoutError, BlockingIOError)):
                return
            if isinstance(exc, BlockingIOError):
                time.sleep(0.002)

    def feeder():
        # bursts, then silences longer than the timeout
        for _ in range(6):
            for _ in range(20):
                b.send(b"y" * 32)
                time.sleep(0.001)
            time.sleep(0.12)
        stop.set()
        b.shutdown(socket.SHUT_WR)  # every receiver ends on b''

    def toggler():
        modes = [0.05, None, 0.0, 0.05, 0.0]
        i = rnd.randrange(5)
        while not stop.is_set():
            m = modes[i % 5]
            i += 1
            if i % 3 == 0:
                rec.call("setblocking", a.setblocking, m is None)
            else:
                rec.call("settimeout", a.settimeout, m)
            rec.call("gettimeout", a.gettimeout)
            time.sleep(0.005)
        a.settimeout(0.05)

    run_threads([receiver] * 10 + [feeder] + [toggler] * 5)
    a.close()
    b.close()


def connect_modes(rec, rnd):
    lst, fill = full_listener()
    addr = lst.getsockname()
    blocking = [socket.socket() for _ in range(2)]
    timed = [socket.socket() for _ in range(2)]  # closed while they wait
    expiring = socket.socket()  # left to time out (the SYN is retried at 1 s)
    for s in timed + [expiring]:
        s.settimeout(0.3)
    drained = threading.Event()

    def blocking_connect(s):
        def f():
            rec.call("connect_blocking", s.connect, addr)
        return f

    def timed_connect(s):
        def f():
            rec.call("connect_timeout", s.connect, addr)
        return f

    def switcher(s):
        def f():
            time.sleep(0.05 + rnd.random() * 0.05)
            rec.call("settimeout", s.settimeout, 5.0)
        return f

    def closer(s):
        def f():
            time.sleep(0.05 + rnd.random() * 0.05)
            rec.call("close", s.close)
        return f

    def drainer():
        time.sleep(0.5)
        lst.settimeout(0.1)
        t0 = time.monotonic()
        while time.monotonic() - t0 < 8 and not drained.is_set():
            try:
                c, _ = lst.accept()
                c.close()
            except TimeoutError:
                pass

    def getters():
        # the getters racing the connects and the closes
        t0 = time.monotonic()
        while time.monotonic() - t0 < 0.3:
            for s in blocking + timed:
                rec.call("getters", lambda: (s.gettimeout(), s.fileno(), s.family))
            time.sleep(0.01)

    def watcher():
        t0 = time.monotonic()
        while time.monotonic() - t0 < 8:
            if all(s.fileno() == -1 or _connected(s) for s in blocking):
                break
            time.sleep(0.05)
        drained.set()

    targets = ([blocking_connect(s) for s in blocking] + [switcher(s) for s in blocking]
               + [timed_connect(s) for s in timed] + [closer(s) for s in timed]
               + [drainer, watcher, timed_connect(expiring)] + [getters] * 5)
    run_threads(targets)
    for s in blocking + timed + [expiring] + fill:
        s.close()
    lst.close()


def _connected(s):
    try:
        s.getpeername()
        return True
    except OSError:
        return False


def sendall_close(rec, rnd):
    chunk = b"z" * 65536
    # 1. sendall waiting for room, the socket closed under it
    # (the peer never reads: every sender times out at least once first)
    a, b = tcp_pair()
    a.settimeout(0.3)

    def sender():
        while True:
            _, exc = rec.call("sendall", a.sendall, chunk)
            if exc is not None and not isinstance(exc, TimeoutError):
                return

    def closer():
        time.sleep(0.5 + rnd.random() * 0.1)
        rec.call("close", a.close)

    run_threads([sender] * 15 + [closer])
    b.close()
    # 2. the peer closes with unread data: reset, then broken pipe
    a, b = tcp_pair()
    a.settimeout(5.0)

    def sender2():
        while True:
            _, exc = rec.call("sendall_peer_gone", a.sendall, chunk)
            if exc is not None:
                return

    def peer_closer():
        time.sleep(0.1 + rnd.random() * 0.05)
        b.close()

    run_threads([sender2] * 15 + [peer_closer])
    a.close()


def init_recv(rec, rnd):
    import _socket
    a, b = tcp_pair()
    c, d = tcp_pair()
    a.settimeout(0.3)
    old = a.fileno()
    old_ino = os.fstat(old).st_ino
    newfd = os.dup(c.fileno())
    done = threading.Event()

    def receiver():
        for _ in range(4):
            r, exc = rec.call("recv", a.recv, 64)
            if exc is not None and not isinstance(exc, TimeoutError):
                return
            if r:
                return

    def initer():
        time.sleep(0.05 + rnd.random() * 0.05)
        rec.call("init", _socket.socket.__init__, a, socket.AF_INET,
                 socket.SOCK_STREAM, 0, newfd)
        time.sleep(0.4)
        d.sendall(b"w" * 4096)
        done.set()

    run_threads([receiver] * 15 + [initer])
    # CPython leaves the old fd open (and so must we): close it ourselves
    try:
        still = os.fstat(old).st_ino == old_ino
    except OSError:
        still = False
    rec.add("init_old_fd", "open" if still else "closed")
    if still:
        os.close(old)
    for s in (a, b, c, d):
        s.close()


def close_close(rec, rnd):
    a, b = tcp_pair()
    go = threading.Barrier(THREADS)

    def closer():
        go.wait()
        rec.call("close", a.close)
        rec.call("fileno", a.fileno)

    run_threads([closer] * THREADS)
    rec.add("fileno_after_close", str(a.fileno()))
    b.close()


SCENARIOS = [recv_close, accept_close, recv_modes, connect_modes,
             sendall_close, init_recv, close_close]


def worker(name):
    import faulthandler
    import _socket
    faulthandler.enable()
    scenario = {sc.__name__: sc for sc in SCENARIOS}[name]
    fds0 = len(os.listdir("/proc/self/fd"))
    rec = Record()
    rnd = random.Random(20240611)
    t0 = time.monotonic()
    for r in range(ROUNDS):
        print(f"{name}: round {r + 1}", file=sys.stderr, flush=True)
        scenario(rec, rnd)
    fds1 = len(os.listdir("/proc/self/fd"))
    out = {
        "socket_file": getattr(_socket, "__file__", "(built-in)"),
        "seen": {k: dict(v) for k, v in rec.seen.items()},
        "fds": [fds0, fds1],
        "seconds": round(time.monotonic() - t0, 2),
    }
    print("RESULT " + json.dumps(out), flush=True)
    return 0


# ---------------------------------------------------------------- compare

def run_worker(ours_dir, name):
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    if ours_dir:
        env["PYTHONPATH"] = os.path.abspath(ours_dir)
    else:
        env.pop("LD_PRELOAD", None)
    try:
        p = subprocess.run([sys.executable, os.path.abspath(__file__), "--worker", name],
                           env=env, capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired as exc:
        return "timed out after 300 s", None, (exc.stderr or b"").decode(errors="replace")
    result = None
    for line in p.stdout.splitlines():
        if line.startswith("RESULT "):
            result = json.loads(line[7:])
    return p.returncode, result, p.stderr


def main():
    if "--worker" in sys.argv:
        return worker(sys.argv[sys.argv.index("--worker") + 1])
    ours = sys.argv[sys.argv.index("--ours") + 1] if "--ours" in sys.argv else "build/python"
    passed = failed = 0

    def check(ok, what):
        nonlocal passed, failed
        print(f"  [{'ok' if ok else 'FAILED'}] {what}", flush=True)
        if ok:
            passed += 1
        else:
            failed += 1

    def fmt(m):
        return ", ".join(f"{k} x{v}" for k, v in sorted(m.items())) or "-"

    print(f"thread_races: {THREADS} threads per race, {ROUNDS} rounds of each "
          f"scenario, stock _socket vs the one in {ours}")
    t0 = time.monotonic()
    for sc in SCENARIOS:
        name = sc.__name__
        runs = {}
        for who, d in (("stock", ""), ("ours", ours)):
            rc, result, err = run_worker(d, name)
            lines = err.splitlines()
            sanitizer = [l for l in lines if "ERROR: AddressSanitizer" in l
                         or "SUMMARY: " in l or "runtime error:" in l]
            ok = rc == 0 and result is not None and not sanitizer
            if not ok:
                # from the sanitizer's report if there is one, else the end
                at = next((i for i, l in enumerate(lines) if "ERROR: " in l
                           or "runtime error:" in l), max(0, len(lines) - 30))
                tail = "\n".join("    | " + l for l in lines[at:at + 30])
                print(f"    {name} on {who}: stderr:\n{tail}")
            elif who == "ours" and not os.path.realpath(result["socket_file"]).startswith(
                    os.path.realpath(ours) + os.sep):
                ok = False
                print(f"    {name} on ours ran _socket from {result['socket_file']}")
            elif result["fds"][0] != result["fds"][1]:
                ok = False
                print(f"    {name} on {who}: fds {result['fds'][0]} before, "
                      f"{result['fds'][1]} after")
            check(ok, f"{name} on {who}: ended normally, fds back where they "
                      f"started (exit {rc}"
                      + (f"; {sanitizer[0].strip()}" if sanitizer else "")
                      + (f", {result['seconds']}s" if result else "") + ")")
            runs[who] = result if ok else None
        if runs["stock"] and runs["ours"]:
            st, ou = runs["stock"]["seen"], runs["ours"]["seen"]
            for kind in sorted(set(st) | set(ou)):
                a, b = st.get(kind, {}), ou.get(kind, {})
                check(set(a) == set(b),
                      f"{name}/{kind}: stock {{{fmt(a)}}}; ours {{{fmt(b)}}}")
        else:
            check(False, f"{name}: outcome mix not compared (a worker failed)")
    print(f"thread_races: done in {time.monotonic() - t0:.1f}s")
    print(f"thread_races: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
