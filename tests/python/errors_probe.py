"""Bad arguments and error paths of the socket module, one line each: the
call, then OK and the result or the exception class and message.
tests/python/test_binding.py runs this under stock CPython and under our _socket
(in a temporary folder: one case binds the relative AF_UNIX path "a") and
wants the same lines.  Loopback only; the random addresses at the end run
in a private network namespace."""
import socket, _socket
def t(label, f):
    try:
        r = f()
        print(label, "OK", repr(r)[:80])
    except BaseException as e:
        print(label, type(e).__name__, e)
# ---- seeded random addresses over every family ------------------------------
# bind/connect/connect_ex/sendto/sendmsg with random address values: the
# family's plausible tuple with items replaced by ints of every size, floats,
# str/bytes/bytearray hosts, embedded NULs, wrong arity, nested junk; and
# junk of any shape.  Families this kernel lacks (and those whose peers it
# lacks) are socket objects adopting a UDP descriptor: the whole address
# parsing and encoding runs, then the kernel refuses both alike.  Run in a
# private network namespace (unshare -n, loopback up): nothing reaches
# another machine, names do not resolve beyond /etc/hosts, the abstract
# AF_UNIX namespace is fresh.  PROBE_SEED and PROBE_CASES pick the run.
import os
import random
import re
import subprocess
import sys


def random_addresses(seed, cases):
    rnd = random.Random(seed)

    class Idx:  # not an int, but has __index__
        def __init__(self, v): self.v = v
        def __index__(self): return self.v
        def __repr__(self): return "Idx(%r)" % self.v

    class Tup(tuple):  # a tuple subclass: PyTuple_Check, not CheckExact
        def __repr__(self): return "Tup" + tuple.__repr__(self)

    class Str(str):
        def __repr__(self): return "Str(%s)" % str.__repr__(self)

    INTS = [0, 1, 2, 3, 7, 255, 256, 1023, 65535, 65536, 2**20 - 1, 2**20, 2**31 - 1, 2**31,
            2**32 - 1, 2**32, 2**63 - 1, 2**63, 2**64 - 1, 2**64, 10**30, -1, -2, -255, -65535,
            -2**31, -2**31 - 1, -2**32, -2**63, -2**63 - 1, -10**30, True, False]
    HOSTS = ["127.0.0.1", "::1", "", "<broadcast>", "localhost", "0.0.0.0", "::", "255.255.255.255",
             "10.1.2.3", "192.0.2.1", "x.invalid", "nosuch", "a\0b", "127.0.0.1\0", "\u00e9.example",
             "\udcff", "::1%lo", "::1%nosuch", "fe80::1%1", "a" * 254, "a" * 300, "1.2.3", "127.0.0.1 ",
             "0x7f.1", "::ffff:127.0.0.1", "[::1]", "1.2.3.4.5", "2001:db8::1", "01.02.03.04"]
    IFNAMES = ["lo", "", "nosuch0", "x" * 15, "x" * 16, "x" * 40, "l\0o", "lo\u00e9", "LO", "lo "]
    BDADDRS = ["01:02:03:04:05:06", "1:2:3:4:5:6", "01:02:03:04:05:100", "bad", "01:02:03:04:05:06:07",
               " 1:2:3:4:5:6", "01:02:03:04:05:06 ", "ff:ff:ff:ff:ff:ff", "0x1:2:3:4:5:6", "-1:2:3:4:5:6",
               "01:02:03:04:05", "", "01:02:03:04:05:0g"]
    ALGS = ["hash", "sha256", "skcipher", "x" * 13, "x" * 14, "y" * 63, "y" * 64, "h\0", "cbc(aes)", ""]
    JUNK = [None, [], [1, 2], (), ((1, 2),), {}, {1: 2}, 1.5, float("nan"), float("inf"), -0.0, b"",
            bytearray(b"x"), memoryview(b"ab"), "x", b"x", Idx(1), Idx(2**40), Idx(-1), Str("lo"),
            Str("127.0.0.1"), ("lo",), (None,), [("127.0.0.1", 1)], frozenset(), 0j]

    def some_int():
        c = rnd.random()
        if c < 0.6:
            return rnd.choice(INTS)
        if c < 0.8:
            return rnd.randrange(-2**rnd.randrange(1, 70), 2**rnd.randrange(1, 70))
        return rnd.choice([Idx(rnd.choice(INTS)), socket.AF_INET, 1.0, "1", None])

    def text(pool):
        v = rnd.choice(pool)
        c = rnd.random()
        if c < 0.15:
            return v.encode("utf-8", "surrogateescape")
        if c < 0.2:
            return bytearray(v.encode("utf-8", "surrogateescape"))
        if c < 0.23:
            return Str(v)
        return v

    def anything():
        c = rnd.random()
        if c < 0.3:
            return some_int()
        if c < 0.5:
            return text(rnd.choice([HOSTS, IFNAMES, BDADDRS, ALGS]))
        if c < 0.6:
            return tuple(anything() for _ in range(rnd.randrange(0, 4)))
        return rnd.choice(JUNK)

    def unix_path():
        n = rnd.randrange(0, 7)
        v = rnd.choice(["u%d" % n, "\0abs%d" % n, "x" * 107, "x" * 108, "x" * 109, "\0" + "y" * 107,
                        "\0" + "y" * 108, "", "sub/x", "a\0b", "\udcff", "\u00e9%d" % n,
                        "/nonexistent/x"])
        c = rnd.random()
        if c < 0.3:
            return v.encode("utf-8", "surrogateescape")
        if c < 0.35:
            return bytearray(v.encode("utf-8", "surrogateescape"))
        if c < 0.4:
            return memoryview(v.encode("utf-8", "surrogateescape"))
        return v

    PLAUSIBLE = {
        "inet": lambda: (text(HOSTS), some_int()),
        "inet6": lambda: (text(HOSTS), some_int()) + tuple(some_int() for _ in range(rnd.randrange(0, 3))),
        "netlink": lambda: (some_int(), some_int()),
        "packet": lambda: (text(IFNAMES), some_int()) + tuple(
            [some_int(), some_int(), rnd.choice([b"", b"\0" * 6, b"x" * 8, b"x" * 9, "x", bytearray(6)])]
            [:rnd.randrange(0, 4)]),
        "can": lambda: (text(IFNAMES),),
        "isotp": lambda: (text(IFNAMES), some_int(), some_int()),
        "j1939": lambda: (text(IFNAMES), some_int(), some_int(), some_int()),
        "tipc": lambda: (rnd.choice([0, 1, 2, 3, 4, -1, 2**32 + 1, some_int()]), some_int(), some_int(),
                         some_int()) + tuple(some_int() for _ in range(rnd.randrange(0, 2))),
        "alg": lambda: (text(ALGS), text(ALGS)) + tuple(some_int() for _ in range(rnd.randrange(0, 3))),
        "bt_pair": lambda: (text(BDADDRS), some_int()),
        "bt_hci": lambda: (some_int(),),
        "bt_sco": lambda: rnd.choice([rnd.choice(BDADDRS).encode(),
                                      text(BDADDRS)]),
        "pair": lambda: (some_int(), some_int()),
        "unix": unix_path,
    }
    I, I6, U = socket.AF_INET, socket.AF_INET6, socket.AF_UNIX
    ST, DG, B = socket.SOCK_STREAM, socket.SOCK_DGRAM, socket.AF_BLUETOOTH
    # name: (family, type, proto, adopt a UDP fd, plausible shape)
    KINDS = [
        ("inet", I, None, 0, False, "inet"), ("inet6", I6, None, 0, False, "inet6"),
        ("unix", U, None, 0, False, "unix"), ("netlink", socket.AF_NETLINK, socket.SOCK_RAW, 0, False, "netlink"),
        ("packet", socket.AF_PACKET, DG, 0, True, "packet"), ("rds", socket.AF_RDS, DG, 0, True, "inet"),
        ("vsock", socket.AF_VSOCK, DG, 0, True, "pair"), ("qipcrtr", socket.AF_QIPCRTR, DG, 0, True, "pair"),
        ("can_raw", socket.AF_CAN, DG, socket.CAN_RAW, True, "can"),
        ("can_bcm", socket.AF_CAN, DG, socket.CAN_BCM, True, "can"),
        ("can_isotp", socket.AF_CAN, DG, socket.CAN_ISOTP, True, "isotp"),
        ("can_j1939", socket.AF_CAN, DG, socket.CAN_J1939, True, "j1939"),
        ("can_other", socket.AF_CAN, DG, 99, True, "can"), ("tipc", socket.AF_TIPC, DG, 0, True, "tipc"),
        ("alg", socket.AF_ALG, DG, 0, True, "alg"),
        ("bt_l2cap", B, DG, socket.BTPROTO_L2CAP, True, "bt_pair"),
        ("bt_rfcomm", B, DG, socket.BTPROTO_RFCOMM, True, "bt_pair"),
        ("bt_hci", B, DG, socket.BTPROTO_HCI, True, "bt_hci"),
        ("bt_sco", B, DG, socket.BTPROTO_SCO, True, "bt_sco"),
        ("bt_other", B, DG, 9, True, "bt_pair"), ("key", 15, DG, 0, True, "pair"),
    ]

    def mutate(a):
        if not isinstance(a, tuple) or rnd.random() < 0.3:
            return a
        a = list(a)
        for _ in range(rnd.randrange(1, 3)):
            c = rnd.random()
            if c < 0.55 and a:
                a[rnd.randrange(len(a))] = anything()
            elif c < 0.7 and a:
                del a[rnd.randrange(len(a))]
            elif c < 0.85:
                a.insert(rnd.randrange(len(a) + 1), anything())
            else:
                a = [tuple(a)] if rnd.random() < 0.5 else a + [tuple(a)]
        c = rnd.random()
        if c < 0.05:
            return a
        if c < 0.1:
            return Tup(a)
        return tuple(a)

    def short(v):
        r = re.sub(r" at 0x[0-9a-f]+", "", repr(v))
        return r if len(r) <= 160 else r[:150] + "...%d" % len(r)

    for i in range(cases):
        name, fam, ty, proto, adopt, shape = rnd.choice(KINDS)
        meth = rnd.choice(["bind", "connect", "connect_ex", "sendto", "sendto", "sendmsg"])
        addr = mutate(PLAUSIBLE[shape]()) if rnd.random() < 0.8 else anything()
        if ty is None:
            ty = DG if meth in ("sendto", "sendmsg") or rnd.random() < 0.3 else ST

        def call():
            if adopt:
                u = socket.socket(I, DG)
                s = socket.socket(fam, ty, proto, fileno=u.detach())
            else:
                s = socket.socket(fam, ty, proto)
            s.settimeout(2)
            try:
                if meth == "sendto":
                    return s.sendto(b"", addr)
                if meth == "sendmsg":
                    return s.sendmsg([b""], [], 0, addr)
                return getattr(s, meth)(addr)
            finally:
                s.close()
        try:
            r = call()
            print("random %d %s %s %s OK %r" % (i, name, meth, short(addr), r))
        except BaseException as e:
            print("random %d %s %s %s %s %s" % (i, name, meth, short(addr), type(e).__name__, e))


