"""What the _socket binding itself promises beyond CPython's test_socket.

Run with PYTHONPATH=build/python (ninja python_test).  Each test checks one
promise of the binding: the module is ours; blocking calls release the GIL;
signals interrupt a blocking or timeout-mode call and raise the handler's
exception, or the call resumes when the handler returns (PEP 475), also
while other threads are alive (the binding then drops the GIL itself);
the exception classes; the CAPI capsule _ssl uses; CPython's argument
errors from the fast argument paths; timeouts that hold when something
else clears O_NONBLOCK on the shared file (stock CPython's behaviour).
"""
import os
import signal
import socket
import ssl
import threading
import time
import unittest

import _socket



class Boom(Exception):
    pass


def _raise(*_):
    raise Boom()


class ModuleTest(unittest.TestCase):
    def test_module_is_ours(self):
        self.assertTrue(_socket.__file__.endswith(".so"), _socket.__file__)
        self.assertIn(os.path.join("build", "python"), _socket.__file__)

    def test_exception_classes(self):
        self.assertIs(socket.timeout, TimeoutError)
        self.assertIs(socket.error, OSError)
        self.assertTrue(issubclass(socket.gaierror, OSError))
        self.assertTrue(issubclass(socket.herror, OSError))
        self.assertEqual(socket.gaierror.__module__, "socket")
        with socket.socket() as s:
            s.settimeout(0.01)
            s.bind(("127.0.0.1", 0))
            s.listen()
            with self.assertRaises(TimeoutError) as cm:
                s.accept()
            self.assertEqual(str(cm.exception), "timed out")

    def test_capi_for_ssl(self):
        self.assertEqual(type(_socket.CAPI).__name__, "PyCapsule")
        # _ssl type-checks our socket through the capsule and reads its fd
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        a, b = socket.socketpair()
        with a, b:
            fd = a.fileno()
            ssock = ctx.wrap_socket(a, server_hostname="x", do_handshake_on_connect=False)
            self.assertEqual(ssock.fileno(), fd)  # the same descriptor, read through the capsule
            b.close()
            with self.assertRaises((ssl.SSLError, OSError)):
                ssock.do_handshake()
            ssock.close()

    def test_recv_zero_does_not_wait(self):
        a, b = socket.socketpair()
        with a, b:
            self.assertEqual(a.recv(0), b"")
            self.assertEqual(a.recv_into(bytearray(0)), 0)

    def test_fast_argument_paths_keep_cpython_errors(self):
        a, b = socket.socketpair()
        with a, b:
            with self.assertRaisesRegex(TypeError, "at least 1 argument"):
                a.recv()
            with self.assertRaisesRegex(TypeError, "cannot be interpreted as an integer"):
                a.recv("1")
            with self.assertRaisesRegex(TypeError, "bytes-like object is required, not 'str'"):
                a.send("x")
            with self.assertRaisesRegex(ValueError, "negative buffersize in recv"):
                a.recv(-1)
            with self.assertRaisesRegex(OverflowError, "Python int too large to convert to C int"):
                _socket.socket(2 ** 40)
            with socket.socket() as s, self.assertRaisesRegex(OverflowError, r"port must be 0-65535"):
                s.connect(("127.0.0.1", 70000))


