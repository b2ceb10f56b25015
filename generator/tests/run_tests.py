#!/usr/bin/env python3
"""The generator's own tests.

  bad/<case>/spec/...   files laid over base/spec; the generator must fail
                        with exactly the lines of bad/<case>/expect on stderr
                        (file:line:col: error: ...), exit 1, no traceback.
  golden/<case>/spec/.. files laid over base/spec; rendering must give
                        exactly golden/<case>/expected/.
  <case>/kinds          optional: the kinds to process (default: platforms,errors,
                        or the base case's)
  <case>/ignore         optional: glob patterns of outputs not compared
  <case>/base           optional: a case (golden/families) whose spec is laid
                        over base/spec before this case's

Run: /usr/bin/python3 -B generator/tests/run_tests.py [-v]
Regenerate goldens on purpose: ... run_tests.py --update-goldens
"""
from __future__ import annotations

import filecmp
import re
import fnmatch
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
RUN = os.path.join(ROOT, "generator", "run.py")
TEMPLATES = os.path.join(ROOT, "templates")
SCHEMA = os.path.join(ROOT, "spec", "schema")
DEFAULT_KINDS = "platforms,errors"

sys.path.insert(0, os.path.join(ROOT, "generator"))
from csockgen import render  # noqa: E402
from csockgen.main import build_spec  # noqa: E402

sys.path.insert(0, HERE)
import refnames  # noqa: E402
import adopt  # noqa: E402  (generator/adopt.py: probe --update-spec's edits)


def _lay_out(case_dir: str, into: str) -> str:
    """base/spec overlaid with case/spec, in a temporary project dir.  A
    case's optional `base` file names another case (golden/families) whose
    spec is laid over base/spec first."""
    shutil.copytree(os.path.join(HERE, "base", "spec"), os.path.join(into, "spec"))
    overlays = []
    base_file = os.path.join(case_dir, "base")
    if os.path.exists(base_file):
        with open(base_file) as f:
            overlays.append(os.path.join(HERE, f.read().strip(), "spec"))
    overlays.append(os.path.join(case_dir, "spec"))
    for overlay in overlays:
        if os.path.isdir(overlay):
            shutil.copytree(overlay, os.path.join(into, "spec"), dirs_exist_ok=True)
    kinds_file = os.path.join(case_dir, "kinds")
    if not os.path.exists(kinds_file) and os.path.exists(base_file):
        with open(base_file) as f:
            kinds_file = os.path.join(HERE, f.read().strip(), "kinds")
    if os.path.exists(kinds_file):
        with open(kinds_file) as f:
            return f.read().strip()
    return DEFAULT_KINDS


def _gen(cwd: str, kinds: str, *extra: str) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-B", RUN, "--schema", SCHEMA, "--templates", TEMPLATES,
           "--kinds", kinds, *extra]
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)


def _cases(sub: str) -> list:
    d = os.path.join(HERE, sub)
    return sorted(c for c in os.listdir(d) if os.path.isdir(os.path.join(d, c)))


class BadSpecs(unittest.TestCase):
    """Every bad spec fails at the exact file:line:col with the message."""


def _make_bad_test(case: str):
    def test(self):
        case_dir = os.path.join(HERE, "bad", case)
        with open(os.path.join(case_dir, "expect")) as f:
            expected = f.read().splitlines()
        with tempfile.TemporaryDirectory() as tmp:
            kinds = _lay_out(case_dir, tmp)
            r = _gen(tmp, kinds, "--out", os.path.join(tmp, "generated"))
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertNotIn("Traceback", r.stderr)
        lines = [l for l in r.stderr.splitlines() if not l.startswith("csockgen:")]
        self.assertEqual(lines, expected)
        for line in lines:
            self.assertRegex(line, r"^spec/[A-Za-z0-9_/.-]+\.yaml:[1-9][0-9]*:[1-9][0-9]*: error: \S")
        self.assertFalse(os.path.exists(os.path.join(tmp, "generated")))
    return test


