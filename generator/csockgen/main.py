"""Command line: `python3 -B generator/run.py [options]`.

  (no option)      validate spec/, render templates/ into generated/
  --check          render in memory; list files that differ, exit 1 if any
  --validate-only  stop after validation and resolve
  --spec/--templates/--out/--root  directories (defaults: spec, templates, generated)
  --depfile F      write a Makefile-style depfile of every input read

Exit status: 0 ok, 1 spec errors (printed as file:line:col: error: ...),
2 usage errors, 3 internal error.
"""
from __future__ import annotations

import argparse
import glob
import importlib
import importlib.util
import os
import sys

from . import docs, headers
from .diag import ErrorList, GenError, Loc
from .loader import load_yaml
from .model import KINDS, Spec
from .render import banner, lock, make_env, write_if_changed
from .schema import SchemaSet

KIND_MODULES = ["platforms", "library", "errors", "constants", "families", "api"]


def load_kinds() -> None:
    for name in KIND_MODULES:
        mod = f"{__package__}.{name}"
        if importlib.util.find_spec(mod) is not None:
            importlib.import_module(mod)


def build_spec(spec_dir: str, schema_dir: str, display_root: str = "",
               only_kinds=None) -> Spec:
    """Load, validate, build and resolve every spec file under spec_dir.
    `only_kinds` (a set of kind names) restricts the run, for small test specs."""
    load_kinds()
    if only_kinds:
        unknown = set(only_kinds) - set(KINDS)
        if unknown:
            raise GenError(None, f"unknown kind(s): {', '.join(sorted(unknown))}")
    spec = Spec(spec_dir)
    schemas = SchemaSet(schema_dir)
    errors: list[GenError] = []

    def rel(p: str) -> str:
        r = os.path.relpath(p, display_root or os.getcwd())
        return r

    docs = []
    for kind in _selected(only_kinds):
        paths = sorted(glob.glob(os.path.join(spec_dir, kind.pattern)))
        if not paths and kind.required:
            errors.append(GenError(Loc(rel(os.path.join(spec_dir, kind.pattern)), 1, 1),
                                   f"no spec file for kind '{kind.name}'"))
        for p in paths:
            name = rel(p)
            spec.files.append(name)
            try:
                doc = load_yaml(p, display=name)
                schema_name = kind.name
                schemas.validate(schema_name, doc)
                docs.append((kind, name, doc))
            except GenError as e:
                errors.append(e)
            except ErrorList as el:
                errors.extend(el.errors)
    if errors:
        raise ErrorList(errors)
    for kind, name, doc in docs:
        kind.build(spec, name, doc)
    spec.check()
    for kind in _selected(only_kinds):
        if kind.resolve:
            kind.resolve(spec)
        spec.check()
    return spec


def _selected(only_kinds=None) -> list:
    return [k for k in sorted(KINDS.values(), key=lambda k: (k.order, k.name))
            if not only_kinds or k.name in only_kinds]


def outputs(spec: Spec, only_kinds=None, root="generated") -> list:
    outs = []
    for kind in _selected(only_kinds):
        if kind.outputs:
            outs.extend(kind.outputs(spec))
    outs.extend(docs.outputs(spec))
    outs = [o for o in outs if o.root == root]
    seen = {}
    for o in outs:
        if o.path in seen:
            raise GenError(None, f"two outputs write generated/{o.path}")
        seen[o.path] = o
    return sorted(outs, key=lambda o: o.path)


