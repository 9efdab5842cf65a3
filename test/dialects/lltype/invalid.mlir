// Every verifier message of the lltype dialect.
// RUN: rpy-opt %s -split-input-file -verify-diagnostics

// expected-error @+1 {{has two fields named 'x'}}
lltype.struct @S gc (x: !lltype.signed, x: !lltype.float)

// -----

// expected-error @+1 {{inline array field 'c' must be the last field}}
lltype.struct @S gc (c: !lltype.array<!lltype.char>, x: !lltype.signed)

// -----

// expected-error @+1 {{inline array field 'c' has items of type '!lltype.void'}}
lltype.struct @S gc (c: !lltype.array<!lltype.void>)

// -----

// expected-error @+1 {{field 'x' has type '!lltype.void', which a struct cannot hold}}
lltype.struct @S gc (x: !lltype.void)

// -----

// expected-error @+1 {{has 1 field name(s) but 0 type(s)}}
"lltype.struct"() {sym_name = "S", field_names = ["x"], field_types = []} : () -> ()

// -----

// expected-error @+1 {{field 'b' embeds @Missing, which is not an lltype.struct}}
lltype.struct @S gc (b: !lltype.inline<@Missing>)

// -----

// expected-error @+1 {{contains itself by value (through @S)}}
lltype.struct @S gc (b: !lltype.inline<@S>)

// -----

// expected-error @+1 {{field 'p' points to @Missing, which is not an lltype.struct or lltype.array}}
lltype.struct @S gc (p: !lltype.ptr<@Missing>)

// -----

// expected-error @+1 {{items of type '!lltype.void' cannot be stored in an array}}
lltype.array @A gc of !lltype.void

// -----

// expected-error @+1 {{the item type points to @Missing, which is not an lltype.struct or lltype.array}}
lltype.array @A gc of !lltype.ptr<@Missing>

// -----

lltype.struct @S gc (x: !lltype.signed)
// expected-error @+1 {{the value must list the 1 field(s) of @S}}
lltype.global @g : @S = [1, 2]

// -----

lltype.struct @S gc (x: !lltype.signed)
// expected-error @+1 {{the value.x must be an integer, not 1.500000e+00 : f64}}
lltype.global @g : @S = [1.5]

// -----

lltype.struct @B gc (b: !lltype.bool)
// expected-error @+1 {{the value.b must be a bool}}
lltype.global @g : @B = ["yes"]

// -----

lltype.struct @F gc (f: !lltype.float)
// expected-error @+1 {{the value.f must be a float}}
lltype.global @g : @F = [1]

// -----

lltype.struct @P gc (p: !lltype.ptr<@P>)
// expected-error @+1 {{the value.p must be `unit` or a symbol defined in the module, not @nowhere}}
lltype.global @g : @P = [@nowhere]

// -----

lltype.struct @W gc (items: !lltype.array<!lltype.signed>)
// expected-error @+1 {{the value.items: only arrays of chars take a string}}
lltype.global @g : @W = ["abc"]

// -----

lltype.struct @V gc (n: !lltype.signed, chars: !lltype.array<!lltype.char>)
// expected-error @+1 {{the value.chars must be a list of items}}
lltype.global @g : @V = [1, 2]

// -----

// expected-error @+1 {{the value: @Missing is not an lltype.struct or lltype.array}}
lltype.global @g : @Missing = []

// -----

// expected-error @+1 {{contains itself by value (through @Y)}}
lltype.struct @X (y: !lltype.inline<@Y>)
lltype.struct @Y (z: !lltype.signed, x: !lltype.inline<@X>)

// -----

