# Dicts share one DictDef per creation site, like lists; string methods.
# RUN: rpy-translate %s --emit=ann | FileCheck %s
# RUN: rpy-translate %s --emit=ann | rpy-opt | FileCheck %s


# CHECK-LABEL: flow.func @main(
# CHECK: %[[D:.*]] = flow.newdict() : () -> !ann.dict<!ann.str<no_nul>, !ann.int<nonneg>>
# CHECK: flow.getattr %[[D]] {name = "get"}
# CHECK: -> !ann.int<nonneg>
# CHECK: flow.contains %[[D]], %{{.*}} : (!ann.dict<!ann.str<no_nul>, !ann.int<nonneg>>, !ann.char<no_nul>) -> !ann.bool
# CHECK: flow.iter %[[D]] : (!ann.dict<!ann.str<no_nul>, !ann.int<nonneg>>) -> !ann.iter<!ann.dict<!ann.str<no_nul>, !ann.int<nonneg>>>
# CHECK: flow.next %{{.*}} : (!ann.iter<!ann.dict<!ann.str<no_nul>, !ann.int<nonneg>>>) -> !ann.str<no_nul>
def main(argv):
    d = {}
    count(d, argv)
    print(d.get("a", 0), "a" in d, len(d))
    for k in d:
        print(k)
    print(pairs(d), words("a b"))
    return 0


# The caller's dict gets the keys and values stored here.
# CHECK-LABEL: flow.func @count(%d: !ann.dict<!ann.str<no_nul>, !ann.int<nonneg>>, %words: !ann.list<!ann.str<no_nul>>)
# CHECK: flow.getitem %d, %{{.*}} : (!ann.dict<!ann.str<no_nul>, !ann.int<nonneg>>, !ann.str<no_nul>) -> !ann.int<nonneg>
def count(d, words):
    for w in words:
        if w in d:
            d[w] = d[w] + 1
        else:
            d[w] = 1


# CHECK-LABEL: flow.func @pairs(
# CHECK: -> !ann.list<!ann.tuple<!ann.str<no_nul>, !ann.int<nonneg>>, fixed>
# CHECK: -> !ann.list<!ann.str<no_nul>, fixed>
# CHECK: -> !ann.list<!ann.int<nonneg>, fixed>
def pairs(d):
    e = d.copy()
    e.update(d)
    e.setdefault("z", 2)
    return len(d.items()) + len(d.keys()) + len(e.values()) + e.pop("z")


# CHECK-LABEL: flow.func @words(%s: !ann.str<no_nul>) -> !ann.str<no_nul>
# CHECK: flow.simple_call(%{{.*}}) : (!ann.pbc<[#flow.builtin<"str.split">]>) -> !ann.list<!ann.str<no_nul>, fixed>
# CHECK: -> !ann.bool
# CHECK: (!ann.pbc<[#flow.builtin<"str.find">]>, !ann.char<no_nul>) -> !ann.int
# CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[#flow.builtin<"str.join">]>, !ann.list<!ann.str<no_nul>, fixed>) -> !ann.str<no_nul>
def words(s):
    parts = s.split()
    if s.strip().startswith("a") and s.isdigit():
        return str(s.find("b"))
    return ",".join(parts).replace("a", "b").upper()
