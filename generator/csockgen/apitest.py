"""The generated API tests: how each C function of spec/api is called.

From an entry's `test:` (fixture and arguments) and its C prototype, each
csock_* function gets a `Call`: the locals it needs, the call itself, how
failure shows, and what the test frees afterwards (from the prototype's
`frees` and `consumes`: the ownership the spec states is what the tests
follow, so AddressSanitizer and the fd-leak check see a lie).  Two
templates render them:

  tests/api_waits.c   `waits:` made true: a `waits: none` call makes no wait
                      (no poll) in blocking, non-blocking and timeout mode;
                      a read/write/connect call on an idle fixture in
                      timeout mode polls for that event and times out; a
                      resolver call runs inside the blocking hooks.
  tests/api_raises.c  `raises:` made true: with the k-th syscall failing
                      (each of a few errnos) or the k-th allocation failing,
                      for every k the call reaches, what the call raises is
                      one of the kinds the spec lists.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

FIXTURES = {"pair": "API_FX_PAIR", "dgram": "API_FX_DGRAM", "unix_dgram": "API_FX_UNIX_DGRAM",
            "tcp": "API_FX_TCP", "listener": "API_FX_LISTENER", "none": "API_FX_NONE"}
WAIT_CONST = {"read": "API_WAIT_READ", "write": "API_WAIT_WRITE", "connect": "API_WAIT_CONNECT"}
SPECIALS = {"$loopback": "&api_loopback", "$addr": "&fx.addr", "$port": "fx.port",
            "$file": "fx.file_fd", "$sockfd": "sockfd", "$fixturefd": "csock_fileno(fx.s)"}
_SIZE_AFTER = ("void *", "const void *", "const csock_iov *", "csock_mmsg *")


class TestSpecError(Exception):
    pass


@dataclass
class Call:
    id: str
    entry: object
    cname: str
    guard: str
    fixture: str
    takes_s: bool
    waits: str
    decls: list = field(default_factory=list)
    call: str = ""
    failed: str = "0"
    after_ok: list = field(default_factory=list)
    after_fail: list = field(default_factory=list)
    consumes_s: bool = False
    allowed: list = field(default_factory=list)
    raises_text: str = ""
    wait_skip: str = ""

    @property
    def wait_const(self) -> str:
        return WAIT_CONST.get(self.waits, "API_WAIT_READ")


def _value(v, ptype):
    if v is None:
        return "CSOCK_TIMEOUT_NONE" if ptype == "double" else "NULL"
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, (int, float)):
        return repr(v)
    if v in SPECIALS:
        return SPECIALS[v]
    if re.match(r"^[A-Z][A-Z0-9_]*$", v):
        return v
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def build_call(spec, e, item) -> Call:
    t = e.test
    f = item.func
    fixture = t.get("fixture", "pair" if e.scope == "socket" else "none")
    args = dict(t.get("args", {}))
    c = Call(f"{e.scope}_{e.name}__{f.name}", e, f.name, e.guard, FIXTURES[fixture],
             False, e.waits)
    c.allowed = [k.enum for k in e.raise_kinds]
    c.raises_text = ", ".join(e.raises) or "nothing"
    c.wait_skip = t.get("wait_skip", "")
    exprs = []
    params = f.params
    skip_next = False
    for i, p in enumerate(params):
        if skip_next:
            skip_next = False
            continue
        nxt = params[i + 1] if i + 1 < len(params) else None
        if i == 0 and p.type in ("csock *", "const csock *") and p.name == "s":
            if fixture == "none":
                raise TestSpecError(f"{f.name} takes a socket: give test: {{fixture: ...}}")
            c.takes_s = True
            exprs.append("fx.s")
            continue
        if p.type == "csock_error *":
            exprs.append("&err")
            continue
        if p.name in args:
            v = args[p.name]
            if v == "$sockfd":
                c.decls.append("csock_fd_t sockfd = api_new_sockfd();")
                c.after_fail.append("api_close_if_open(sockfd);")
            exprs.append(_value(v, p.type))
            continue
        pair = nxt is not None and nxt.type == "size_t" and p.type in _SIZE_AFTER \
            and nxt.name not in args
        n = p.name
        if p.type == "csock_addr *":
            c.decls.append(f"csock_addr {n}_out;")
            exprs.append(f"&{n}_out")
        elif p.type == "const csock_addr *":
            exprs.append("&fx.addr")
        elif p.type == "void *":
            c.decls.append(f"char {n}_buf[256];")
            exprs.append(f"{n}_buf")
            if pair:
                exprs.append(f"sizeof {n}_buf")
                skip_next = True
        elif p.type == "const void *":
            c.decls.append(f"static const char {n}_data[16] = \"0123456789abcde\";")
            exprs.append(f"{n}_data")
            if pair:
                exprs.append(f"sizeof {n}_data")
                skip_next = True
        elif p.type in ("char *", "unsigned char *"):
            size = item.sizes.get(n)
            if size is None:
                raise TestSpecError(f"{f.name}: give sizes: {{{n}: ...}} (caller storage)")
            c.decls.append(f"{p.type[:-1].strip()} {n}_out[{size}];")
            exprs.append(f"{n}_out")
        elif p.type in ("const csock_iov *", "csock_mmsg *"):
            # one element on a 64-byte buffer (and its count)
            elem = "csock_iov" if p.type == "const csock_iov *" else "csock_mmsg"
            rest = "" if elem == "csock_iov" else ", NULL, 0, 0"
            c.decls.append(f"char {n}_buf[64] = \"x\";")
            c.decls.append(f"{elem} {n}_v[1] = {{{{{n}_buf, sizeof {n}_buf{rest}}}}};")
            exprs.append(f"{n}_v")
            if pair:
                exprs.append("1")
                skip_next = True
        elif p.type == "const csock_cmsg *":
            exprs.append("NULL")
            if nxt is not None and nxt.type == "size_t" and nxt.name not in args:
                exprs.append("0")
                skip_next = True
        elif p.type == "csock_msg *":
            c.decls.append(f"csock_msg {n}_out;")
            exprs.append(f"&{n}_out")
        elif p.type == "size_t *":
            c.decls.append(f"size_t {n}_out = 0;")
            exprs.append(f"&{n}_out")
        elif p.type in ("int *", "csock_fd_t *"):
            c.decls.append(f"{p.type[:-2]} {n}_out[8];")
            exprs.append(f"{n}_out")
        elif p.type in ("const int *", "const csock_fd_t *"):
            c.decls.append(f"static {p.type[:-2]} {n}_in[1] = {{0}};")
            exprs.append(f"{n}_in")
            if nxt is not None and nxt.type == "size_t" and nxt.name not in args:
                exprs.append("1")
                skip_next = True
        elif p.type == "csock *[2]":
            c.decls.append(f"csock *{n}_out[2];")
            exprs.append(f"{n}_out")
        elif p.type == "csock_nameinfo *":
            c.decls.append(f"csock_nameinfo {n}_out;")
            exprs.append(f"&{n}_out")
        elif p.type == "const double *":
            c.decls.append(f"double {n}_val = 1.0;")
            exprs.append(f"&{n}_val")
        elif p.type == "const char *":
            raise TestSpecError(f"{f.name}: give test: {{args: {{{n}: ...}}}} (a string)")
        elif p.type in ("ssize_t",):
            exprs.append("16")
        elif p.type in ("size_t",):
            exprs.append("4")
        elif p.type in ("int", "long", "long long", "int64_t", "unsigned int", "uint32_t"):
            exprs.append("0")
        elif p.type == "double":
            exprs.append("1.0")
        elif p.type in ("const long long *",):
            exprs.append("NULL")
        else:
            raise TestSpecError(f"{f.name}: no test value for a '{p.type}' ({n}): give test: "
                                f"{{args: {{{n}: ...}}}}")
    call = f"{f.name}({', '.join(exprs)})"
    if f.ret == "void":
        c.call = f"{call};"
    else:
        c.decls.append(f"{f.ret}{'' if f.ret.endswith('*') else ' '}r;")
        c.call = f"r = {call};"
        fail = item.failure("r")
        c.failed = f"({fail})" if fail else "0"
    # Ownership: what the test frees after a call that succeeded.
    for what, fn in item.frees.items():
        free_fn = spec.c_functions.get(fn)
        with_err = bool(free_fn and free_fn.func.takes_err)
        if what == "return":
            target = "r"
            if f.ret == "FILE *" or f.ret_is_pointer:
                c.after_ok.append(f"{_call(fn, target, with_err)};")
            else:
                ok = "r != CSOCK_INVALID_FD" if f.ret == "csock_fd_t" else "r >= 0"
                c.after_ok.append(f"if ({ok}) {_call(fn, target, with_err)};")
            continue
        p = next(p for p in params if p.name == what)
        if p.type == "csock *[2]":
            c.after_ok.append(f"{_call(fn, what + '_out[0]', with_err)};")
            c.after_ok.append(f"{_call(fn, what + '_out[1]', with_err)};")
        elif p.type in ("int *", "csock_fd_t *"):
            count = next((q.name for q in params if q.type == "size_t *"), None)
            if count is None:
                raise TestSpecError(f"{f.name}: frees {what}: no size_t * count beside it")
            c.after_ok.append(f"for (size_t i_ = 0; i_ < {count}_out; i_++) "
                              f"{_call(fn, what + '_out[i_]', with_err)};")
        else:
            c.after_ok.append(f"{_call(fn, '&' + what + '_out', with_err)};")
    c.consumes_s = "s" in item.consumes
    return c


def _call(fn, arg, with_err):
    return f"{fn}({arg}, NULL)" if with_err else f"{fn}({arg})"


def calls(spec) -> list:
    """Every C function of spec/api with its test call, in spec order; an
    entry with test: {skip: why} has none."""
    out = []
    for e in spec.api_entries:
        if e.test.get("skip"):
            continue
        for item in e.c_items:
            try:
                out.append(build_call(spec, e, item))
            except TestSpecError as err:
                where = e.fields.at("test") if "test" in e.fields else e.loc
                spec.error(where, f"{e.scope} '{e.name}': test: {err}")
    spec.check()
    return out
