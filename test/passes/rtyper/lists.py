# Lists: a resizable list is a pointer to (length, items), its items array's
# length being the capacity; a fixed list is the array itself. Literals
# fill a new array; methods are ll_* helpers made once per item type
# (append, insert, extend, reverse, index, count, slice, del of a slice,
# min, max, [x] * n), sort()
# calls the runtime, pop() and item access are inline, `in` is an index()
# search, and a prebuilt list is a global array.
# RUN: rpy-translate %s --emit=ll | FileCheck %s
# RUN: rpy-translate %s --emit=ll | rpy-opt | FileCheck %s
# RUN: rpy-translate %s --backend=llinterp | FileCheck %s --check-prefix=OUT
import sys

# OUT: [-1 15 4 30 7] 5 True
# OUT-NEXT: 4 1 True False
# OUT-NEXT: [-1 15] [15 4 30 7] [15 4 30]
# OUT-NEXT: pear, kiwi, fig, apple
# OUT-NEXT: -1.0 2.5
# OUT-NEXT: [0 0 0] [1 2 1 2]
# OUT-NEXT: 28
# OUT-NEXT: -1 30 [-1 7] 2 7

# CHECK-DAG: lltype.array @array.signed gc of !lltype.signed
# CHECK-DAG: lltype.struct @list.signed gc (length: !lltype.signed, items: !lltype.ptr<@array.signed>)
# CHECK-DAG: lltype.global @prebuilt.PRIMES : @array.signed = [2, 3, 5, 7]
PRIMES = [2, 3, 5, 7]


# CHECK-LABEL: lltype.func @main(
# A list never resized is a fixed list, the array alone; sort() of
# floats is the runtime's, on the array.
# CHECK: %[[FLOATS:.*]] = lltype.malloc_varsize %{{.*}} : !lltype.ptr<@array.float>
# CHECK-NOT: lltype.malloc : !lltype.ptr<@list.float>
# CHECK: %[[FLEN:.*]] = lltype.getarraysize %[[FLOATS]] : !lltype.ptr<@array.float>
# CHECK: %[[OPAQUE:.*]] = lltype.cast_pointer %[[FLOATS]] : !lltype.ptr<@array.float> to !lltype.ptr<@rpy_opaque>
# CHECK: lltype.direct_call @rpy_sort_float(%[[OPAQUE]], %[[FLEN]]) : (!lltype.ptr<@rpy_opaque>, !lltype.signed) -> ()
def main(argv):
    items = build(3)
    print(show(items), len(items), bool(items))
    i, c, has, missing = searches(items, 7)
    print(i, c, has, missing)
    head, tail, mid = slices(items)
    print(show(head), show(tail), show(mid))
    words = ["pear", "apple", "fig"]
    words.append("kiwi")
    print(sort_words(words))
    floats = [2.5, -1.0, 0.5]
    floats.sort()
    print(floats[0], floats[-1])
    zeros, pair = repeat(3)
    print(show(zeros), show(pair))
    print(fixed_total())
    low, high, rest, small, large = extremes(items)
    print(low, high, rest, small, large)
    return 0


