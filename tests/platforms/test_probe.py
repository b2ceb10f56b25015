#!/usr/bin/env python3
"""generator/probe.py for a platform the spec does not know, in a copy of
the repository: a pretend platform (gcc with __linux__ undefined and
__pretend__ defined) is added with --update-spec --new-platform, and the
report must compare *its* new table, built by that compiler; a run that
fails half-way must leave spec/ and generated/ as they were.

    /usr/bin/python3 -B tests/platforms/test_probe.py [-v]
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PRETEND_CC = "gcc -U__linux__ -U__gnu_linux__ -U__linux -Ulinux -D__pretend__"


def tree_digest(root):
    out = {}
    for top in ("spec", "generated"):
        for d, _dirs, files in os.walk(os.path.join(root, top)):
            for f in files:
                p = os.path.join(d, f)
                with open(p, "rb") as fh:
                    out[os.path.relpath(p, root)] = hashlib.sha256(fh.read()).hexdigest()
    return out


class PretendPlatform(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="csock-probe-test-")
        for d in ("generator", "spec", "templates", "include", "generated"):
            shutil.copytree(os.path.join(ROOT, d), os.path.join(cls.tmp, d),
                            ignore=shutil.ignore_patterns("__pycache__"))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def probe(self, *args):
        return subprocess.run([sys.executable, "-B", os.path.join(self.tmp, "generator", "probe.py"),
                               *args], cwd=self.tmp, capture_output=True, text=True)

    def test_1_new_platform_report(self):
        r = self.probe("--update-spec", "--new-platform", "pretend:__pretend__", "--cc", PRETEND_CC)
        out = r.stdout + r.stderr
        self.assertEqual(r.returncode, 0, out)
        self.assertIn("probe: added platform pretend (__pretend__) to spec/platforms.yaml", out)
        # the report is about the new platform, its own table and C library
        self.assertIn("csock probe: platform pretend (__pretend__), C library pretend", out)
        self.assertIn("constants the spec gives pretend (values compared)", out)
        m = re.search(r"^probe summary: pretend/pretend: (\d+) in spec, (\d+) match, (\d+) differ, "
                      r"(\d+) stale, (\d+) missing from headers, (\d+) by fallback;.*"
                      r"features: (\d+) agree, (\d+) differ, (\d+) unused$", out, re.M)
        self.assertIsNotNone(m, out)
        n, match, differ, stale, missing, fallback, agree, fdiffer, unused = map(int, m.groups())
        self.assertGreater(n, 300, "glibc's headers define most of the spec's constants")
        self.assertEqual((differ, stale), (0, 0), out)
        self.assertEqual(match + missing + fallback, n)
        self.assertGreater(match, 300)
        # what the probe found is what it wrote: every feature agrees
        self.assertEqual((fdiffer, unused), (0, 0), out)
        self.assertGreater(agree, 10)
        with open(os.path.join(self.tmp, "spec", "platforms.yaml")) as f:
            plat = f.read()
        self.assertIn("  - name: pretend\n", plat)
        self.assertIn("    guard: __pretend__\n", plat)
        self.assertRegex(plat, r"features: \[accept4, sock_cloexec, [a-z_, 0-9]*\]")
        self.assertTrue(os.path.exists(os.path.join(self.tmp, "generated", "src",
                                                    "constants_pretend.c")))
        with open(os.path.join(self.tmp, "generated", "src", "csock_platform.h")) as f:
            self.assertIn('#elif defined(__pretend__)\n/* pretend, pretend:', f.read())
        # the report alone, again: nothing to add, the same numbers
        r2 = self.probe("--cc", PRETEND_CC)
        self.assertEqual(r2.returncode, 0, r2.stderr)
        self.assertIn(m.group(0), r2.stdout)

    def test_2_failed_run_leaves_the_spec_untouched(self):
        # A compiler that defines its platform's macro and preprocesses,
        # but links nothing: the probe adds the platform, then fails to
        # build its table.
        cc = os.path.join(self.tmp, "broken-cc")
        with open(cc, "w") as f:
            f.write('#!/bin/sh\nfor a in "$@"; do [ "$a" = -o ] && '
                    '{ echo "broken-cc: cannot link" >&2; exit 1; }; done\n'
                    'exec gcc -U__linux__ -U__gnu_linux__ -U__linux -Ulinux -D__broken__ "$@"\n')
        os.chmod(cc, os.stat(cc).st_mode | stat.S_IXUSR)
        before = tree_digest(self.tmp)
        r = self.probe("--update-spec", "--new-platform", "broken:__broken__", "--cc", cc)
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertIn("probe: added platform broken (__broken__)", r.stdout)
        self.assertIn("broken-cc: cannot link", r.stderr)
        self.assertIn("probe: spec/ and generated/ are as they were", r.stderr)
        self.assertEqual(tree_digest(self.tmp), before)

    def test_3_bad_arguments_change_nothing(self):
        before = tree_digest(self.tmp)
        r = self.probe("--update-spec", "--new-platform", "Bad Name", "--cc", PRETEND_CC)
        self.assertEqual(r.returncode, 1)
        self.assertIn("--new-platform wants NAME:GUARD", r.stderr)
        r = self.probe("--update-spec", "--new-platform", "other:__other__", "--cc", PRETEND_CC)
        self.assertEqual(r.returncode, 1)
        self.assertIn("this compiler is pretend (__pretend__) already", r.stderr)
        r = self.probe("--cc", "no-such-compiler-here")
        self.assertEqual(r.returncode, 1)
        self.assertIn("compiler no-such-compiler-here not found", r.stderr)
        self.assertEqual(tree_digest(self.tmp), before)


if __name__ == "__main__":
    unittest.main()
