// Every verifier and parser message of the ann dialect.
// RUN: rpy-opt %s -split-input-file -verify-diagnostics
// expected-error @+1 {{tuple element type must be an !ann type, not 'i64'}}
flow.func @f(%a: !ann.tuple<!ann.int, i64>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{list element type must be an !ann type, not '!flow.obj'}}
flow.func @f(%a: !ann.list<!flow.obj>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{dict key type must be an !ann type, not 'i64'}}
flow.func @f(%a: !ann.dict<i64, !ann.int>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{dict key type '!ann.list<!ann.int>' is not hashable}}
flow.func @f(%a: !ann.dict<!ann.list<!ann.int>, !ann.int>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{dict key type '!ann.tuple<!ann.int, !ann.set<!ann.int>>' is not hashable}}
flow.func @f(%a: !ann.dict<!ann.tuple<!ann.int, !ann.set<!ann.int>>, !ann.int>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{dict value type must be an !ann type, not 'f64'}}
flow.func @f(%a: !ann.dict<!ann.str, f64>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{set element type '!ann.dict<!ann.int, !ann.int>' is not hashable}}
flow.func @f(%a: !ann.set<!ann.dict<!ann.int, !ann.int>>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{set element type must be an !ann type, not 'i1'}}
flow.func @f(%a: !ann.set<i1>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{instance class must be a flow.class symbol or a #flow.builtin class, not 42 : i64}}
flow.func @f(%a: !ann.instance<42>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{instance class must be a flow.class symbol or a #flow.builtin class, not @mod::@Point}}
flow.func @f(%a: !ann.instance<@mod::@Point>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{PBC set must not be empty (use !ann.impossible)}}
flow.func @f(%a: !ann.pbc<[]>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{PBC set member 1 : i64 is not a symbol or a #flow.builtin}}
flow.func @f(%a: !ann.pbc<[@f, 1]>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{PBC set members must be sorted (symbols, then built-ins, by name) and unique, but @g precedes @f}}
flow.func @f(%a: !ann.pbc<[@g, @f]>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{PBC set members must be sorted (symbols, then built-ins, by name) and unique, but #flow.builtin<"len"> precedes @f}}
flow.func @f(%a: !ann.pbc<[#flow.builtin<"len">, @f]>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{PBC set members must be sorted (symbols, then built-ins, by name) and unique, but @f precedes @f}}
flow.func @f(%a: !ann.pbc<[@f, @f], nullable>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{method set must not be empty (use !ann.impossible)}}
flow.func @f(%a: !ann.method<[], !ann.instance<@A>>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{method set member #flow.builtin<"len"> is not a flow.func symbol}}
flow.func @f(%a: !ann.method<[#flow.builtin<"len">], !ann.instance<@A>>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{method set members must be sorted (symbols, then built-ins, by name) and unique, but @B.f precedes @A.f}}
flow.func @f(%a: !ann.method<[@B.f, @A.f], !ann.instance<@A>>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{method self type must be a non-nullable !ann.instance or !ann.pbc, not '!ann.str'}}
flow.func @f(%a: !ann.method<[@A.f], !ann.str>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{method self type must be a non-nullable !ann.instance or !ann.pbc, not '!ann.instance<@A, nullable>'}}
flow.func @f(%a: !ann.method<[@A.f], !ann.instance<@A, nullable>>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{iterator container must be an !ann type, not 'i64'}}
flow.func @f(%a: !ann.iter<i64>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{cannot iterate over '!ann.float'}}
flow.func @f(%a: !ann.iter<!ann.float>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{cannot iterate over '!ann.impossible'}}
flow.func @f(%a: !ann.iter<!ann.impossible>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{cannot iterate over '!ann.list<!ann.int>' as 'values'}}
flow.func @f(%a: !ann.iter<!ann.list<!ann.int>, values>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{cannot iterate over '!ann.dict<!ann.int, !ann.int>' as 'reversed'}}
flow.func @f(%a: !ann.iter<!ann.dict<!ann.int, !ann.int>, reversed>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{cannot iterate over '!ann.str' as 'range'}}
flow.func @f(%a: !ann.iter<!ann.str, range>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{unknown flag 'positive', expected 'nonneg' or 'unsigned'}}
flow.func @f(%a: !ann.int<positive>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{flag 'nullable' is repeated}}
flow.func @f(%a: !ann.str<nullable, nullable>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{unknown flag 'resizable', expected 'fixed', 'mutated' or 'nullable'}}
flow.func @f(%a: !ann.list<!ann.int, resizable>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{unknown flag 'nullable', expected 'no_nul'}}
flow.func @f(%a: !ann.char<nullable>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{unknown flag 'fixed', expected 'nullable'}}
flow.func @f(%a: !ann.instance<@A, fixed>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}

// -----

// expected-error @+1 {{unknown iterator kind 'keys', expected 'range', 'values', 'items', 'reversed' or 'enumerate'}}
flow.func @f(%a: !ann.iter<!ann.list<!ann.int>, keys>) -> !ann.none attributes {arg_names = ["a"]} {
  %0 = flow.constant #flow.none -> !ann.none
  flow.return %0 : !ann.none
}
