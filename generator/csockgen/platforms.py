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


def check_platforms(spec, names, loc, what):
    """Resolve a `platforms:` list; an empty or unknown one is an error."""
    out = []
    if not names:
        spec.error(loc, f"{what}: no platform has it (platforms is empty)")
    for n in names:
        if n not in spec.platforms:
            known = ", ".join(sorted(spec.platforms))
            spec.error(loc, f"{what}: unknown platform '{n}' (known: {known})")
        else:
            out.append(spec.platforms[n])
    return out


register(Kind(name="platforms", pattern="platforms.yaml", build=build,
              resolve=resolve, order=0))
