# --emit=aspects prints the low-level graphs after the translation aspects:
# small functions inlined (-O2, the default) but for rlib's @dont_inline,
# @always_inline ones inlined whatever their size, and the stack check at
# the entry of the recursive function only. -O0 and --inline=false inline
# nothing; --stack-check=false leaves the check out. --emit=ll is the
# RTyper's output, before any aspect.
# RUN: rpy-translate %s --emit=aspects | FileCheck %s
# RUN: rpy-translate %s --emit=aspects | rpy-opt | FileCheck %s
# RUN: rpy-translate %s --emit=aspects -O0 | FileCheck %s --check-prefix=O0
# RUN: rpy-translate %s --emit=aspects --inline=false | FileCheck %s --check-prefix=O0
# RUN: rpy-translate %s --emit=aspects --inline-size=0 | FileCheck %s --check-prefix=SIZE0
# RUN: rpy-translate %s --emit=aspects --stack-check=false | FileCheck %s --check-prefix=OFF
# RUN: rpy-translate %s --emit=ll | FileCheck %s --check-prefix=OFF
# RUN: not rpy-translate %s -O7 2>&1 | FileCheck %s --check-prefix=LEVEL
from rpython.rlib.objectmodel import always_inline, dont_inline

# CHECK-LABEL: lltype.func @main(
# CHECK-NOT: lltype.direct_call @square
# CHECK-NOT: lltype.direct_call @polynomial
# CHECK: lltype.direct_call @kept(
# CHECK-NOT: lltype.stack_too_deep
# CHECK-LABEL: lltype.func @fact(
# CHECK-NEXT: lltype.stack_too_deep
# CHECK-LABEL: lltype.func @kept(%arg0: !lltype.signed) -> !lltype.signed attributes {lltype.dont_inline}
# CHECK-LABEL: lltype.func @ll_stack_overflow() attributes {lltype.cold}
# O0: lltype.direct_call @square(
# O0: lltype.direct_call @polynomial(
# SIZE0-NOT: lltype.direct_call @polynomial(
# SIZE0: lltype.direct_call @square(
# OFF-NOT: lltype.stack_too_deep
# LEVEL: rpy-translate: -O7: the levels are 0 to 3


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def square(x):
    return x * x


@always_inline
def polynomial(x):
    a = x * x * x * x * x * x * x * x * x * x
    b = a * a * a * a * a * a * a * a * a * a
    c = b * b * b * b * b * b * b * b * b * b
    d = c * c * c * c * c * c * c * c * c * c
    return a + b + c + d


@dont_inline
def kept(x):
    return x + 1


def main(argv):
    n = len(argv)
    print(fact(10), square(n), polynomial(n), kept(n))
    return 0


# --time-phases reports each phase; --mcpu picks the CPU (x86-64 runs
# anywhere, valgrind included).
# RUN: rpy-translate %s --mcpu=x86-64 --time-phases -o %t.exe 2>&1 | FileCheck %s --check-prefix=PHASES
# RUN: %t.exe | FileCheck %s --check-prefix=OUTPUT
# PHASES: phase: flow
# PHASES: phase: annotate
# PHASES: phase: rtype
# PHASES: phase: aspects
# PHASES: phase: lower
# PHASES: phase: llvm
# PHASES: phase: codegen
# OUTPUT: 3628800 1 4 2
