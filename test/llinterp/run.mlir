// The llinterpreter runs hand-written lltype graphs as the executable would:
// Python's integer division, the class-id ranges of handlers, calls through
// vtables, struct items of arrays, prebuilt data, and the runtime's C
// functions; an uncaught exception ends the program as CPython does.
// RUN: rpy-llinterp %s -- x | FileCheck %s
// RUN: not rpy-llinterp %s -- x y 2>&1 | FileCheck %s --check-prefix=UNCAUGHT
// The same after the exception and GC transforms, collecting at every
// allocation.
// RUN: rpy-opt %s --lltype-exception-transform --lltype-gc-transform | env RPY_GC_STRESS=1 rpy-llinterp - -- x | FileCheck %s

// CHECK: -4 1 -3 2
// CHECK-NEXT: 7 1
// CHECK-NEXT: 11
// CHECK-NEXT: checked 2
// CHECK-NEXT: 42 55
// UNCAUGHT: caught 3
// UNCAUGHT: ValueError: two arguments

module {
  lltype.struct @rpy_string gc (hash: !lltype.signed, chars: !lltype.array<!lltype.char>)
  lltype.array @array.str gc of !lltype.ptr<@rpy_string>
  lltype.struct @list.str gc (length: !lltype.signed, items: !lltype.ptr<@array.str>)
  lltype.struct @vtable.object (subclassrange_min: !lltype.signed, subclassrange_max: !lltype.signed, name: !lltype.ptr<@rpy_string>)
  lltype.struct @inst.object gc (typeptr: !lltype.ptr<@vtable.object>)
  lltype.struct @inst.BaseException gc (super: !lltype.inline<@inst.object>, message: !lltype.ptr<@rpy_string>)
  lltype.struct @vtable.Shape (super: !lltype.inline<@vtable.object>, area: !lltype.funcptr<(!lltype.signed) -> !lltype.signed>)
  lltype.struct @pair (key: !lltype.signed, value: !lltype.signed)
  lltype.array @pairs gc of !lltype.inline<@pair>

  lltype.global @str.space : @rpy_string = [0, " "]
  lltype.global @str.checked : @rpy_string = [0, "checked "]
  lltype.global @str.caught : @rpy_string = [0, "caught "]
  lltype.global @str.ValueError : @rpy_string = [0, "ValueError"]
  lltype.global @str.KeyError : @rpy_string = [0, "KeyError"]
  lltype.global @str.message : @rpy_string = [0, "two arguments"]
  lltype.global @str.Square : @rpy_string = [0, "Square"]
  // ValueError is 3..4, KeyError 4..5: a KeyError handler misses ValueError.
  lltype.global @vtable.ValueError : @vtable.object = [3, 4, @str.ValueError]
  lltype.global @vtable.KeyError : @vtable.object = [4, 5, @str.KeyError]
  lltype.global @vtable.Square : @vtable.Shape = [[8, 9, @str.Square], @square]
  lltype.global @pairs.prebuilt : @pairs = [[40, 2], [50, 5]]

  lltype.func private @rpy_int_str(!lltype.signed) -> !lltype.ptr<@rpy_string>
  lltype.func private @rpy_stdout_write(!lltype.ptr<@rpy_string>)
  lltype.func private @rpy_print_newline()

  lltype.func @print_int(%n: !lltype.signed) {
    %s = lltype.direct_call @rpy_int_str(%n) : (!lltype.signed) -> !lltype.ptr<@rpy_string>
    lltype.direct_call @rpy_stdout_write(%s) : (!lltype.ptr<@rpy_string>) -> ()
    %space = lltype.addressof @str.space : !lltype.ptr<@rpy_string>
    lltype.direct_call @rpy_stdout_write(%space) : (!lltype.ptr<@rpy_string>) -> ()
    lltype.return
  }

  lltype.func @square(%n: !lltype.signed) -> !lltype.signed {
    %r = lltype.int_mul %n, %n
    lltype.return %r : !lltype.signed
  }

  // Raises ValueError("two arguments") when n is 3 (the program and two).
  lltype.func @check(%n: !lltype.signed) -> !lltype.signed {
    %three = lltype.constant 3 : !lltype.signed
    %bad = lltype.int_eq %n, %three
    lltype.cond_br %bad, ^raise, ^ok
  ^raise:
    %e = lltype.malloc : !lltype.ptr<@inst.BaseException>
    %obj = lltype.cast_pointer %e : !lltype.ptr<@inst.BaseException> to !lltype.ptr<@inst.object>
    %vt = lltype.addressof @vtable.ValueError : !lltype.ptr<@vtable.object>
    lltype.setfield %obj["typeptr"], %vt : !lltype.ptr<@inst.object>, !lltype.ptr<@vtable.object>
    %m = lltype.addressof @str.message : !lltype.ptr<@rpy_string>
    lltype.setfield %e["message"], %m : !lltype.ptr<@inst.BaseException>, !lltype.ptr<@rpy_string>
    lltype.raise %obj : !lltype.ptr<@inst.object>
  ^ok:
    lltype.return %n : !lltype.signed
  }

  lltype.func @rpy_entry(%argv: !lltype.ptr<@list.str>) -> !lltype.signed {
    %argc = lltype.getfield %argv["length"] : !lltype.ptr<@list.str> -> !lltype.signed
    // Python's floor division and modulo of -7 by 2 (argc is 2), and by -2.
    %c7 = lltype.constant 7 : !lltype.signed
    %m7 = lltype.int_neg %c7
    %q = lltype.int_floordiv %m7, %argc
    %r = lltype.int_mod %m7, %argc
    lltype.direct_call @print_int(%q) : (!lltype.signed) -> ()
    lltype.direct_call @print_int(%r) : (!lltype.signed) -> ()
    %margc = lltype.int_neg %argc
    %c5 = lltype.constant 5 : !lltype.signed
    %q2 = lltype.int_floordiv %c5, %margc
    %one = lltype.constant 1 : !lltype.signed
    %r2 = lltype.int_add %argc, %one
    %r3 = lltype.int_floordiv %c5, %r2
    %r4 = lltype.int_mul %r3, %argc
    lltype.direct_call @print_int(%q2) : (!lltype.signed) -> ()
    lltype.direct_call @print_int(%r4) : (!lltype.signed) -> ()
    lltype.direct_call @rpy_print_newline() : () -> ()
    // Float modulo takes the divisor's sign: -1.5 % 8.5 is 7.0; chars compare unsigned.
    %fa = lltype.constant -1.5 : !lltype.float
    %fb = lltype.constant 8.5 : !lltype.float
    %fm = lltype.float_mod %fa, %fb
    %fi = lltype.cast_float_to_int %fm
    lltype.direct_call @print_int(%fi) : (!lltype.signed) -> ()
    %ca = lltype.constant 233 : !lltype.char
    %cb = lltype.constant 65 : !lltype.char
    %cgt = lltype.char_gt %ca, %cb
    %cgti = lltype.cast_bool_to_int %cgt
    lltype.direct_call @print_int(%cgti) : (!lltype.signed) -> ()
    lltype.direct_call @rpy_print_newline() : () -> ()
    // A call through the vtable: area(argc + 1) of a Square is 9, plus argc.
    %vt = lltype.addressof @vtable.Square : !lltype.ptr<@vtable.Shape>
    %area = lltype.getfield %vt["area"] : !lltype.ptr<@vtable.Shape> -> !lltype.funcptr<(!lltype.signed) -> !lltype.signed>
    %a = lltype.indirect_call %area(%r2) : !lltype.funcptr<(!lltype.signed) -> !lltype.signed>
    %a2 = lltype.int_add %a, %argc
    lltype.direct_call @print_int(%a2) : (!lltype.signed) -> ()
    lltype.direct_call @rpy_print_newline() : () -> ()
    // With three arguments check raises: the first handler (KeyError) does
    // not match; ValueError does.
    %checked = lltype.direct_call @check(%argc) : (!lltype.signed) -> !lltype.signed
    lltype.catch ^fine(%checked : !lltype.signed), [@vtable.KeyError -> ^keyerror, @vtable.ValueError -> ^valueerror(%argc : !lltype.signed)]
  ^fine(%v: !lltype.signed):
    %checkedstr = lltype.addressof @str.checked : !lltype.ptr<@rpy_string>
    lltype.direct_call @rpy_stdout_write(%checkedstr) : (!lltype.ptr<@rpy_string>) -> ()
    lltype.direct_call @print_int(%v) : (!lltype.signed) -> ()
    lltype.direct_call @rpy_print_newline() : () -> ()
    lltype.br ^items
  ^keyerror(%k: !lltype.ptr<@inst.object>):
    lltype.return %one : !lltype.signed
  ^valueerror(%e: !lltype.ptr<@inst.object>, %n: !lltype.signed):
    // Caught, reported, and raised again: nothing else catches it.
    %caught = lltype.addressof @str.caught : !lltype.ptr<@rpy_string>
    lltype.direct_call @rpy_stdout_write(%caught) : (!lltype.ptr<@rpy_string>) -> ()
    lltype.direct_call @print_int(%n) : (!lltype.signed) -> ()
    lltype.direct_call @rpy_print_newline() : () -> ()
    lltype.raise %e : !lltype.ptr<@inst.object>
  ^items:
    // Struct items of a prebuilt array, and of a new one.
    %pairs = lltype.addressof @pairs.prebuilt : !lltype.ptr<@pairs>
    %zero = lltype.constant 0 : !lltype.signed
    %k0 = lltype.getinteriorfield %pairs[%zero]["key"] : !lltype.ptr<@pairs> -> !lltype.signed
    %v0 = lltype.getinteriorfield %pairs[%zero]["value"] : !lltype.ptr<@pairs> -> !lltype.signed
    %sum = lltype.int_add %k0, %v0
    lltype.direct_call @print_int(%sum) : (!lltype.signed) -> ()
    %fresh = lltype.malloc_varsize %argc : !lltype.ptr<@pairs>
    %k1 = lltype.getinteriorfield %pairs[%one]["key"] : !lltype.ptr<@pairs> -> !lltype.signed
    %v1 = lltype.getinteriorfield %pairs[%one]["value"] : !lltype.ptr<@pairs> -> !lltype.signed
    lltype.setinteriorfield %fresh[%one]["value"], %v1 : !lltype.ptr<@pairs>, !lltype.signed
    %back = lltype.getinteriorfield %fresh[%one]["value"] : !lltype.ptr<@pairs> -> !lltype.signed
    %sum2 = lltype.int_add %k1, %back
    lltype.direct_call @print_int(%sum2) : (!lltype.signed) -> ()
    lltype.direct_call @rpy_print_newline() : () -> ()
    lltype.return %zero : !lltype.signed
  }
}
