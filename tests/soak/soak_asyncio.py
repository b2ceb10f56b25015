"""Soak: N concurrent TCP connections on 127.0.0.1 with asyncio on csock's _socket.

  PYTHONPATH=build/python /usr/bin/python3 tests/soak/soak_asyncio.py [N] [--ours DIR]

The server runs in a child interpreter (each process then needs about N
fds, within the 20000 limit), on the same _socket.  The client opens N
connections (512 opening at a time), waits until the server holds all N
at once, sends each a checksummed message of 64..2047 bytes, reads the
echo, and only after every echo arrived closes them all.  Checks: every
connection made and held at once, 0 lost, 0 corrupt (the server verifies
each checksum, the client compares every echoed byte), the server sees N
clean ends of file, both processes' fd counts are back where they
started, and with --ours DIR both run the _socket built in DIR.  The last
line is `soak_asyncio: N passed, N failed` counting those checks.
"""
import asyncio
import json
import os
import random
import struct
import subprocess
import sys
import time
import zlib

HDR = struct.Struct("<IIQ")  # id, payload length, seed
TIME_LIMIT = 600.0
IN_FLIGHT = 512


def count_fds() -> int:
    return len(os.listdir("/proc/self/fd")) - 1


def make_msg(i: int) -> bytes:
    rnd = random.Random(0x5EED0000 + i)
    n = 64 + rnd.randrange(1984)
    body = HDR.pack(i, n, rnd.getrandbits(64)) + rnd.randbytes(n)
    return body + struct.pack("<I", zlib.crc32(body))


def sum_ok(msg: bytes) -> bool:
    return struct.unpack("<I", msg[-4:])[0] == zlib.crc32(msg[:-4])


def socket_module_file() -> str:
    import _socket
    return os.path.realpath(getattr(_socket, "__file__", "(built-in)"))


# ---------------------------------------------------------------- server

async def serve(n: int) -> dict:
    rep = {"accepted": 0, "open": 0, "peak_open": 0, "echoed": 0,
           "corrupt": 0, "eofs": 0, "errors": 0, "first_error": "",
           "socket_file": socket_module_file()}
    done = asyncio.Event()

    def finished():
        if rep["eofs"] + rep["errors"] + rep["corrupt"] >= n:
            done.set()

    async def handle(reader, writer):
        rep["accepted"] += 1
        rep["open"] += 1
        rep["peak_open"] = max(rep["peak_open"], rep["open"])
        if rep["accepted"] == n:
            print("accepted", n, flush=True)
        try:
            head = await reader.readexactly(HDR.size)
            _, length, _ = HDR.unpack(head)
            if not 64 <= length < 64 + 1984:
                rep["corrupt"] += 1
                return
            msg = head + await reader.readexactly(length + 4)
            if not sum_ok(msg):
                rep["corrupt"] += 1
                return
            writer.write(msg)
            await writer.drain()
            rep["echoed"] += 1
            rest = await reader.read(1)
            if rest == b"":
                rep["eofs"] += 1
            else:
                rep["corrupt"] += 1
        except Exception as exc:  # counted and reported, never hidden
            rep["errors"] += 1
            if not rep["first_error"]:
                rep["first_error"] = f"{type(exc).__name__}: {exc}"
        finally:
            writer.close()
            try:
                await writer.wait_closed()
            except OSError:
                pass
            rep["open"] -= 1
            finished()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=4096)
    print("port", server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await asyncio.wait_for(done.wait(), TIME_LIMIT)
    await asyncio.sleep(0)
    return rep


def server_main(n: int) -> int:
    fds0 = count_fds()
    rep = asyncio.run(serve(n))
    rep["fds_before"] = fds0
    rep["fds_after"] = count_fds()
    print("report", json.dumps(rep), flush=True)
    return 0


# ---------------------------------------------------------------- client

class Checks:
    def __init__(self):
        self.passed = self.failed = 0

    def __call__(self, ok: bool, what: str):
        print(f"  [{'ok' if ok else 'FAILED'}] {what}", flush=True)
        if ok:
            self.passed += 1
        else:
            self.failed += 1


async def client(n: int, port: int, server_out, check: Checks, fds0: int):
    t0 = time.monotonic()
    gate = asyncio.Semaphore(IN_FLIGHT)
    errors = []

    async def open_one(i):
        async with gate:
            try:
                return await asyncio.open_connection("127.0.0.1", port)
            except OSError as exc:
                errors.append(f"connect {i}: {exc}")
                return None

    conns = await asyncio.gather(*(open_one(i) for i in range(n)))
    connected = sum(c is not None for c in conns)
    t_conn = time.monotonic() - t0
    check(connected == n, f"{connected} of {n} connected ({t_conn:.2f}s)"
          + (f": {errors[0]}" if errors else ""))

    loop = asyncio.get_running_loop()
    line = await asyncio.wait_for(loop.run_in_executor(None, server_out.readline), 120)
    held = count_fds()
    check(line.split() == ["accepted", str(n)] and held >= fds0 + n,
          f"all {n} held at once: server accepted all, client has {held} fds open "
          f"({fds0} before)")

    t1 = time.monotonic()
    lost = corrupt = echoed = 0
    first = []

    async def echo(i, conn):
        nonlocal lost, corrupt, echoed
        reader, writer = conn
        msg = make_msg(i)
        try:
            writer.write(msg)
            await writer.drain()
            back = await asyncio.wait_for(reader.readexactly(len(msg)), 120)
        except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError) as exc:
            lost += 1
            if not first:
                first.append(f"{type(exc).__name__}: {exc}")
            return
        if back == msg and sum_ok(back):
            echoed += 1
        else:
            corrupt += 1

    await asyncio.gather(*(echo(i, c) for i, c in enumerate(conns) if c))
    lost += n - connected
    t_echo = time.monotonic() - t1
    check(echoed == n and lost == 0 and corrupt == 0,
          f"echoed {echoed} of {n} messages intact: {lost} lost, {corrupt} corrupt "
          f"({t_echo:.2f}s)" + (f": {first[0]}" if first else ""))

    t2 = time.monotonic()
    for c in conns:
        if c:
            c[1].close()
    await asyncio.gather(*(c[1].wait_closed() for c in conns if c),
                         return_exceptions=True)
    return t_conn, t_echo, time.monotonic() - t2