if "--random" in sys.argv:
    random_addresses(int(os.environ.get("PROBE_SEED", "12")), int(os.environ.get("PROBE_CASES", "5000")))
    sys.stdout.flush()
    os._exit(0)

S = lambda fam=socket.AF_INET, ty=socket.SOCK_STREAM: socket.socket(fam, ty)
for a in [1234, None, ("127.0.0.1",), ("127.0.0.1", 70000), ("127.0.0.1", -1), ("127.0.0.1", "x"), (1, 2), ("256.1.1.1", 0), ("a\0b", 0), ("127.0.0.1", 0, 0), [("127.0.0.1"), 0], ("", 0)]:
    s = S(); t("inet bind %r" % (a,), lambda: s.bind(a)); s.close()
for a in [1234, ("::1",), ("::1", 70000), ("::1", 0, -1), ("::1", 0, 0, 2**32), ("::1", 0, 2**20), ("::1", 0, 0, 0, 0)]:
    s = S(socket.AF_INET6); t("inet6 bind %r" % (a,), lambda: s.bind(a)); s.close()
s = S()
for args in [(-1,), (1.5,), ("x",), (10, "x"), (2**63,)]:
    t("recv %r" % (args,), lambda: s.recv(*args))
for v in [-1, "x", float("nan"), 1e300, float("inf")]:
    t("settimeout %r" % (v,), lambda: s.settimeout(v))
