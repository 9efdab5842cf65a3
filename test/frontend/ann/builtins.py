# enumerate() and reversed() over lists and strings, zip() of lists, min/max, the time and
# math externals, and the rpython.rlib helpers (rarithmetic, jit hints); hash, tuple,
# sorted, hex, oct, object, we_are_jitted, isconstant, compute_hash, instantiate.
# RUN: rpy-translate %s --emit=ann | FileCheck %s
# RUN: rpy-translate %s --emit=ann | rpy-opt | FileCheck %s
import time
import math
from rpython.rlib.rarithmetic import r_uint, intmask, ovfcheck
from rpython.rlib import jit
from rpython.rlib.jit import we_are_jitted, isconstant
from rpython.rlib.objectmodel import compute_hash, instantiate
from rpython.rlib.rarithmetic import r_int64, LONG_BIT


class Base(object):
    def __init__(self):
        self.x = 1


class Derived(Base):
    pass


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
    return t + more(argv)


# hash() and compute_hash() are ints, tuple() of a tuple is the tuple, sorted() is a new
# mutated list, hex() and oct() strings, object() an instance of the root class, zip() of
# three lists a list of triples; instantiate() of a class or of a PBC of classes is an
# instance of their common base; r_int64 is int and LONG_BIT a constant.
# CHECK-LABEL: flow.func @more(
# CHECK: (!ann.pbc<[#flow.builtin<"hash">]>, !ann.int<nonneg>) -> !ann.int
# CHECK: (!ann.pbc<[#flow.builtin<"hash">]>, !ann.tuple<!ann.int<nonneg>, !ann.str<no_nul>>) -> !ann.int
# CHECK: (!ann.pbc<[#flow.builtin<"rpython.rlib.objectmodel.compute_hash">]>, !ann.str<no_nul>) -> !ann.int
# CHECK: (!ann.pbc<[#flow.builtin<"tuple">]>, !ann.tuple<!ann.int<nonneg>, !ann.int<nonneg>>) -> !ann.tuple<!ann.int<nonneg>, !ann.int<nonneg>>
# CHECK: (!ann.pbc<[#flow.builtin<"sorted">]>, !ann.list<!ann.int<nonneg>, fixed>) -> !ann.list<!ann.int<nonneg>, fixed, mutated>
# CHECK: {keywords = ["reverse"]} : (!ann.pbc<[#flow.builtin<"sorted">]>, !ann.list<!ann.str<no_nul>>, !ann.bool) -> !ann.list<!ann.str<no_nul>, fixed, mutated>
# CHECK: (!ann.pbc<[#flow.builtin<"hex">]>, !ann.int<nonneg>) -> !ann.str<no_nul>
# CHECK: (!ann.pbc<[#flow.builtin<"oct">]>, !ann.int<nonneg>) -> !ann.str<no_nul>
# CHECK: (!ann.pbc<[#flow.builtin<"object">]>) -> !ann.instance<#flow.builtin<"object">>
# CHECK: (!ann.pbc<[#flow.builtin<"zip">]>, !ann.list<!ann.int<nonneg>, fixed, mutated>, !ann.list<!ann.str<no_nul>, fixed, mutated>, !ann.list<!ann.float, fixed>) -> !ann.list<!ann.tuple<!ann.int<nonneg>, !ann.str<no_nul>, !ann.float>, fixed>
# CHECK: (!ann.pbc<[#flow.builtin<"rpython.rlib.jit.we_are_jitted">]>) -> !ann.int<nonneg>
# CHECK: (!ann.pbc<[#flow.builtin<"rpython.rlib.jit.isconstant">]>, !ann.int<nonneg>) -> !ann.bool
# CHECK: (!ann.pbc<[#flow.builtin<"rpython.rlib.objectmodel.instantiate">]>, !ann.pbc<[@Derived]>) -> !ann.instance<@Derived>
# CHECK: (!ann.pbc<[#flow.builtin<"rpython.rlib.objectmodel.instantiate">]>, !ann.pbc<[@Base, @Derived]>) -> !ann.instance<@Base>
# CHECK: (!ann.pbc<[#flow.builtin<"int">]>, !ann.int<nonneg>) -> !ann.int<nonneg>
# CHECK: flow.constant 64 -> !ann.int<nonneg>
def more(argv):
    n = len(argv)
    t = hash(n) + hash((n, argv[0])) + compute_hash(argv[0])
    pair = tuple((n, 2))
    s = sorted([3, 1, n])
    names = sorted(argv, reverse=True)
    text = hex(n) + oct(n)
    marker = object()
    if marker is None:
        t += 1
    for a, b, c in zip(s, names, [0.5]):
        t += a + len(b) + int(c)
    if we_are_jitted():
        t += 1
    if isconstant(n):
        t += 1
    d = instantiate(Derived)
    cls = Base if n > 1 else Derived
    e = instantiate(cls)
    if d is e:
        t += 1
    t += r_int64(n) + LONG_BIT
    return t + pair[0] + len(text)
