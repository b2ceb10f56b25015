"""Kind `platforms`: spec/platforms.yaml, the platforms availability refers to."""
from __future__ import annotations

from dataclasses import dataclass

from .model import Kind, register, unique_names


@dataclass
class Platform:
    name: str
    doc: str
    guard: str
    headers: list
    loc: object


def build(spec, path, doc):
    spec.platforms_file = path
    spec.platform_list = [
        Platform(p["name"], p["doc"], p["guard"], list(p["headers"]), doc["platforms"].at(i))
        for i, p in enumerate(doc["platforms"])
    ]


def resolve(spec):
    spec.platforms = unique_names(spec, spec.platform_list, "platform")


def check_platforms(spec, names, where, what):
    """Resolve a `platforms:` list; an empty one, an unknown or a repeated
    name is an error.  `where` is the located list (a Seq: each name is
    reported at its own position) or a Loc."""
    out = []
    loc = getattr(where, "loc", where)
    if not names:
        spec.error(loc, f"{what}: no platform has it (platforms is empty)")
    for i, n in enumerate(names):
        at = where.at(i) if hasattr(where, "item_loc") else loc
        if n not in spec.platforms:
            known = ", ".join(sorted(spec.platforms))
            spec.error(at, f"{what}: unknown platform '{n}' (known: {known})")
        elif spec.platforms[n] in out:
            spec.error(at, f"{what}: platform '{n}' is listed twice")
        else:
            out.append(spec.platforms[n])
    return out


register(Kind(name="platforms", pattern="platforms.yaml", build=build,
              resolve=resolve, order=0))