t("setdefaulttimeout -1", lambda: socket.setdefaulttimeout(-1))
t("setsockopt bad", lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, "x"))
t("setsockopt none noarg", lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, None))
t("getsockopt neg", lambda: s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, -1))
t("getsockopt big", lambda: s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 2000))
t("listen neg", lambda: s.listen(-5))
t("shutdown 7", lambda: s.shutdown(7))
t("send str", lambda: s.send("x"))
t("sendto 1arg", lambda: s.sendto(b"x"))
t("sendto 4arg", lambda: s.sendto(b"x", 0, ("127.0.0.1", 1), 5))
t("recv_into small", lambda: s.recv_into(bytearray(2), 10))
t("recv_into neg", lambda: s.recv_into(bytearray(2), -1))
t("recvmsg neg", lambda: s.recvmsg(-1))
t("recvmsg anc neg", lambda: s.recvmsg(1, -1))
t("sendmsg bad", lambda: s.sendmsg(["x"]))
t("sendmsg anc bad", lambda: s.sendmsg([b"x"], [(1, 2)]))
# CPython checks sendmsg's address (range, resolution, path length) before
# its buffers and ancillary data (issue 18)
_u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
_x = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
t("sendmsg port before buffer", lambda: _u.sendmsg([memoryview(b"abcd")[::2]], [], 0, ("127.0.0.1", 70000)))
t("sendmsg port before ancdata", lambda: _u.sendmsg([b"x"], [(1, 2)], 0, ("127.0.0.1", -1)))
t("sendmsg path before buffer", lambda: _x.sendmsg([1], [], 0, "a" * 200))
_u.close()
_x.close()
t("connect_ex refused", lambda: S().connect_ex(("127.0.0.1", 1)))
t("connect refused", lambda: S().connect(("127.0.0.1", 1)))
s.close()
t("closed recv", lambda: s.recv(1))
t("closed fileno", lambda: s.fileno())
t("socket bad family", lambda: socket.socket(12345))
t("socket bad type", lambda: socket.socket(socket.AF_INET, 12345))
t("socket fileno bad", lambda: socket.socket(fileno=-5))
t("socket fileno huge", lambda: socket.socket(fileno=2**40))
t("inet_aton bad", lambda: socket.inet_aton("1.2.3.4.5"))
t("inet_aton nul", lambda: socket.inet_aton("1.2\0"))
t("inet_ntoa bad", lambda: socket.inet_ntoa(b"123"))
t("inet_pton bad", lambda: socket.inet_pton(socket.AF_INET, "x"))
t("inet_pton fam", lambda: socket.inet_pton(99, "x"))
t("inet_ntop len", lambda: socket.inet_ntop(socket.AF_INET6, b"123"))
t("inet_ntop fam", lambda: socket.inet_ntop(99, b"1234"))
t("htons neg", lambda: socket.htons(-1))
t("htons big", lambda: socket.htons(70000))
t("htonl big", lambda: socket.htonl(2**32))
t("htonl neg", lambda: socket.htonl(-1))
t("ntohs str", lambda: socket.ntohs("x"))
t("gai port", lambda: socket.getaddrinfo("localhost", "nosuchservice"))
t("gai port big", lambda: socket.getaddrinfo("localhost", 70000))
t("gai port float", lambda: socket.getaddrinfo("localhost", 1.5))
t("gai host int", lambda: socket.getaddrinfo(5, 80))
t("gai nul", lambda: socket.getaddrinfo("local\0host", 80))
t("gai fam", lambda: socket.getaddrinfo("localhost", 80, 12345))
t("gni bad", lambda: socket.getnameinfo(("127.0.0.1",), 0))
t("gni bad2", lambda: socket.getnameinfo("x", 0))
t("gni flowinfo", lambda: socket.getnameinfo(("::1", 80, 2**21, 0), 0))
t("ghbn nul", lambda: socket.gethostbyname("a\0b"))
t("ghba bad", lambda: socket.gethostbyaddr("256.256.256.256.256"))
t("getservbyname bad", lambda: socket.getservbyname("nosuchservice"))
t("getservbyport big", lambda: socket.getservbyport(70000))
t("getservbyport neg", lambda: socket.getservbyport(-1))
t("getprotobyname bad", lambda: socket.getprotobyname("nosuchproto"))
t("if_nametoindex bad", lambda: socket.if_nametoindex("nosuchif"))
t("if_indextoname 0", lambda: socket.if_indextoname(0))
t("if_indextoname neg", lambda: socket.if_indextoname(-1))
t("if_indextoname big", lambda: socket.if_indextoname(2**40))
t("if_indextoname str", lambda: socket.if_indextoname("x"))
t("CMSG_LEN neg", lambda: socket.CMSG_LEN(-1))
t("CMSG_LEN big", lambda: socket.CMSG_LEN(2**62))
t("CMSG_SPACE big", lambda: socket.CMSG_SPACE(2**62))
t("sethostname", lambda: socket.sethostname(5))
t("dup bad", lambda: _socket.dup(-1))
t("close bad", lambda: _socket.close(-1))
u = S(socket.AF_UNIX)
t("unix bind long", lambda: u.bind("x"*200))
t("unix bind nul", lambda: u.bind("a\0b"))
t("unix connect missing", lambda: u.connect("/nonexistent/x"))
u.close()
d = S(socket.AF_INET, socket.SOCK_DGRAM)
t("dgram recvfrom neg", lambda: d.recvfrom(-1))
t("dgram recvfrom_into", lambda: d.recvfrom_into(bytearray(1), 5))
t("dgram sendto str addr", lambda: d.sendto(b"x", "x"))
t("sendto broadcast6", lambda: socket.socket(socket.AF_INET6, socket.SOCK_DGRAM).sendto(b"x", ("<broadcast>", 1)))
d.settimeout(0.05)
t("dgram timeout", lambda: d.recv(1))
d.setblocking(False)
t("dgram nonblock", lambda: d.recv(1))
d.close()
for f in (socket.gethostbyname, socket.gethostbyname_ex, socket.gethostbyaddr):
    for a in (5, "a\0b", b"a\0b", bytearray(b"localhost"), "localhost", b"127.0.0.1", "\u00e9x.invalid", None):
        try: r = f(a); print(f.__name__, repr(a), "OK", type(r).__name__)
        except Exception as e: print(f.__name__, repr(a), type(e).__name__, e)

# ---- systematic matrix: every _socket method and function, bad arity and
# bad types in every argument position, address shapes per family.  OK lines
# print only the result's type (fds, ports and addresses vary between runs).
import os, re
def m(label, f):
    label = re.sub(r" at 0x[0-9a-f]+", "", label)
    try:
        r = f()
        if isinstance(r, socket.socket) or type(r).__name__ == "socket":
            r.close()
        if isinstance(r, tuple):
            for x in r:
                if type(x).__name__ == "socket":
                    x.close()
        shown = repr(r) if r is None or isinstance(r, bool) or label.startswith(("connect_ex", "data:")) else ""
        print(label, "OK", type(r).__name__, shown)
    except BaseException as e:
        print(label, type(e).__name__, e)
V = [("None", None), ("float", 1.5), ("str", "x"), ("bytes", b"x"), ("bytearray", bytearray(b"x")),
     ("memoryview", memoryview(b"x")), ("2**31", 2**31), ("2**32", 2**32), ("2**63", 2**63),
     ("2**64", 2**64), ("-1", -1), ("-2**63-1", -2**63 - 1), ("True", True), ("tuple", ()), ("list", [])]
I, I6, U = socket.AF_INET, socket.AF_INET6, socket.AF_UNIX
ST, DG = socket.SOCK_STREAM, socket.SOCK_DGRAM
def fresh(fam=I, ty=ST, proto=0):
    s = _socket.socket(fam, ty, proto)
    s.setblocking(False)
    return s
LO = ("127.0.0.1", 1)
METHODS = [  # name, socket kind, valid arguments
    ("_accept", (I, ST), ()), ("bind", (I, ST), (("127.0.0.1", 0),)), ("close", (I, ST), ()),
    ("connect", (I, ST), (LO,)), ("connect_ex", (I, ST), (LO,)), ("detach", (I, ST), ()),
    ("fileno", (I, ST), ()), ("getblocking", (I, ST), ()), ("getpeername", (I, ST), ()),
    ("getsockname", (I, ST), ()), ("getsockopt", (I, ST), (socket.SOL_SOCKET, socket.SO_REUSEADDR, 4)),
    ("gettimeout", (I, ST), ()), ("listen", (I, ST), (1,)), ("recv", (I, DG), (1, 0)),
    ("recv_into", (I, DG), (bytearray(4), 1, 0)), ("recvfrom", (I, DG), (1, 0)),
    ("recvfrom_into", (I, DG), (bytearray(4), 1, 0)), ("recvmsg", (I, DG), (1, 0, 0)),
    ("recvmsg_into", (I, DG), ([bytearray(4)], 0, 0)), ("send", (I, ST), (b"x", 0)),
    ("sendall", (I, ST), (b"x", 0)), ("sendto", (I, DG), (b"x", 0, LO)),
    ("sendmsg", (I, DG), ([b"x"], [], 0, LO)), ("setblocking", (I, ST), (True,)),
    ("setsockopt", (I, ST), (socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)),
    ("settimeout", (I, ST), (1.0,)), ("shutdown", (I, ST), (0,)),
]
for name, (fam, ty), base in METHODS:
    def call(args, name=name, fam=fam, ty=ty):
        s = fresh(fam, ty)
        try:
            return getattr(s, name)(*args)
        finally:
            s.close()
    for k in range(len(base) + 2):
        args = base[:k] if k <= len(base) else base + (0,)
        m("%s arity%d" % (name, k), lambda: call(args))
    for i in range(len(base)):
        for vn, v in V:
            args = base[:i] + (v,) + base[i + 1:]
            m("%s arg%d=%s" % (name, i, vn), lambda: call(args))