for _c in _cases("bad"):
    setattr(BadSpecs, f"test_{_c}", _make_bad_test(_c))


class Goldens(unittest.TestCase):
    """Small specs render to exactly the expected files."""
    update = False


def _tree(d: str) -> list:
    out = []
    for dp, _dn, fn in os.walk(d):
        for f in fn:
            out.append(os.path.relpath(os.path.join(dp, f), d))
    return sorted(out)


def _make_golden_test(case: str):
    def test(self):
        case_dir = os.path.join(HERE, "golden", case)
        expected = os.path.join(case_dir, "expected")
        with tempfile.TemporaryDirectory() as tmp:
            kinds = _lay_out(case_dir, tmp)
            out = os.path.join(tmp, "generated")
            r = _gen(tmp, kinds, "--out", out)
            self.assertEqual(r.returncode, 0, r.stderr)
            ignore = []
            if os.path.exists(os.path.join(case_dir, "ignore")):
                with open(os.path.join(case_dir, "ignore")) as f:
                    ignore = [l.strip() for l in f if l.strip() and not l.startswith("#")]
            for pat in ignore:
                for f in _tree(out):
                    if fnmatch.fnmatch(f, pat):
                        os.remove(os.path.join(out, f))
            if Goldens.update:
                shutil.rmtree(expected, ignore_errors=True)
                shutil.copytree(out, expected)
            self.assertEqual(_tree(out), _tree(expected))
            for f in _tree(out):
                with open(os.path.join(out, f)) as a, open(os.path.join(expected, f)) as b:
                    self.assertEqual(a.read(), b.read(), f"generated/{f} differs from golden")
    return test


for _c in _cases("golden"):
    setattr(Goldens, f"test_{_c}", _make_golden_test(_c))


