// convert-lltype-to-llvm needs the exception transform first: raise,
// catch and the _ovf operations have no LLVM lowering.
// RUN: rpy-opt %s --convert-lltype-to-llvm -split-input-file -verify-diagnostics

lltype.struct @vtable.object (min: !lltype.signed)
lltype.struct @inst.object gc (typeptr: !lltype.ptr<@vtable.object>)

lltype.func @raising(%e: !lltype.ptr<@inst.object>) {
  // expected-error @+1 {{'lltype.raise' op must be made explicit by the exception transform before lowering to LLVM}}
  lltype.raise %e : !lltype.ptr<@inst.object>
}

// -----

lltype.func @overflowing(%a: !lltype.signed) -> !lltype.signed {
  // expected-error @+1 {{'lltype.int_add_ovf' op must be made explicit by the exception transform before lowering to LLVM}}
  %s = lltype.int_add_ovf %a, %a
  lltype.return %s : !lltype.signed
}

// -----

lltype.struct @vtable.object (min: !lltype.signed)
lltype.struct @inst.object gc (typeptr: !lltype.ptr<@vtable.object>)
lltype.global @vtable.E : @vtable.object = [1]

lltype.func @callee() {
  lltype.return
}

lltype.func @catching() {
  lltype.direct_call @callee() : () -> ()
  // expected-error @+1 {{'lltype.catch' op must be made explicit by the exception transform before lowering to LLVM}}
  lltype.catch ^bb1, [@vtable.E -> ^bb2]
^bb1:
  lltype.return
^bb2(%e: !lltype.ptr<@inst.object>):
  lltype.return
}
