# Dicts: CPython's compact dict, `@dict.K.V (length, used, entries, index)`
# with entries `(hash, live, key, value)` inline in a GC array; the runtime
# finds, inserts and deletes keys (rpy_dt_*_int/str/...), ll_* helpers made
# once per dict type allocate and read the values. d[k] and del d[k] raise
# KeyError with the key's repr from their helper; keys/values/items build
# arrays; a prebuilt dict is built by rpy_init_prebuilt when the program
# starts and held by a GC struct.
# RUN: rpy-translate %s --emit=ll | FileCheck %s
# RUN: rpy-translate %s --emit=ll | rpy-opt | FileCheck %s
# RUN: rpy-translate %s --backend=llinterp | FileCheck %s --check-prefix=OUT
import sys

# OUT: 3 3
# OUT-NEXT: 2 2 -1 True False
# OUT-NEXT: 3 15 one=10 two=2 three=3
# OUT-NEXT: 2 False
# OUT-NEXT: 10 -1
# OUT-NEXT: 27 2
# OUT-NEXT: 16 5 True

# CHECK-DAG: lltype.struct @entry.str.signed (hash: !lltype.signed, live: !lltype.signed, key: !lltype.ptr<@rpy_string>, value: !lltype.signed)
# CHECK-DAG: lltype.array @entries.str.signed gc of !lltype.inline<@entry.str.signed>
# CHECK-DAG: lltype.struct @dict.str.signed gc (length: !lltype.signed, used: !lltype.signed, entries: !lltype.ptr<@entries.str.signed>, index: !lltype.ptr<@array.signed>)
# CHECK-DAG: lltype.struct @dict.signed.signed gc
# CHECK-DAG: lltype.struct @holder.dict.str.signed gc (value: !lltype.ptr<@dict.str.signed>)
# CHECK-DAG: lltype.global @prebuilt.AGES : @holder.dict.str.signed = [unit]
AGES = {"ann": 31, "bob": 27}


# CHECK-LABEL: lltype.func @main(
# CHECK: %[[HOLDER:.*]] = lltype.addressof @prebuilt.AGES : !lltype.ptr<@holder.dict.str.signed>
# CHECK: lltype.getfield %[[HOLDER]]["value"] : !lltype.ptr<@holder.dict.str.signed> -> !lltype.ptr<@dict.str.signed>
def main(argv):
    d = build(3)
    print(len(d), d["three"])
    a, b, c, has, hasnt = lookups(d, "two")
    print(a, b, c, has, hasnt)
    nk, total, text = views(d)
    print(nk, total, text)
    print(remove(d, "two"), "two" in d)
    print(missing(d, "one"), missing(d, "two"))
    print(AGES["bob"], len(AGES))
    last, size, truth = by_int(5)
    print(last, size, truth)
    return 0


# CHECK-LABEL: lltype.func @build(%arg0: !lltype.signed) -> !lltype.ptr<@dict.str.signed>
# CHECK: %[[D:.*]] = lltype.direct_call @ll_newdict.str.signed() : () -> !lltype.ptr<@dict.str.signed>
# CHECK: lltype.direct_call @ll_setitem.str.signed(%[[D]], %{{.*}}, %{{.*}}) : (!lltype.ptr<@dict.str.signed>, !lltype.ptr<@rpy_string>, !lltype.signed) -> ()
# CHECK: lltype.direct_call @ll_setitem.str.signed(%[[D]], %{{.*}}, %arg0)
def build(n):
    d = {"one": 1, "two": 2}
    d["three"] = n
    d["one"] = 10
    return d


# CHECK-LABEL: lltype.func @lookups(%arg0: !lltype.ptr<@dict.str.signed>, %arg1: !lltype.ptr<@rpy_string>)
# d[k]: the message of the KeyError, then the lookup.
# CHECK: %[[REPR:.*]] = lltype.direct_call @rpy_str_repr(%arg1)
# CHECK: lltype.direct_call @ll_getitem.str.signed(%arg0, %arg1, %[[REPR]]) : (!lltype.ptr<@dict.str.signed>, !lltype.ptr<@rpy_string>, !lltype.ptr<@rpy_string>) -> !lltype.signed
# CHECK: lltype.direct_call @ll_get.str.signed(%arg0, %arg1, %{{.*}}) : (!lltype.ptr<@dict.str.signed>, !lltype.ptr<@rpy_string>, !lltype.signed) -> !lltype.signed
# `in`: the runtime's lookup, inline.
# CHECK: %[[OPAQUE:.*]] = lltype.cast_pointer %arg0 : !lltype.ptr<@dict.str.signed> to !lltype.ptr<@rpy_opaque>
# CHECK: %[[AT:.*]] = lltype.direct_call @rpy_dt_lookup_str(%[[OPAQUE]], %arg1)
# CHECK: lltype.int_ge %[[AT]]
def lookups(d, key):
    return d[key], d.get(key, -1), d.get("zzz", -1), key in d, "zzz" in d


# CHECK-LABEL: lltype.func @views(%arg0: !lltype.ptr<@dict.str.signed>)
# CHECK: lltype.direct_call @ll_keys.str.signed(%arg0) : (!lltype.ptr<@dict.str.signed>) -> !lltype.ptr<@array.str>
# CHECK: lltype.direct_call @ll_values.str.signed.signed(%arg0) : (!lltype.ptr<@dict.str.signed>) -> !lltype.ptr<@array.signed>
# CHECK: lltype.direct_call @ll_items.str.signed.ptr.tuple2.str.signed(%arg0) : (!lltype.ptr<@dict.str.signed>) -> !lltype.ptr<@array.ptr.tuple2.str.signed>
def views(d):
    keys = d.keys()
    values = d.values()
    total = 0
    for v in values:
        total += v
    out = ""
    for k, v in d.items():
        out += k + "=" + str(v) + " "
    return len(keys), total, out.strip()


