# Tuples: an immutable GC struct `@tupleN.T0.T1... (item0, item1, ...)`;
# building one mallocs and sets the items, t[i] (a constant index, counted
# from the end when negative) reads one, unpacking reads them all (after
# the flow graph's length check); a constant tuple is a prebuilt global;
# None in a tuple holds a placeholder that is never stored.
# RUN: rpy-translate %s --emit=ll | FileCheck %s
# RUN: rpy-translate %s --emit=ll | rpy-opt | FileCheck %s
# RUN: rpy-translate %s --backend=llinterp | FileCheck %s --check-prefix=OUT
import sys

# OUT: 7 5
# OUT-NEXT: one 1
# OUT-NEXT: 11 inner True
# OUT-NEXT: 33
# OUT-NEXT: 0 origin 0.5 3

# CHECK-DAG: lltype.struct @tuple2.signed.signed gc (item0: !lltype.signed, item1: !lltype.signed)
# CHECK-DAG: lltype.struct @tuple2.signed.str gc (item0: !lltype.signed, item1: !lltype.ptr<@rpy_string>)
# CHECK-DAG: lltype.struct @tuple2.str.signed gc (item0: !lltype.ptr<@rpy_string>, item1: !lltype.signed)
# CHECK-DAG: lltype.struct @tuple3.signed.ptr.tuple2.signed.str.bool gc (item0: !lltype.signed, item1: !lltype.ptr<@tuple2.signed.str>, item2: !lltype.bool)
# CHECK-DAG: lltype.global @const.tuple.{{[0-9]+}} : @tuple2.signed.str = [1, @str.{{[0-9]+}}]
# CHECK-DAG: lltype.global @const.tuple.{{[0-9]+}} : @tuple2.signed.signed = [3, 4]
# CHECK-DAG: lltype.array @array.ptr.tuple2.signed.signed gc of !lltype.ptr<@tuple2.signed.signed>
ORIGIN = (0, "origin", 0.5)


# CHECK-LABEL: lltype.func @main(
# CHECK: %[[QR:.*]] = lltype.direct_call @divmod2(%{{.*}}, %{{.*}}) : (!lltype.signed, !lltype.signed) -> !lltype.ptr<@tuple2.signed.signed>
# CHECK: lltype.getfield %[[QR]]["item0"] : !lltype.ptr<@tuple2.signed.signed> -> !lltype.signed
# CHECK: lltype.getfield %[[QR]]["item1"] : !lltype.ptr<@tuple2.signed.signed> -> !lltype.signed
# A constant tuple argument: the address of its global.
# CHECK: %[[ONE:.*]] = lltype.addressof @const.tuple.{{[0-9]+}} : !lltype.ptr<@tuple2.signed.str>
# CHECK: lltype.direct_call @swap(%[[ONE]])
# The items of a prebuilt tuple read with constant indices are constants.
# CHECK: lltype.constant 5.000000e-01 : !lltype.float
def main(argv):
    q, r = divmod2(47, 6)
    print(q, r)
    x, y = swap((1, "one"))
    print(x, y)
    s, name, empty = nested(5)
    print(s, name, empty)
    print(points(2))
    print(ORIGIN[0], ORIGIN[1], ORIGIN[-1], len(ORIGIN))
    return 0


# CHECK-LABEL: lltype.func @divmod2(%arg0: !lltype.signed, %arg1: !lltype.signed) -> !lltype.ptr<@tuple2.signed.signed>
# CHECK: %[[Q:.*]] = lltype.int_floordiv %arg0, %arg1
# CHECK: %[[R:.*]] = lltype.int_mod %arg0, %arg1
# CHECK: %[[T:.*]] = lltype.malloc : !lltype.ptr<@tuple2.signed.signed>
# CHECK: lltype.setfield %[[T]]["item0"], %[[Q]]
# CHECK: lltype.setfield %[[T]]["item1"], %[[R]]
# CHECK: lltype.return %[[T]]
def divmod2(a, b):
    return a // b, a % b


# CHECK-LABEL: lltype.func @swap(%arg0: !lltype.ptr<@tuple2.signed.str>) -> !lltype.ptr<@tuple2.str.signed>
# CHECK: %[[A:.*]] = lltype.getfield %arg0["item0"] : !lltype.ptr<@tuple2.signed.str> -> !lltype.signed
# CHECK: %[[B:.*]] = lltype.getfield %arg0["item1"] : !lltype.ptr<@tuple2.signed.str> -> !lltype.ptr<@rpy_string>
# CHECK: %[[T:.*]] = lltype.malloc : !lltype.ptr<@tuple2.str.signed>
# CHECK: lltype.setfield %[[T]]["item0"], %[[B]]
# CHECK: lltype.setfield %[[T]]["item1"], %[[A]]
def swap(pair):
    a, b = pair
    return b, a


# CHECK-LABEL: lltype.func @nested(%arg0: !lltype.signed)
# CHECK: %[[INNER:.*]] = lltype.malloc : !lltype.ptr<@tuple2.signed.str>
# CHECK: %[[OUTER:.*]] = lltype.malloc : !lltype.ptr<@tuple3.signed.ptr.tuple2.signed.str.bool>
# CHECK: lltype.setfield %[[OUTER]]["item1"], %[[INNER]]
# CHECK-NOT: lltype.setfield %[[OUTER]]["item2"]
# CHECK: %[[I1:.*]] = lltype.getfield %[[OUTER]]["item1"]
# CHECK: lltype.getfield %[[I1]]["item0"] : !lltype.ptr<@tuple2.signed.str> -> !lltype.signed
def nested(n):
    t = (n, (n + 1, "inner"), None)
    return t[1][0] + t[0], t[1][1], t[2] is None


# Tuples in a list: pointers to them in the items array.
# CHECK-LABEL: lltype.func @points(%arg0: !lltype.signed)
# CHECK: lltype.addressof @const.tuple.{{[0-9]+}} : !lltype.ptr<@tuple2.signed.signed>
# CHECK: lltype.malloc_varsize %{{.*}} : !lltype.ptr<@array.ptr.tuple2.signed.signed>
# CHECK: %[[P:.*]] = lltype.malloc : !lltype.ptr<@tuple2.signed.signed>
# CHECK: lltype.direct_call @ll_append.ptr.tuple2.signed.signed(%{{.*}}, %[[P]])
def points(n):
    pts = [(0, 0), (3, 4)]
    pts.append((n, n))
    total = 0
    for x, y in pts:
        total += x * x + y * y
    return total


if __name__ == "__main__":
    sys.exit(main(sys.argv))
