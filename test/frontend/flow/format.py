# f-strings: one flow.format per replacement field (with its spec and
# conversion), then flow.buildstr of the pieces; an f-string without fields
# is a constant. `%`-formatting is flow.mod (folded on constants). print()
# is a call of the built-in, with sep/end as keywords.
# RUN: rpy-translate %s --emit=flow | FileCheck %s
# RUN: rpy-translate %s --emit=flow | rpy-opt | FileCheck %s


def main(argv):
    fstrings(1, "s")
    percent(1, "s")
    printing(1, 2)
    self_documenting(3)
    return 0


# CHECK-LABEL: flow.func @fstrings(%x: !flow.obj, %s: !flow.obj)
# CHECK: %[[F1:.*]] = flow.format %x {spec = ""}
# CHECK: %[[F2:.*]] = flow.format %s {conversion = "r", spec = ""}
# CHECK: %[[F3:.*]] = flow.format %x {spec = "5d"}
# CHECK: %[[F4:.*]] = flow.format %s {conversion = "s", spec = ">10"}
# CHECK: %[[P1:.*]] = flow.constant "x="
# CHECK: %[[P2:.*]] = flow.constant " s="
# CHECK: %[[P3:.*]] = flow.constant " "
# CHECK: %[[P4:.*]] = flow.constant "|"
# CHECK: %[[STR:.*]] = flow.buildstr(%[[P1]], %[[F1]], %[[P2]], %[[F2]], %[[P3]], %[[F3]], %[[P4]], %[[F4]])
# CHECK: %[[PLAIN:.*]] = flow.constant "plain {braces}"
# CHECK: flow.newtuple(%[[STR]], %[[PLAIN]])
def fstrings(x, s):
    return f"x={x} s={s!r} {x:5d}|{s!s:>10}", f"plain {{braces}}"


# CHECK-LABEL: flow.func @percent(%x: !flow.obj, %s: !flow.obj)
# CHECK: %[[ARGS:.*]] = flow.newtuple(%x, %s)
# CHECK: %[[FMT:.*]] = flow.constant "%d items, %s"
# CHECK: %[[R1:.*]] = flow.mod %[[FMT]], %[[ARGS]]
# CHECK: %[[FMT2:.*]] = flow.constant "%5.2f"
# CHECK: %[[R2:.*]] = flow.mod %[[FMT2]], %x
# CHECK: %[[C:.*]] = flow.constant "3-x|'q'|  2.2|ff"
# CHECK: flow.newtuple(%[[R1]], %[[R2]], %[[C]])
def percent(x, s):
    return "%d items, %s" % (x, s), "%5.2f" % x, "%d-%s|%r|%5.1f|%x" % (3, "x", "q", 2.25, 255)


# CHECK-LABEL: flow.func @printing(%a: !flow.obj, %b: !flow.obj)
# CHECK: %[[PRINT:.*]] = flow.constant #flow.builtin<"print">
# CHECK: %[[SEP:.*]] = flow.constant ", "
# CHECK: %[[END:.*]] = flow.constant ""
# CHECK: flow.call_args(%[[PRINT]], %a, %b, %[[SEP]], %[[END]]) {keywords = ["sep", "end"]}
# CHECK: %[[PRINT2:.*]] = flow.constant #flow.builtin<"print">
# CHECK: flow.simple_call(%[[PRINT2]])
def printing(a, b):
    print(a, b, sep=", ", end="")
    print()


# `{x=}` prints the expression text and repr(x); with a format spec the
# value is formatted instead (as in CPython).
# CHECK-LABEL: flow.func @self_documenting(%x: !flow.obj)
# CHECK: %[[R:.*]] = flow.format %x {conversion = "r", spec = ""}
# CHECK: %[[T:.*]] = flow.constant "x="
# CHECK: flow.buildstr(%[[T]], %[[R]])
# CHECK: %[[S:.*]] = flow.format %x {spec = ">3"}
# CHECK: %[[T2:.*]] = flow.constant "x = "
# CHECK: flow.buildstr(%[[T2]], %[[S]])
def self_documenting(x):
    return f"{x=}", f"{x = :>3}"
