# Iteration: a for loop's next/StopIteration pair becomes a test of an
# iterator struct: (next, stop, step) for range(), whose list is never
# made; (container, index) for lists, strings, dicts (the runtime finds
# the next live entry), enumerate() (a tuple of the index and the item
# per step) and reversed() (from the last index down). zip() builds the
# list of tuples.
# RUN: rpy-translate %s --emit=ll | FileCheck %s
# RUN: rpy-translate %s --emit=ll | rpy-opt | FileCheck %s
# RUN: rpy-translate %s --backend=llinterp | FileCheck %s --check-prefix=OUT
import sys

# OUT: 1355
# OUT-NEXT: 3;1;4;
# OUT-NEXT: 3
# OUT-NEXT: 140
# OUT-NEXT: 0=ab 1=cd 2=ef
# OUT-NEXT: 32
# OUT-NEXT: 321zyx

# CHECK-DAG: lltype.struct @iter.range gc (next: !lltype.signed, stop: !lltype.signed, step: !lltype.signed)
# CHECK-DAG: lltype.struct @iter.plain.list.signed gc (container: !lltype.ptr<@list.signed>, index: !lltype.signed)
# CHECK-DAG: lltype.struct @iter.plain.rpy_string gc (container: !lltype.ptr<@rpy_string>, index: !lltype.signed)
# CHECK-DAG: lltype.struct @iter.plain.dict.signed.signed gc (container: !lltype.ptr<@dict.signed.signed>, index: !lltype.signed)
# CHECK-DAG: lltype.struct @iter.enumerate.array.str gc (container: !lltype.ptr<@array.str>, index: !lltype.signed)
# CHECK-DAG: lltype.struct @iter.reversed.array.signed gc (container: !lltype.ptr<@array.signed>, index: !lltype.signed)
# CHECK-DAG: lltype.struct @iter.reversed.rpy_string gc (container: !lltype.ptr<@rpy_string>, index: !lltype.signed)


# CHECK-LABEL: lltype.func @ranges(%arg0: !lltype.signed) -> !lltype.signed
# range(n): start 0, step 1.
# CHECK: %[[START:.*]] = lltype.constant 0 : !lltype.signed
# CHECK: %[[STEP:.*]] = lltype.constant 1 : !lltype.signed
# CHECK: %[[IT:.*]] = lltype.malloc : !lltype.ptr<@iter.range>
# CHECK: lltype.setfield %[[IT]]["next"], %[[START]]
# CHECK: lltype.setfield %[[IT]]["stop"], %arg0
# CHECK: lltype.setfield %[[IT]]["step"], %[[STEP]]
# More while step > 0 ? next < stop : next > stop.
# CHECK: %[[NEXT:.*]] = lltype.getfield %[[IT]]["next"]
# CHECK: %[[STOP:.*]] = lltype.getfield %[[IT]]["stop"]
# CHECK: %[[S:.*]] = lltype.getfield %[[IT]]["step"]
# CHECK: %[[UP:.*]] = lltype.int_gt %[[S]]
# CHECK: %[[LT:.*]] = lltype.int_lt %[[NEXT]], %[[STOP]]
# CHECK: %[[GT:.*]] = lltype.int_gt %[[NEXT]], %[[STOP]]
# CHECK: lltype.cond_br %[[UP]], ^{{.*}}(%[[LT]] : !lltype.bool), ^{{.*}}(%[[GT]] : !lltype.bool)
# CHECK: %[[ADVANCED:.*]] = lltype.int_add %[[NEXT]], %[[S]]
# CHECK: lltype.setfield %[[IT]]["next"], %[[ADVANCED]]
# range(n, 0, -2)
# CHECK: %[[DOWN:.*]] = lltype.constant -2 : !lltype.signed
# CHECK: %[[IT3:.*]] = lltype.malloc : !lltype.ptr<@iter.range>
# CHECK: lltype.setfield %[[IT3]]["step"], %[[DOWN]]
def ranges(n):
    total = 0
    for i in range(n):
        total += i
    for i in range(2, n):
        total += i * 10
    for i in range(n, 0, -2):
        total += i * 100
    return total


# CHECK-LABEL: lltype.func @over_list(%arg0: !lltype.ptr<@list.signed>)
# CHECK: %[[IT:.*]] = lltype.malloc : !lltype.ptr<@iter.plain.list.signed>
# CHECK: lltype.setfield %[[IT]]["container"], %arg0
# CHECK: %[[L:.*]] = lltype.getfield %[[IT]]["container"]
# CHECK: %[[I:.*]] = lltype.getfield %[[IT]]["index"]
# CHECK: %[[LEN:.*]] = lltype.getfield %[[L]]["length"] : !lltype.ptr<@list.signed> -> !lltype.signed
# CHECK: %[[MORE:.*]] = lltype.int_lt %[[I]], %[[LEN]]
# CHECK: lltype.cond_br %[[MORE]]
# CHECK: %[[ITEMS:.*]] = lltype.getfield %[[L]]["items"]
# CHECK: lltype.getarrayitem %[[ITEMS]] [%[[I]]] : !lltype.ptr<@array.signed> -> !lltype.signed
def over_list(items):
    out = ""
    for x in items:
        out += str(x) + ";"
    return out