for vn, v in V:  # setsockopt's 4-argument form: (level, option, None, optlen)
    m("setsockopt4 optlen=%s" % vn, lambda: fresh().setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, None, v))
    m("setsockopt4 val=%s" % vn, lambda: fresh().setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, v, 4))
m("recv_into kw", lambda: fresh(I, DG).recv_into(buffer=bytearray(2), nbytes=1, flags=0))
m("recv_into readonly", lambda: fresh(I, DG).recv_into(b"xx"))
m("recvmsg_into readonly", lambda: fresh(I, DG).recvmsg_into([b"xx"]))
m("sendmsg anc shapes", lambda: fresh(I, DG).sendmsg([b"x"], [(0, 0, b"", 1)]))
m("sendmsg anc int", lambda: fresh(I, DG).sendmsg([b"x"], [(2**32, 0, b"")]))
m("sendmsg anc notseq", lambda: fresh(I, DG).sendmsg([b"x"], 5))
m("sendmsg buffers notiter", lambda: fresh(I, DG).sendmsg(5))
m("sendmsg buffers str", lambda: fresh(I, DG).sendmsg("abc"))
m("sendmsg_afalg", lambda: fresh().sendmsg_afalg([b"x"], op=0))
for v in [0, 1, 2, 3, -1, 2**31, True]:
    m("shutdown %r" % v, lambda: fresh().shutdown(v))
for v in [0, -1, -2**31, 2**31 - 1, 2**31, True, 1.0]:
    m("listen %r" % v, lambda: fresh().listen(v))
for v in [0, 0.0, -0.0, 1e-9, -1e-9, 2**63, 1e19, 9.3e18, float("nan"), float("inf"), -1, True, "1", None, 10**400]:
    m("settimeout %r" % v, lambda: fresh().settimeout(v))
    def dt(v=v):
        try:
            socket.setdefaulttimeout(v)
            return socket.getdefaulttimeout()
        finally:
            socket.setdefaulttimeout(None)
    m("setdefaulttimeout %r" % v, dt)
for v in [0, 0.0, -1, 2, 2**64, None, "x"]:
    m("setblocking %r" % v, lambda: fresh().setblocking(v))
for opt in [(socket.SOL_SOCKET, socket.SO_RCVBUF), (socket.SOL_SOCKET, socket.SO_LINGER),
            (socket.IPPROTO_TCP, socket.TCP_NODELAY), (socket.SOL_SOCKET, 9999)]:
    for val in [1, -1, 2**31, 2**32, b"", b"\0" * 8, bytearray(8), memoryview(b"\0" * 8), None, 1.0]:
        m("setsockopt %r %r" % (opt, val), lambda: fresh().setsockopt(*opt, val))
    for ln in [None, 0, 1, 4, 8, 1024, 1025, -1]:
        m("getsockopt %r %r" % (opt, ln), lambda: fresh().getsockopt(*opt) if ln is None else fresh().getsockopt(*opt, ln))
# the constructor
for args in [(), (I,), (I, ST), (I, ST, 0), (I, ST, 0, None), (I, ST, 0, None, 1), (-1,), (I, -1),
             (I, ST, -1), (I, 2**31), (1.5,), ("x",), (I, None), (None, None, None, None),
             (U, DG, 0), (I, ST, 999), (I6, DG, 0), (0, 0, 0), (I, ST | socket.SOCK_NONBLOCK)]:
    m("socket%r" % (args,), lambda: _socket.socket(*args))
for vn, v in V:
    m("socket fileno=%s" % vn, lambda: _socket.socket(fileno=v))
    m("socket family=%s" % vn, lambda: _socket.socket(family=v))
    m("socket type=%s" % vn, lambda: _socket.socket(type=v))
    m("socket proto=%s" % vn, lambda: _socket.socket(proto=v))
with open("plainfile", "w") as fh:
    m("socket fileno=file", lambda: _socket.socket(fileno=fh.fileno()))
    m("socket fileno=file+family", lambda: _socket.socket(I, ST, 0, fh.fileno()))
