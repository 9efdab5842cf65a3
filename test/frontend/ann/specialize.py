# Specialisation policies (rpython.rlib.objectmodel.specialize): argtype
# makes one copy per argument type, arg one per constant argument,
# call_location one per call site; the call sites call their copy.
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
    return a + len(b) + c + d


# The copies replace the original, which no call reaches.
# CHECK-NOT: flow.func @show(
# CHECK-DAG: flow.func @show__str(%x: !ann.str<no_nul>) -> !ann.str<no_nul>
# CHECK-DAG: flow.func @show__int(%x: !ann.int<nonneg>) -> !ann.int<nonneg>
# CHECK-DAG: flow.func @pick__1(
# CHECK-DAG: flow.func @pick__2(
