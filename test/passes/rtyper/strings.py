# Strings: pointers to the runtime's rpy_string; literals are globals;
# + == != < in * through rpy_str_* helpers, indexing as a getarrayitem
# of `chars` (a negative index counting from the end), slices clamped by
# the runtime, the methods as runtime calls (a char argument made a
# string first), str() and repr(), and int()/float() of a string through
# ll_parse_* helpers that raise ValueError.
# RUN: rpy-translate %s --emit=ll | FileCheck %s
# RUN: rpy-translate %s --emit=ll | rpy-opt | FileCheck %s
# RUN: rpy-translate %s --backend=llinterp | FileCheck %s --check-prefix=OUT
import sys

# OUT: abcbc False True True True abcabc a c 3
# OUT-NEXT: ello wor ello world hello wor rld
# OUT-NEXT: [a b|a b  |  a b]
# OUT-NEXT: 1 4 2 False True
# OUT-NEXT: a-b-cB;A,B,CB;a,b,cb 3
# OUT-NEXT: True False False True False False
# OUT-NEXT: -7 2.5 '42' z42 43 42.0

# CHECK-DAG: lltype.struct @rpy_string gc (hash: !lltype.signed, chars: !lltype.array<!lltype.char>)
# CHECK-DAG: lltype.global @str.{{[0-9]+}} : @rpy_string = [0, "hello world"]
# CHECK-DAG: lltype.global @str.{{[0-9]+}} : @rpy_string = [0, "invalid literal for int() with base 10: "]


# CHECK-LABEL: lltype.func @main(
# split() without a separator passes null.
# CHECK: %[[NOSEP:.*]] = lltype.null : !lltype.ptr<@rpy_string>
# CHECK: lltype.direct_call @rpy_str_split(%{{.*}}, %[[NOSEP]], %{{.*}})
def main(argv):
    cat, eq, ne, lt, has, twice, first, last, n = ops("abc", "bc")
    print(cat, eq, ne, lt, has, twice, first, last, n)
    a, b, c, d = slices("hello world", 1, -2)
    print(a, b, c, d)
    print(strips("  a b  "))
    f, rf, cnt, sw, ew = searches("abcabc", "bc")
    print(f, rf, cnt, sw, ew)
    print(rewrite("a,b,cB"), len("x y  z".split()))
    p1, p2, p3, p4, p5, p6 = predicates("123")
    print(p1, p2, p3, p4, p5, p6)
    s1, s2, s3, s4, i, x = conversions("42", -7, 2.5, "z")
    print(s1, s2, s3, s4, i + 1, x)
    return 0


# CHECK-LABEL: lltype.func @ops(%arg0: !lltype.ptr<@rpy_string>, %arg1: !lltype.ptr<@rpy_string>)
# CHECK: lltype.direct_call @rpy_str_concat(%arg0, %arg1)
# CHECK: lltype.direct_call @rpy_str_eq(%arg0, %arg1)
# CHECK: %[[EQ:.*]] = lltype.direct_call @rpy_str_eq(%arg0, %arg1)
# CHECK: lltype.bool_not %[[EQ]]
# Ordering: the sign of rpy_str_cmp.
# CHECK: %[[CMP:.*]] = lltype.direct_call @rpy_str_cmp(%arg0, %arg1) : (!lltype.ptr<@rpy_string>, !lltype.ptr<@rpy_string>) -> !lltype.signed
# CHECK: lltype.int_lt %[[CMP]]
# CHECK: lltype.direct_call @rpy_str_contains(%arg0, %arg1)
# CHECK: lltype.direct_call @rpy_str_mul(%arg0, %{{.*}}) : (!lltype.ptr<@rpy_string>, !lltype.signed)
# a[-1]: index + (length & (index >> 63)).
# CHECK: %[[LAST:.*]] = lltype.constant -1 : !lltype.signed
# CHECK: %[[LEN:.*]] = lltype.getarraysize %arg0["chars"]
# CHECK: %[[SIGN:.*]] = lltype.int_rshift %[[LAST]]
# CHECK: %[[OFF:.*]] = lltype.int_and %[[LEN]], %[[SIGN]]
# CHECK: %[[IDX:.*]] = lltype.int_add %[[LAST]], %[[OFF]]
# CHECK: lltype.getarrayitem %arg0 ["chars", %[[IDX]]] : !lltype.ptr<@rpy_string> -> !lltype.char
# len(): the size of the inline array.
# CHECK: lltype.getarraysize %arg0["chars"]
def ops(a, b):
    return a + b, a == b, a != b, a < b, b in a, a * 2, a[0], a[-1], len(a)


# A bound left out is 0 or the length.
# CHECK-LABEL: lltype.func @slices(
# CHECK: lltype.direct_call @rpy_str_slice(%arg0, %arg1, %arg2)
# CHECK: %[[LEN:.*]] = lltype.getarraysize %arg0["chars"]
# CHECK: lltype.direct_call @rpy_str_slice(%arg0, %arg1, %[[LEN]])
# CHECK: %[[ZERO:.*]] = lltype.constant 0 : !lltype.signed
# CHECK: lltype.direct_call @rpy_str_slice(%arg0, %[[ZERO]], %arg2)
def slices(s, i, j):
    return s[i:j], s[i:], s[:j], s[-3:]


