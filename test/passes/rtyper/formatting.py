# Formatting: %-formatting with a constant format and f-strings are split
# at compile time; a piece without a spec is str() of its value, one with
# flags, width or precision calls rpy_format_int/float/str with the
# conversion, the RPY_FMT_* flags (1 left, 2 plus, 8 zero, 16 alternate),
# the width (0: none) and the precision (-1: none); the pieces are
# concatenated. An f-string spec maps onto the same conversions (a string
# goes left unless told otherwise).
# RUN: rpy-translate %s --emit=ll | FileCheck %s
# RUN: rpy-translate %s --emit=ll | rpy-opt | FileCheck %s
# RUN: rpy-translate %s --backend=llinterp | FileCheck %s --check-prefix=OUT
import sys

# OUT: 65   |00065|0x41|65|65|   65|+65| 65|41|101|0o101|A
# OUT-NEXT:      3.142|+3.1|3.141590|3.14|3.142     |3.141590e+00|3.142E+00|3.14159|3.14159|3.14159
# OUT-NEXT: [hello     |'hello'|hello|     hello|he|True|1|5%]
# OUT-NEXT:    42|00042|0X2A|42|   42|42   |+42| 42|2a|52|42
# OUT-NEXT:   -2.718|  -2.71828|-2.71828|-2.72|-2.718  |-0002.72|-2.718280e+00|-2.72|-2.7
# OUT-NEXT: [abc       |   'abc'|abc|       abc|abc       |'abc'|False|0]

# The tuple of values is never built.
# CHECK-NOT: lltype.struct @tuple


# CHECK-LABEL: lltype.func @ints(%arg0: !lltype.signed) -> !lltype.ptr<@rpy_string>
# %-5d: 'd', left, width 5.
# CHECK: %[[C1:.*]] = lltype.constant 100 : !lltype.char
# CHECK-NEXT: %[[F1:.*]] = lltype.constant 1 : !lltype.signed
# CHECK-NEXT: %[[W1:.*]] = lltype.constant 5 : !lltype.signed
# CHECK-NEXT: %[[P1:.*]] = lltype.constant -1 : !lltype.signed
# CHECK-NEXT: lltype.direct_call @rpy_format_int(%arg0, %[[C1]], %[[F1]], %[[W1]], %[[P1]]) : (!lltype.signed, !lltype.char, !lltype.signed, !lltype.signed, !lltype.signed) -> !lltype.ptr<@rpy_string>
# %05d: zero-padded.
# CHECK: %[[C2:.*]] = lltype.constant 100 : !lltype.char
# CHECK-NEXT: %[[F2:.*]] = lltype.constant 8 : !lltype.signed
# CHECK-NEXT: %[[W2:.*]] = lltype.constant 5 : !lltype.signed
# CHECK-NEXT: %[[P2:.*]] = lltype.constant -1 : !lltype.signed
# CHECK-NEXT: lltype.direct_call @rpy_format_int(%arg0, %[[C2]], %[[F2]], %[[W2]], %[[P2]])
# %#x: 'x', alternate.
# CHECK: %[[C3:.*]] = lltype.constant 120 : !lltype.char
# CHECK-NEXT: %[[F3:.*]] = lltype.constant 16 : !lltype.signed
# CHECK-NEXT: %[[W3:.*]] = lltype.constant 0 : !lltype.signed
# CHECK-NEXT: %[[P3:.*]] = lltype.constant -1 : !lltype.signed
# CHECK-NEXT: lltype.direct_call @rpy_format_int(%arg0, %[[C3]], %[[F3]], %[[W3]], %[[P3]])
# A plain %d is str().
# CHECK: lltype.direct_call @rpy_int_str(%arg0)
# CHECK: lltype.direct_call @rpy_str_concat
def ints(n):
    return "%-5d|%05d|%#x|%d|%i|%5d|%+d|% d|%X|%o|%#o|%c" % (n, n, n, n, n, n, n, n, n, n, n, n)


