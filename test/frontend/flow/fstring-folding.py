# An f-string whose replacement fields are all constants folds to one
# string constant, as every other expression on constants does.
# RUN: rpy-translate %s --emit=flow | FileCheck %s

N = 3
NAME = "rpy"


def main(argv):
    return banner()


# CHECK-LABEL: flow.func @banner()
# CHECK-NOT: flow.format
# CHECK-NOT: flow.buildstr
# CHECK: %[[C:.*]] = flow.constant "rpy v3 (002) 'rpy'"
# CHECK-NEXT: flow.return %[[C]]
def banner():
    return f"{NAME} v{N} ({1 + 1:03d}) {NAME!r}"
