# Exceptions and call families from source: a built-in exception class called
# makes an instance, a handler's argument is an instance of its class, and a
# variable holding one of several functions calls a family sharing one
# signature.
# RUN: rpy-translate %s --emit=ann | FileCheck %s
# RUN: rpy-translate %s --emit=ann | rpy-opt | FileCheck %s


# CHECK-LABEL: flow.func @main
# CHECK: ^bb{{[0-9]+}}(%{{.*}}: !ann.instance<#flow.builtin<"ValueError">>):
# CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[@pick]>, !ann.bool) -> !ann.pbc<[@dec, @inc]>
# CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[@dec, @inc]>, !ann.int<nonneg>) -> !ann.int
# CHECK: flow.next %{{.*}} : (!ann.iter<!ann.str<no_nul>>) -> !ann.char<no_nul>
def main(argv):
    try:
        n = check(len(argv))
    except ValueError:
        n = 0
    f = pick(n > 1)
    print(f(n))
    inc(-5)
    for c in "abc":
        print(c)
    return 0


# CHECK-LABEL: flow.func @check(%n: !ann.int<nonneg>) -> !ann.int<nonneg>
# CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[#flow.builtin<"ValueError">]>, !ann.str<no_nul>) -> !ann.instance<#flow.builtin<"ValueError">>
# CHECK: flow.raise %{{.*}} : !ann.instance<#flow.builtin<"ValueError">>
def check(n):
    if n > 3:
        raise ValueError("too many")
    return n


# CHECK-LABEL: flow.func @pick(%flag: !ann.bool) -> !ann.pbc<[@dec, @inc]>
def pick(flag):
    if flag:
        return inc
    return dec


# dec is only called through the family, yet sees inc's direct call with -5.
# CHECK-LABEL: flow.func @inc(%x: !ann.int) -> !ann.int
def inc(x):
    return x + 1


# CHECK-LABEL: flow.func @dec(%x: !ann.int) -> !ann.int
def dec(x):
    return x - 1