m("socket fileno=closedfd", lambda: _socket.socket(fileno=os.open("plainfile", os.O_RDONLY) and 9999))
m("socket fileno=1.0", lambda: _socket.socket(fileno=1.0))
m("socket bogus kw", lambda: _socket.socket(bogus=1))
# address shapes per family
H64 = "\u00e9" * 70 + ".x"
ADDR = {
    "inet": (I, [None, (), ("127.0.0.1",), ("127.0.0.1", 0, 0), ("127.0.0.1", 0, 0, 0), ("127.0.0.1", 0, 0, 0, 0),
                 (None, 0), (b"127.0.0.1", 0), (bytearray(b"127.0.0.1"), 0), (1.5, 0), ("127.0.0.1", 1.5),
                 ("127.0.0.1", None), ("127.0.0.1", "80"), ("127.0.0.1", -1), ("127.0.0.1", 65536),
                 ("127.0.0.1", 2**31), ("127.0.0.1", 2**63), ("127.0.0.1", 2**64), ("127.0.0.1", True),
                 ("127.0.0.1\0", 0), ("\0", 0), (H64, 0), ("\udcff", 0), ("\u00e9" * 300, 0),
                 ("1.2.3", 0), ("127.0.0.1 ", 0), ("::1", 0), ("<broadcast>", 0), ("", 0),
                 ["127.0.0.1", 0], "127.0.0.1", b"x", 5]),
    "inet6": (I6, [None, (), ("::1",), ("::1", 0), ("::1", 0, 0), ("::1", 0, 0, 0), ("::1", 0, 0, 0, 0),
                   ("::1", -1), ("::1", 65536), ("::1", 0, -1), ("::1", 0, 2**20 - 1), ("::1", 0, 2**20),
                   ("::1", 0, 2**32), ("::1", 0, 0, -1), ("::1", 0, 0, 2**32 - 1), ("::1", 0, 0, 2**32),
                   ("::1", 0, 0, 2**64), ("::1", 0, 1.5), ("::1", 0, 0, 1.5), ("::1", 0, None),
                   ("::1", 0, "0"), ("::1%lo", 0), ("::1%nosuch", 0), ("::1\0", 0), (H64, 0),
                   ("\udcff", 0), ("127.0.0.1", 0), (b"::1", 0), (None, 0), ("::1", True, True, True),
                   ["::1", 0], "::1", 5]),
    "unix": (U, ["", b"", "u1", b"u2", bytearray(b"u3"), memoryview(b"u4"), "\0abs", b"\0abs2",
                 "a\0b", "x" * 107, "x" * 108, b"x" * 108, "x" * 109, "\u00e9", "\udcff",
                 None, 5, ("u5",), [b"u6"], 1.5, memoryview(b"abcd")[::2]]),
    "netlink": (socket.AF_NETLINK, [(0, 0), (0,), (0, 0, 0), (), (-1, 0), (0, -1), (2**32, 0),
                                    (0, 2**32), (1.5, 0), ("x", 0), None, "x", 5, [0, 0]]),
    "packet": (socket.AF_PACKET, [("lo", 0), ("lo",), (), ("nosuchif", 0), ("lo", 0, 0, 0, b"\0" * 6),
                                  ("lo", 0, 0, 0, b"\0" * 9), ("lo", 0, 0, 0, "x"), ("lo", 0, 0, 0, b"", 1),
                                  ("lo", -1), ("lo", 65536), ("lo", 0, -1), ("lo", 0, 0, 256), (None, 0),
                                  (b"lo", 0), ("l\0o", 0), ("x" * 40, 0), None, "lo", 5]),
}
PROTO = {"netlink": 0, "packet": 0}
for fname, (fam, addrs) in ADDR.items():
    for a in addrs:
        for meth in ("bind", "connect", "connect_ex", "sendto", "sendmsg"):
            if fname == "packet" and meth in ("sendto", "sendmsg") and isinstance(a, tuple) and a[:1] == ("lo",):
                continue  # would put a frame on lo
            ty = socket.SOCK_RAW if fname in ("netlink", "packet") else DG if meth.startswith("send") else ST
            def call(meth=meth, fam=fam, ty=ty, a=a):
                s = fresh(fam, ty, PROTO.get(fname, 0))
                try:
                    if meth == "sendto":
                        return s.sendto(b"", a)
                    if meth == "sendmsg":
                        return s.sendmsg([b""], [], 0, a)
                    return getattr(s, meth)(a)
                finally:
                    s.close()
            m("%s %s %r" % (meth, fname, a), call)
        if fname in ("inet", "inet6"):
            m("getnameinfo %s %r" % (fname, a), lambda: _socket.getnameinfo(a, socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
for fl in [None, 1.5, "x", -1, 2**31, 2**32, 2**63]:
    m("getnameinfo flags %r" % (fl,), lambda: _socket.getnameinfo(("127.0.0.1", 80), fl))
m("getnameinfo arity1", lambda: _socket.getnameinfo(("127.0.0.1", 80)))
m("getnameinfo arity3", lambda: _socket.getnameinfo(("127.0.0.1", 80), 0, 0))
# module functions: arity and every argument position
FUNCS = [
    ("getaddrinfo", ("localhost", 80, 0, 0, 0, 0)), ("gethostbyname", ("localhost",)),
    ("gethostbyname_ex", ("localhost",)), ("gethostbyaddr", ("127.0.0.1",)),
    ("getservbyname", ("http", "tcp")), ("getservbyport", (80, "tcp")), ("getprotobyname", ("tcp",)),
    ("socketpair", (U, ST, 0)), ("dup", (1,)), ("htons", (1,)), ("htonl", (1,)), ("ntohs", (1,)),
    ("ntohl", (1,)), ("inet_aton", ("1.2.3.4",)), ("inet_ntoa", (b"1234",)),
    ("inet_pton", (I, "1.2.3.4")), ("inet_ntop", (I, b"1234")), ("getdefaulttimeout", ()),
    ("gethostname", ()), ("if_nametoindex", ("lo",)), ("if_indextoname", (1,)), ("if_nameindex", ()),
    ("CMSG_LEN", (1,)), ("CMSG_SPACE", (1,)),
]
for name, base in FUNCS:
    f = getattr(_socket, name)
    for k in range(len(base) + 2):
        args = base[:k] if k <= len(base) else base + (0,)
        if name == "dup" and k == 1:
            continue
        m("%s arity%d" % (name, k), lambda: f(*args))
    for i in range(len(base)):
        for vn, v in V:
            if name == "getaddrinfo" and i == 0 and vn in ("str", "bytes", "bytearray", "memoryview"):
                continue  # "x" would ask DNS
            if name == "dup" and vn == "2**32":
                continue  # stock truncates 2**32 to fd 0 (dups stdin), ours raises
            args = base[:i] + (v,) + base[i + 1:]
            m("%s arg%d=%s" % (name, i, vn), lambda: f(*args))
for vn, v in V:  # close: never a real fd (True is 1 = stdout)
    if vn not in ("True", "2**32"):  # 1 is stdout; stock truncates 2**32 to 0 (closes stdin)
        m("close %s" % vn, lambda: _socket.close(v))
    if vn not in ("str", "bytes", "bytearray", "memoryview"):  # never set the hostname
        m("sethostname %s" % vn, lambda: _socket.sethostname(v))
m("sethostname arity0", lambda: _socket.sethostname())
m("sethostname arity2", lambda: _socket.sethostname(None, None))
for h in ["localhost", b"localhost", "127.0.0.1", "::1", "", None, "local\0host", H64, "\udcff", 5]:
    for p in [80, "80", b"80", "http", None, -1, 65536, 2**31, 2**64, 1.5, "nosuchservice", "8\0"]:
        m("getaddrinfo %r %r" % (h, p), lambda: len(_socket.getaddrinfo(h, p, I, ST)) > 0)
for kw in [dict(family=I), dict(type=ST), dict(proto=6), dict(flags=socket.AI_NUMERICHOST), dict(host="localhost", port=80), dict(bogus=1)]:
    m("getaddrinfo kw %r" % (kw,), lambda: len(_socket.getaddrinfo("127.0.0.1", 80, **kw)) > 0)
for fam, s in [(I, "1.2.3.4"), (I, "1.2.3.4\0"), (I, "1.2.3"), (I, b"1.2.3.4"), (I6, "::1"), (I6, "::1%lo"),
               (I6, "1::2::3"), (I6, "\u00e9"), (U, "x"), (-1, "x"), (2**32, "x")]:
    m("inet_pton %r %r" % (fam, s), lambda: _socket.inet_pton(fam, s))
for fam, b in [(I, b"1234"), (I, b"123"), (I, b"12345"), (I6, b"\0" * 16), (I6, b"\0" * 15), (I, "1234"),
               (I, bytearray(b"1234")), (I, memoryview(b"1234")), (U, b"1234"), (I6, memoryview(b"\0" * 32)[::2])]:
    m("inet_ntop %r %r" % (fam, b), lambda: _socket.inet_ntop(fam, b))
for s in ["1.2.3.4", "1", "0x7f.1", "1.2.3.4 x", "", " 1.2.3.4", "1.2.3.4\0", "\u00e9", b"1.2.3.4", "4294967295", "4294967296"]:
    m("inet_aton %r" % (s,), lambda: _socket.inet_aton(s))
for b in [b"1234", b"", b"12345", bytearray(b"1234"), memoryview(b"1234"), "1234", memoryview(b"12345678")[::2]]:
    m("inet_ntoa %r" % (b,), lambda: _socket.inet_ntoa(b))
for f in ("htons", "ntohs", "htonl", "ntohl"):
    for v in [0, 65535, 65536, 2**31, 2**32 - 1, 2**32, -1, -2**31, 1.0, True]:
        m("%s %r" % (f, v), lambda: getattr(_socket, f)(v))
for v in [0, 1, -1, 2**31, 2**32, 2**63, 2**64, 1.0, "x", True]:
    m("CMSG_LEN %r" % (v,), lambda: _socket.CMSG_LEN(v))
    m("CMSG_SPACE %r" % (v,), lambda: _socket.CMSG_SPACE(v))
    m("if_indextoname %r" % (v,), lambda: _socket.if_indextoname(v))
for v in ["lo", b"lo", "", "x" * 20, "l\0o", "\u00e9", "\udcff", bytearray(b"lo"), memoryview(b"lo")]:
    m("if_nametoindex %r" % (v,), lambda: _socket.if_nametoindex(v))
for n, p in [("http", "tcp"), ("http", None), ("http", "nosuch"), ("nosuch", "tcp"), (b"http", "tcp"),
             ("http", b"tcp"), ("ht\0tp", "tcp"), ("\u00e9", "tcp"), ("http", 5)]:
    m("getservbyname %r %r" % (n, p), lambda: _socket.getservbyname(n, p) if p is not None else _socket.getservbyname(n))
for n, p in [(80, "tcp"), (80, None), (0, "tcp"), (65535, "tcp"), (65536, "tcp"), (-1, "tcp"), (2**63, "tcp"), (80, b"tcp"), (80, "t\0cp"), (1.0, "tcp")]:
    m("getservbyport %r %r" % (n, p), lambda: _socket.getservbyport(n, p) if p is not None else _socket.getservbyport(n))
for n in ["tcp", "TCP", "nosuch", "", "t\0cp", "\u00e9", b"tcp", None]:
    m("getprotobyname %r" % (n,), lambda: _socket.getprotobyname(n))
for fd in [-1, 2**31, 2**63, -2**31 - 1, 9999, 1.0, "1", None]:
    m("dup %r" % (fd,), lambda: _socket.dup(fd))
    if fd != 1.0:
        m("close %r" % (fd,), lambda: _socket.close(fd))
m("socketpair(I)", lambda: _socket.socketpair(I))
m("socketpair(U,DG)", lambda: _socket.socketpair(U, DG))
m("socketpair kw", lambda: _socket.socketpair(family=U))

# ---- subclasses and __index__ objects (fast paths check exact types), every
# method on a closed socket, and the recv/send family in timeout mode
import collections, enum
class IntSub(int): pass
class StrSub(str): pass
class BytesSub(bytes): pass
class FloatSub(float): pass
class Idx:
    def __index__(self): return 1
    def __repr__(self): return "Idx"
class BadIdx:
    def __index__(self): raise ValueError("bad index")
    def __repr__(self): return "BadIdx"
class E(enum.IntEnum):
    ONE = 1
Pair = collections.namedtuple("Pair", "host port")
V2 = [("IntSub", IntSub(1)), ("Idx", Idx()), ("BadIdx", BadIdx()), ("IntEnum", E.ONE),
      ("StrSub", StrSub("x")), ("BytesSub", BytesSub(b"x")), ("FloatSub", FloatSub(0.5)),
      ("2**31-1", 2**31 - 1), ("-2**31", -2**31), ("0", 0)]
for name, (fam, ty), base in METHODS:
    def call(args, name=name, fam=fam, ty=ty):
        s = fresh(fam, ty)
        try:
            return getattr(s, name)(*args)
        finally:
            s.close()
    for i in range(len(base)):
        for vn, v in V2:
            if name == "settimeout" and vn == "2**31-1":
                pass
            args = base[:i] + (v,) + base[i + 1:]
            m("%s arg%d=%s" % (name, i, vn), lambda: call(args))
    def closed(name=name, fam=fam, ty=ty, base=base):
        s = fresh(fam, ty)
        s.close()
        return getattr(s, name)(*base)
    m("%s closed" % name, closed)
    def timed(name=name, fam=fam, ty=ty, base=base):
        s = _socket.socket(fam, ty)
        s.settimeout(0.001)
        try:
            return getattr(s, name)(*base)
        finally:
            s.close()
    if name not in ("_accept",):
        m("%s timeout-mode" % name, timed)
for name, base in FUNCS:
    f = getattr(_socket, name)
    for i in range(len(base)):
        for vn, v in V2:
            if name == "dup" and vn in ("IntSub", "Idx", "IntEnum"):
                continue  # dups stdout: fine, but the fd leaks
            args = base[:i] + (v,) + base[i + 1:]
            m("%s arg%d=%s" % (name, i, vn), lambda: f(*args))
for a in [Pair("127.0.0.1", 1), ("127.0.0.1", IntSub(1)), ("127.0.0.1", Idx()), ("127.0.0.1", BadIdx()),
          ("127.0.0.1", E.ONE), (StrSub("127.0.0.1"), 1), (BytesSub(b"127.0.0.1"), 1),
          ("127.0.0.1", 1.0), ("127.0.0.1", FloatSub(1.0))]:
    for meth in ("bind", "connect", "connect_ex", "sendto", "sendmsg"):
        def call(meth=meth, a=a):
            s = fresh(I, DG if meth.startswith("send") else ST)
            try:
                if meth == "sendto":
                    return s.sendto(b"", a)
                if meth == "sendmsg":
                    return s.sendmsg([b""], [], 0, a)
                return getattr(s, meth)(a)
            finally:
                s.close()
        m("%s inet %r" % (meth, a), call)
    m("getnameinfo %r" % (a,), lambda: _socket.getnameinfo(a, socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
for a in [("::1", 1, IntSub(0), Idx()), ("::1", 1, BadIdx()), ("::1", 1, 0, BadIdx()), ("::1", 1, E.ONE, E.ONE), (StrSub("::1"), 1)]:
    for meth in ("bind", "connect_ex", "sendto"):
        def call(meth=meth, a=a):
            s = fresh(I6, DG if meth == "sendto" else ST)
            try:
                return s.sendto(b"", a) if meth == "sendto" else getattr(s, meth)(a)
            finally:
                s.close()
        m("%s inet6 %r" % (meth, a), call)
for a in [StrSub("u7"), BytesSub(b"u8")]:
    m("bind unix %r" % (a,), lambda: fresh(U).bind(a))
# keyword arguments
for name, kw in [("recv", dict(bufsize=1)), ("recv", dict(flags=0)), ("recv_into", dict(buffer=bytearray(1))),
                 ("recvfrom_into", dict(buffer=bytearray(1), nbytes=1)), ("send", dict(data=b"x")),
                 ("sendto", dict(data=b"x")), ("settimeout", dict(timeout=1)), ("bind", dict(address=LO)),
                 ("setsockopt", dict(level=1)), ("shutdown", dict(how=0)), ("listen", dict(backlog=1)),
                 ("sendall", dict(data=b"x"))]:
    m("%s kw %r" % (name, kw), lambda: getattr(fresh(I, DG), name)(**kw))
for name, _, base in METHODS:
    m("%s bogus kw" % name, lambda: getattr(fresh(I, DG), name)(*base, bogus=1))
    m("%s empty kw" % name, lambda: getattr(fresh(I, DG), name)(*base, **{}))
for name, base in FUNCS:
    if name != "dup":
        m("%s bogus kw" % name, lambda: getattr(_socket, name)(*base, bogus=1))
for name in ("close", "sethostname", "setdefaulttimeout", "getnameinfo"):
    m("%s bogus kw" % name, lambda: getattr(_socket, name)(bogus=1))
# ancillary data and scatter/gather on a connected AF_UNIX pair
pa, pb = _socket.socketpair(U, DG)
pb.setblocking(False)
SR = socket.SCM_RIGHTS
for anc in [[], [(socket.SOL_SOCKET, SR, b"")], [(socket.SOL_SOCKET, SR, b"\xff\xff\xff\xff")],
            [(socket.SOL_SOCKET, SR, b"\0\0\0")], [(socket.SOL_SOCKET, SR, memoryview(b"\0\0\0\0"))],
            [(socket.SOL_SOCKET, SR, "x")], [(socket.SOL_SOCKET, SR)], [(socket.SOL_SOCKET,)],
            [(socket.SOL_SOCKET, SR, b"", 0)], [None], [[1, 2, b""]], [(2**31, SR, b"")],
            [(socket.SOL_SOCKET, 2**31, b"")], [(1.5, SR, b"")], [(socket.SOL_SOCKET, 99, b"x" * 8)],
            [(socket.SOL_SOCKET, SR, b"\0" * 4)] * 300]:
    m("data:sendmsg anc %r" % (anc[:2],), lambda: pa.sendmsg([b"x"], anc))
    m("data:recvmsg after anc", lambda: [type(x).__name__ for x in pb.recvmsg(8, 64)] if True else 0)
for bufs in [[], [b""], [b"a", bytearray(b"b"), memoryview(b"c")], [b"x"] * 2000, ["x"], [None], (b"a",), iter([b"a"]),
             [memoryview(b"abcd")[::2]], b"ab"]:
    m("data:sendmsg bufs %r" % (type(bufs).__name__,) + str(len(bufs) if hasattr(bufs, "__len__") else -1), lambda: pa.sendmsg(bufs))
    try:
        pb.recv(100000)
    except BlockingIOError:
        pass
for args in [([bytearray(2)],), ([bytearray(2), bytearray(3)], 64), ([],), ([bytearray(0)],), ([bytearray(2)] * 2000,),
             ([b"ro"],), ([memoryview(bytearray(4))[::2]],), ([bytearray(2)], -1), ([bytearray(2)], 2**62),
             ([bytearray(2)], 0, -1), (5,), ("ab",)]:
    pa.send(b"hello")
    m("data:recvmsg_into %r" % (args,), lambda: pb.recvmsg_into(*args))
    try:
        pb.recv(100000)
    except BlockingIOError:
        pass
for args in [(bytearray(3),), (bytearray(3), 2), (bytearray(3), 5), (bytearray(3), 0), (memoryview(bytearray(3)),),
             (memoryview(bytearray(8))[::2],), (bytearray(3), 2, 2**31)]:
    pa.send(b"hello")
    m("data:recv_into data %r" % (args,), lambda: pb.recv_into(*args))
    pa.send(b"hello")
    m("data:recvfrom_into data %r" % (args,), lambda: pb.recvfrom_into(*args)[0])
    try:
        pb.recv(100000)
    except BlockingIOError:
        pass
for n in [1, 5, 6, 0, 2**20]:
    pa.send(b"hello")
    m("data:recv data %r" % n, lambda: pb.recv(n))
    pa.send(b"hello")
    m("data:recvfrom data %r" % n, lambda: pb.recvfrom(n)[0])
    pa.send(b"hello")
    m("data:recvmsg data %r" % n, lambda: pb.recvmsg(n)[0])
pa.close(); pb.close()
# blocking mode (no timeout): only calls that cannot wait
for name, (fam, ty), base in METHODS:
    if name in ("_accept", "recv", "recv_into", "recvfrom", "recvfrom_into", "recvmsg", "recvmsg_into"):
        continue
    def blocking(name=name, fam=fam, ty=ty, base=base):
        s = _socket.socket(fam, ty)
        try:
            return getattr(s, name)(*base)
        finally:
            s.close()
    m("%s blocking-mode" % name, blocking)
    for vn, v in V[:6]:
        def blocking_bad(name=name, fam=fam, ty=ty, base=base, v=v):
            s = _socket.socket(fam, ty)
            try:
                return getattr(s, name)(*((v,) + base[1:]))
            finally:
                s.close()
        m("%s blocking-mode arg0=%s" % (name, vn), blocking_bad)
# seeded random argument tuples (0..n+1 items from all the values above) for
# every method and every function that does no name lookup
import random
R = random.Random(1234)
POOL = [v for _, v in V + V2] + [0, 1, 4, b"", bytearray(8), LO, ("::1", 1), "", "localhost", socket.SOL_SOCKET,
                                 socket.SO_REUSEADDR, [b"x"], [bytearray(4)], [], 1024]
for name, (fam, ty), base in METHODS:
    for j in range(60):
        n = R.randint(0, len(base) + 1)
        args = tuple(R.choice(POOL) for _ in range(n))
        def call(name=name, fam=fam, ty=ty, args=args):
            s = fresh(fam, ty)
            try:
                return getattr(s, name)(*args)
            finally:
                s.close()
        m("random %s %d.%d" % (name, j, n), call)
for name, base in FUNCS:
    if name in ("dup", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
        continue  # dup leaks the fds it makes; the others would ask DNS
    f = getattr(_socket, name)
    for j in range(60):
        n = R.randint(0, len(base) + 1)
        args = tuple(R.choice(POOL) for _ in range(n))
        m("random %s %d.%d" % (name, j, n), lambda: f(*args))
# socket kinds (and the same fd adopted with and without a family), the
# default timeout, timeout/blocking state, detach, attributes
def show(label, f):
    try: print(label, "OK", f())
    except BaseException as e: print(label, type(e).__name__, e)
kinds = [(socket.AF_INET, socket.SOCK_STREAM, 0), (socket.AF_INET, socket.SOCK_DGRAM, 0), (socket.AF_INET6, socket.SOCK_STREAM, 0),
         (socket.AF_UNIX, socket.SOCK_STREAM, 0), (socket.AF_UNIX, socket.SOCK_DGRAM, 0), (socket.AF_UNIX, socket.SOCK_SEQPACKET, 0),
         (socket.AF_INET, socket.SOCK_RAW, 1), (socket.AF_NETLINK, socket.SOCK_RAW, 0), (socket.AF_NETLINK, socket.SOCK_DGRAM, 0),
         (socket.AF_PACKET, socket.SOCK_RAW, 0), (socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK, 0),
         (socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_CLOEXEC, 0), (socket.AF_INET, socket.SOCK_STREAM, 6), (socket.AF_INET, socket.SOCK_DGRAM, 17)]
for k in kinds:
    def mk(k=k):
        s = _socket.socket(*k)
        r = (s.family, s.type, s.proto, s.gettimeout(), s.getblocking())
        fd = os.dup(s.fileno())
        t = _socket.socket(fileno=fd)
        r2 = (t.family, t.type, t.proto, t.gettimeout(), t.getblocking())
        t.close()
        fd = os.dup(s.fileno())
        u = _socket.socket(socket.AF_INET, socket.SOCK_DGRAM, 0, fd)
        r3 = (u.family, u.type, u.proto)
        u.close(); s.close()
        return r, r2, r3
    show("kind %r" % (k,), mk)
socket.setdefaulttimeout(2.5)
for k in kinds[:3] + kinds[-4:-2]:
    def mk(k=k):
        s = _socket.socket(*k); r = (s.gettimeout(), s.getblocking(), s.type); s.close()
        return r
    show("deftimeout %r" % (k,), mk)
    show("deftimeout pair", lambda: [(x.gettimeout(), x.getblocking(), x.type) for x in _socket.socketpair()])
socket.setdefaulttimeout(None)
s = _socket.socket()
for t in [0, None, 1.0, 0.0]:
    s.settimeout(t); show("after settimeout %r" % t, lambda: (s.gettimeout(), s.getblocking(), s.timeout))
for b in [True, False, 0, 1]:
    s.setblocking(b); show("after setblocking %r" % b, lambda: (s.gettimeout(), s.getblocking(), s.timeout))
show("detach", lambda: (s.detach() >= 0, s.fileno(), s.family, s.type))
show("closed repr attrs", lambda: (s.family, s.type, s.proto, s.timeout))
show("close twice", lambda: (s.close(), s.close()))
for attr in ["family", "type", "proto", "timeout"]:
    show("set %s" % attr, lambda: setattr(s, attr, 1))
show("subclass", lambda: type("X", (_socket.socket,), {})().family)
show("socket dir", lambda: sorted(x for x in dir(_socket.socket) if not x.startswith("__")))
show("module dir", lambda: sorted(x for x in dir(_socket) if not x.startswith("__") and not x.isupper() and not x[:3] in ("AF_", "SO_")) [:60])
# AF_NETLINK and AF_PACKET addresses both ways: bind/getsockname, a netlink
# request to the kernel (its reply comes from (0, 0)), packet frames on lo
# (an unused ethertype); the netlink pid varies, so only its shape is printed
import struct
def rt(label, f):
    try:
        print(label, "OK", repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, e)
def nl():
    s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 0); s.bind((0, 0)); n = s.getsockname()
    r = (type(n), len(n), n[0] == os.getpid() or n[0] != 0, n[1])
    # RTM_GETLINK dump request to the kernel
    req = struct.pack("=LHHLL", 32, 18, 0x301, 1, 0) + b"\0" * 16
    s.sendto(req, (0, 0)); data, addr = s.recvfrom(65536); s.close()
    return r, addr, type(addr[0])
rt("netlink roundtrip", nl)
def nl2():
    s = socket.socket(socket.AF_NETLINK, socket.SOCK_DGRAM, 0); s.connect((0, 0)); r = s.getpeername(); s.close(); return r
rt("netlink getpeername", nl2)
def pk(ty, proto=0x88b5):
    r = socket.socket(socket.AF_PACKET, ty, socket.htons(proto)); r.bind(("lo", proto)); r.settimeout(5)
    w = socket.socket(socket.AF_PACKET, ty, 0); w.bind(("lo", 0))
    frame = b"\0" * 6 + b"\0" * 6 + struct.pack("!H", proto) + b"hello" if ty == socket.SOCK_RAW else b"hello"
    if ty == socket.SOCK_RAW: w.send(frame)
    else: w.sendto(frame, ("lo", proto, 0, 0, b"\0" * 6))
    out = r.getsockname(), w.getsockname(), r.recvfrom(100)
    r.close(); w.close(); return out
rt("packet raw", lambda: pk(socket.SOCK_RAW))
rt("packet dgram", lambda: pk(socket.SOCK_DGRAM))
def pk3():
    s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, 0); s.bind(("lo", 3, 4, 5, b"ab")); r = s.getsockname(); s.close(); return r
rt("packet bind 5", pk3)
def pk4():
    s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, 0); r = s.getsockname(); s.close(); return r
rt("packet unbound", pk4)
# AF_VSOCK (creatable here, no peer): every address shape through bind, sendto
# and sendmsg, connect/connect_ex only for shapes that fail before the kernel
# (a real connect attempt's errno varies under gVisor); getsockname both ways
VS = [(1, 1234), (socket.VMADDR_CID_ANY, socket.VMADDR_PORT_ANY), (-1, 5), (2**32, 5), (2**40, 1), (1,),
      (1, 2, 3), (), (1.5, 2), ("x", 1), (1, None), None, "x", 5, [1, 2], b"ab"]
for a in VS:
    parses = isinstance(a, tuple) and len(a) == 2 and all(isinstance(v, int) for v in a)
    for meth in ("bind", "sendto", "sendmsg") + (() if parses else ("connect", "connect_ex")):
        def vcall(meth=meth, a=a):
            x = socket.socket(socket.AF_VSOCK, socket.SOCK_STREAM)
            try:
                if meth == "sendto":
                    return x.sendto(b"", a)
                if meth == "sendmsg":
                    return x.sendmsg([b""], [], 0, a)
                return getattr(x, meth)(a)
            finally:
                x.close()
        rt("%s vsock %r" % (meth, a), vcall)
def vsock_names():
    x = socket.socket(socket.AF_VSOCK, socket.SOCK_STREAM)
    r = [x.getsockname()]
    x.bind((socket.VMADDR_CID_ANY, 5555))
    r.append(x.getsockname())
    x.close()
    return r
rt("vsock getsockname", vsock_names)
# The families this kernel lacks (CAN, TIPC, ALG, Bluetooth, RDS): a socket
# object of that family and protocol adopting a UDP descriptor reaches the
# address parsing (shapes, ranges, interface lookup on the descriptor, the
# Bluetooth address); what passes is then refused by the kernel alike
BD = "01:02:03:04:05:06"
KINDS = {
 "can_raw": (socket.AF_CAN, socket.CAN_RAW, [("lo",), ("",), ("nosuch",), ("x"*15,), ("x"*16,), (b"lo",), ("l\0o",), (5,), (), ("lo", 1), "lo", None]),
 "can_bcm": (socket.AF_CAN, socket.CAN_BCM, [("lo",), ("",), "lo"]),
 "can_isotp": (socket.AF_CAN, socket.CAN_ISOTP, [("lo", 1, 2), ("", 1, 2), ("lo", -1, 2**40), ("lo", 1), "lo", ("x"*16, 1, 2), ("lo", "a", 2), [("lo"), 1, 2]]),
 "can_j1939": (socket.AF_CAN, socket.CAN_J1939, [("lo", 1, 2, 3), ("", 2**64-1, 2**32-1, 255), ("lo", -1, -1, 256), ("lo", 1, 2), "lo", ("nosuch", 1, 2, 3), ("lo", 1.5, 2, 3)]),
 "can_other": (socket.AF_CAN, 99, [("lo",), "x"]),
 "tipc": (socket.AF_TIPC, 0, [(1, 2, 3, 4), (2, 2, 3, 4, 3), (3, 1, 2, 3), (4, 1, 2, 3), (0, 1, 2, 3), (1, 2, 3), (1, 2, 3, 4, 5, 6), (1, 2, 3, 4, 2**32), (-1, 2, 3, 4), "x", None, (1.5, 2, 3, 4)]),
 "alg": (socket.AF_ALG, 0, [("hash", "sha256"), ("hash", "sha256", 1, 2), ("x"*13, "y"), ("x"*14, "y"), ("h", "y"*63), ("h", "y"*64), ("hash",), ("hash", "sha256", 2**16, 0), ("hash", "sha256", -1), (b"hash", "sha256"), ("h\0", "n"), "hash", None, ("hash", "sha", 1, 2, 3)]),
 "bt_l2cap": (socket.AF_BLUETOOTH, socket.BTPROTO_L2CAP, [(BD, 1), (BD, 2**20), ("bad", 1), ("01:02:03:04:05:06:07", 1), ("1:2:3:4:5:100", 1), ("1:2:3:4:5:6 ", 1), (BD,), (BD, "x"), BD, None, (b"01:02:03:04:05:06", 1)]),
 "bt_rfcomm": (socket.AF_BLUETOOTH, socket.BTPROTO_RFCOMM, [(BD, 1), (BD, 300), ("bad", 1), (BD,), BD]),
 "bt_hci": (socket.AF_BLUETOOTH, socket.BTPROTO_HCI, [(0,), (1, 2), 0, ("x",), (), (2**40,)]),
 "bt_sco": (socket.AF_BLUETOOTH, socket.BTPROTO_SCO, [BD.encode(), BD, b"bad", (BD,), None, bytearray(BD.encode())]),
 "bt_other": (socket.AF_BLUETOOTH, 9, [(BD, 1), 5]),
 "rds": (socket.AF_RDS, 0, [("127.0.0.1", 0), ("127.0.0.1", 70000), ("127.0.0.1",), "x"]),
 "vsock": (socket.AF_VSOCK, 0, [(1, 2), (1,), "x"]),
}
for k, (fam, proto, addrs) in KINDS.items():
    for a in addrs:
        for m in ("bind", "connect", "sendto"):
            def call(m=m, a=a):
                u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                x = socket.socket(fam, socket.SOCK_DGRAM, proto, fileno=u.detach())
                try:
                    if m == "sendto": return x.sendto(b"", a)
                    return getattr(x, m)(a)
                finally: x.close()
            rt("adopted %s %s %r" % (m, k, a), call)

# the random addresses, in a private network namespace (above)
sys.stdout.flush()
r = subprocess.run(["unshare", "-n", "sh", "-c", 'ip link set lo up && exec "$0" "$@"',
                    sys.executable, os.path.abspath(__file__), "--random"],
                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print(r.stdout, end="")
if r.returncode != 0:
    print("random addresses: exit status", r.returncode)
