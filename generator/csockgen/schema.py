"""JSON Schema validation of a located YAML document.

Each kind of spec file has `spec/schema/<kind>.schema.yaml` (a JSON Schema,
draft 2020-12, written in YAML).  Every violation is mapped back to the
file:line:col of the offending value; for an unknown key, to the key itself.
"""
from __future__ import annotations

import jsonschema

from .diag import ErrorList, GenError, Loc
from .loader import Map, Seq, load_yaml

_TYPE_NAMES = {
    "object": "a mapping", "array": "a list", "string": "a string",
    "integer": "an integer", "number": "a number", "boolean": "true or false",
    "null": "null",
}


def _describe(value) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if value is None:
        return "null"
    return type(value).__name__


def _locate(doc, path) -> tuple[Loc, object]:
    """Walk `path` (keys/indices) down `doc`; return the deepest location."""
    node = doc
    loc = doc.loc
    for step in path:
        if isinstance(node, Map) and step in node:
            loc = node.at(step)
            node = node[step]
        elif isinstance(node, Seq) and isinstance(step, int) and step < len(node):
            loc = node.at(step)
            node = node[step]
        else:
            break
    return loc, node


def _field(path) -> str:
    parts = []
    for p in path:
        if isinstance(p, int):
            parts.append(f"[{p}]")
        else:
            parts.append(("." if parts else "") + str(p))
    return "".join(parts) or "document"


def _message(err: jsonschema.ValidationError, node) -> str:
    v = err.validator
    where = _field(err.absolute_path)
    if v == "type":
        want = err.validator_value
        want = [want] if isinstance(want, str) else want
        names = " or ".join(_TYPE_NAMES.get(w, w) for w in want)
        return f"{where}: expected {names}, got {_describe(err.instance)}"
    if v == "required":
        missing = [k for k in err.validator_value if k not in err.instance]
        return f"{where}: missing required key '{missing[0]}'"
    if v == "enum":
        opts = ", ".join(repr(o) for o in err.validator_value)
        return f"{where}: {err.instance!r} is not one of {opts}"
    if v == "const":
        return f"{where}: must be {err.validator_value!r}"
    if v == "pattern":
        return f"{where}: {err.instance!r} does not match {err.validator_value!r}"
    if v in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        return f"{where}: {err.message}"
    if v in ("minItems", "maxItems", "minLength", "maxLength", "minProperties"):
        return f"{where}: {err.message}"
    if v == "uniqueItems":
        return f"{where}: items must be unique"
    return f"{where}: {err.message}"


def _unknown_keys(err, node) -> list[tuple[Loc, str]]:
    props = err.schema.get("properties", {})
    patterns = err.schema.get("patternProperties", {})
    import re
    out = []
    if isinstance(node, Map):
        for k in node:
            if k in props or any(re.search(p, str(k)) for p in patterns):
                continue
            out.append((node.key_at(k), f"unknown key '{k}'" + _hint(k, props)))
    return out


def _hint(key, props) -> str:
    import difflib
    close = difflib.get_close_matches(str(key), list(props), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


class SchemaSet:
    """Loads and caches the schemas of spec/schema/."""

    def __init__(self, schema_dir: str):
        self.dir = schema_dir
        self._cache: dict[str, jsonschema.protocols.Validator] = {}

    def validator(self, kind: str):
        if kind not in self._cache:
            path = f"{self.dir}/{kind}.schema.yaml"
            schema = load_yaml(path)
            cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
            try:
                cls.check_schema(schema)
            except jsonschema.SchemaError as e:
                loc, _ = _locate(schema, list(e.absolute_path))
                raise GenError(loc, f"invalid schema: {e.message}") from None
            self._cache[kind] = cls(schema)
        return self._cache[kind]

    def validate(self, kind: str, doc) -> None:
        """Raise ErrorList with every violation, each at its location."""
        errors: list[GenError] = []
        seen = set()
        v = self.validator(kind)

        def leaves(err):
            # For oneOf/anyOf report the most specific branch's errors.
            if err.context:
                best = jsonschema.exceptions.best_match(err.context)
                yield from leaves(best)
            else:
                yield err

        for top in v.iter_errors(doc):
            for err in leaves(top):
                loc, node = _locate(doc, list(err.absolute_path))
                if err.validator in ("additionalProperties", "unevaluatedProperties"):
                    items = _unknown_keys(err, node) or [(loc, _message(err, node))]
                else:
                    items = [(loc, _message(err, node))]
                for l, m in items:
                    if (l, m) not in seen:
                        seen.add((l, m))
                        errors.append(GenError(l, m))
        if errors:
            errors.sort(key=lambda e: (e.loc.line, e.loc.col, e.msg))
            raise ErrorList(errors)
