"""Kind `platforms`: spec/platforms.yaml, the platform model.

  spec.feature_list    Feature: the runtime's optional features
  spec.platform_list   Platform: guard, feature-test macros, the headers of
                       its constant table, its runtime (posix or none), its C
                       libraries (each with the features it offers) and the
                       proofs (how this repository checks it)

Renders generated/src/csock_platform.h: the first header every library
source includes (feature-test macros, then CSOCK_HAVE_<FEATURE> 0/1 for
the platform and C library being compiled).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .model import Kind, Output, register, unique_names

# Checks that need the runtime (a library to link).
RUNTIME_CHECKS = {"library", "examples", "run_examples", "gen_tests",
                  "runtime_tests", "module_tests"}
RUN_CHECKS = {"run_examples", "gen_tests", "runtime_tests", "module_tests"}


@dataclass
class Feature:
    name: str
    doc: str
    loc: object

    @property
    def macro(self) -> str:
        return "CSOCK_HAVE_" + self.name.upper()


@dataclass
class Libc:
    name: str
    doc: str
    guard: str | None
    feature_names: list
    loc: object
    fields: object
    features: list = field(default_factory=list)   # Feature, spec order

    def has(self, feature: str) -> bool:
        return any(f.name == feature for f in self.features)


@dataclass
class Proof:
    name: str
    level: str
    libc: str | None
    arch: str | None
    doc: str
    configure: list
    emulator: str | None
    checks: list
    loc: object
    fields: object
    platform: object = None
    run: dict | None = None         # {target, what}: a ninja target of its own


@dataclass
class Platform:
    name: str
    doc: str
    guard: str
    headers: list
    loc: object
    feature_macros: list = field(default_factory=list)
    runtime: str = "posix"
    libcs: list = field(default_factory=list)
    proofs: list = field(default_factory=list)


def build(spec, path, doc):
    spec.platforms_file = path
    feats = doc["features"]
    spec.feature_list = [Feature(f["name"], f["doc"], feats.at(i)) for i, f in enumerate(feats)]
    spec.platform_list = []
    for i, p in enumerate(doc["platforms"]):
        plat = Platform(p["name"], p["doc"], p["guard"], list(p["headers"]),
                        doc["platforms"].at(i), list(p.get("feature_macros", [])),
                        p["runtime"])
        libcs = p.get("libcs", [])
        for j, lc in enumerate(libcs):
            plat.libcs.append(Libc(lc["name"], lc["doc"], lc.get("guard"),
                                   list(lc["features"]), libcs.at(j), lc))
        proofs = p["proofs"]
        for j, pr in enumerate(proofs):
            plat.proofs.append(Proof(pr["name"], pr["level"], pr.get("libc"), pr.get("arch"),
                                     pr["doc"], list(pr.get("configure", [])),
                                     pr.get("emulator"), list(pr.get("checks", [])),
                                     proofs.at(j), pr, plat,
                                     dict(pr["run"]) if "run" in pr else None))
        plat.fields = p
        spec.platform_list.append(plat)


def resolve(spec):
    spec.platforms = unique_names(spec, spec.platform_list, "platform")
    spec.features = unique_names(spec, spec.feature_list, "runtime feature")
    unique_names(spec, [pr for p in spec.platform_list for pr in p.proofs], "proof")
    for p in spec.platform_list:
        where = p.fields
        if p.runtime == "none" and p.libcs:
            spec.error(where.at("libcs"),
                       f"platform '{p.name}': runtime none has no C library features (libcs)")
        if p.runtime == "posix" and not p.libcs:
            spec.error(where.key_at("runtime"),
                       f"platform '{p.name}': runtime posix needs at least one entry in libcs")
        unique_names(spec, p.libcs, f"C library of platform '{p.name}'")
        for j, lc in enumerate(p.libcs):
            if lc.guard is None and j != len(p.libcs) - 1:
                spec.error(lc.fields.key_at("name"),
                           f"platform '{p.name}': C library '{lc.name}' has no guard, so it "
                           f"must come last (it is taken when no other guard matches)")
            seen = set()
            fl = lc.fields["features"]
            for k, n in enumerate(lc.feature_names):
                if n not in spec.features:
                    known = ", ".join(f.name for f in spec.feature_list)
                    spec.error(fl.at(k), f"C library '{lc.name}': unknown feature '{n}' "
                                         f"(known: {known})")
                elif n in seen:
                    spec.error(fl.at(k), f"C library '{lc.name}': feature '{n}' is listed twice")
                else:
                    seen.add(n)
            lc.features = [f for f in spec.feature_list if f.name in seen]
        libc_names = {lc.name for lc in p.libcs}
        for pr in p.proofs:
            if pr.libc is not None and pr.libc not in libc_names:
                spec.error(pr.fields.at("libc"),
                           f"proof '{pr.name}': platform '{p.name}' has no C library '{pr.libc}'")
            if p.runtime == "none":
                bad = sorted(set(pr.checks) & RUNTIME_CHECKS)
                if bad:
                    spec.error(pr.fields.at("checks"),
                               f"proof '{pr.name}': platform '{p.name}' has no runtime, so "
                               f"{', '.join(bad)} cannot be checked")
            if pr.run and (pr.checks or pr.configure):
                spec.error(pr.fields.at("run"),
                           f"proof '{pr.name}': a ninja target of its own has no build here (configure, checks)")
            if pr.level == "none" and (pr.checks or pr.configure):
                spec.error(pr.fields.key_at("level"),
                           f"proof '{pr.name}': level none has no build (configure, checks)")
            if pr.level == "tested" and pr.checks and not set(pr.checks) & RUN_CHECKS:
                spec.error(pr.fields.key_at("level"),
                           f"proof '{pr.name}': level tested, but no check runs anything")


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


def outputs(spec):
    return [Output("csock_platform.h.j2", "src/csock_platform.h", [spec.platforms_file])]


register(Kind(name="platforms", pattern="platforms.yaml", build=build,
              resolve=resolve, outputs=outputs, order=0))
