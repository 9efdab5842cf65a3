# rpython.rlib.rstring.StringBuilder: a built-in class whose methods have
# fixed signatures.
# RUN: rpy-translate %s --emit=ann | FileCheck %s
# RUN: rpy-translate %s --emit=ann | rpy-opt | FileCheck %s
from rpython.rlib.rstring import StringBuilder


# CHECK-LABEL: flow.func @main(
# CHECK: (!ann.pbc<[#flow.builtin<"rpython.rlib.rstring.StringBuilder">]>) -> !ann.instance<#flow.builtin<"rpython.rlib.rstring.StringBuilder">>
# CHECK: flow.getattr %{{.*}} {name = "append"} : (!ann.instance<#flow.builtin<"rpython.rlib.rstring.StringBuilder">>) -> !ann.pbc<[#flow.builtin<"rpython.rlib.rstring.StringBuilder.append">]>
# CHECK: (!ann.pbc<[#flow.builtin<"rpython.rlib.rstring.StringBuilder.append">]>, !ann.str<no_nul>) -> !ann.none
# CHECK: (!ann.pbc<[#flow.builtin<"rpython.rlib.rstring.StringBuilder.append_multiple_char">]>, !ann.char<no_nul>, !ann.int<nonneg>) -> !ann.none
# CHECK: (!ann.pbc<[#flow.builtin<"rpython.rlib.rstring.StringBuilder.getlength">]>) -> !ann.int<nonneg>
# CHECK: (!ann.pbc<[#flow.builtin<"rpython.rlib.rstring.StringBuilder.build">]>) -> !ann.str
def main(argv):
    sb = StringBuilder()
    for arg in argv:
        sb.append(arg)
    sb.append_multiple_char("x", 3)
    n = sb.getlength()
    s = sb.build()
    return n + len(s)
