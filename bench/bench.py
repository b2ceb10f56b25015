"""csock benchmarks, Python side: one script for `cpython` (stock _socket)
and `csock-python` (PYTHONPATH=build/python: csock's _socket).

    python3 bench/bench.py CASE FAMILY MODE OPS

Same cases, same shapes and the same JSON line as bench/bench_c.c; the
line also names the _socket that ran (its __file__, or "builtin").
"""
import json
import os
import socket
import sys
import tempfile
import time

import _socket

TIMEOUT = 5.0
BULK_CHUNK = 65536
DGRAM_SIZE = 64
WINDOW = 64


def set_mode(s, mode):
    s.settimeout(TIMEOUT if mode == "timeout" else None)


_tmpdir = None


def listener(fam):
    global _tmpdir
    if fam == "unix":
        if _tmpdir is None:
            _tmpdir = tempfile.TemporaryDirectory(prefix="csock-bench-")
        path = os.path.join(_tmpdir.name, "l")
        if os.path.exists(path):
            os.unlink(path)
        l = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        l.bind(path)
    else:
        l = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        l.bind(("127.0.0.1", 0))
    l.listen(128)
    return l


def make_pair(fam, dgram):
    if fam == "unix":
        return socket.socketpair(socket.AF_UNIX,
                                 socket.SOCK_DGRAM if dgram else socket.SOCK_STREAM)
    if fam == "tcp":
        l = listener("tcp")
        a = socket.create_connection(l.getsockname())
        b, _ = l.accept()
        l.close()
        for s in (a, b):
            s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return a, b
    a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    a.bind(("127.0.0.1", 0))
    b.bind(("127.0.0.1", 0))
    a.connect(b.getsockname())
    b.connect(a.getsockname())
    return a, b


def reap(pid):
    _, st = os.waitpid(pid, 0)
    if not os.WIFEXITED(st) or os.WEXITSTATUS(st) != 0:
        sys.exit("bench.py: child failed")


def case_exchange(fam, mode, ops):
    a, b = make_pair(fam, fam == "udp")
    set_mode(a, mode)
    set_mode(b, mode)
    x = b"x"
    a_send, a_recv, b_send, b_recv = a.send, a.recv, b.send, b.recv
    t0 = time.perf_counter()
    for _ in range(ops):
        a_send(x)
        b_recv(1)
        b_send(x)
        a_recv(1)
    dt = time.perf_counter() - t0
    a.close()
    b.close()
    return dt, 0


def case_pingpong(fam, mode, ops):
    a, b = make_pair(fam, fam == "udp")
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        try:
            a.close()
            set_mode(b, mode)
            while True:
                d = b.recv(1)
                if not d or d == b"q":
                    break
                b.send(d)
        finally:
            os._exit(0)
    b.close()
    set_mode(a, mode)
    dt = pingpong_rounds(a, ops)
    a.close()
    reap(pid)
    return dt, 0


def pingpong_rounds(a, ops):
    """ops 1-byte round trips on a (the echo side answers each), then 'q'."""
    x = b"x"
    send, recv = a.send, a.recv
    t0 = time.perf_counter()
    for _ in range(ops):
        send(x)
        if len(recv(1)) != 1:
            sys.exit("bench.py: short pingpong")
    dt = time.perf_counter() - t0
    a.send(b"q")
    return dt


def case_pingpong_threads(fam, mode, ops):
    """pingpong with the echo side a thread of this process: with another
    thread alive every call releases the GIL (as CPython), so this measures
    the GIL hand-over as much as the socket."""
    import threading
    a, b = make_pair(fam, False)
    set_mode(a, mode)
    set_mode(b, mode)

    def echo():
        while True:
            d = b.recv(1)
            if not d or d == b"q":
                break
            b.send(d)

    th = threading.Thread(target=echo)
    th.start()
    dt = pingpong_rounds(a, ops)
    th.join()
    a.close()
    b.close()
    return dt, 0


def case_bulk(fam, mode, ops):
    a, b = make_pair(fam, False)
    total = ops * BULK_CHUNK
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            a.close()
            set_mode(b, mode)
            chunk = b"b" * BULK_CHUNK
            for _ in range(ops):
                b.sendall(chunk)
            b.close()
            code = 0
        finally:
            os._exit(code)
    b.close()
    set_mode(a, mode)
    buf = memoryview(bytearray(BULK_CHUNK))
    recv_into = a.recv_into
    got = 0
    t0 = time.perf_counter()
    while got < total:
        n = recv_into(buf)
        if n == 0:
            sys.exit("bench.py: early EOF")
        got += n
    dt = time.perf_counter() - t0
    a.close()
    reap(pid)
    return dt, total


def case_datagram(fam, mode, ops):
    a, b = make_pair(fam, True)
    set_mode(a, mode)
    set_mode(b, mode)
    windows = -(-ops // WINDOW)
    payload = b"d" * DGRAM_SIZE
    send, recv = a.send, b.recv
    rng = range(WINDOW)
    t0 = time.perf_counter()
    for _ in range(windows):
        for _ in rng:
            send(payload)
        for _ in rng:
            if len(recv(DGRAM_SIZE)) != DGRAM_SIZE:
                sys.exit("bench.py: short datagram")
    dt = time.perf_counter() - t0
    a.close()
    b.close()
    return dt, 0


def case_connect(fam, mode, ops):
    l = listener(fam)
    set_mode(l, mode)
    addr = l.getsockname()
    af = l.family
    # New sockets (and accepted ones) take their mode from the default.
    socket.setdefaulttimeout(TIMEOUT if mode == "timeout" else None)
    t0 = time.perf_counter()
    for _ in range(ops):
        c = socket.socket(af, socket.SOCK_STREAM)
        c.connect(addr)
        s, _ = l.accept()
        s.close()
        c.close()
    dt = time.perf_counter() - t0
    l.close()
    return dt, 0


def case_getaddrinfo(fam, mode, ops):
    gai = socket.getaddrinfo
    t0 = time.perf_counter()
    for _ in range(ops):
        gai("localhost", 80)
    return time.perf_counter() - t0, 0


CASES = {
    "exchange": case_exchange,
    "pingpong": case_pingpong,
    "pingpong-threads": case_pingpong_threads,
    "bulk": case_bulk,
    "datagram": case_datagram,
    "connect": case_connect,
    "getaddrinfo": case_getaddrinfo,
}


def main():
    if len(sys.argv) != 5 or sys.argv[1] not in CASES:
        sys.exit("usage: bench.py CASE FAMILY MODE OPS")
    case, fam, mode, ops = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    if case == "datagram":
        ops = -(-ops // WINDOW) * WINDOW
    dt, nbytes = CASES[case](fam, mode, ops)
    print(json.dumps({"ops": ops, "seconds": dt, "bytes": nbytes,
                      "rt_syscalls": -1,
                      "socket_module": getattr(_socket, "__file__", "builtin")}))


if __name__ == "__main__":
    main()
