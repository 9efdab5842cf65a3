# A scope error (found after parsing) used to be reported with a location in
# the freed syntax tree and crashed rpy-translate.
# RUN: not rpy-translate %s --emit=flow 2>&1 | FileCheck %s
# CHECK: scope-error-location.py:[[@LINE+2]]:5: error: no binding for nonlocal 'x' found
def f():
    nonlocal x
    x = 1


def main(argv):
    return 0
