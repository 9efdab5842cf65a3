# A variable holding a module that a loop reassigns used to hand a null value
# to the loop header's branch and crash.
# RUN: not rpy-translate %s --emit=flow 2>&1 | FileCheck %s
import os


def main(argv):
    m = os
    i = 0
    # CHECK: loop-header-unmaterializable.py:[[@LINE+1]]:5: error: a module object cannot be used as a constant at run time
    while i < 3:
        i += 1
        m = 1
    return i