class Behaviour(unittest.TestCase):
    """Determinism, write-only-if-changed, --check, stale files."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        _lay_out(os.path.join(HERE, "golden", "errors"), self.tmp)
        self.out = os.path.join(self.tmp, "generated")

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def gen(self, *extra):
        return _gen(self.tmp, DEFAULT_KINDS, "--out", self.out, *extra)

    def test_deterministic_and_restat_friendly(self):
        self.assertEqual(self.gen().returncode, 0)
        first = {f: os.stat(os.path.join(self.out, f)).st_mtime_ns for f in _tree(self.out)}
        snap = tempfile.mkdtemp()
        try:
            shutil.copytree(self.out, snap, dirs_exist_ok=True)
            time.sleep(0.01)
            r = self.gen()
            self.assertEqual(r.returncode, 0)
            self.assertIn(" 0 rewritten", r.stdout)
            again = {f: os.stat(os.path.join(self.out, f)).st_mtime_ns for f in _tree(self.out)}
            self.assertEqual(first, again)  # untouched files keep their mtime
            cmp = filecmp.dircmp(snap, self.out)
            self.assertEqual(cmp.diff_files, [])
        finally:
            shutil.rmtree(snap)

    def test_check_detects_edit_and_stale(self):
        self.assertEqual(self.gen().returncode, 0)
        self.assertEqual(self.gen("--check").returncode, 0)
        h = os.path.join(self.out, "src", "errors.c")
        with open(h, "a") as f:
            f.write("/* hand edit */\n")
        open(os.path.join(self.out, "src", "old.c"), "w").close()
        r = self.gen("--check")
        self.assertEqual(r.returncode, 1)
        self.assertIn("changed: generated/src/errors.c", r.stderr)
        self.assertIn("stale: generated/src/old.c", r.stderr)
        self.assertEqual(self.gen().returncode, 0)  # repairs and removes stale
        self.assertFalse(os.path.exists(os.path.join(self.out, "src", "old.c")))
        self.assertEqual(self.gen("--check").returncode, 0)

    def test_banner_and_version_lock(self):
        self.assertEqual(self.gen().returncode, 0)
        with open(os.path.join(self.out, "include", "csock", "csock_gen.h")) as f:
            text = f.read()
        self.assertTrue(text.startswith("/* Generated from "))
        self.assertIn("DO NOT EDIT", text.splitlines()[0])
        self.assertIn(f"#define CSOCK_GEN_LOCK {render.GEN_LOCK}", text)
        with open(os.path.join(self.out, "src", "errors.h")) as f:
            self.assertIn(f"#if CSOCK_GEN_LOCK != {render.GEN_LOCK}", f.read())

    def test_missing_spec_dir_is_an_error_not_a_traceback(self):
        shutil.rmtree(os.path.join(self.tmp, "spec"))
        r = self.gen()
        self.assertEqual(r.returncode, 1)
        self.assertNotIn("Traceback", r.stderr)
        self.assertIn("error: no spec file for kind 'platforms'", r.stderr)


class VersionLock(unittest.TestCase):
    """Stale generated code does not compile: with a csock_gen.h of another
    generation, every generated file and the runtime stop with #error."""

    CC = os.environ.get("CC", "cc")

    def compile(self, src: str, gen_include: str) -> subprocess.CompletedProcess:
        cmd = [self.CC, "-std=c11", "-D_GNU_SOURCE", "-fsyntax-only",
               "-I", gen_include, "-I", os.path.join(ROOT, "include"),
               "-I", os.path.join(ROOT, "runtime"), "-I", os.path.join(ROOT, "generated", "src"),
               "-I", os.path.join(ROOT, "tests"), src]
        return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)

    def test_runtime_expects_this_generation(self):
        with open(os.path.join(ROOT, "runtime", "internal.h")) as f:
            self.assertIn(f"#if CSOCK_GEN_LOCK != {render.GEN_LOCK}\n", f.read())

    def test_stale_generated_code_fails_to_compile(self):
        if shutil.which(self.CC) is None:
            self.skipTest("no C compiler")
        gen_inc = os.path.join(ROOT, "generated", "include")
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copytree(gen_inc, os.path.join(tmp, "inc"))
            h = os.path.join(tmp, "inc", "csock", "csock_gen.h")
            with open(h) as f:
                text = f.read()
            line = f"#define CSOCK_GEN_LOCK {render.GEN_LOCK}\n"
            self.assertIn(line, text)
            with open(h, "w") as f:
                f.write(text.replace(line, f"#define CSOCK_GEN_LOCK {render.GEN_LOCK + 1}\n"))
            sources = sorted(
                os.path.join(ROOT, "generated", d, f)
                for d in ("src", "tests")
                for f in os.listdir(os.path.join(ROOT, "generated", d)) if f.endswith(".c"))
            # The handwritten runtime's lock (runtime/internal.h).
            runtime_src = os.path.join(tmp, "runtime_lock.c")
            with open(runtime_src, "w") as f:
                f.write('#include "internal.h"\nint csock_lock_test;\n')
            sources.append(runtime_src)
            self.assertGreater(len(sources), 5)
            for src in sources:
                with self.subTest(src=os.path.relpath(src, ROOT)):
                    good = self.compile(src, gen_inc)
                    self.assertEqual(good.returncode, 0, good.stderr)
                    bad = self.compile(src, os.path.join(tmp, "inc"))
                    self.assertNotEqual(bad.returncode, 0)
                    self.assertIn("run `ninja gen`", bad.stderr)


