# The RTyper's representations and rules: numbers as machine words and
# doubles, strings as pointers to rpy_string (helpers of the runtime), calls
# with defaults, print, lists and for loops as explicit iterator checks,
# and the runtime's entry glue.
# RUN: rpy-translate %s --emit=ll | FileCheck %s
# RUN: rpy-translate %s --emit=ll | rpy-opt | FileCheck %s

# CHECK-DAG: lltype.struct @rpy_string gc (hash: !lltype.signed, chars: !lltype.array<!lltype.char>)
# CHECK-DAG: lltype.array @array.str gc of !lltype.ptr<@rpy_string>
# CHECK-DAG: lltype.struct @list.str gc (length: !lltype.signed, items: !lltype.ptr<@array.str>)
# CHECK-DAG: lltype.struct @iter.range gc (next: !lltype.signed, stop: !lltype.signed, step: !lltype.signed)
# CHECK-DAG: lltype.global @str.{{[0-9]+}} : @rpy_string = [0, "total"]


# CHECK-LABEL: lltype.func @main(%arg0: !lltype.ptr<@list.str>) -> !lltype.signed
# print: each argument as a string, written with the separators.
# CHECK: lltype.direct_call @rpy_int_str
# CHECK: lltype.direct_call @rpy_stdout_write
# A list literal appended to: the runtime's list layout and ll_append.
# CHECK: lltype.malloc_varsize %{{.*}} : !lltype.ptr<@array.str>
# CHECK: lltype.direct_call @ll_append.str
def main(argv):
    print("total", total(10), fib(10), scale(7))
    words = ["a", greet(argv[0])]
    words.append("b")
    for w in words:
        print(w, len(w))
    return 0


# A for loop over range(): the bounds in an iterator, tested each time.
# CHECK-LABEL: lltype.func @total(%arg0: !lltype.signed) -> !lltype.signed
# CHECK: lltype.malloc : !lltype.ptr<@iter.range>
# CHECK: lltype.getfield %{{.*}}["next"]
# CHECK: lltype.cond_br
def total(n):
    t = 0
    for i in range(n):
        t += i
    return t


# CHECK-LABEL: lltype.func @fib(%arg0: !lltype.signed) -> !lltype.signed
# CHECK: lltype.int_lt
# CHECK: lltype.direct_call @fib
# CHECK: lltype.int_add
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


# Python's // on machine words; a float operand makes float arithmetic.
# CHECK-LABEL: lltype.func @scale(%arg0: !lltype.signed, %arg1: !lltype.signed) -> !lltype.float
# CHECK: lltype.int_floordiv
# CHECK: lltype.cast_int_to_float
# CHECK: lltype.float_mul
def scale(a, b=3):
    return (a // b) * 0.5


# CHECK-LABEL: lltype.func @greet(%arg0: !lltype.ptr<@rpy_string>) -> !lltype.ptr<@rpy_string>
# CHECK: lltype.direct_call @rpy_str_from_char
# CHECK: lltype.direct_call @rpy_str_concat
def greet(name):
    return name + "!"


# CHECK-LABEL: lltype.func @ll_append.str(%arg0: !lltype.ptr<@list.str>, %arg1: !lltype.ptr<@rpy_string>)
# CHECK-LABEL: lltype.func @rpy_entry(%arg0: !lltype.ptr<@list.str>) -> !lltype.signed
# CHECK: lltype.direct_call @main
