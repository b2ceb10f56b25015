"""csockgen: renders csock's declarative spec (spec/*.yaml) into generated/.

Pipeline: load (YAML with positions) -> validate (JSON Schema per kind) ->
build a typed model (dataclasses) -> resolve (one pass: cross-references and
semantic checks) -> render templates/ with Jinja2 (StrictUndefined).
"""
