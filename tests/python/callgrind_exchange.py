"""Instruction-count probe for the _socket hot path (not a test, not a benchmark).

    valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        /usr/bin/python3 tests/python/callgrind_exchange.py MODE N

MODE: none (start-up only), exchange (a.send(b"x"); b.recv(1);
b.send(b"x"); a.recv(1): one iteration of the benchmarks' exchange case),
recv (a.send(b"x"); b.recv(1)), recv_into
(a.send(b"x"); b.recv_into(buf)), sendall (a.sendall(b"x"); b.recv(1)), on a
socketpair with settimeout(5) on both ends (BLOCKING=1 in the environment:
blocking mode); sendto / sendto6 (u.sendto(b"x", addr); v.recvfrom(1)) on
two UDP sockets bound to 127.0.0.1 / ::1, which runs the address codec both
ways.  Per-iteration cost = (Ir(MODE, N) - Ir(none, N)) / N; run it
with PYTHONPATH=build/python (ours) and without (stock CPython).
"""
import os
import socket
import sys

mode = sys.argv[1] if len(sys.argv) > 1 else "recv"
n = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
t = None if os.environ.get("BLOCKING") else 5
a, b = socket.socketpair()
a.settimeout(t)
b.settimeout(t)
buf = bytearray(1)
if mode == "exchange":
    for _ in range(n):
        a.send(b"x")
        b.recv(1)
        b.send(b"x")
        a.recv(1)
elif mode == "recv":
    for _ in range(n):
        a.send(b"x")
        b.recv(1)
elif mode == "recv_into":
    for _ in range(n):
        a.send(b"x")
        b.recv_into(buf)
elif mode in ("sendto", "sendto6"):
    fam, host = (socket.AF_INET6, "::1") if mode == "sendto6" else (socket.AF_INET, "127.0.0.1")
    u, v = socket.socket(fam, socket.SOCK_DGRAM), socket.socket(fam, socket.SOCK_DGRAM)
    u.settimeout(t)
    v.settimeout(t)
    v.bind((host, 0))
    addr = v.getsockname()
    for _ in range(n):
        u.sendto(b"x", addr)
        v.recvfrom(1)
    u.close()
    v.close()
elif mode == "sendall":
    for _ in range(n):
        a.sendall(b"x")
        b.recv(1)
a.close()
b.close()