# CHECK-LABEL: lltype.func @floats(%arg0: !lltype.float) -> !lltype.ptr<@rpy_string>
# %10.3f
# CHECK: %[[C1:.*]] = lltype.constant 102 : !lltype.char
# CHECK-NEXT: %[[F1:.*]] = lltype.constant 0 : !lltype.signed
# CHECK-NEXT: %[[W1:.*]] = lltype.constant 10 : !lltype.signed
# CHECK-NEXT: %[[P1:.*]] = lltype.constant 3 : !lltype.signed
# CHECK-NEXT: lltype.direct_call @rpy_format_float(%arg0, %[[C1]], %[[F1]], %[[W1]], %[[P1]]) : (!lltype.float, !lltype.char, !lltype.signed, !lltype.signed, !lltype.signed) -> !lltype.ptr<@rpy_string>
# %+.1f
# CHECK: %[[C2:.*]] = lltype.constant 102 : !lltype.char
# CHECK-NEXT: %[[F2:.*]] = lltype.constant 2 : !lltype.signed
# CHECK-NEXT: %[[W2:.*]] = lltype.constant 0 : !lltype.signed
# CHECK-NEXT: %[[P2:.*]] = lltype.constant 1 : !lltype.signed
# CHECK-NEXT: lltype.direct_call @rpy_format_float(%arg0, %[[C2]], %[[F2]], %[[W2]], %[[P2]])
# %s of a float: the runtime formats it as repr() does.
# CHECK: %[[C3:.*]] = lltype.constant 115 : !lltype.char
# CHECK-NEXT: %[[F3:.*]] = lltype.constant 0 : !lltype.signed
# CHECK-NEXT: %[[W3:.*]] = lltype.constant 0 : !lltype.signed
# CHECK-NEXT: %[[P3:.*]] = lltype.constant -1 : !lltype.signed
# CHECK-NEXT: lltype.direct_call @rpy_format_float(%arg0, %[[C3]], %[[F3]], %[[W3]], %[[P3]])
def floats(x):
    return "%10.3f|%+.1f|%f|%.2f|%-10.3f|%e|%.3E|%g|%G|%s" % (x, x, x, x, x, x, x, x, x, x)


# CHECK-LABEL: lltype.func @strs(%arg0: !lltype.ptr<@rpy_string>, %arg1: !lltype.bool)
# %-10s
# CHECK: %[[C1:.*]] = lltype.constant 115 : !lltype.char
# CHECK-NEXT: %[[F1:.*]] = lltype.constant 1 : !lltype.signed
# CHECK-NEXT: %[[W1:.*]] = lltype.constant 10 : !lltype.signed
# CHECK-NEXT: %[[P1:.*]] = lltype.constant -1 : !lltype.signed
# CHECK-NEXT: lltype.direct_call @rpy_format_str(%arg0, %[[C1]], %[[F1]], %[[W1]], %[[P1]]) : (!lltype.ptr<@rpy_string>, !lltype.char, !lltype.signed, !lltype.signed, !lltype.signed) -> !lltype.ptr<@rpy_string>
# %r: the runtime's repr.
# CHECK: %[[C2:.*]] = lltype.constant 114 : !lltype.char
# CHECK: lltype.direct_call @rpy_format_str(%arg0, %[[C2]],
# %s of a bool is True or False; %d of it, its int.
# CHECK: lltype.cond_br %arg1
# CHECK: %[[B:.*]] = lltype.cast_bool_to_int %arg1
# CHECK: lltype.direct_call @rpy_int_str(%[[B]])
def strs(s, b):
    return "[%-10s|%r|%s|%10s|%.2s|%s|%d|%d%%]" % (s, s, s, s, s, b, b, len(s))


# CHECK-LABEL: lltype.func @fints(%arg0: !lltype.signed) -> !lltype.ptr<@rpy_string>
# {n:>5}
# CHECK: %[[C1:.*]] = lltype.constant 100 : !lltype.char
# CHECK-NEXT: %[[F1:.*]] = lltype.constant 0 : !lltype.signed
# CHECK-NEXT: %[[W1:.*]] = lltype.constant 5 : !lltype.signed
# CHECK-NEXT: %[[P1:.*]] = lltype.constant -1 : !lltype.signed
# CHECK-NEXT: lltype.direct_call @rpy_format_int(%arg0, %[[C1]], %[[F1]], %[[W1]], %[[P1]])
# {n:05d}
# CHECK: %[[C2:.*]] = lltype.constant 100 : !lltype.char
# CHECK-NEXT: %[[F2:.*]] = lltype.constant 8 : !lltype.signed
# CHECK-NEXT: %[[W2:.*]] = lltype.constant 5 : !lltype.signed
# CHECK-NEXT: %[[P2:.*]] = lltype.constant -1 : !lltype.signed
# CHECK-NEXT: lltype.direct_call @rpy_format_int(%arg0, %[[C2]], %[[F2]], %[[W2]], %[[P2]])
# {n:#X}
# CHECK: %[[C3:.*]] = lltype.constant 88 : !lltype.char
# CHECK-NEXT: %[[F3:.*]] = lltype.constant 16 : !lltype.signed
# CHECK-NEXT: %[[W3:.*]] = lltype.constant 0 : !lltype.signed
# CHECK-NEXT: %[[P3:.*]] = lltype.constant -1 : !lltype.signed
# CHECK-NEXT: lltype.direct_call @rpy_format_int(%arg0, %[[C3]], %[[F3]], %[[W3]], %[[P3]])
# {n}: str().
# CHECK: lltype.direct_call @rpy_int_str(%arg0)
def fints(n):
    return f"{n:>5}|{n:05d}|{n:#X}|{n}|{n:5}|{n:<5}|{n:+d}|{n: d}|{n:x}|{n:o}|{n!r}"


