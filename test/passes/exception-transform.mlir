// lltype-exception-transform: raise sets the runtime's exception state and
// returns a dummy; calls of functions that can raise are followed by a
// check; a catch becomes a dispatch on the class-id range, raising again
// when no handler matches; the runtime's functions never raise.
// RUN: rpy-opt %s --lltype-exception-transform | FileCheck %s

lltype.struct @rpy_string gc (hash: !lltype.signed, chars: !lltype.array<!lltype.char>)
lltype.struct @vtable.object (subclassrange_min: !lltype.signed, subclassrange_max: !lltype.signed, name: !lltype.ptr<@rpy_string>)
lltype.struct @inst.object gc (typeptr: !lltype.ptr<@vtable.object>)
lltype.struct @inst.E gc (super: !lltype.inline<@inst.object>)
lltype.struct @vtable.E (super: !lltype.inline<@vtable.object>)
lltype.global @str.E : @rpy_string = [0, "E"]
lltype.global @vtable.E.instance : @vtable.E = [[3, 5, @str.E]]
// A class with a method slot: its range is in the first field's first field.
lltype.struct @vtable.F (super: !lltype.inline<@vtable.E>, describe: !lltype.funcptr<(!lltype.ptr<@inst.object>) -> !lltype.signed>)
lltype.global @vtable.F.instance : @vtable.F = [[[4, 5, @str.E]], @describe]
lltype.func @describe(%self: !lltype.ptr<@inst.object>) -> !lltype.signed {
  %0 = lltype.constant 7 : !lltype.signed
  lltype.return %0 : !lltype.signed
}
lltype.func private @rpy_stdout_write(!lltype.ptr<@rpy_string>)

// CHECK-LABEL: lltype.func @fail
// CHECK: lltype.exc_raise %{{.*}} : !lltype.ptr<@inst.object>
// CHECK-NEXT: %[[ZERO:.*]] = lltype.constant 0 : !lltype.signed
// CHECK-NEXT: lltype.return %[[ZERO]] : !lltype.signed
// CHECK-NOT: lltype.raise
lltype.func @fail(%e: !lltype.ptr<@inst.object>) -> !lltype.signed {
  lltype.raise %e : !lltype.ptr<@inst.object>
}

// A call that can raise, without a handler: check, and leave at once.
// CHECK-LABEL: lltype.func @passes
// CHECK: lltype.direct_call @fail
// CHECK-NEXT: %[[RAISED:.*]] = lltype.exc_occurred
// CHECK-NEXT: lltype.cond_br %[[RAISED]], ^[[LEAVE:bb[0-9]+]], ^[[REST:bb[0-9]+]]
// CHECK: ^[[LEAVE]]:
// CHECK-NEXT: lltype.return
// The runtime's functions are not checked.
// CHECK: ^[[REST]]:
// CHECK-NEXT: lltype.direct_call @rpy_stdout_write
// CHECK-NOT: lltype.exc_occurred
lltype.func @passes(%e: !lltype.ptr<@inst.object>, %s: !lltype.ptr<@rpy_string>) {
  %0 = lltype.direct_call @fail(%e) : (!lltype.ptr<@inst.object>) -> !lltype.signed
  lltype.direct_call @rpy_stdout_write(%s) : (!lltype.ptr<@rpy_string>) -> ()
  lltype.return
}

// A handler: the exception's class id in [3, 5) goes to it, others are
// raised again.
// CHECK-LABEL: lltype.func @handles
// CHECK: %[[RAISED:.*]] = lltype.exc_occurred
// CHECK-NEXT: lltype.cond_br %[[RAISED]], ^[[DISPATCH:bb[0-9]+]], ^[[NORMAL:bb[0-9]+]]
// CHECK: ^[[DISPATCH]]:
// CHECK-NEXT: %[[EXC:.*]] = lltype.exc_fetch : !lltype.ptr<@inst.object>
// CHECK: lltype.constant 3 : !lltype.signed
// CHECK: lltype.constant 2 : !lltype.signed
// CHECK: lltype.uint_lt
// CHECK: lltype.cast_pointer %[[EXC]] : !lltype.ptr<@inst.object> to !lltype.ptr<@inst.E>
// CHECK: lltype.exc_raise %[[EXC]]
// CHECK-NOT: lltype.catch
lltype.func @handles(%e: !lltype.ptr<@inst.object>) -> !lltype.signed {
  %0 = lltype.direct_call @fail(%e) : (!lltype.ptr<@inst.object>) -> !lltype.signed
  lltype.catch ^bb1(%0 : !lltype.signed), [@vtable.E.instance -> ^bb2]
^bb1(%r: !lltype.signed):
  lltype.return %r : !lltype.signed
^bb2(%caught: !lltype.ptr<@inst.E>):
  %one = lltype.constant 1 : !lltype.signed
  lltype.return %one : !lltype.signed
}

// The range of a vtable with method slots, nested in its `super`.
// CHECK-LABEL: lltype.func @handles_slotted
// CHECK: lltype.constant 4 : !lltype.signed
// CHECK: lltype.constant 1 : !lltype.signed
// CHECK: lltype.uint_lt
lltype.func @handles_slotted(%e: !lltype.ptr<@inst.object>) -> !lltype.signed {
  %0 = lltype.direct_call @fail(%e) : (!lltype.ptr<@inst.object>) -> !lltype.signed
  lltype.catch ^bb1(%0 : !lltype.signed), [@vtable.F.instance -> ^bb2]
^bb1(%r: !lltype.signed):
  lltype.return %r : !lltype.signed
^bb2(%caught: !lltype.ptr<@inst.E>):
  %one = lltype.constant 1 : !lltype.signed
  lltype.return %one : !lltype.signed
}