class ErrorsLikeStockTest(unittest.TestCase):
    """Every line of errors_probe.py the same under stock CPython and ours."""

    def run_probe(self, ours):
        import subprocess
        import sys
        import tempfile
        env = dict(os.environ)
        env.pop("PYTHONPATH", None)
        if ours:
            env["PYTHONPATH"] = os.path.dirname(_socket.__file__)
        else:
            # run under a sanitizer build (ninja python_asan), only ours needs it
            env.pop("LD_PRELOAD", None)
        probe = os.path.join(os.path.dirname(os.path.abspath(__file__)), "errors_probe.py")
        with tempfile.TemporaryDirectory() as d:
            out = subprocess.run([sys.executable, probe], cwd=d, env=env, timeout=120,
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.assertEqual(out.returncode, 0, out.stdout[-2000:])
        return out.stdout.splitlines()

    def test_same_errors_as_stock(self):
        stock, ours = self.run_probe(False), self.run_probe(True)
        self.assertGreater(len(stock), 6000)  # the whole matrix ran
        # and the random addresses, in their network namespace
        self.assertGreaterEqual(sum(1 for l in stock if l.startswith("random ")), 5000, stock[-3:])
        for i, (a, b) in enumerate(zip(stock, ours)):
            with self.subTest(line=i + 1):
                self.assertEqual(b, a)
        self.assertEqual(len(ours), len(stock))


class GilTest(unittest.TestCase):
    def spin_while(self, op):
        """How often another thread ran Python code while op() ran."""
        count = [0]
        stop = threading.Event()

        def spin():
            while not stop.is_set():
                count[0] += 1
        th = threading.Thread(target=spin)
        th.start()
        try:
            op()
        finally:
            stop.set()
            th.join()
        return count[0]

    def test_blocking_recv_releases_gil(self):
        a, b = socket.socketpair()
        with a, b:
            threading.Timer(0.3, lambda: b.send(b"x")).start()
            self.assertGreater(self.spin_while(lambda: self.assertEqual(a.recv(1), b"x")), 1000)

    def test_timeout_recv_wait_releases_gil(self):
        a, b = socket.socketpair()
        with a, b:
            a.settimeout(5)
            threading.Timer(0.3, lambda: b.send(b"x")).start()
            self.assertGreater(self.spin_while(lambda: self.assertEqual(a.recv(1), b"x")), 1000)

    def test_threads_exchange_in_timeout_mode(self):
        # the binding drops the GIL for whole calls when other threads live
        a, b = socket.socketpair()
        n = 2000
        with a, b:
            a.settimeout(5)
            b.settimeout(5)

            def peer():
                for _ in range(n):
                    b.sendall(b.recv(1))
            th = threading.Thread(target=peer)
            th.start()
            for i in range(n):
                a.sendall(bytes([i & 0xff]))
                self.assertEqual(a.recv(1), bytes([i & 0xff]))
            th.join()


@unittest.skipUnless(hasattr(signal, "setitimer"), "needs setitimer")
class SignalTest(unittest.TestCase):
    def setUp(self):
        self.old = signal.signal(signal.SIGALRM, signal.SIG_DFL)

    def tearDown(self):
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, self.old)

    def check(self, timeout, with_thread):
        stop = threading.Event()
        th = threading.Thread(target=stop.wait) if with_thread else None
        if th:
            th.start()
        try:
            a, b = socket.socketpair()
            with a, b:
                a.settimeout(timeout)
                # a raising handler interrupts the call
                signal.signal(signal.SIGALRM, _raise)
                signal.setitimer(signal.ITIMER_REAL, 0.1)
                t0 = time.monotonic()
                with self.assertRaises(Boom):
                    a.recv(1)
                self.assertLess(time.monotonic() - t0, 3)
                # a handler that returns: the call goes on (PEP 475)
                calls = []
                signal.signal(signal.SIGALRM, lambda *_: calls.append(1))
                signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
                threading.Timer(0.4, lambda: b.send(b"y")).start()
                self.assertEqual(a.recv(1), b"y")
                signal.setitimer(signal.ITIMER_REAL, 0)
                self.assertGreater(len(calls), 1)
        finally:
            stop.set()
            if th:
                th.join()

    def test_blocking(self):
        self.check(None, False)

    def test_timeout_mode(self):
        self.check(5.0, False)

    def test_timeout_mode_other_thread_alive(self):
        self.check(5.0, True)

    def test_sendall_interrupted(self):
        a, b = socket.socketpair()
        with a, b:
            a.settimeout(5)
            signal.signal(signal.SIGALRM, _raise)
            signal.setitimer(signal.ITIMER_REAL, 0.1)
            with self.assertRaises(Boom):
                a.sendall(b"x" * 50_000_000)


class SharedFlagTest(unittest.TestCase):
    """`d = a.dup(); d.setblocking(True)` clears O_NONBLOCK for `a` too
    (the flag belongs to the open file).  Every call of `a` in timeout mode
    must still time out after its timeout (stock CPython polls first; we
    ask the kernel for a non-blocking attempt per call)."""

    def assertTimesOut(self, call, *args):
        t0 = time.monotonic()
        with self.assertRaises(TimeoutError):
            call(*args)
        dt = time.monotonic() - t0
        self.assertTrue(0.8 <= dt <= 1.5, f"{call.__name__}: {dt:.3f} s")

    def cleared(self, s):
        s.settimeout(1.0)
        d = s.dup()
        d.setblocking(True)
        d.close()
        self.assertTrue(os.get_blocking(s.fileno()), "O_NONBLOCK still set")

    @staticmethod
    def fill(s):
        s.setblocking(False)
        try:
            while True:
                s.send(b"x" * 4096)
        except BlockingIOError:
            pass
        try:
            while True:
                s.send(b"x")
        except BlockingIOError:
            pass

    def test_receives(self):
        a, b = socket.socketpair()
        with a, b:
            self.cleared(a)
            self.assertTimesOut(a.recv, 10)
            self.assertTimesOut(a.recv_into, bytearray(10))
            self.assertTimesOut(a.recvmsg, 10)
            self.assertTimesOut(a.recvmsg_into, [bytearray(10)])
            with a.makefile("rb") as f:
                self.assertTimesOut(f.read, 10)
        a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
        with a, b:
            self.cleared(a)
            self.assertTimesOut(a.recvfrom, 10)
            self.assertTimesOut(a.recvfrom_into, bytearray(10))

    def test_sends_on_a_full_buffer(self):
        a, b = socket.socketpair()
        with a, b:
            self.fill(a)
            self.cleared(a)
            self.assertTimesOut(a.send, b"x")
            self.assertTimesOut(a.sendall, b"x" * 1_000_000)
            self.assertTimesOut(a.sendmsg, [b"x"])

    def test_sendto_on_a_full_queue(self):
        # Stock CPython hangs here: poll says an unconnected AF_UNIX datagram
        # sender is writable whatever the receiver's queue holds, and then
        # sendto blocks; a per-call MSG_DONTWAIT cannot.
        import tempfile
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "r")
            r = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
            w = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
            with r, w:
                r.bind(path)
                w.setblocking(False)
                try:
                    while True:
                        w.sendto(b"dgram", path)
                except BlockingIOError:
                    pass
                self.cleared(w)
                self.assertTimesOut(w.sendto, b"dgram", path)

    def test_accept(self):
        with socket.socket() as l:
            l.bind(("127.0.0.1", 0))
            l.listen()
            self.cleared(l)
            self.assertTimesOut(l.accept)

    def test_ready_calls_still_work(self):
        a, b = socket.socketpair()
        with a, b:
            self.cleared(a)
            self.cleared(b)
            for _ in range(100):
                a.sendall(b"ping")
                self.assertEqual(b.recv(4), b"ping")


if __name__ == "__main__":
    unittest.main()
