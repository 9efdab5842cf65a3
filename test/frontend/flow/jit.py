# JIT hints: `driver.jit_merge_point(pc=pc, ...)` and `can_enter_jit` are a
# flow.getattr on the prebuilt driver and a flow.call_args naming the
# variables; promote/hint stay calls of the built-ins; decorators of
# rpython.rlib.jit and objectmodel become `rpy.` attributes of the function.
# RUN: rpy-translate %s --emit=flow | FileCheck %s
# RUN: rpy-translate %s --emit=flow | rpy-opt | FileCheck %s

from rpython.rlib.jit import JitDriver, promote, hint, elidable, unroll_safe
from rpython.rlib.jit import dont_look_inside, we_are_jitted
from rpython.rlib.objectmodel import specialize, always_inline

driver = JitDriver(greens=["pc", "code"], reds=["stack"])


def main(argv):
    return run("ab") + generic(1) + inlined(2) + opaque()


# CHECK-LABEL: flow.func @run(%code: !flow.obj)
# CHECK-SAME: rpy.jit_unroll_safe = true
# CHECK: ^[[HEAD:bb[0-9]+]](%[[PC:.*]]: !flow.obj):
# CHECK: %[[DRIVER:.*]] = flow.constant @driver
# CHECK: %[[JMP:.*]] = flow.getattr %[[DRIVER]] {name = "jit_merge_point"}
# CHECK: flow.call_args(%[[JMP]], %[[PC]], %code, %[[STACK:.*]]) {keywords = ["pc", "code", "stack"]}
# CHECK: %[[PROMOTE:.*]] = flow.constant #flow.builtin<"rpython.rlib.jit.promote">
# CHECK: %[[OP:.*]] = flow.simple_call(%[[PROMOTE]], %{{.*}})
# CHECK: %[[HINT:.*]] = flow.constant #flow.builtin<"rpython.rlib.jit.hint">
# CHECK: %[[TRUE:.*]] = flow.constant true
# CHECK: flow.call_args(%[[HINT]], %[[OP]], %[[TRUE]]) {keywords = ["promote"]}
# CHECK: %[[JITTED:.*]] = flow.constant #flow.builtin<"rpython.rlib.jit.we_are_jitted">
# CHECK: flow.simple_call(%[[JITTED]])
# CHECK: %[[DRIVER2:.*]] = flow.constant @driver
# CHECK: %[[CEJ:.*]] = flow.getattr %[[DRIVER2]] {name = "can_enter_jit"}
# CHECK: flow.call_args(%[[CEJ]], %{{.*}}, %code, %[[STACK]]) {keywords = ["pc", "code", "stack"]}
# CHECK: flow.prebuilt @driver {cls = #flow.builtin<"rpython.rlib.jit.JitDriver">
@unroll_safe
def run(code):
    pc = 0
    stack = []
    while pc < len(code):
        driver.jit_merge_point(pc=pc, code=code, stack=stack)
        op = promote(lookup(code, pc))
        hint(op, promote=True)
        if we_are_jitted():
            pc += 1
        pc += 1
        driver.can_enter_jit(pc=pc, code=code, stack=stack)
    return len(stack)


# CHECK-LABEL: flow.func @generic(%x: !flow.obj)
# CHECK-SAME: rpy.annspecialcase = "specialize:argtype(0)"
@specialize.argtype(0)
def generic(x):
    return x


# CHECK-LABEL: flow.func @inlined(%x: !flow.obj)
# CHECK-SAME: rpy.always_inline = true
@always_inline
def inlined(x):
    return x + 1


# CHECK-LABEL: flow.func @opaque()
# CHECK-SAME: rpy.jit_look_inside = false
@dont_look_inside
def opaque():
    return 1


# CHECK-LABEL: flow.func @lookup(%code: !flow.obj, %pc: !flow.obj)
# CHECK-SAME: rpy.elidable_function = true
@elidable
def lookup(code, pc):
    return code[pc]