def render_all(spec: Spec, template_dir: str, only_kinds=None, root="generated") -> dict:
    env = make_env(template_dir)
    result = {}
    outs = outputs(spec, only_kinds, root)
    for o in outs:
        try:
            tmpl = env.get_template(o.template)
        except Exception as e:  # jinja2.TemplateNotFound / TemplateSyntaxError
            lineno = getattr(e, "lineno", None) or 1
            raise GenError(Loc(os.path.join(template_dir, o.template), lineno, 1),
                           f"template: {type(e).__name__}: {e}") from None
        body = tmpl.render(spec=spec, output=o, all_outputs=outs, **o.context)
        target = "docs" if o.root == "docs" else "gen"
        result[o.path] = banner(o.path, o.sources, o.template, target) + lock(o.path) + body
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="csockgen", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", default=".", help="project root (default: .)")
    ap.add_argument("--spec", default=None)
    ap.add_argument("--schema", default=None)
    ap.add_argument("--templates", default=None)
    ap.add_argument("--out", default=None)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--validate-only", action="store_true")
    ap.add_argument("--depfile", default=None)
    ap.add_argument("--stamp", default=None, help="touch this file on success")
    ap.add_argument("--kinds", default=None,
                    help="comma-separated kinds to process (tests use small specs)")
    ap.add_argument("--docs", action="store_true",
                    help="render the API reference (templates/docs) into docs/reference "
                         "(or --out) instead of generated/")
    ap.add_argument("--headers", default=None,
                    help="the public headers checked against spec/api "
                         "(default: include/csock under --root, when there)")
    args = ap.parse_args(argv)
    root = args.root
    spec_dir = args.spec or os.path.join(root, "spec")
    schema_dir = args.schema or os.path.join(spec_dir, "schema")
    template_dir = args.templates or os.path.join(root, "templates")
    out_dir = args.out or os.path.join(root, *(("docs", "reference") if args.docs else ("generated",)))
    out_root = "docs" if args.docs else "generated"
    only = set(args.kinds.split(",")) if args.kinds else None
    headers_dir = args.headers or os.path.join(root, "include", "csock")
    try:
        spec = build_spec(spec_dir, schema_dir, display_root=os.getcwd(), only_kinds=only)
        if getattr(spec, "c_functions", None) and os.path.isdir(headers_dir) and \
                (args.headers or only is None):
            headers.check(spec, headers_dir)
            spec.check()
        if args.validate_only:
            return 0
        rendered = render_all(spec, template_dir, only, out_root)
    except ErrorList as el:
        for e in el.errors:
            print(e, file=sys.stderr)
        print(f"csockgen: {len(el.errors)} error(s)", file=sys.stderr)
        return 1
    except GenError as e:
        print(e, file=sys.stderr)
        return 1

    # Files under out_dir that no output claims are stale.
    existing = set()
    for dirpath, _dirs, files in os.walk(out_dir):
        for f in files:
            existing.add(os.path.relpath(os.path.join(dirpath, f), out_dir))
    stale = sorted(existing - set(rendered))

    if args.check:
        shown = os.path.relpath(out_dir) if args.docs else "generated"
        bad = []
        for path, content in rendered.items():
            full = os.path.join(out_dir, path)
            try:
                with open(full, encoding="utf-8") as f:
                    if f.read() != content:
                        bad.append(f"changed: {shown}/{path}")
            except FileNotFoundError:
                bad.append(f"missing: {shown}/{path}")
        bad += [f"stale: {shown}/{p}" for p in stale]
        for b in bad:
            print(b, file=sys.stderr)
        if bad:
            print(f"csockgen: {shown}/ is not current; run `ninja {'docs' if args.docs else 'gen'}` "
                  f"and commit", file=sys.stderr)
            return 1
        return 0

    written = 0
    for path, content in rendered.items():
        if write_if_changed(os.path.join(out_dir, path), content):
            written += 1
    for p in stale:
        os.remove(os.path.join(out_dir, p))
    if args.depfile or args.stamp:
        inputs = sorted(set(spec.files) | _tool_inputs(spec_dir, template_dir, schema_dir)
                        | {os.path.relpath(h) for h in headers.header_files(headers_dir)})
        if args.stamp:
            os.makedirs(os.path.dirname(args.stamp) or ".", exist_ok=True)
            with open(args.stamp, "w") as f:
                f.write("")
        if args.depfile:
            os.makedirs(os.path.dirname(args.depfile) or ".", exist_ok=True)
            target = args.stamp or "generated"
            with open(args.depfile, "w") as f:
                f.write(target + ": " + " \\\n  ".join(i.replace(" ", "\\ ") for i in inputs) + "\n")
    print(f"csockgen: {len(rendered)} files, {written} rewritten, {len(stale)} stale removed")
    if getattr(spec, "api_table_entries", None) and not args.docs:
        custom = spec.api_custom
        print(f"csockgen: Python binding: {len(spec.api_table_entries)} functions, "
              f"{len(spec.api_table_entries) - len(custom)} bodies generated, {len(custom)} custom "
              f"({', '.join(e.scope + '.' + e.name for e in custom)})")
    return 0


def _tool_inputs(spec_dir: str, template_dir: str, schema_dir: str) -> set:
    """What else the output depends on: templates, schemas, the generator's
    own sources (generator/run.py and csockgen/*.py), and the directories
    of spec/ and templates/ themselves (a directory's mtime changes when a
    file is added or removed, so a new spec file regenerates too)."""
    here = os.path.dirname(os.path.abspath(__file__))
    files = set()
    for d, pat in ((template_dir, "**/*"), (schema_dir, "*.yaml")):
        for p in glob.glob(os.path.join(d, pat), recursive=True):
            if os.path.isfile(p):
                files.add(os.path.relpath(p))
    for p in glob.glob(os.path.join(here, "*.py")) + [os.path.join(os.path.dirname(here), "run.py")]:
        files.add(os.path.relpath(p))
    for top in (spec_dir, template_dir):
        for dirpath, _dirs, _files in os.walk(top):
            if "__pycache__" not in dirpath:
                files.add(os.path.relpath(dirpath))
    return files


def run() -> None:
    try:
        code = main()
    except KeyboardInterrupt:
        code = 130
    except Exception as e:  # an internal bug, never a spec problem
        if os.environ.get("CSOCK_GEN_DEBUG"):
            raise
        print(f"csockgen: internal error: {type(e).__name__}: {e} "
              f"(set CSOCK_GEN_DEBUG=1 for a traceback)", file=sys.stderr)
        code = 3
    sys.exit(code)
