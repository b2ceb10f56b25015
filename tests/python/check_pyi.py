#!/usr/bin/env python3
"""Check generated/python/_socket.pyi against the real modules.

    check_pyi.py [PYTHON]

The stub's names for this platform (module level, `if sys.platform ...`
blocks evaluated here, and the members of class socket) must
  - include every public name of stock CPython's _socket and _socket.socket
    (dir() without dunders; the interpreter run without PYTHONPATH), and
  - equal the names of our _socket (PYTHONPATH=build/python): nothing
    listed that the module lacks, nothing the module has unlisted.
Prints the differences; exit status 1 if any.
"""
import ast
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PYI = os.path.join(ROOT, "generated", "python", "_socket.pyi")
PROBE = ("import _socket, json; print(json.dumps({"
         "'module': [n for n in dir(_socket) if not n.startswith('__')],"
         "'socket': [n for n in dir(_socket.socket) if not n.startswith('__')],"
         "'file': getattr(_socket, '__file__', 'builtin')}))")


def names_of(python, ours):
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    if ours:
        env["PYTHONPATH"] = os.path.join(ROOT, "build", "python")
    out = subprocess.run([python, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def stub_names(path):
    """(module names, socket class member names) the stub gives this platform."""
    tree = ast.parse(open(path, encoding="utf-8").read(), path)
    module, klass = set(), set()

    def target(node):
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            return node.name
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            return node.target.id
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            return node.targets[0].id
        return None

    def walk(body, into):
        for node in body:
            if isinstance(node, ast.If):
                # only sys.platform tests appear here (generated)
                test = compile(ast.Expression(node.test), path, "eval")
                walk(node.body if eval(test, {"sys": sys}) else node.orelse, into)
                continue
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                continue
            name = target(node)
            if name is None:
                continue
            if not name.startswith("__"):
                into.add(name)
            if isinstance(node, ast.ClassDef) and name == "socket":
                walk(node.body, klass)

    walk(tree.body, module)
    # The stub's own helpers, not module attributes.
    module -= {"ReadableBuffer", "WriteableBuffer", "_Address"}
    return module, klass


def main():
    python = sys.argv[1] if len(sys.argv) > 1 else "/usr/bin/python3"
    mod, cls = stub_names(PYI)
    stock = names_of(python, False)
    ours = names_of(python, True)
    bad = []
    for what, stub, real in (("module", mod, set(stock["module"])),
                             ("socket", cls, set(stock["socket"]))):
        missing = sorted(real - stub)
        if missing:
            bad.append(f"{what}: stock CPython has, the stub lacks: {', '.join(missing)}")
    for what, stub, real in (("module", mod, set(ours["module"])),
                             ("socket", cls, set(ours["socket"]))):
        extra, unlisted = sorted(stub - real), sorted(real - stub)
        if extra:
            bad.append(f"{what}: the stub lists, our _socket lacks: {', '.join(extra)}")
        if unlisted:
            bad.append(f"{what}: our _socket has, the stub lacks: {', '.join(unlisted)}")
    for b in bad:
        print(f"pyi_check: {b}")
    # One check per name: in the stub, in stock CPython and in ours.
    passed = failed = 0
    for stub, a, b in ((mod, stock["module"], ours["module"]),
                       (cls, stock["socket"], ours["socket"])):
        for name in stub | set(a) | set(b):
            if name in stub and name in a and name in b:
                passed += 1
            else:
                failed += 1
    print(f"pyi_check: {os.path.relpath(PYI, ROOT)}: {len(mod)} module names, {len(cls)} socket members "
          f"(stock: {len(stock['module'])}/{len(stock['socket'])}; ours: {len(ours['module'])}/"
          f"{len(ours['socket'])}): {'DIFFERENT' if bad else 'complete'}")
    print(f"pyi_check: {passed} passed, {failed} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