class HeaderCheck(unittest.TestCase):
    """The public headers against spec/api's prototypes: a declaration that
    differs is an error at the header's line naming the spec's, and a
    function only one side has is an error where it is (an export macro
    in front of a declaration is not part of it)."""

    def run_check(self, edit):
        with tempfile.TemporaryDirectory() as tmp:
            inc = os.path.join(tmp, "csock")
            shutil.copytree(os.path.join(ROOT, "include", "csock"), inc)
            path = os.path.join(inc, "csock.h")
            with open(path) as f:
                text = f.read()
            with open(path, "w") as f:
                f.write(edit(text))
            r = subprocess.run([sys.executable, "-B", RUN, "--validate-only", "--headers", inc],
                               cwd=ROOT, capture_output=True, text=True)
            return r, os.path.relpath(path, ROOT)

    def test_current_headers_match(self):
        r, _ = self.run_check(lambda t: t)
        self.assertEqual(r.returncode, 0, r.stderr)

    def test_export_macro_is_not_part_of_the_prototype(self):
        r, _ = self.run_check(lambda t: t.replace("\nint csock_listen(", "\nCSOCK_API int csock_listen("))
        self.assertEqual(r.returncode, 0, r.stderr)

    def test_mismatch_and_missing(self):
        def edit(t):
            t = t.replace("int csock_listen(csock *s, int backlog,", "int csock_listen(csock *s, long backlog,")
            t = t.replace("void csock_free(csock *s);", "void csock_free(csock *s);\nint csock_extra(void);")
            return t.replace("double csock_gettimeout(const csock *s);", "")
        r, hdr = self.run_check(edit)
        self.assertEqual(r.returncode, 1)
        self.assertNotIn("Traceback", r.stderr)
        lines = [l for l in r.stderr.splitlines() if not l.startswith("csockgen:")]
        self.assertEqual(len(lines), 3, r.stderr)
        self.assertRegex(lines[0], "^" + re.escape(hdr) + r":\d+:1: error: csock_extra is declared here "
                                   r"but no spec/api entry gives its prototype")
        self.assertRegex(lines[1], "^" + re.escape(hdr) + r":\d+:1: error: csock_listen: the header declares "
                                   r"'int csock_listen\(csock \*s, long backlog, csock_error \*err\)' but "
                                   r"spec/api/socket.yaml:\d+:\d+ says 'int csock_listen\(csock \*s, int backlog")
        self.assertRegex(lines[2], r"^spec/api/socket.yaml:\d+:\d+: error: csock_gettimeout is not declared in ")


