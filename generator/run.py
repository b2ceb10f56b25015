#!/usr/bin/env python3
"""Entry point: python3 -B generator/run.py --help"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from csockgen.main import run  # noqa: E402

run()
