"""Kind `constants`: spec/constants/<group>.yaml, the module's constants.

Each file is one group (socket options, address families, ...) with a
default `header` and `platforms` that a constant may override.  The model:

  spec.constant_group_list   ConstantGroup, in file order
  spec.constant_list         Constant, sorted by name (the lookup order)
  spec.constants             name -> Constant
  spec.constant_platforms    [PlatformTable]: per platform, its constants
                             (sorted) and the headers its table includes

Values are never in the spec (except `fallback` and string values): each
platform's generated table takes them from that platform's own headers.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .model import Kind, Output, register, unique_names
from .platforms import check_platforms
from .pyversions import PyRange, from_fields

REVERSE = ("family", "socktype", "proto")


@dataclass
class ConstantGroup:
    name: str
    doc: str
    header: str
    platform_names: list
    reverse: str | None
    file: str
    loc: object
    constants: list = field(default_factory=list)


@dataclass
class Constant:
    name: str
    doc: str
    group: ConstantGroup
    header: str
    platform_names: list
    c_name: str
    enumerator: bool
    fallback: int | None
    string: str | None
    alias: bool
    loc: object
    fields: object = None
    platforms: list = field(default_factory=list)   # Platform objects
    pyrange: PyRange = PyRange()                    # the CPython versions exporting it

    @property
    def reverse(self) -> str | None:
        return self.group.reverse

    @property
    def reverse_code(self) -> int:
        return 0 if self.group.reverse is None else REVERSE.index(self.group.reverse) + 1

    def on(self, platform: str) -> bool:
        return any(p.name == platform for p in self.platforms)


@dataclass
class PlatformTable:
    platform: object              # Platform
    constants: list               # Constant, sorted by name
    headers: list                 # header paths, in include order

    @property
    def name(self) -> str:
        return self.platform.name


def build(spec, path, doc):
    if not hasattr(spec, "constant_group_list"):
        spec.constant_group_list = []
        spec.constant_files = []
        spec.constant_list = []
    spec.constant_files.append(path)
    g = ConstantGroup(doc["name"], doc["doc"], doc["header"], list(doc["platforms"]),
                      doc.get("reverse"), path, doc.at("name"))
    g.platforms_loc = doc["platforms"]
    spec.constant_group_list.append(g)
    seq = doc["constants"]
    for i, c in enumerate(seq):
        k = Constant(
            name=c["name"], doc=c["doc"], group=g,
            header=c.get("header", g.header),
            platform_names=list(c["platforms"]) if "platforms" in c else list(g.platform_names),
            c_name=c.get("c_name", c["name"]),
            enumerator=bool(c.get("enumerator", False)),
            fallback=c.get("fallback"), string=c.get("string"),
            alias=bool(c.get("alias", False)), loc=seq.at(i), fields=c)
        g.constants.append(k)
        spec.constant_list.append(k)


def resolve(spec):
    if not hasattr(spec, "constant_list"):
        return
    unique_names(spec, spec.constant_group_list, "constant group")
    # Sorted by name (byte order, as strcmp sorts): the generated tables are
    # searched with bsearch.  Duplicates are reported at their own line.
    spec.constants = unique_names(spec, spec.constant_list, "constant")
    for g in spec.constant_group_list:
        # An empty group default is allowed: then every constant must give
        # its own platforms (checked below, at the constant).
        g.platforms = []
        if g.platform_names:
            g.platforms = check_platforms(spec, g.platform_names, g.platforms_loc,
                                          f"constant group '{g.name}'")
    for c in spec.constant_list:
        if "platforms" in c.fields:
            c.platforms = check_platforms(spec, c.platform_names, c.fields["platforms"],
                                          f"constant '{c.name}'")
        elif not c.group.platform_names:
            spec.error(c.fields.key_at("name"),
                       f"constant '{c.name}': no platform has it (no platforms of its own "
                       f"and group '{c.group.name}' defaults to none)")
        else:
            c.platforms = list(c.group.platforms)   # the group reported its own errors
        c.pyrange = from_fields(spec, c.fields, f"constant '{c.name}'")
        if c.string is not None and c.fallback is not None:
            spec.error(c.fields.at("fallback"),
                       f"constant '{c.name}': a string constant has no fallback")
        if c.enumerator and c.fallback is not None:
            spec.error(c.fields.at("fallback"),
                       f"constant '{c.name}': an enumerator exists with its header; "
                       f"a fallback makes no sense")
        if c.enumerator and c.string is not None:
            spec.error(c.fields.at("enumerator"),
                       f"constant '{c.name}': an enumerator cannot be string-valued")
        if c.alias and c.group.reverse is None:
            spec.error(c.fields.at("alias"),
                       f"constant '{c.name}': alias only matters in a group with `reverse`")
    spec.constant_list = sorted(spec.constant_list, key=lambda c: c.name.encode())
    # The constants some CPython versions lack, grouped by range (the
    # binding leaves them out where the interpreter it is built for lacks them).
    ranges = {}
    for c in spec.constant_list:
        if not c.pyrange.always:
            ranges.setdefault(c.pyrange, []).append(c)
    spec.constant_pyranges = sorted(ranges.items(), key=lambda kv: kv[0].c_cond)
    # Per platform: its constants and the headers its table includes (the
    # platform's own list first, then the groups' headers in first-use order).
    spec.constant_platforms = []
    for p in spec.platform_list:
        consts = [c for c in spec.constant_list if c.on(p.name)]
        headers = list(p.headers)
        for c in sorted(consts, key=lambda c: (spec.constant_files.index(c.group.file),
                                                c.group.constants.index(c))):
            if c.header not in headers:
                headers.append(c.header)
        spec.constant_platforms.append(PlatformTable(p, consts, headers))


def outputs(spec):
    if not hasattr(spec, "constant_list"):
        return []
    src = sorted(spec.constant_files) + [spec.platforms_file]
    outs = [
        Output("csock_constants.h.j2", "include/csock/csock_constants.h", src),
        Output("constants_internal.h.j2", "src/constants_internal.h", src),
        Output("constants.c.j2", "src/constants.c", src),
        Output("constants_test.c.j2", "tests/constants_linux.c", src,
               {"table": next((t for t in spec.constant_platforms
                               if t.name == "linux"), None)}),
    ]
    for t in spec.constant_platforms:
        outs.append(Output("constants_table.c.j2", f"src/constants_{t.name}.c", src,
                           {"table": t}))
    return outs


register(Kind(name="constants", pattern="constants/*.yaml", build=build,
              resolve=resolve, outputs=outputs, order=20))