# CHECK-LABEL: lltype.func @build(%arg0: !lltype.signed) -> !lltype.ptr<@list.signed>
# The literal: an array of two, then the list around it.
# CHECK: %[[TWO:.*]] = lltype.constant 2 : !lltype.signed
# CHECK: %[[ARRAY:.*]] = lltype.malloc_varsize %[[TWO]] : !lltype.ptr<@array.signed>
# CHECK: lltype.setarrayitem %[[ARRAY]] [%{{.*}}], %arg0
# CHECK: %[[LIST:.*]] = lltype.malloc : !lltype.ptr<@list.signed>
# CHECK: lltype.setfield %[[LIST]]["length"], %[[TWO]]
# CHECK: lltype.setfield %[[LIST]]["items"], %[[ARRAY]]
# CHECK: lltype.direct_call @ll_append.signed(%[[LIST]], %{{.*}}) : (!lltype.ptr<@list.signed>, !lltype.signed) -> ()
# CHECK: lltype.direct_call @ll_insert.signed(%[[LIST]], %{{.*}}, %{{.*}}) : (!lltype.ptr<@list.signed>, !lltype.signed, !lltype.signed) -> ()
# CHECK: lltype.direct_call @ll_extend.signed(%[[LIST]], %{{.*}}, %{{.*}}) : (!lltype.ptr<@list.signed>, !lltype.ptr<@array.signed>, !lltype.signed) -> ()
# pop(): ll_pop of the last index (IndexError when empty).
# CHECK: %[[LAST:.*]] = lltype.constant -1 : !lltype.signed
# CHECK: lltype.direct_call @ll_pop.signed(%[[LIST]], %[[LAST]]) : (!lltype.ptr<@list.signed>, !lltype.signed) -> !lltype.signed
# items[1] = ...
# CHECK: lltype.setarrayitem %{{.*}} [%{{.*}}], %{{.*}} : !lltype.ptr<@array.signed>, !lltype.signed
def build(n):
    items = [n, n + 1]
    items.append(n * 10)
    items.insert(0, -1)
    items.extend([7, 8])
    last = items.pop()
    items[1] = items[-1] + last
    return items


# index() raises ValueError from a helper of its own; `in` is a search
# that does not raise.
# CHECK-LABEL: lltype.func @searches(
# CHECK: lltype.direct_call @ll_checkedindex.signed(%{{.*}}, %{{.*}}, %arg1) : (!lltype.ptr<@array.signed>, !lltype.signed, !lltype.signed) -> !lltype.signed
# CHECK: lltype.direct_call @ll_count.signed(%{{.*}}, %{{.*}}, %arg1)
# CHECK: %[[AT:.*]] = lltype.direct_call @ll_index.signed(%{{.*}}, %{{.*}}, %arg1)
# CHECK: lltype.int_ge %[[AT]]
def searches(items, x):
    return items.index(x), items.count(x), x in items, 99 in items


# A bound left out is 0, or INT64_MAX (clamped to the length).
# CHECK-LABEL: lltype.func @slices(
# CHECK: %[[ZERO:.*]] = lltype.constant 0 : !lltype.signed
# CHECK: %[[HEAD:.*]] = lltype.direct_call @ll_slice.signed(%{{.*}}, %{{.*}}, %[[ZERO]], %{{.*}}) : (!lltype.ptr<@array.signed>, !lltype.signed, !lltype.signed, !lltype.signed) -> !lltype.ptr<@array.signed>
# CHECK: %[[NEW:.*]] = lltype.malloc : !lltype.ptr<@list.signed>
# CHECK: lltype.setfield %[[NEW]]["items"], %[[HEAD]]
# CHECK: %[[END:.*]] = lltype.constant 9223372036854775807 : !lltype.signed
# CHECK: lltype.direct_call @ll_slice.signed(%{{.*}}, %{{.*}}, %{{.*}}, %[[END]])
def slices(items):
    head = items[:2]
    tail = items[1:]
    mid = items[1:-1]
    return head, tail, mid


# CHECK-LABEL: lltype.func @sort_words(%arg0: !lltype.ptr<@list.str>)
# CHECK: lltype.direct_call @rpy_sort_str(%{{.*}}, %{{.*}}) : (!lltype.ptr<@rpy_opaque>, !lltype.signed) -> ()
# CHECK: lltype.direct_call @ll_reverse.str(%{{.*}}, %{{.*}}) : (!lltype.ptr<@array.str>, !lltype.signed) -> ()
# join() of a list of strings: the runtime's, on the list.
# CHECK: lltype.direct_call @rpy_str_join(%{{.*}}, %arg0) : (!lltype.ptr<@rpy_string>, !lltype.ptr<@list.str>) -> !lltype.ptr<@rpy_string>
def sort_words(words):
    words.sort()
    words.reverse()
    return ", ".join(words)


