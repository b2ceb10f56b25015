"""YAML loading that remembers where every value came from.

Mappings become `Map` (a dict with .loc and .key_loc/.val_loc per key),
sequences become `Seq` (a list with .loc and .item_loc per index); scalars
are plain Python values, located through their parent.  Duplicate keys are
an error (PyYAML silently keeps the last one).
"""
from __future__ import annotations

import yaml

from .diag import GenError, Loc


class Map(dict):
    loc: Loc
    key_loc: dict
    val_loc: dict

    def at(self, key) -> Loc:
        """Location of the value of `key` (or of the mapping if absent)."""
        return self.val_loc.get(key, self.loc)

    def key_at(self, key) -> Loc:
        return self.key_loc.get(key, self.loc)


class Seq(list):
    loc: Loc
    item_loc: list

    def at(self, i: int) -> Loc:
        return self.item_loc[i] if 0 <= i < len(self.item_loc) else self.loc


def _loc(path: str, node) -> Loc:
    m = node.start_mark
    return Loc(path, m.line + 1, m.column + 1)


class _Loader(yaml.SafeLoader):
    """SafeLoader without timestamp/date magic: values stay strings."""


# Keep YAML 1.1 oddities out: 'on'/'off'/'yes'/'no' stay strings, dates stay strings.
for _first, _resolvers in list(_Loader.yaml_implicit_resolvers.items()):
    _Loader.yaml_implicit_resolvers[_first] = [
        (tag, rx) for tag, rx in _resolvers
        if tag not in ("tag:yaml.org,2002:timestamp",)
    ]
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    __import__("re").compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)
for _first in list("yYnNoO"):
    _Loader.yaml_implicit_resolvers[_first] = [
        (tag, rx) for tag, rx in _Loader.yaml_implicit_resolvers.get(_first, [])
        if tag != "tag:yaml.org,2002:bool"
    ]


def _convert(path: str, node, loader: _Loader):
    if isinstance(node, yaml.MappingNode):
        out = Map()
        out.loc = _loc(path, node)
        out.key_loc = {}
        out.val_loc = {}
        for knode, vnode in node.value:
            if not isinstance(knode, yaml.ScalarNode):
                raise GenError(_loc(path, knode), "mapping keys must be plain scalars")
            key = loader.construct_object(knode, deep=True)
            if isinstance(key, (list, dict)) or key is None:
                raise GenError(_loc(path, knode), "mapping keys must be plain scalars")
            if key in out:
                first = out.key_loc[key]
                raise GenError(_loc(path, knode),
                               f"duplicate key '{key}' (first defined at line {first.line})")
            out.key_loc[key] = _loc(path, knode)
            out.val_loc[key] = _loc(path, vnode)
            out[key] = _convert(path, vnode, loader)
        return out
    if isinstance(node, yaml.SequenceNode):
        out = Seq()
        out.loc = _loc(path, node)
        out.item_loc = []
        for item in node.value:
            out.item_loc.append(_loc(path, item))
            out.append(_convert(path, item, loader))
        return out
    return loader.construct_object(node, deep=True)


def load_yaml(path: str, text: str | None = None, display: str | None = None):
    """Load one YAML document from `path` with locations named `display`."""
    if text is None:
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError as e:
            raise GenError(Loc(path, 1, 1), f"cannot read: {e.strerror}") from None
        except UnicodeDecodeError as e:
            raise GenError(Loc(path, 1, 1), f"not UTF-8: {e.reason}") from None
    path = display or path
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise GenError(Loc(path, 1, 1), "empty document")
        return _convert(path, node, loader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else 1
        col = mark.column + 1 if mark else 1
        what = e.problem or e.context or "invalid YAML"
        raise GenError(Loc(path, line, col), f"YAML syntax: {what}") from None
    except yaml.YAMLError as e:
        raise GenError(Loc(path, 1, 1), f"YAML syntax: {e}") from None
    finally:
        loader.dispose()
