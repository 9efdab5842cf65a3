# --emit=aspects prints the low-level graphs after the translation aspects:
# the stack check at the entry of the recursive function only;
# --stack-check=false leaves it out. --emit=ll is the RTyper's output,
# before any aspect.
# RUN: rpy-translate %s --emit=aspects | FileCheck %s
# RUN: rpy-translate %s --emit=aspects --stack-check=false | FileCheck %s --check-prefix=OFF
# RUN: rpy-translate %s --emit=ll | FileCheck %s --check-prefix=OFF
# RUN: rpy-translate %s --emit=aspects | rpy-opt | FileCheck %s

# CHECK-LABEL: lltype.func @main(
# CHECK-NOT: lltype.stack_too_deep
# CHECK-LABEL: lltype.func @fact(
# CHECK-NEXT: lltype.stack_too_deep
# CHECK-LABEL: lltype.func @ll_stack_overflow()
# OFF-NOT: lltype.stack_too_deep


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def main(argv):
    print(fact(10))
    return 0