# CHECK-LABEL: lltype.func @strips(
# CHECK: lltype.direct_call @rpy_str_strip(%arg0, %{{.*}})
# CHECK: lltype.direct_call @rpy_str_lstrip(%arg0, %{{.*}})
# CHECK: lltype.direct_call @rpy_str_rstrip(%arg0, %{{.*}})
def strips(s):
    return "[" + s.strip() + "|" + s.lstrip() + "|" + s.rstrip() + "]"


# find() and friends take the whole string as the default range.
# CHECK-LABEL: lltype.func @searches(
# CHECK: lltype.direct_call @rpy_str_find(%arg0, %arg1, %{{.*}}, %{{.*}}) : (!lltype.ptr<@rpy_string>, !lltype.ptr<@rpy_string>, !lltype.signed, !lltype.signed) -> !lltype.signed
# CHECK: lltype.direct_call @rpy_str_rfind(%arg0, %arg1,
# CHECK: lltype.direct_call @rpy_str_count(%arg0, %arg1,
# CHECK: lltype.direct_call @rpy_str_startswith(%arg0, %arg1)
# CHECK: lltype.direct_call @rpy_str_endswith(%arg0, %arg1)
def searches(s, sub):
    return s.find(sub), s.rfind(sub), s.count(sub), s.startswith(sub), s.endswith(sub)


# A one-character literal is a char: made a string for the runtime.
# CHECK-LABEL: lltype.func @rewrite(
# CHECK: %[[COMMA:.*]] = lltype.constant 44 : !lltype.char
# CHECK: %[[SEP:.*]] = lltype.direct_call @rpy_str_from_char(%[[COMMA]])
# CHECK: lltype.direct_call @rpy_str_split(%arg0, %[[SEP]], %{{.*}}) : (!lltype.ptr<@rpy_string>, !lltype.ptr<@rpy_string>, !lltype.signed) -> !lltype.ptr<@list.str>
# CHECK: lltype.direct_call @rpy_str_join_array
# CHECK: lltype.direct_call @rpy_str_replace(%arg0,
# CHECK: lltype.direct_call @rpy_str_upper
# CHECK: lltype.direct_call @rpy_str_lower(%arg0)
def rewrite(s):
    words = s.split(",")
    return "-".join(words) + ";" + s.replace("b", "B").upper() + ";" + s.lower()


# CHECK-LABEL: lltype.func @predicates(
# CHECK: lltype.direct_call @rpy_str_isdigit(%arg0) : (!lltype.ptr<@rpy_string>) -> !lltype.bool
# CHECK: lltype.direct_call @rpy_str_isalpha(%arg0)
# CHECK: lltype.direct_call @rpy_str_isspace(%arg0)
# CHECK: lltype.direct_call @rpy_str_isalnum(%arg0)
# CHECK: lltype.direct_call @rpy_str_islower(%arg0)
# CHECK: lltype.direct_call @rpy_str_isupper(%arg0)
def predicates(s):
    return s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(), s.islower(), s.isupper()


# CHECK-LABEL: lltype.func @conversions(%arg0: !lltype.ptr<@rpy_string>, %arg1: !lltype.signed, %arg2: !lltype.float, %arg3: !lltype.char)
# CHECK: lltype.direct_call @rpy_int_str(%arg1)
# CHECK: lltype.direct_call @rpy_float_repr(%arg2)
# CHECK: lltype.direct_call @rpy_str_repr(%arg0)
# CHECK: %[[C:.*]] = lltype.direct_call @rpy_str_from_char(%arg3)
# CHECK: lltype.direct_call @rpy_str_concat(%[[C]], %arg0)
# CHECK: lltype.direct_call @ll_parse_int(%arg0) : (!lltype.ptr<@rpy_string>) -> !lltype.signed
# CHECK: lltype.direct_call @ll_parse_float(%arg0) : (!lltype.ptr<@rpy_string>) -> !lltype.float
def conversions(s, n, x, c):
    return str(n), str(x), repr(s), str(c) + s, int(s), float(s)


# The parse helpers: the runtime's parse, then its status; a failure
# raises ValueError with CPython's message.
# CHECK-LABEL: lltype.func @ll_parse_int(%arg0: !lltype.ptr<@rpy_string>) -> !lltype.signed
# CHECK: lltype.direct_call @rpy_parse_int(%arg0)
# CHECK: %[[STATUS:.*]] = lltype.direct_call @rpy_parse_status()
# CHECK: %[[FAILED:.*]] = lltype.int_is_true %[[STATUS]]
# CHECK: lltype.cond_br %[[FAILED]]
# CHECK: lltype.direct_call @rpy_str_repr(%arg0)
# CHECK: lltype.direct_call @ll_raise.ValueError
# CHECK-NEXT: lltype.unreachable
# CHECK-LABEL: lltype.func @ll_raise.ValueError(%arg0: !lltype.ptr<@rpy_string>)
# CHECK: lltype.setfield %{{.*}}["message"], %arg0
# CHECK: lltype.raise
# CHECK-LABEL: lltype.func @ll_parse_float(%arg0: !lltype.ptr<@rpy_string>) -> !lltype.float
# CHECK: lltype.direct_call @rpy_parse_float(%arg0)
# CHECK: lltype.direct_call @rpy_parse_status()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
