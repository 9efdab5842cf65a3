# enumerate() and reversed() over lists and strings, zip() of two lists, min/max, the time and
# math externals, and the rpython.rlib helpers (rarithmetic, jit hints).
# RUN: rpy-translate %s --emit=ann | FileCheck %s
# RUN: rpy-translate %s --emit=ann | rpy-opt | FileCheck %s
import time
import math
from rpython.rlib.rarithmetic import r_uint, intmask, ovfcheck
from rpython.rlib import jit


# CHECK-LABEL: flow.func @main(
# CHECK: -> !ann.iter<!ann.list<!ann.int<nonneg>, fixed>, enumerate>
# CHECK: flow.next %{{.*}} : (!ann.iter<!ann.list<!ann.int<nonneg>, fixed>, enumerate>) -> !ann.tuple<!ann.int<nonneg>, !ann.int<nonneg>>
# CHECK: flow.next %{{.*}} : (!ann.iter<!ann.str<no_nul>, reversed>) -> !ann.char<no_nul>
# CHECK: flow.next %{{.*}} : (!ann.iter<!ann.list<!ann.int<nonneg>, fixed>, reversed>) -> !ann.int<nonneg>
# CHECK: (!ann.pbc<[#flow.builtin<"zip">]>, !ann.list<!ann.int<nonneg>, fixed>, !ann.list<!ann.str<no_nul>>) -> !ann.list<!ann.tuple<!ann.int<nonneg>, !ann.str<no_nul>>, fixed>
# CHECK: (!ann.pbc<[#flow.builtin<"min">]>, !ann.int<nonneg>, !ann.int<nonneg>) -> !ann.int<nonneg>
# CHECK: (!ann.pbc<[#flow.builtin<"time.time">]>) -> !ann.float
# CHECK: (!ann.pbc<[#flow.builtin<"time.perf_counter">]>) -> !ann.float
# CHECK: (!ann.pbc<[#flow.builtin<"math.sqrt">]>, !ann.float) -> !ann.float
# CHECK: (!ann.pbc<[#flow.builtin<"rpython.rlib.rarithmetic.r_uint">]>, !ann.int<nonneg>) -> !ann.int<nonneg, unsigned>
# CHECK: (!ann.pbc<[#flow.builtin<"rpython.rlib.rarithmetic.intmask">]>, !ann.int<nonneg, unsigned>) -> !ann.int
# CHECK: (!ann.pbc<[#flow.builtin<"rpython.rlib.rarithmetic.ovfcheck">]>, !ann.int) -> !ann.int
# CHECK: (!ann.pbc<[#flow.builtin<"rpython.rlib.jit.promote">]>, !ann.int) -> !ann.int
# CHECK: {keywords = ["promote"]} : (!ann.pbc<[#flow.builtin<"rpython.rlib.jit.hint">]>, !ann.int, !ann.bool) -> !ann.int
def main(argv):
    l = [1, 2, 3]
    t = 0
    for i, x in enumerate(l):
        t += i + x
    for c in reversed(argv[0]):
        t += ord(c)
    for y in reversed(l):
        t += y
    for a, b in zip(l, argv):
        t += a + len(b)
    t += min(t, 3) + max(2, t)
    n = len(argv)
    f = time.time() + time.perf_counter() + math.sqrt(float(n))
    u = r_uint(n)
    t += intmask(u)
    t = ovfcheck(t + 1)
    t = jit.promote(t)
    t = jit.hint(t, promote=True)
    print(f)
    return t