// The contents of a global are checked before the structs' symbols: a
// cycle of structs by value stops at a bounded depth.
lltype.struct @X (y: !lltype.inline<@Y>)
lltype.struct @Y (z: !lltype.signed, x: !lltype.inline<@X>)
// expected-error @+1 {{nests structs too deeply}}
lltype.global @g : @X = [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, [[0, []]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]

// -----

// expected-error @+1 {{returns at most one value, not 2}}
lltype.func private @f() -> (!lltype.signed, !lltype.signed)

// -----

// expected-error @+1 {{takes a parameter of type 'i32', which is not an lltype value}}
lltype.func private @f(i32)

// -----

// expected-error @+1 {{returns a value of type '!lltype.void' (Void functions return nothing)}}
lltype.func private @f() -> !lltype.void

// -----

lltype.func @f() {
  %0 = lltype.constant 1 : !lltype.signed
  // expected-error @+1 {{returns a value from a function returning nothing}}
  lltype.return %0 : !lltype.signed
}

// -----

lltype.func @f() -> !lltype.signed {
  // expected-error @+1 {{must return a value}}
  lltype.return
}

// -----

lltype.func @f() -> !lltype.signed {
  %0 = lltype.constant 1.0 : !lltype.float
  // expected-error @+1 {{returns '!lltype.float' from a function returning '!lltype.signed'}}
  lltype.return %0 : !lltype.float
}

// -----

lltype.func @f() {
  // expected-error @+1 {{value 1.500000e+00 : f64 is not a constant of type '!lltype.signed'}}
  %0 = lltype.constant 1.5 : !lltype.signed
  lltype.return
}

// -----

lltype.func @f() {
  // expected-error @+1 {{char constant 300 is not in 0..255}}
  %0 = lltype.constant 300 : !lltype.char
  lltype.return
}

// -----

lltype.struct @S gc (x: !lltype.signed)
lltype.global @g : @S = [1]
lltype.func @f() {
  // expected-error @+1 {{the address of @g is a '!lltype.ptr<@S>', not '!lltype.ptr<@T>'}}
  %0 = lltype.addressof @g : !lltype.ptr<@T>
  lltype.return
}

// -----

lltype.func @f() {
  // expected-error @+1 {{the address of @f is a '!lltype.funcptr<() -> ()>', not '!lltype.funcptr<(!lltype.signed) -> ()>'}}
  %0 = lltype.addressof @f : !lltype.funcptr<(!lltype.signed) -> ()>
  lltype.return
}

// -----

lltype.struct @S gc (x: !lltype.signed)
lltype.func @f() {
  // expected-error @+1 {{refers to @S, which is not an lltype.global or lltype.func}}
  %0 = lltype.addressof @S : !lltype.ptr<@S>
  lltype.return
}

// -----

lltype.func @f() {
  // expected-error @+1 {{allocates @Missing, which is not an lltype.struct or array}}
  %0 = lltype.malloc : !lltype.ptr<@Missing>
  lltype.return
}

// -----

lltype.struct @R (x: !lltype.signed)
lltype.func @f() {
  // expected-error @+1 {{allocates @R, which is not a GC container}}
  %0 = lltype.malloc : !lltype.ptr<@R>
  lltype.return
}

// -----

lltype.struct @V gc (n: !lltype.signed, chars: !lltype.array<!lltype.char>)
lltype.func @f() {
  // expected-error @+1 {{@V is variable-sized: use lltype.malloc_varsize}}
  %0 = lltype.malloc : !lltype.ptr<@V>
  lltype.return
}

// -----

lltype.struct @S gc (x: !lltype.signed)
lltype.func @f(%n: !lltype.signed) {
  // expected-error @+1 {{@S is not variable-sized: use lltype.malloc}}
  %0 = lltype.malloc_varsize %n : !lltype.ptr<@S>
  lltype.return
}

// -----

lltype.array @A gc of !lltype.signed
lltype.func @f(%p: !lltype.ptr<@A>) {
  // expected-error @+1 {{@A is not an lltype.struct}}
  %0 = lltype.getfield %p["x"] : !lltype.ptr<@A> -> !lltype.signed
  lltype.return
}

// -----

lltype.struct @S gc (x: !lltype.signed)
lltype.func @f(%p: !lltype.ptr<@S>) {
  // expected-error @+1 {{@S has no field 'y'}}
  %0 = lltype.getfield %p["y"] : !lltype.ptr<@S> -> !lltype.signed
  lltype.return
}

// -----

lltype.struct @V gc (n: !lltype.signed, chars: !lltype.array<!lltype.char>)
lltype.func @f(%p: !lltype.ptr<@V>) {
  // expected-error @+1 {{field 'chars' of @V has type '!lltype.array<!lltype.char>': read it with lltype.getarrayitem}}
  %0 = lltype.getfield %p["chars"] : !lltype.ptr<@V> -> !lltype.signed
  lltype.return
}

// -----

lltype.struct @S gc (x: !lltype.signed)
lltype.func @f(%p: !lltype.ptr<@S>) {
  // expected-error @+1 {{field 'x' has type '!lltype.signed', not '!lltype.float'}}
  %0 = lltype.getfield %p["x"] : !lltype.ptr<@S> -> !lltype.float
  lltype.return
}

// -----

lltype.struct @S gc (x: !lltype.signed)
lltype.func @f(%p: !lltype.ptr<@S>, %v: !lltype.float) {
  // expected-error @+1 {{field 'x' has type '!lltype.signed', not '!lltype.float'}}
  lltype.setfield %p["x"], %v : !lltype.ptr<@S>, !lltype.float
  lltype.return
}

// -----

lltype.array @A gc of !lltype.signed
lltype.func @f(%p: !lltype.ptr<@A>, %i: !lltype.signed) {
  // expected-error @+1 {{@A is an array, with no field 'chars'}}
  %0 = lltype.getarrayitem %p["chars", %i] : !lltype.ptr<@A> -> !lltype.signed
  lltype.return
}

// -----

lltype.struct @S gc (x: !lltype.signed)
lltype.func @f(%p: !lltype.ptr<@S>, %i: !lltype.signed) {
  // expected-error @+1 {{@S has no inline array 'x'}}
  %0 = lltype.getarrayitem %p["x", %i] : !lltype.ptr<@S> -> !lltype.signed
  lltype.return
}

// -----

lltype.struct @V gc (n: !lltype.signed, chars: !lltype.array<!lltype.char>)
lltype.func @f(%p: !lltype.ptr<@V>) {
  // expected-error @+1 {{@V has no inline array (name the field)}}
  %0 = lltype.getarraysize %p : !lltype.ptr<@V>
  lltype.return
}

// -----

lltype.func @f(%p: !lltype.ptr<@f>, %i: !lltype.signed) {
  // expected-error @+1 {{@f is not an lltype.struct or lltype.array}}
  %0 = lltype.getarrayitem %p[%i] : !lltype.ptr<@f> -> !lltype.signed
  lltype.return
}

// -----

lltype.struct @S gc (x: !lltype.signed)
lltype.array @AS gc of !lltype.inline<@S>
lltype.func @f(%p: !lltype.ptr<@AS>, %i: !lltype.signed) {
  // expected-error @+1 {{items of @AS have type '!lltype.inline<@S>', which is not read or written whole}}
  %0 = lltype.getarrayitem %p[%i] : !lltype.ptr<@AS> -> !lltype.signed
  lltype.return
}

// -----

lltype.array @A gc of !lltype.signed
lltype.func @f(%p: !lltype.ptr<@A>, %i: !lltype.signed) {
  // expected-error @+1 {{items have type '!lltype.signed', not '!lltype.char'}}
  %0 = lltype.getarrayitem %p[%i] : !lltype.ptr<@A> -> !lltype.char
  lltype.return
}

// -----

lltype.array @A gc of !lltype.signed
lltype.func @f(%p: !lltype.ptr<@A>, %i: !lltype.signed, %c: !lltype.char) {
  // expected-error @+1 {{items have type '!lltype.signed', not '!lltype.char'}}
  lltype.setarrayitem %p[%i], %c : !lltype.ptr<@A>, !lltype.char
  lltype.return
}

// -----

lltype.struct @S gc (x: !lltype.signed)
lltype.func @f() {
  // expected-error @+1 {{calls @S, which is not an lltype.func}}
  lltype.direct_call @S() : () -> ()
  lltype.return
}

// -----

lltype.func @f() {
  %0 = lltype.constant 1 : !lltype.signed
  // expected-error @+1 {{calls @f of type '() -> ()' with '(!lltype.signed) -> ()'}}
  lltype.direct_call @f(%0) : (!lltype.signed) -> ()
  lltype.return
}

// -----

lltype.func @f(%g: !lltype.funcptr<(!lltype.signed) -> ()>) {
  // expected-error @+1 {{calls a function of type '(!lltype.signed) -> ()' with '() -> ()'}}
  "lltype.indirect_call"(%g) : (!lltype.funcptr<(!lltype.signed) -> ()>) -> ()
  lltype.return
}

// -----

lltype.struct @vt (n: !lltype.signed)
lltype.struct @obj gc (t: !lltype.ptr<@vt>)
lltype.global @vt.E : @vt = [0]
lltype.func @f() {
  // expected-error @+1 {{must follow an operation that can raise}}
  lltype.catch ^bb1, [@vt.E -> ^bb2]
^bb1:
  lltype.return
^bb2(%e: !lltype.ptr<@obj>):
  lltype.return
}

// -----

lltype.struct @vt (n: !lltype.signed)
lltype.struct @obj gc (t: !lltype.ptr<@vt>)
lltype.global @vt.E : @vt = [0]
lltype.func @f() {
  lltype.direct_call @f() : () -> ()
  // expected-error @+1 {{needs at least one handler}}
  "lltype.catch"()[^bb1] {exception_classes = [], handler_operand_segments = array<i32>, operandSegmentSizes = array<i32: 0, 0>} : () -> ()
^bb1:
  lltype.return
}

// -----

lltype.struct @vt (n: !lltype.signed)
lltype.struct @obj gc (t: !lltype.ptr<@vt>)
lltype.global @vt.E : @vt = [0]
lltype.func @f() {
  lltype.direct_call @f() : () -> ()
  // expected-error @+1 {{exception class 1 : i64 is not a vtable}}
  lltype.catch ^bb1, [1 -> ^bb2]
^bb1:
  lltype.return
^bb2(%e: !lltype.ptr<@obj>):
  lltype.return
}

// -----

lltype.struct @vt (n: !lltype.signed)
lltype.struct @obj gc (t: !lltype.ptr<@vt>)
lltype.global @vt.E : @vt = [0]
lltype.func @f() {
  lltype.direct_call @f() : () -> ()
  // expected-error @+1 {{handler block must take the exception (a pointer) as its first argument}}
  lltype.catch ^bb1, [@vt.E -> ^bb2]
^bb1:
  lltype.return
^bb2(%e: !lltype.signed):
  lltype.return
}

// -----

lltype.struct @vt (n: !lltype.signed)
lltype.struct @obj gc (t: !lltype.ptr<@vt>)
lltype.global @vt.E : @vt = [0]
lltype.func @f() {
  lltype.direct_call @f() : () -> ()
  // expected-error @+1 {{exception class @vt is not an lltype.global (a vtable)}}
  lltype.catch ^bb1, [@vt -> ^bb2]
^bb1:
  lltype.return
^bb2(%e: !lltype.ptr<@obj>):
  lltype.return
}