class NinjaRegen(unittest.TestCase):
    """Regeneration is explicit (`ninja gen`), in a copy of the source tree:
    no edge of the default build runs the generator, however new its inputs
    (generator sources, templates, schemas, spec files, the spec directory)
    are, so building needs no Python; `ninja gen` picks up a change in each
    kind of input, a new spec file included; and the edges of a new
    generated/gen.ninja are part of the very next ninja run."""

    INPUTS = ("generator/run.py", "generator/csockgen/api.py", "templates/addr.c.j2",
              "templates/python/methods.h.j2", "spec/schema/api.schema.yaml",
              "spec/api/socket.yaml", "spec/library.yaml", "spec/constants")

    def setUp(self):
        if shutil.which("ninja") is None:
            self.skipTest("no ninja")
        self.tmp = tempfile.mkdtemp()
        for name in os.listdir(ROOT):
            p = os.path.join(ROOT, name)
            if name in ("build", ".git") or name.startswith(".ninja"):
                continue
            if os.path.isdir(p) and not os.path.islink(p):
                if os.path.islink(os.path.join(p, "build.ninja")):
                    continue  # a configured build directory (./configure)
                shutil.copytree(p, os.path.join(self.tmp, name),
                                ignore=shutil.ignore_patterns("__pycache__"))
            elif os.path.isfile(p):
                shutil.copy2(p, self.tmp)

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def ninja(self, *args, ok=True) -> subprocess.CompletedProcess:
        r = subprocess.run(["ninja", *args], cwd=self.tmp, capture_output=True, text=True)
        if ok:
            self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        return r

    def read(self, rel: str) -> str:
        with open(os.path.join(self.tmp, rel)) as f:
            return f.read()

    def edit(self, rel: str, old: str, new: str) -> None:
        text = self.read(rel)
        self.assertIn(old, text, rel)
        with open(os.path.join(self.tmp, rel), "w") as f:
            f.write(text.replace(old, new, 1))

    def test_plain_build_never_runs_the_generator(self):
        commands = self.ninja("-t", "commands", "all", "install").stdout
        self.assertGreater(len(commands.splitlines()), 50)
        self.assertNotIn("generator/run.py", commands)
        planned = self.ninja("-n", "all").stdout
        for rel in self.INPUTS:
            with self.subTest(rel=rel):
                later = time.time_ns() + 2 * 10**9
                os.utime(os.path.join(self.tmp, rel), ns=(later, later))
                # newer generator inputs make nothing of the build dirty
                self.assertEqual(self.ninja("-n", "all").stdout, planned)

    def test_gen_reads_each_kind_of_input(self):
        # a spec file: the version reaches the shared library's name
        path = os.path.join(self.tmp, "spec", "library.yaml")
        text = self.read("spec/library.yaml")
        self.assertRegex(text, r"(?m)^version: ")
        with open(path, "w") as f:
            f.write(re.sub(r"(?m)^version: .*$", "version: 9.8.7", text))
        # a template and a generator source
        self.edit("templates/addr.c.j2", "#include", "/* regen test: template */\n#include")
        self.edit("generator/csockgen/render.py", "DO NOT EDIT", "DO NOT EDIT (regen test)")
        # a new spec file
        with open(os.path.join(self.tmp, "spec", "constants", "zz_regen.yaml"), "w") as f:
            f.write("name: zz_regen\ndoc: A group added by the regeneration test.\n"
                    "header: sys/socket.h\nplatforms: [linux]\nconstants:\n"
                    "  - {name: SO_REGEN_TEST, fallback: 4242, doc: \"Added by a test.\"}\n")
        self.ninja("gen")
        self.assertIn("\ncsock_version = 9.8.7\n", self.read("generated/version.ninja"))
        link = self.ninja("-t", "commands", "libcsock").stdout
        self.assertIn("-o build/libcsock.so.9.8.7 ", link)
        self.assertIn("-Wl,-soname,libcsock.so.9 ", link)
        self.assertIn("/* regen test: template */", self.read("generated/src/addr.c"))
        self.assertIn("DO NOT EDIT (regen test)", self.read("generated/src/errors.c"))
        self.assertIn("SO_REGEN_TEST", self.read("generated/src/constants_linux.c"))
        # a schema: a stricter one rejects the spec
        self.edit("spec/schema/library.schema.yaml", "required: [doc, version, description]",
                  "required: [doc, version, description, regen_test]")
        r = self.ninja("gen", ok=False)
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("spec/library.yaml:1:1: error: document: missing required key 'regen_test'",
                      r.stdout + r.stderr)

    def test_new_generated_edges_are_loaded_in_the_next_run(self):
        self.assertNotEqual(self.ninja("regen_test_target", ok=False).returncode, 0)
        with open(os.path.join(self.tmp, "templates", "gen.ninja.j2"), "a") as f:
            f.write("build regen_test_target: phony\n")
        self.ninja("gen")
        self.ninja("regen_test_target")


