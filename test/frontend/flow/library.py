# The built-in library: os/sys/time functions are run-time built-ins
# (#flow.builtin<"os.write">); sys.stdout/stderr are prebuilt instances;
# math functions and constants fold on constants; module constants
# (os.O_RDONLY) are inlined.
# RUN: rpy-translate %s --emit=flow | FileCheck %s
# RUN: rpy-translate %s --emit=flow | rpy-opt | FileCheck %s

import math
import os
import sys
import time


# CHECK-LABEL: flow.func @main(%argv: !flow.obj)
# CHECK: %[[PRINT:.*]] = flow.constant #flow.builtin<"print">
# CHECK: %[[MSG:.*]] = flow.constant "err"
# CHECK: %[[STDERR:.*]] = flow.constant @[[ERRSYM:[A-Za-z._0-9]+]]
# CHECK: flow.call_args(%[[PRINT]], %[[MSG]], %[[STDERR]]) {keywords = ["file"]}
# CHECK: %[[STDOUT:.*]] = flow.constant @[[OUTSYM:[A-Za-z._0-9]+]]
# CHECK: %[[WRITE:.*]] = flow.getattr %[[STDOUT]] {name = "write"}
# CHECK: flow.simple_call(%[[WRITE]], %{{.*}})
# CHECK: %[[OSWRITE:.*]] = flow.constant #flow.builtin<"os.write">
# CHECK: flow.simple_call(%[[OSWRITE]], %{{.*}}, %{{.*}})
# CHECK: %[[TIME:.*]] = flow.constant #flow.builtin<"time.time">
# CHECK: flow.simple_call(%[[TIME]])
# CHECK: %[[SQRT:.*]] = flow.constant #flow.builtin<"math.sqrt">
# CHECK: flow.simple_call(%[[SQRT]], %{{.*}})
# CHECK: %[[FOLDED:.*]] = flow.constant 2.000000e+00
# CHECK: %[[PI:.*]] = flow.constant 3.1415926535897931
# CHECK: %[[EXIT:.*]] = flow.constant #flow.builtin<"sys.exit">
# CHECK-NEXT: %[[RDONLY:.*]] = flow.constant 0
# CHECK-NEXT: flow.simple_call(%[[EXIT]], %[[RDONLY]])
# CHECK: flow.prebuilt @[[ERRSYM]] {cls = #flow.builtin<"sys._Stream">, fields = {name = "<stderr>"}, kind = "instance"}
# CHECK: flow.prebuilt @[[OUTSYM]] {cls = #flow.builtin<"sys._Stream">, fields = {name = "<stdout>"}, kind = "instance"}
def main(argv):
    print("err", file=sys.stderr)
    sys.stdout.write("x\n")
    os.write(1, "y\n")
    t = time.time()
    r = math.sqrt(float(len(argv))) + math.sqrt(4.0) + math.pi
    fd = os.O_RDONLY
    if r < 0:
        sys.exit(fd)
    return 0