def client_main(n: int, ours: str) -> int:
    check = Checks()
    fds0 = count_fds()
    t0 = time.monotonic()
    print(f"soak_asyncio: {n} concurrent TCP connections on 127.0.0.1")
    mine = socket_module_file()
    if ours:
        check(mine.startswith(os.path.realpath(ours) + os.sep),
              f"client runs _socket from {mine}")
    proc = subprocess.Popen([sys.executable, os.path.abspath(__file__), "--server", str(n)],
                            stdout=subprocess.PIPE, text=True)
    try:
        first = proc.stdout.readline().split()
        if first[:1] != ["port"]:
            raise SystemExit(f"soak_asyncio: server said {first!r}")
        times = asyncio.run(asyncio.wait_for(
            client(n, int(first[1]), proc.stdout, check, fds0), TIME_LIMIT))
        rest = proc.stdout.read()
        rc = proc.wait(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
    report = {}
    for line in rest.splitlines():
        if line.startswith("report "):
            report = json.loads(line[7:])
    check(rc == 0 and bool(report), f"server process ended normally (status {rc})")
    r = report or {k: -1 for k in ("accepted", "peak_open", "echoed", "corrupt", "eofs",
                                   "errors", "fds_before", "fds_after")}
    check(r["accepted"] == n and r["peak_open"] == n and r["echoed"] == n
          and r["corrupt"] == 0 and r["eofs"] == n and r["errors"] == 0,
          f"server: accepted {r['accepted']}, {r['peak_open']} open at the peak, "
          f"verified and echoed {r['echoed']}, {r['corrupt']} corrupt, {r['eofs']} clean "
          f"ends of file, {r['errors']} errors"
          + (f": {r['first_error']}" if r.get("first_error") else ""))
    check(r["fds_after"] == r["fds_before"],
          f"server fds back to where they started ({r['fds_before']}, then {r['fds_after']})")
    if ours:
        sf = r.get("socket_file", "")
        check(sf.startswith(os.path.realpath(ours) + os.sep), f"server runs _socket from {sf}")
    fds1 = count_fds()
    check(fds1 == fds0, f"client fds back to where they started ({fds0}, then {fds1})")
    total = time.monotonic() - t0
    check(total < TIME_LIMIT,
          f"done in {total:.2f}s (connect {times[0]:.2f}s, echo {times[1]:.2f}s, "
          f"close {times[2]:.2f}s; limit {TIME_LIMIT:.0f}s)")
    print(f"soak_asyncio: {check.passed} passed, {check.failed} failed")
    return 1 if check.failed else 0


def main() -> int:
    args = sys.argv[1:]
    if args[:1] == ["--server"]:
        return server_main(int(args[1]))
    ours = ""
    if "--ours" in args:
        k = args.index("--ours")
        ours = args[k + 1]
        del args[k:k + 2]
    n = int(args[0]) if args else 10000
    return client_main(n, ours)


if __name__ == "__main__":
    sys.exit(main())