class Adopt(unittest.TestCase):
    """probe --update-spec's availability edits: a platform given to
    constants (own list, group default, or a new own list) and families,
    and a new platform entry; the result validates."""

    def test_edits(self):
        with tempfile.TemporaryDirectory() as tmp:
            _lay_out(os.path.join(HERE, "golden", "families"), tmp)
            shutil.copy(os.path.join(HERE, "golden", "constants", "spec", "constants", "misc.yaml"),
                        os.path.join(tmp, "spec", "constants"))
            cwd = os.getcwd()
            os.chdir(tmp)
            try:
                spec = build_spec("spec", SCHEMA)
                f = adopt.add_platform(tmp, spec, "netbsd", "__NetBSD__", ["sys/socket.h"])
                self.assertEqual(f, "spec/platforms.yaml")
                spec = build_spec("spec", SCHEMA)
                # misc: INADDR_ANY has its own list; CAN_BCM_TX_SETUP and
                # BDADDR_ANY use the default, only one is defined here.
                # families: AF_INET and AF_UNIX use the default and both
                # are defined: the default grows.
                files, given = adopt.add_to_constants(
                    tmp, spec, "netbsd", {"INADDR_ANY", "CAN_BCM_TX_SETUP", "AF_INET", "AF_UNIX"})
                self.assertEqual(given, ["AF_INET", "AF_UNIX", "CAN_BCM_TX_SETUP", "INADDR_ANY"])
                files2, fams = adopt.add_to_families(tmp, spec, "netbsd", {"AF_INET"})
                self.assertEqual(fams, ["AF_INET"])
                spec = build_spec("spec", SCHEMA)
            finally:
                os.chdir(cwd)
            on = {c.name for c in spec.constant_list if c.on("netbsd")}
            self.assertEqual(on, {"INADDR_ANY", "CAN_BCM_TX_SETUP", "AF_INET", "AF_UNIX"})
            self.assertEqual([f.name for f in spec.family_list
                              if any(p.name == "netbsd" for p in f.platforms)], ["AF_INET"])
            with open(os.path.join(tmp, "spec", "constants", "misc.yaml")) as fh:
                misc = fh.read()
            self.assertIn("{name: INADDR_ANY, platforms: [linux, freebsd, netbsd], fallback: 0,", misc)
            self.assertIn("{name: CAN_BCM_TX_SETUP, platforms: [linux, netbsd], c_name:", misc)
            self.assertIn("{name: BDADDR_ANY, string:", misc)
            with open(os.path.join(tmp, "spec", "constants", "families.yaml")) as fh:
                self.assertIn("platforms: [linux, freebsd, netbsd]\n", fh.read())


class Filters(unittest.TestCase):
    def test_c_string(self):
        self.assertEqual(render.c_string('a"b\\c'), '"a\\"b\\\\c"')
        self.assertEqual(render.c_string(b"\x00ab"), '"\\x00""ab"')
        self.assertEqual(render.c_string("\x01z"), '"\\x01z"')
        self.assertEqual(render.c_string("é"), '"\\xc3\\xa9"')

    def test_c_ident(self):
        self.assertEqual(render.c_ident("AF_INET6"), "AF_INET6")
        self.assertEqual(render.c_ident("1x-y"), "_1x_y")

    def test_c_comment(self):
        self.assertNotIn("*/", render.c_comment("a */ b"))


class RealSpec(unittest.TestCase):
    """The project's own spec validates and generated/ is current."""

    def test_deterministic_across_hash_seeds(self):
        """The whole spec renders to the same bytes whatever the hash seed
        and the output directory (no set/dict order or path leaks)."""
        outs = []
        with tempfile.TemporaryDirectory() as tmp:
            for seed in ("1", "2"):
                out = os.path.join(tmp, "out" + seed)
                env = dict(os.environ, PYTHONHASHSEED=seed)
                r = subprocess.run([sys.executable, "-B", RUN, "--out", out], cwd=ROOT,
                                   capture_output=True, text=True, env=env)
                self.assertEqual(r.returncode, 0, r.stderr)
                outs.append(out)
            self.assertEqual(_tree(outs[0]), _tree(outs[1]))
            self.assertGreater(len(_tree(outs[0])), 10)
            for f in _tree(outs[0]):
                self.assertTrue(filecmp.cmp(os.path.join(outs[0], f), os.path.join(outs[1], f),
                                            shallow=False), f)

    def test_depfile_names_generator_sources_and_spec_dirs(self):
        with tempfile.TemporaryDirectory() as tmp:
            dep = os.path.join(tmp, "gen.d")
            r = subprocess.run([sys.executable, "-B", RUN, "--out", os.path.join(tmp, "out"),
                                "--depfile", dep], cwd=ROOT, capture_output=True, text=True)
            self.assertEqual(r.returncode, 0, r.stderr)
            with open(dep) as f:
                deps = set(f.read().replace("\\\n", " ").split()[1:])
        for want in ("generator/run.py", "generator/csockgen/main.py", "generator/csockgen/api.py",
                     "templates/api_tests.c.j2", "spec/schema/api.schema.yaml", "include/csock/csock.h",
                     "spec/api/socket.yaml", "spec", "spec/families", "templates"):
            self.assertIn(want, deps)

    def test_generated_is_current(self):
        r = subprocess.run([sys.executable, "-B", RUN, "--check"], cwd=ROOT,
                           capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)


