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

    @property
    def enum(self) -> str:
        return "CSOCK_ERR_" + self.name.upper()


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
    kinds = doc["kinds"]
    spec.error_kind_list = [
        ErrorKind(k["name"], k["python"], k.get("code", "none"), k["doc"], kinds.at(i), i + 1)
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
