// convert-lltype-to-llvm, calls and control flow: the program's functions
// are internal (LLVM may inline and drop them) but rpy_entry, which the
// runtime calls; the runtime's functions (lltype.func private) become
// external declarations; direct_call is a call of the symbol,
// indirect_call one through the pointer (a vtable's slot, or the address
// of a function); blocks keep their arguments.
// RUN: rpy-opt %s --convert-lltype-to-llvm | FileCheck %s
// RUN: rpy-opt %s --convert-lltype-to-llvm | mlir-translate --mlir-to-llvmir | FileCheck %s --check-prefix=IR

lltype.struct @rpy_string gc (hash: !lltype.signed, chars: !lltype.array<!lltype.char>)
lltype.array @array.str gc of !lltype.ptr<@rpy_string>
lltype.struct @list.str gc (length: !lltype.signed, items: !lltype.ptr<@array.str>)
lltype.struct @vtable (run: !lltype.funcptr<(!lltype.signed) -> !lltype.signed>)
lltype.global @vtable.Twice : @vtable = [@twice]

// CHECK-DAG: llvm.func @rpy_int_str(i64) -> !llvm.ptr
// CHECK-DAG: llvm.func @rpy_stdout_write(!llvm.ptr)
// IR-DAG: declare ptr @rpy_int_str(i64)
// IR-DAG: declare void @rpy_stdout_write(ptr)
lltype.func private @rpy_int_str(!lltype.signed) -> !lltype.ptr<@rpy_string>
lltype.func private @rpy_stdout_write(!lltype.ptr<@rpy_string>)

// CHECK-LABEL: llvm.func internal @twice(%arg0: i64) -> i64
// IR-LABEL: define internal i64 @twice(i64 %0)
lltype.func @twice(%x: !lltype.signed) -> !lltype.signed {
  %y = lltype.int_add %x, %x
  lltype.return %y : !lltype.signed
}

// CHECK-LABEL: llvm.func internal @show(%arg0: i64)
// CHECK-NEXT: %[[S:.*]] = llvm.call @rpy_int_str(%arg0) : (i64) -> !llvm.ptr
// CHECK-NEXT: llvm.call @rpy_stdout_write(%[[S]]) : (!llvm.ptr) -> ()
// CHECK-NEXT: llvm.return{{$}}
// IR-LABEL: define internal void @show(i64 %0)
lltype.func @show(%x: !lltype.signed) {
  %s = lltype.direct_call @rpy_int_str(%x) : (!lltype.signed) -> !lltype.ptr<@rpy_string>
  lltype.direct_call @rpy_stdout_write(%s) : (!lltype.ptr<@rpy_string>) -> ()
  lltype.return
}

// CHECK-LABEL: llvm.func internal @dispatch(%arg0: !llvm.ptr, %arg1: i64) -> i64
// CHECK: %[[SLOT:.*]] = llvm.getelementptr %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<(ptr)>
// CHECK: %[[F:.*]] = llvm.load %[[SLOT]] : !llvm.ptr -> !llvm.ptr
// CHECK: %[[R:.*]] = llvm.call %[[F]](%arg1) : !llvm.ptr, (i64) -> i64
// CHECK: %[[G:.*]] = llvm.mlir.addressof @show : !llvm.ptr
// CHECK: llvm.call %[[G]](%[[R]]) : !llvm.ptr, (i64) -> ()
// IR-LABEL: define internal i64 @dispatch(ptr %0, i64 %1)
// IR: %[[F:[0-9]+]] = load ptr, ptr
// IR: call i64 %[[F]](i64 %1)
lltype.func @dispatch(%vt: !lltype.ptr<@vtable>, %x: !lltype.signed) -> !lltype.signed {
  %f = lltype.getfield %vt["run"] : !lltype.ptr<@vtable> -> !lltype.funcptr<(!lltype.signed) -> !lltype.signed>
  %r = lltype.indirect_call %f(%x) : !lltype.funcptr<(!lltype.signed) -> !lltype.signed>
  %g = lltype.addressof @show : !lltype.funcptr<(!lltype.signed) -> ()>
  lltype.indirect_call %g(%r) : !lltype.funcptr<(!lltype.signed) -> ()>
  lltype.return %r : !lltype.signed
}

// CHECK-LABEL: llvm.func internal @main(%arg0: !llvm.ptr) -> i64
// CHECK: llvm.cond_br %{{.*}}, ^bb1(%{{.*}} : i64), ^bb2
// CHECK: ^bb1(%[[K:.*]]: i64):
// CHECK: %[[VT:.*]] = llvm.mlir.addressof @vtable.Twice : !llvm.ptr
// CHECK: %[[R:.*]] = llvm.call @dispatch(%[[VT]], %[[K]]) : (!llvm.ptr, i64) -> i64
// CHECK: llvm.br ^bb3(%[[R]] : i64)
// CHECK: ^bb2:
// CHECK-NEXT: llvm.unreachable
// CHECK: ^bb3(%[[STATUS:.*]]: i64):
// CHECK-NEXT: llvm.return %[[STATUS]] : i64
lltype.func @main(%argv: !lltype.ptr<@list.str>) -> !lltype.signed {
  %n = lltype.getfield %argv["length"] : !lltype.ptr<@list.str> -> !lltype.signed
  %zero = lltype.constant 0 : !lltype.signed
  %some = lltype.int_gt %n, %zero
  lltype.cond_br %some, ^bb1(%n : !lltype.signed), ^bb2
^bb1(%k: !lltype.signed):
  %vt = lltype.addressof @vtable.Twice : !lltype.ptr<@vtable>
  %r = lltype.direct_call @dispatch(%vt, %k) : (!lltype.ptr<@vtable>, !lltype.signed) -> !lltype.signed
  lltype.br ^bb3(%r : !lltype.signed)
^bb2:
  lltype.unreachable
^bb3(%status: !lltype.signed):
  lltype.return %status : !lltype.signed
}

// The entry point is external: the runtime's main calls it.
// CHECK-LABEL: llvm.func @rpy_entry(%arg0: !llvm.ptr) -> i64
// CHECK-NEXT: %[[S:.*]] = llvm.call @main(%arg0) : (!llvm.ptr) -> i64
// CHECK-NEXT: llvm.return %[[S]] : i64
// IR-LABEL: define i64 @rpy_entry(ptr %0)
lltype.func @rpy_entry(%argv: !lltype.ptr<@list.str>) -> !lltype.signed {
  %s = lltype.direct_call @main(%argv) : (!lltype.ptr<@list.str>) -> !lltype.signed
  lltype.return %s : !lltype.signed
}
