# Notes of an import-time traceback used to point into freed source files and
# crashed rpy-translate when printed.
# RUN: not rpy-translate %s --emit=flow 2>&1 | FileCheck %s
# CHECK: import-time-trace-notes.py:[[@LINE+2]]:12: error: import-time exception: RecursionError: maximum recursion depth exceeded
def f(n):
    return f(n + 1)
# CHECK-NEXT: import-time-trace-notes.py:[[@LINE-1]]:12: note: called from here (repeated 998 more times)
# CHECK-NEXT: import-time-trace-notes.py:[[@LINE+1]]:1: note: called from here
f(0)
