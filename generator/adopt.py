"""Availability edits for `generator/probe.py --update-spec`.

The spec's availability is data: `platforms:` lists in spec/constants,
spec/families and the platform table spec/platforms.yaml.  This module rewrites those lists in
place (a textual edit at the located position, so comments, order and flow
style stay as they are):

  add_platform      append a platform entry to spec/platforms.yaml (with
                    the runtime features the probe found)
  add_to_constants  give a platform every constant its headers define
  add_to_families   give a platform every address family whose AF_* its
                    headers define

It never removes anything: a constant the spec gives a platform whose
headers lack it is reported by the probe for a person to judge (the header
may just not be installed).
"""
from __future__ import annotations

import os
import re


class Edits:
    """Insertions into files, applied bottom-up so locations stay valid."""

    def __init__(self, root: str):
        self.root = root
        self.by_file: dict[str, list] = {}

    def insert(self, file: str, line: int, col: int, text: str) -> None:
        """Insert text before (line, col), 1-based."""
        self.by_file.setdefault(file, []).append((line, col, text))

    def insert_line(self, file: str, before_line: int, text: str) -> None:
        self.insert(file, before_line, 1, text + "\n")

    def apply(self) -> list:
        changed = []
        for file, items in sorted(self.by_file.items()):
            path = os.path.join(self.root, file)
            with open(path, encoding="utf-8") as f:
                lines = f.read().split("\n")
            for line, col, text in sorted(items, reverse=True):
                s = lines[line - 1]
                lines[line - 1] = s[:col - 1] + text + s[col - 1:]
            new = "\n".join(lines)
            # A multi-line insertion at column 1 split nothing; re-split is
            # not needed for writing.
            with open(path, "w", encoding="utf-8") as f:
                f.write(new)
            changed.append(file)
        return changed


def _line_text(root: str, file: str, line: int) -> str:
    with open(os.path.join(root, file), encoding="utf-8") as f:
        return f.read().split("\n")[line - 1]


def _append_to_flow_list(edits: Edits, root: str, seq, name: str) -> bool:
    """seq is a located flow list `[a, b]`: insert `, name` before `]`."""
    loc = seq.loc
    text = _line_text(root, loc.file, loc.line)
    start = loc.col - 1
    if text[start:start + 1] != "[":
        return False
    end = text.find("]", start)
    if end < 0:
        return False
    edits.insert(loc.file, loc.line, end + 1, (", " if len(seq) else "") + name)
    return True


def add_platform(root: str, spec, name: str, guard: str, headers: list,
                 features: list = ()) -> str:
    """Append a platform to spec/platforms.yaml (its `platforms:` list comes
    last in the file): the POSIX runtime with one C library offering
    `features` (what the probe found), proved by nothing yet.  Returns the
    file."""
    file = spec.platforms_file
    path = os.path.join(root, file)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not text.endswith("\n"):
        text += "\n"
    text += (f"  - name: {name}\n"
             f"    doc: {name} (added by generator/probe.py --update-spec; describe it).\n"
             f"    guard: {guard}\n"
             f"    headers: [{', '.join(headers)}]\n"
             f"    runtime: posix\n"
             f"    libcs:\n"
             f"      - name: {name}\n"
             f"        doc: The C library generator/probe.py found (describe it).\n"
             f"        features: [{', '.join(features)}]\n"
             f"    proofs:\n"
             f"      - name: {name}\n"
             f"        level: none\n"
             f"        doc: Added by generator/probe.py --update-spec (say how it is proved).\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return file


def add_to_constants(root: str, spec, platform: str, names: set) -> tuple[list, list]:
    """Give `platform` to every constant in `names` that lacks it.
    A constant with its own list gets the name appended; constants that use
    their group's default: the default grows when every such constant of the
    group is in `names`, else each gets its own list.  Returns (changed
    files, constant names given the platform)."""
    edits = Edits(root)
    given = []
    todo = [c for c in spec.constant_list if c.name in names and not c.on(platform)]
    by_group: dict = {}
    for c in todo:
        if "platforms" in c.fields:
            if _append_to_flow_list(edits, root, c.fields["platforms"], platform):
                given.append(c.name)
        else:
            by_group.setdefault(c.group.name, []).append(c)
    groups = {g.name: g for g in spec.constant_group_list}
    for gname, consts in sorted(by_group.items()):
        g = groups[gname]
        users = [c for c in g.constants if "platforms" not in c.fields]
        if len(consts) == len(users):
            if _append_to_flow_list(edits, root, g.platforms_loc, platform):
                given.extend(c.name for c in consts)
            continue
        own = ", ".join(list(g.platform_names) + [platform])
        for c in consts:
            m = c.fields
            vloc = m.at("name")
            text = _line_text(root, vloc.file, vloc.line)
            if text[m.loc.col - 1:m.loc.col] == "{":
                # flow mapping: after the name's value
                end = re.match(r"[^,}]*", text[vloc.col - 1:]).end()
                edits.insert(vloc.file, vloc.line, vloc.col + end, f", platforms: [{own}]")
            else:
                kloc = m.key_at("name")
                edits.insert_line(kloc.file, kloc.line + 1,
                                  " " * (kloc.col - 1) + f"platforms: [{own}]")
            given.append(c.name)
    return edits.apply(), sorted(given)


def add_to_families(root: str, spec, platform: str, names: set) -> tuple[list, list]:
    """Give `platform` to every address family whose AF_* constant is in
    `names` (the headers define it) and that lacks it."""
    edits = Edits(root)
    given = []
    for fam in getattr(spec, "family_list", []):
        if fam.name in names and all(p.name != platform for p in fam.platforms):
            if _append_to_flow_list(edits, root, fam.doc_fields["platforms"], platform):
                given.append(fam.name)
    return edits.apply(), given