# CHECK-LABEL: lltype.func @ffloats(%arg0: !lltype.float) -> !lltype.ptr<@rpy_string>
# {x:>8.3f}
# CHECK: %[[C1:.*]] = lltype.constant 102 : !lltype.char
# CHECK-NEXT: %[[F1:.*]] = lltype.constant 0 : !lltype.signed
# CHECK-NEXT: %[[W1:.*]] = lltype.constant 8 : !lltype.signed
# CHECK-NEXT: %[[P1:.*]] = lltype.constant 3 : !lltype.signed
# CHECK-NEXT: lltype.direct_call @rpy_format_float(%arg0, %[[C1]], %[[F1]], %[[W1]], %[[P1]])
# {x:10}: str(x), padded as a string.
# CHECK: %[[R:.*]] = lltype.direct_call @rpy_float_repr(%arg0)
# CHECK-NEXT: %[[C2:.*]] = lltype.constant 115 : !lltype.char
# CHECK-NEXT: %[[F2:.*]] = lltype.constant 0 : !lltype.signed
# CHECK-NEXT: %[[W2:.*]] = lltype.constant 10 : !lltype.signed
# CHECK-NEXT: %[[P2:.*]] = lltype.constant -1 : !lltype.signed
# CHECK-NEXT: lltype.direct_call @rpy_format_str(%[[R]], %[[C2]], %[[F2]], %[[W2]], %[[P2]])
def ffloats(x):
    return f"{x:>8.3f}|{x:10}|{x}|{x:.2f}|{x:<8.3f}|{x:08.2f}|{x:e}|{x:.3g}|{x:+.1f}"


# CHECK-LABEL: lltype.func @fstrs(%arg0: !lltype.ptr<@rpy_string>, %arg1: !lltype.bool)
# {s:10}: left.
# CHECK: %[[C1:.*]] = lltype.constant 115 : !lltype.char
# CHECK-NEXT: %[[F1:.*]] = lltype.constant 1 : !lltype.signed
# CHECK-NEXT: %[[W1:.*]] = lltype.constant 10 : !lltype.signed
# CHECK-NEXT: %[[P1:.*]] = lltype.constant -1 : !lltype.signed
# CHECK-NEXT: lltype.direct_call @rpy_format_str(%arg0, %[[C1]], %[[F1]], %[[W1]], %[[P1]])
# {s!r:>8}: the conversion first, then the spec.
# CHECK: %[[R:.*]] = lltype.direct_call @rpy_str_repr(%arg0)
# CHECK-NEXT: %[[C2:.*]] = lltype.constant 115 : !lltype.char
# CHECK-NEXT: %[[F2:.*]] = lltype.constant 0 : !lltype.signed
# CHECK-NEXT: %[[W2:.*]] = lltype.constant 8 : !lltype.signed
# CHECK-NEXT: %[[P2:.*]] = lltype.constant -1 : !lltype.signed
# CHECK-NEXT: lltype.direct_call @rpy_format_str(%[[R]], %[[C2]], %[[F2]], %[[W2]], %[[P2]])
def fstrs(s, b):
    return f"[{s:10}|{s!r:>8}|{s}|{s:>10}|{s:<10}|{s!r}|{b}|{b:d}]"


# CHECK-DAG: lltype.func private @rpy_format_int(!lltype.signed, !lltype.char, !lltype.signed, !lltype.signed, !lltype.signed) -> !lltype.ptr<@rpy_string>
# CHECK-DAG: lltype.func private @rpy_format_float(!lltype.float, !lltype.char, !lltype.signed, !lltype.signed, !lltype.signed) -> !lltype.ptr<@rpy_string>
# CHECK-DAG: lltype.func private @rpy_format_str(!lltype.ptr<@rpy_string>, !lltype.char, !lltype.signed, !lltype.signed, !lltype.signed) -> !lltype.ptr<@rpy_string>
def main(argv):
    print(ints(65))
    print(floats(3.14159))
    print(strs("hello", True))
    print(fints(42))
    print(ffloats(-2.71828))
    print(fstrs("abc", False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
