# Specialisation policies (rpython.rlib.objectmodel.specialize): argtype
# makes one copy per argument type, arg one per constant argument,
# call_location one per call site, memo one per tuple of constant or prebuilt
# arguments; the call sites call their copy. Without a policy, a function
# with *args gets one copy per number of star arguments (PyPy's
# default_specialize).
# RUN: rpy-translate %s --emit=ann | FileCheck %s
# RUN: rpy-translate %s --emit=ann | rpy-opt | FileCheck %s
from rpython.rlib.objectmodel import specialize


@specialize.argtype(0)
def show(x):
    return x


@specialize.arg(1)
def pick(x, n):
    if n == 1:
        return x + 1
    return x


@specialize.call_location()
def ident(x):
    return x


# CHECK-LABEL: flow.func @main(
# CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[@show__int]>, !ann.int<nonneg>) -> !ann.int<nonneg>
# CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[@show__str]>, !ann.str<no_nul>) -> !ann.str<no_nul>
# CHECK: flow.simple_call(%{{.*}}, %{{.*}}, %{{.*}}) : (!ann.pbc<[@pick__1]>, !ann.int<nonneg>, !ann.int<nonneg>) -> !ann.int<nonneg>
# CHECK: flow.simple_call(%{{.*}}, %{{.*}}, %{{.*}}) : (!ann.pbc<[@pick__2]>, !ann.int<nonneg>, !ann.int<nonneg>) -> !ann.int<nonneg>
# CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[@ident__site{{[0-9]+}}]>, !ann.float) -> !ann.float
# CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[@ident__site{{[0-9]+}}]>, !ann.str<no_nul>) -> !ann.str<no_nul>
def main(argv):
    a = show(1)
    b = show("hello")
    c = pick(3, 1)
    d = pick(3, 2)
    e = ident(1.5)
    f = ident("xy")
    print(e, f)
    print(count(), count(1), count(1, "a"), count(2))
    return a + len(b) + c + d + memos(argv)


def count(*args):
    return len(args)


# The copies replace the original, which no call reaches.
# CHECK-NOT: flow.func @show(
# CHECK-DAG: flow.func @show__str(%x: !ann.str<no_nul>) -> !ann.str<no_nul>
# CHECK-DAG: flow.func @show__int(%x: !ann.int<nonneg>) -> !ann.int<nonneg>
# CHECK-DAG: flow.func @pick__1(
# CHECK-DAG: flow.func @pick__2(
# CHECK-DAG: flow.func @count__star0(%args: !ann.tuple<>) -> !ann.int<nonneg>
# CHECK-DAG: flow.func @count__star1(%args: !ann.tuple<!ann.int<nonneg>>) -> !ann.int<nonneg>
# CHECK-DAG: flow.func @count__star2(%args: !ann.tuple<!ann.int<nonneg>, !ann.char<no_nul>>) -> !ann.int<nonneg>


class Small(object):
    pass


class Large(Small):
    pass


@specialize.memo()
def size_of(cls):
    if cls is Large:
        return 2
    return 1


@specialize.memo()
def scaled(flag, factor):
    if flag:
        return factor * 2
    return factor


# memo: a copy per constant class, one for a PBC of both classes (computed at
# run time), one keyed on a bool variable and a constant.
# CHECK-LABEL: flow.func @memos(
# CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[@size_of__Small]>, !ann.pbc<[@Small]>) -> !ann.int<nonneg>
# CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[@size_of__Large]>, !ann.pbc<[@Large]>) -> !ann.int<nonneg>
# CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[@size_of__Large_or_Small]>, !ann.pbc<[@Large, @Small]>) -> !ann.int<nonneg>
# CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[@size_of__Small]>, !ann.pbc<[@Small]>) -> !ann.int<nonneg>
# CHECK: flow.simple_call(%{{.*}}, %{{.*}}, %{{.*}}) : (!ann.pbc<[@scaled__bool_3]>, !ann.bool, !ann.int<nonneg>) -> !ann.int<nonneg>
def memos(argv):
    cls = Small if len(argv) > 1 else Large
    total = size_of(Small) + size_of(Large) + size_of(cls) + size_of(Small)
    return total + scaled(len(argv) > 2, 3)


# CHECK-NOT: flow.func @size_of(
# CHECK-DAG: flow.func @size_of__Small(%cls: !ann.pbc<[@Small]>) -> !ann.int<nonneg>
# CHECK-DAG: flow.func @size_of__Large(%cls: !ann.pbc<[@Large]>) -> !ann.int<nonneg>
# CHECK-DAG: flow.func @size_of__Large_or_Small(%cls: !ann.pbc<[@Large, @Small]>) -> !ann.int<nonneg>
# CHECK-DAG: flow.func @scaled__bool_3(%flag: !ann.bool, %factor: !ann.int<nonneg>) -> !ann.int<nonneg>