# CHECK-LABEL: lltype.func @repeat(%arg0: !lltype.signed)
# CHECK: %[[ONE:.*]] = lltype.malloc_varsize %{{.*}} : !lltype.ptr<@array.signed>
# CHECK: %[[LEN:.*]] = lltype.getarraysize %[[ONE]] : !lltype.ptr<@array.signed>
# CHECK: lltype.direct_call @ll_mul.signed(%[[ONE]], %[[LEN]], %arg0) : (!lltype.ptr<@array.signed>, !lltype.signed, !lltype.signed) -> !lltype.ptr<@array.signed>
def repeat(n):
    zeros = [0] * n
    pair = [1, 2] * 2
    return zeros, pair


# A prebuilt list never changed is a fixed list: the global array, its
# length the array's.
# CHECK-LABEL: lltype.func @fixed_total() -> !lltype.signed
# CHECK: %[[P:.*]] = lltype.addressof @prebuilt.PRIMES : !lltype.ptr<@array.signed>
# CHECK: lltype.setfield %{{.*}}["container"], %[[P]] : !lltype.ptr<@iter.plain.array.signed>, !lltype.ptr<@array.signed>
# CHECK: %[[P2:.*]] = lltype.addressof @prebuilt.PRIMES
# CHECK: lltype.getarraysize %[[P2]] : !lltype.ptr<@array.signed>
def fixed_total():
    total = 0
    for p in PRIMES:
        total += p
    return total + PRIMES[-1] + len(PRIMES)


# min/max of a list: helpers raising ValueError when it is empty; of
# numbers: a comparison and a two-way branch per argument, left to right.
# CHECK-LABEL: lltype.func @extremes(%arg0: !lltype.ptr<@list.signed>)
# CHECK: lltype.direct_call @ll_min.signed(%{{.*}}, %{{.*}}) : (!lltype.ptr<@array.signed>, !lltype.signed) -> !lltype.signed
# CHECK: lltype.direct_call @ll_max.signed(
# CHECK: lltype.direct_call @ll_delslice.signed(%arg0, %{{.*}}, %{{.*}}) : (!lltype.ptr<@list.signed>, !lltype.signed, !lltype.signed) -> ()
# CHECK: %[[LEN:.*]] = lltype.getfield %arg0["length"]
# CHECK: %[[FIVE:.*]] = lltype.constant 5
# CHECK: %[[LT:.*]] = lltype.int_lt %[[LEN]], %[[FIVE]]
# CHECK: lltype.cond_br %[[LT]], ^[[NEXT:.*]](%[[LEN]] : !lltype.signed), ^[[NEXT]](%[[FIVE]] : !lltype.signed)
def extremes(items):
    low = min(items)
    high = max(items)
    del items[1:-1]
    return low, high, show(items), min(5, len(items), 3), max(low, 7, high - 30)


def show(items):
    out = []
    for x in items:
        out.append(str(x))
    return "[" + " ".join(out) + "]"


# ll_append grows the items array when it is full (about 1/8 more, as
# CPython does) and copies the items over.
# CHECK-LABEL: lltype.func @ll_append.signed(%arg0: !lltype.ptr<@list.signed>, %arg1: !lltype.signed)
# CHECK: %[[CAP:.*]] = lltype.getarraysize
# CHECK: lltype.int_ge %{{.*}}, %[[CAP]]
# CHECK: lltype.malloc_varsize %{{.*}} : !lltype.ptr<@array.signed>
# CHECK: lltype.setfield %arg0["items"]
# CHECK: lltype.setarrayitem %{{.*}}, %arg1
# CHECK: lltype.setfield %arg0["length"]
# CHECK-LABEL: lltype.func @ll_checkedindex.signed(
# CHECK: %[[AT:.*]] = lltype.direct_call @ll_index.signed(%arg0, %arg1, %arg2)
# CHECK: lltype.int_lt %[[AT]]
# CHECK: lltype.direct_call @ll_raise.ValueError
# CHECK-NEXT: lltype.unreachable
# CHECK: lltype.return %[[AT]] : !lltype.signed
# CHECK-LABEL: lltype.func @ll_min.signed(
# CHECK: lltype.direct_call @ll_raise.ValueError
# CHECK-LABEL: lltype.func @ll_delslice.signed(


if __name__ == "__main__":
    sys.exit(main(sys.argv))