# CHECK-LABEL: lltype.func @remove(
# CHECK: %[[REPR:.*]] = lltype.direct_call @rpy_str_repr(%arg1)
# CHECK: lltype.direct_call @ll_delitem.str.signed(%arg0, %arg1, %[[REPR]]) : (!lltype.ptr<@dict.str.signed>, !lltype.ptr<@rpy_string>, !lltype.ptr<@rpy_string>) -> ()
# CHECK: lltype.getfield %arg0["length"] : !lltype.ptr<@dict.str.signed> -> !lltype.signed
def remove(d, key):
    del d[key]
    return len(d)


# The KeyError comes from the helper: the catch follows its call.
# CHECK-LABEL: lltype.func @missing(
# CHECK: lltype.direct_call @ll_getitem.str.signed
# CHECK-NEXT: lltype.catch ^{{.*}}, [@vtable.KeyError.instance -> ^{{.*}}]
def missing(d, key):
    try:
        return d[key]
    except KeyError:
        return -1


# An int key's message is its str().
# CHECK-LABEL: lltype.func @by_int(%arg0: !lltype.signed)
# CHECK: lltype.direct_call @ll_newdict.signed.signed()
# CHECK: lltype.direct_call @ll_setitem.signed.signed(
# CHECK: %[[KEY:.*]] = lltype.int_sub %arg0
# CHECK: %[[TEXT:.*]] = lltype.direct_call @rpy_int_str(%[[KEY]])
# CHECK: lltype.direct_call @ll_getitem.signed.signed(%{{.*}}, %[[KEY]], %[[TEXT]])
# len() and truth: the length.
# CHECK: lltype.getfield %{{.*}}["length"] : !lltype.ptr<@dict.signed.signed> -> !lltype.signed
# CHECK: %[[LEN:.*]] = lltype.getfield %{{.*}}["length"] : !lltype.ptr<@dict.signed.signed> -> !lltype.signed
# CHECK-NEXT: lltype.int_is_true %[[LEN]]
def by_int(n):
    squares = {}
    for i in range(n):
        squares[i] = i * i
    return squares[n - 1], len(squares), bool(squares)


# CHECK-LABEL: lltype.func @ll_getitem.str.signed(%arg0: !lltype.ptr<@dict.str.signed>, %arg1: !lltype.ptr<@rpy_string>, %arg2: !lltype.ptr<@rpy_string>) -> !lltype.signed
# CHECK: %[[AT:.*]] = lltype.direct_call @rpy_dt_lookup_str(
# CHECK: %[[MISSING:.*]] = lltype.int_lt %[[AT]]
# CHECK: lltype.cond_br %[[MISSING]]
# CHECK: lltype.direct_call @ll_raise.KeyError(%arg2)
# CHECK-NEXT: lltype.unreachable
# CHECK: %[[ENTRIES:.*]] = lltype.getfield %arg0["entries"]
# CHECK: %[[VALUE:.*]] = lltype.getinteriorfield %[[ENTRIES]][%[[AT]]] ["value"] : !lltype.ptr<@entries.str.signed> -> !lltype.signed
# CHECK: lltype.return %[[VALUE]]
# CHECK-LABEL: lltype.func @ll_raise.KeyError(%arg0: !lltype.ptr<@rpy_string>)
# CHECK: lltype.malloc : !lltype.ptr<@inst.KeyError>
# CHECK: lltype.raise
# A new dict: 8 entries and the runtime's index for them.
# CHECK-LABEL: lltype.func @ll_newdict.str.signed() -> !lltype.ptr<@dict.str.signed>
# CHECK: %[[EIGHT:.*]] = lltype.constant 8 : !lltype.signed
# CHECK: lltype.malloc_varsize %[[EIGHT]] : !lltype.ptr<@entries.str.signed>
# CHECK: lltype.direct_call @rpy_dt_index_size(%[[EIGHT]])
# CHECK: lltype.direct_call @rpy_dt_rehash(
# setitem: insert; when full (-1), grow to 2 * length + 8 and insert again.
# CHECK-LABEL: lltype.func @ll_setitem.str.signed(
# CHECK: %[[AT:.*]] = lltype.direct_call @rpy_dt_insert_str(
# CHECK: lltype.int_lt %[[AT]]
# CHECK: lltype.direct_call @rpy_dt_rehash(
# CHECK: lltype.direct_call @rpy_dt_insert_str(
# CHECK: lltype.setinteriorfield %{{.*}}[%{{.*}}] ["value"], %arg2 : !lltype.ptr<@entries.str.signed>, !lltype.signed
# CHECK-LABEL: lltype.func @ll_delitem.str.signed(
# CHECK: lltype.direct_call @rpy_dt_delete_str(
# CHECK: lltype.direct_call @ll_raise.KeyError(%arg2)
# The entry glue builds the prebuilt dicts first.
# CHECK-LABEL: lltype.func @rpy_entry(
# CHECK: lltype.direct_call @rpy_init_prebuilt() : () -> ()
# CHECK-NEXT: lltype.direct_call @main(
# CHECK-LABEL: lltype.func @rpy_init_prebuilt()
# CHECK: %[[NEW:.*]] = lltype.direct_call @ll_newdict.str.signed()
# CHECK: lltype.direct_call @ll_setitem.str.signed(%[[NEW]],
# CHECK: lltype.direct_call @ll_setitem.str.signed(%[[NEW]],
# CHECK: %[[H:.*]] = lltype.addressof @prebuilt.AGES
# CHECK: lltype.setfield %[[H]]["value"], %[[NEW]]


if __name__ == "__main__":
    sys.exit(main(sys.argv))