class ReferenceNames(unittest.TestCase):
    """Every callable of the reference document has a spec/api entry
    (refnames.py extracts them; refnames.ALLOWED_MISSING lists, with a
    reason each, the ones deliberately left out)."""

    def test_extract(self):
        text = ("Functions\n---------\n\nsocket.AF_X\nsocket.foo(a[, b])\n   text\n"
                "socket.SocketType\n\nSocket Objects\n==============\n\n"
                "socket.bar()\nsocket.sendto(x, y)\nsocket.sendto(x, f, y)\n"
                "socket.family\n\nNotes\n=====\n\n   socket.baz()\nsocket.qux()\n")
        self.assertEqual(refnames.extract(text),
                         [("module", "foo"), ("socket", "bar"), ("socket", "sendto")])

    def test_committed_list_is_the_documents(self):
        path = refnames.reference_path()
        if not os.path.exists(path):
            self.skipTest(f"{path} not here; the committed list is checked alone")
        with open(path, encoding="utf-8") as f:
            self.assertEqual(refnames.extract(f.read()), refnames.read_list(),
                             "run: python3 -B generator/tests/refnames.py > "
                             "generator/tests/data/reference_callables.txt")

    def test_every_callable_has_an_entry(self):
        pairs = refnames.read_list()
        self.assertGreater(len(pairs), 50)
        spec = build_spec(os.path.join(ROOT, "spec"), SCHEMA)
        lacking = refnames.missing(spec, pairs)
        self.assertEqual(lacking, [], "reference callables without a spec/api entry")
        # The allow-list holds only names the document has and the spec lacks.
        have = {(f.scope, e.name) for f in spec.api.values() for e in f.all_entries}
        for pair, reason in refnames.ALLOWED_MISSING.items():
            self.assertIn(pair, pairs, f"allow-listed {pair} is not in the document")
            self.assertNotIn(pair, have, f"allow-listed {pair} has an entry now")
            self.assertTrue(reason)

    def test_a_missing_entry_is_reported(self):
        spec = build_spec(os.path.join(ROOT, "spec"), SCHEMA)
        self.assertEqual(refnames.missing(spec, [("module", "no_such_function"),
                                                 ("socket", "recv")]),
                         [("module", "no_such_function")])



class PlatformsLine(unittest.TestCase):
    """The reference's "Platforms" line of a call names only platforms with
    a runtime (a platform of runtime none has no call at all)."""

    def test_no_call_on_a_platform_without_runtime(self):
        from csockgen import docs
        spec = build_spec(os.path.join(ROOT, "spec"), SCHEMA)
        bare = {p.name for p in spec.platform_list if p.runtime == "none"}
        entries = [e for f in spec.api.values() for e in f.all_entries]
        self.assertGreater(len(entries), 50)
        for e in entries:
            with self.subTest(entry=f"{e.scope}.{e.name}"):
                listed = docs.entry_platforms_text(e).split(" (not ")[0].split(", ")
                self.assertFalse(bare & set(listed), listed)
                self.assertEqual(listed, [p.name for p in e.platforms if p.name not in bare]
                                 or ["none"])
        if bare:
            e = next(e for e in entries if not e.fields.get("platforms"))
            self.assertIn("no csock runtime there yet", docs.entry_platforms_text(e))


if __name__ == "__main__":
    if "--update-goldens" in sys.argv:
        sys.argv.remove("--update-goldens")
        Goldens.update = True
    unittest.main(verbosity=1)
