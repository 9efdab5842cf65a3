# Import-time evaluation iterates sets in CPython's order, so tables built
# from sets match what CPython computes (ints hash to themselves, so their
# order in CPython is deterministic: by hash slot, not by insertion).
# RUN: rpy-translate %s --emit=flow | FileCheck %s

SMALL = list({3, 1, 2})
SLOTS = [x for x in {7, 15, 23, 1}]
COLLIDE = list({10, 1, 100, 8, 16, 33})


def main(argv):
    return SMALL, SLOTS, COLLIDE


# CHECK-LABEL: flow.func @main(%argv: !flow.obj)
# CHECK-DAG: flow.prebuilt @SMALL {items = [1, 2, 3], kind = "list"}
# CHECK-DAG: flow.prebuilt @SLOTS {items = [1, 23, 7, 15], kind = "list"}
# CHECK-DAG: flow.prebuilt @COLLIDE {items = [16, 1, 33, 100, 8, 10], kind = "list"}
