"""Kind `errors`: spec/errors.yaml, exception kinds and fixed messages."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import Kind, Output, register, unique_names

_PRINTF = {"str": "%s", "int": "%d", "long": "%ld", "size": "%zu", "double": "%g"}
_CTYPE = {"str": "const char *", "int": "int", "long": "long", "size": "size_t",
          "double": "double"}
_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")


@dataclass
class ErrorKind:
    name: str
    python: str
    code: str
    doc: str
    loc: object
    value: int = 0
    python_base: str = ""
    python_alias_of: str = ""
    python_aliases: list = field(default_factory=list)
    python_pending: bool = False

    @property
    def enum(self) -> str:
        return "CSOCK_ERR_" + self.name.upper()

    @property
    def py_object(self) -> str:
        """The C expression of the Python exception class (the Python
        binding): a built-in's PyExc_*, or the module's own class."""
        if self.python_alias_of:
            return "PyExc_" + self.python_alias_of
        if self.python_base:
            return "csock_py_" + self.python.split(".")[-1]
        return "PyExc_" + self.python.split(".")[-1]

    @property
    def py_module_names(self) -> list:
        """The names the socket module gives the class (error, herror...)."""
        return [n.split(".", 1)[1] for n in [self.python] + self.python_aliases
                if n.startswith("socket.")]

    @property
    def py_raise(self) -> str:
        """How csock_py_set_error raises it: pending (the binding's hook set
        the exception), memory (PyErr_NoMemory), coded ("[Errno N] text"
        becomes cls(N, text)) or message (cls(message))."""
        if self.python_pending:
            return "pending"
        if self.python == "MemoryError":
            return "memory"
        return "coded" if self.code != "none" else "message"


@dataclass
class MessageArg:
    name: str
    type: str
    doc: str

    @property
    def ctype(self) -> str:
        return _CTYPE[self.type]


@dataclass
class Message:
    name: str
    kind_name: str
    code: str | None
    text: str
    args: list
    doc: str
    loc: object
    kind: ErrorKind | None = None
    printf: str = ""
    fields: dict = field(default_factory=dict)


def build(spec, path, doc):
    spec.errors_file = path
    spec.errors_doc = doc["doc"]
    kinds = doc["kinds"]
    spec.error_kind_list = [
        ErrorKind(k["name"], k["python"], k.get("code", "none"), k["doc"], kinds.at(i), i + 1,
                  k.get("python_base", ""), k.get("python_alias_of", ""),
                  list(k.get("python_aliases", [])), bool(k.get("python_pending", False)))
        for i, k in enumerate(kinds)
    ]
    msgs = doc["messages"]
    spec.message_list = [
        Message(m["name"], m["kind"], m.get("code"), m["text"],
                [MessageArg(a["name"], a["type"], a.get("doc", "")) for a in m.get("args", [])],
                m["doc"], msgs.at(i))
        for i, m in enumerate(msgs)
    ]
    for i, m in enumerate(spec.message_list):
        m.fields = msgs[i]


def resolve(spec):
    spec.error_kinds = unique_names(spec, spec.error_kind_list, "error kind")
    for k in spec.error_kind_list:
        if k.python_base and not k.python.startswith("socket."):
            spec.error(k.loc, f"error kind '{k.name}': python_base is for the socket "
                              f"module's own classes (socket.<name>)")
        if k.python_base and k.python_alias_of:
            spec.error(k.loc, f"error kind '{k.name}': give python_base or python_alias_of, "
                              f"not both")
    spec.messages = unique_names(spec, spec.message_list, "message")
    for m in spec.message_list:
        m.kind = spec.error_kinds.get(m.kind_name)
        if m.kind is None:
            spec.error(m.fields.at("kind"),
                       f"message '{m.name}': unknown error kind '{m.kind_name}'")
        if m.code and m.kind_name != "os":
            spec.error(m.fields.at("code"),
                       f"message '{m.name}': only kind 'os' carries an errno code")
        used = _PLACEHOLDER.findall(m.text)
        names = [a.name for a in m.args]
        for u in used:
            if u not in names:
                spec.error(m.fields.at("text"),
                           f"message '{m.name}': placeholder {{{u}}} has no argument")
        for a in m.args:
            if a.name not in used:
                spec.error(m.fields.at("args"),
                           f"message '{m.name}': argument '{a.name}' is not used in the text")
        args = {a.name: a for a in m.args}
        m.printf = _PLACEHOLDER.sub(
            lambda mo: _PRINTF[args[mo.group(1)].type] if mo.group(1) in args else "",
            m.text.replace("%", "%%"))


def outputs(spec):
    src = [spec.errors_file]
    return [
        Output("csock_gen.h.j2", "include/csock/csock_gen.h", src + [spec.platforms_file]),
        Output("errors.h.j2", "src/errors.h", src),
        Output("errors.c.j2", "src/errors.c", src),
        Output("gen.ninja.j2", "gen.ninja", ["spec/"]),
    ]


register(Kind(name="errors", pattern="errors.yaml", build=build, resolve=resolve,
              outputs=outputs, order=10))
