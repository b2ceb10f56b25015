#!/usr/bin/env python3
"""Check our _socket against stock CPython's, and _socket.pyi against both.

    check_pyi.py [--name NAME] [PYTHON]

For the interpreter PYTHON (default /usr/bin/python3; its version decides
which names the module should have):
  - dir(_socket) and dir(_socket.socket) of ours (PYTHONPATH=build/python)
    equal stock's (the interpreter run without PYTHONPATH), dunders
    included (__module__ of a heap type), but for the module's __file__,
    which only a builtin stock _socket lacks;
  - every int or str constant of ours has stock's value;
  - the stub's names for this platform and version (module level, its
    `if sys.platform ... / sys.version_info ...` blocks evaluated here, and
    the members of class socket) include every public name of stock's
    _socket and _socket.socket and equal ours.
Prints the differences, then `NAME: N passed, N failed`; exit status 1 if any.
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
         "'module_all': dir(_socket), 'socket_all': dir(_socket.socket),"
         "'values': {n: getattr(_socket, n) for n in dir(_socket)"
         " if n.isupper() and isinstance(getattr(_socket, n), (int, str))},"
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
                # only sys.platform and sys.version_info tests appear here
                # (generated)
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


def stub_names_for(python):
    """stub_names(PYI) as PYTHON sees it (its sys.version_info, its platform)."""
    if os.path.realpath(python) == os.path.realpath(sys.executable):
        return stub_names(PYI)
    code = ("import json, sys; sys.path.insert(0, sys.argv[1]); import check_pyi; "
            "m, c = check_pyi.stub_names(check_pyi.PYI); print(json.dumps([sorted(m), sorted(c)]))")
    out = subprocess.run([python, "-c", code, os.path.dirname(os.path.abspath(__file__))],
                         capture_output=True, text=True, check=True)
    m, c = json.loads(out.stdout)
    return set(m), set(c)


def main():
    args = sys.argv[1:]
    label = "pyi_check"
    if len(args) >= 2 and args[0] == "--name":
        label, args = args[1], args[2:]
    python = args[0] if args else "/usr/bin/python3"
    mod, cls = stub_names_for(python)
    stock = names_of(python, False)
    ours = names_of(python, True)
    bad = []
    # ours against stock: every name, dunders too, and the constants' values
    dir_checks = 0
    for what in ("module_all", "socket_all"):
        a, b = set(stock[what]), set(ours[what])
        if what == "module_all" and stock["file"] == "builtin":
            b.discard("__file__")
        dir_checks += len(a | b)
        if a - b:
            bad.append(f"dir(): stock has, ours lacks ({what}): {', '.join(sorted(a - b))}")
        if b - a:
            bad.append(f"dir(): ours has, stock lacks ({what}): {', '.join(sorted(b - a))}")
    value_bad = sorted(n for n in stock["values"].keys() & ours["values"].keys()
                       if stock["values"][n] != ours["values"][n])
    for n in value_bad:
        bad.append(f"value of {n}: stock {stock['values'][n]!r}, ours {ours['values'][n]!r}")
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
        print(f"{label}: {b}")
    # One check per name: in the stub, in stock CPython and in ours.
    passed = failed = 0
    for stub, a, b in ((mod, stock["module"], ours["module"]),
                       (cls, stock["socket"], ours["socket"])):
        for name in stub | set(a) | set(b):
            if name in stub and name in a and name in b:
                passed += 1
            else:
                failed += 1
    nvalues = len(stock["values"].keys() & ours["values"].keys())
    passed += nvalues - len(value_bad)
    failed += len(value_bad)
    print(f"{label}: {os.path.relpath(PYI, ROOT)}: {len(mod)} module names, {len(cls)} socket members "
          f"(stock: {len(stock['module'])}/{len(stock['socket'])}; ours: {len(ours['module'])}/"
          f"{len(ours['socket'])}); dir() with dunders: {dir_checks} names; {nvalues} values "
          f"compared: {'DIFFERENT' if bad else 'complete'}")
    print(f"{label}: {passed} passed, {failed} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