# CHECK-LABEL: lltype.func @over_str(%arg0: !lltype.ptr<@rpy_string>)
# CHECK: lltype.malloc : !lltype.ptr<@iter.plain.rpy_string>
# CHECK: %[[S:.*]] = lltype.getfield %{{.*}}["container"]
# CHECK: %[[I:.*]] = lltype.getfield %{{.*}}["index"]
# CHECK: lltype.getarraysize %[[S]]["chars"]
# CHECK: %[[C:.*]] = lltype.getarrayitem %[[S]] ["chars", %[[I]]] : !lltype.ptr<@rpy_string> -> !lltype.char
# CHECK: lltype.char_eq %[[C]]
def over_str(s):
    count = 0
    for c in s:
        if c == "a":
            count += 1
    return count


# The runtime gives the position of the next live entry, or -1.
# CHECK-LABEL: lltype.func @over_dict(%arg0: !lltype.ptr<@dict.signed.signed>)
# CHECK: lltype.malloc : !lltype.ptr<@iter.plain.dict.signed.signed>
# CHECK: %[[D:.*]] = lltype.getfield %{{.*}}["container"]
# CHECK: %[[OPAQUE:.*]] = lltype.cast_pointer %[[D]] : !lltype.ptr<@dict.signed.signed> to !lltype.ptr<@rpy_opaque>
# CHECK: %[[AT:.*]] = lltype.direct_call @rpy_dt_next(%[[OPAQUE]], %{{.*}}) : (!lltype.ptr<@rpy_opaque>, !lltype.signed) -> !lltype.signed
# CHECK: lltype.int_ge %[[AT]]
# CHECK: %[[ENTRIES:.*]] = lltype.getfield %[[D]]["entries"]
# CHECK: lltype.getinteriorfield %[[ENTRIES]][%[[AT]]] ["key"] : !lltype.ptr<@entries.signed.signed> -> !lltype.signed
def over_dict(d):
    total = 0
    for k in d:
        total += k * d[k]
    return total


# CHECK-LABEL: lltype.func @indexed(%arg0: !lltype.ptr<@array.str>)
# CHECK: lltype.malloc : !lltype.ptr<@iter.enumerate.array.str>
# CHECK: %[[I:.*]] = lltype.getfield %{{.*}}["index"]
# CHECK: %[[W:.*]] = lltype.getarrayitem %{{.*}} [%[[I]]]
# CHECK: %[[PAIR:.*]] = lltype.malloc : !lltype.ptr<@tuple2.signed.str>
# CHECK: lltype.setfield %[[PAIR]]["item0"], %[[I]]
# CHECK: lltype.setfield %[[PAIR]]["item1"], %[[W]]
def indexed(words):
    out = ""
    for i, w in enumerate(words):
        out += str(i) + "=" + w + " "
    return out


# zip(): as long as the shorter list.
# CHECK-LABEL: lltype.func @pairs(%arg0: !lltype.ptr<@array.signed>, %arg1: !lltype.ptr<@array.signed>)
# CHECK: %[[LA:.*]] = lltype.getarraysize %arg0
# CHECK: %[[LB:.*]] = lltype.getarraysize %arg1
# CHECK: lltype.int_le %[[LA]], %[[LB]]
# CHECK: lltype.malloc_varsize %{{.*}} : !lltype.ptr<@array.ptr.tuple2.signed.signed>
# CHECK: lltype.malloc : !lltype.ptr<@tuple2.signed.signed>
# CHECK: lltype.malloc : !lltype.ptr<@iter.plain.array.ptr.tuple2.signed.signed>
def pairs(xs, ys):
    total = 0
    for x, y in zip(xs, ys):
        total += x * y
    return total


# CHECK-LABEL: lltype.func @backwards(%arg0: !lltype.ptr<@array.signed>, %arg1: !lltype.ptr<@rpy_string>)
# CHECK: %[[IT:.*]] = lltype.malloc : !lltype.ptr<@iter.reversed.array.signed>
# CHECK: %[[LEN:.*]] = lltype.getarraysize %arg0
# CHECK: %[[LAST:.*]] = lltype.int_sub %[[LEN]]
# CHECK: lltype.setfield %[[IT]]["index"], %[[LAST]]
# CHECK: %[[I:.*]] = lltype.getfield %[[IT]]["index"]
# CHECK: lltype.int_ge %[[I]]
# CHECK: %[[MINUS:.*]] = lltype.constant -1 : !lltype.signed
# CHECK: lltype.int_add %[[I]], %[[MINUS]]
# CHECK: lltype.malloc : !lltype.ptr<@iter.reversed.rpy_string>
# CHECK: lltype.getarraysize %arg1["chars"]
# CHECK: lltype.getarrayitem %{{.*}} ["chars", %{{.*}}] : !lltype.ptr<@rpy_string> -> !lltype.char
def backwards(items, s):
    out = ""
    for x in reversed(items):
        out += str(x)
    for c in reversed(s):
        out += c
    return out


def main(argv):
    print(ranges(6))
    items = [3, 1]
    items.append(4)
    print(over_list(items))
    print(over_str("banana"))
    d = {1: 10, 2: 20}
    d[3] = 30
    print(over_dict(d))
    print(indexed(["ab", "cd", "ef"]).strip())
    print(pairs([1, 2, 3], [4, 5, 6]))
    print(backwards([1, 2, 3], "xyz"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
