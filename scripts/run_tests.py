#!/usr/bin/env python3
"""Runs every test suite of rpy and prints one `N passed, N failed` line.

Suites: the lit tests (FileCheck), the GoogleTest binaries in
build/unittests, and the Python tests of the rpython.rlib stand-ins. Each
suite's own output is shown; the counts are added up at the end.
"""

import glob
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "build")
LIT = "/usr/lib/llvm-22/bin/lit"


def run_lit():
    """lit with a JUnit report, so that counts do not depend on its text."""
    with tempfile.TemporaryDirectory() as tmp:
        report = os.path.join(tmp, "lit.xml")
        cmd = [sys.executable, LIT, "-sv", "--xunit-xml-output", report,
               os.path.join(BUILD, "test")]
        subprocess.run(cmd)
        if not os.path.exists(report):
            return 0, 1
        return count_junit(report)


def count_junit(path):
    passed = failed = 0
    for case in ET.parse(path).getroot().iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            failed += 1
        elif case.find("skipped") is None:
            passed += 1
    return passed, failed


def run_unittests():
    passed = failed = 0
    for binary in sorted(glob.glob(os.path.join(BUILD, "unittests", "*"))):
        if not os.access(binary, os.X_OK) or os.path.isdir(binary):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            report = os.path.join(tmp, "gtest.xml")
            result = subprocess.run([binary, "--gtest_output=xml:" + report])
            if os.path.exists(report):
                p, f = count_junit(report)
                passed, failed = passed + p, failed + f
            if result.returncode != 0 and not os.path.exists(report):
                failed += 1  # crashed before writing its report
    return passed, failed


def run_python_tests():
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.join(ROOT, "runtime", "python")
    result = subprocess.run(
        [sys.executable, "-m", "unittest", "discover", "-s",
         os.path.join(ROOT, "test", "python"), "-t", ROOT, "-v"],
        env=env, stderr=subprocess.PIPE, text=True)
    sys.stderr.write(result.stderr)
    ran = re.search(r"^Ran (\d+) test", result.stderr, re.M)
    total = int(ran.group(1)) if ran else 0
    bad = re.search(r"FAILED \((.*)\)", result.stderr)
    failed = 0
    if bad:
        for part in bad.group(1).split(","):
            key, _, value = part.strip().partition("=")
            if key in ("failures", "errors"):
                failed += int(value)
    if result.returncode != 0 and failed == 0:
        failed = 1
    return total - failed, failed


def main():
    totals = [0, 0]
    for name, suite in [("lit", run_lit), ("unit", run_unittests),
                        ("python", run_python_tests)]:
        print(f"==> {name} tests", flush=True)
        passed, failed = suite()
        print(f"==> {name}: {passed} passed, {failed} failed", flush=True)
        totals[0] += passed
        totals[1] += failed
    print(f"{totals[0]} passed, {totals[1]} failed")
    return 1 if totals[1] or not totals[0] else 0


if __name__ == "__main__":
    sys.exit(main())
