# Lists share one ListDef per creation site: a list passed to a function and
# appended to there is resizable, with the appended items, in the caller too.
# RUN: rpy-translate %s --emit=ann | FileCheck %s
# RUN: rpy-translate %s --emit=ann | rpy-opt | FileCheck %s

TABLE = [1, 2, 3]


# CHECK-LABEL: flow.func @main(
# CHECK: %[[L:.*]] = flow.newlist() : () -> !ann.list<!ann.int<nonneg>, mutated>
# CHECK: flow.simple_call(%{{.*}}, %[[L]], %{{.*}}) : (!ann.pbc<[@fill]>, !ann.list<!ann.int<nonneg>, mutated>, !ann.int<nonneg>) -> !ann.none
# CHECK: flow.getattr %[[L]] {name = "pop"} : (!ann.list<!ann.int<nonneg>, mutated>) -> !ann.pbc<[#flow.builtin<"list.pop">]>
# CHECK: -> !ann.int<nonneg>
# A copy has its own ListDef: fixed, since nothing resizes it.
# CHECK: flow.simple_call(%{{.*}}, %argv) : (!ann.pbc<[#flow.builtin<"list">]>, !ann.list<!ann.str<no_nul>>) -> !ann.list<!ann.str<no_nul>, fixed>
# CHECK: flow.mul %[[L]], %{{.*}} : (!ann.list<!ann.int<nonneg>, mutated>, !ann.int<nonneg>) -> !ann.list<!ann.int<nonneg>, fixed>
# CHECK: flow.getslice %[[L]]
# CHECK-SAME: -> !ann.list<!ann.int<nonneg>, fixed>
# CHECK: flow.contains %[[L]], %{{.*}} : (!ann.list<!ann.int<nonneg>, mutated>, !ann.int<nonneg>) -> !ann.bool
# A prebuilt list gets its ListDef from its items.
# CHECK: flow.constant @TABLE -> !ann.list<!ann.int<nonneg>, fixed>
# CHECK: flow.next %{{.*}} : (!ann.iter<!ann.list<!ann.str<no_nul>, fixed>>) -> !ann.str<no_nul>
def main(argv):
    l = []
    fill(l, len(argv))
    x = l.pop()
    y = list(argv)
    z = l * 2 + l
    print(x, l[1:], len(z), 3 in l, TABLE[0])
    for s in y:
        print(s)
    print(grow()[0], nested(), same())
    return 0


# CHECK-LABEL: flow.func @fill(%l: !ann.list<!ann.int<nonneg>, mutated>, %n: !ann.int<nonneg>) -> !ann.none
# CHECK: flow.setitem %l
# CHECK: flow.inplace_add %l, %{{.*}} : (!ann.list<!ann.int<nonneg>, mutated>, !ann.list<!ann.int<nonneg>, fixed>) -> !ann.list<!ann.int<nonneg>, mutated>
def fill(l, n):
    for i in range(n):
        l.append(i)
    l[0] = 5
    del l[0]
    l += [1]
    l[1:2] = [3]


# A store that generalises the element type re-flows the reads made before:
# the first read already sees int, not only nonneg.
# CHECK-LABEL: flow.func @grow() -> !ann.list<!ann.int, mutated>
# CHECK: flow.getitem %{{.*}}, %{{.*}} : (!ann.list<!ann.int, mutated>, !ann.int<nonneg>) -> !ann.int
def grow():
    l = [1]
    first = l[0]
    l.insert(0, first - 5)
    l.extend([2, 3])
    l.reverse()
    l.sort()
    return l


# Lists of lists: appending to the inner list updates the outer's element.
# CHECK-LABEL: flow.func @nested() -> !ann.int<nonneg>
# CHECK: flow.newlist(%{{.*}}) : (!ann.list<!ann.str<no_nul>>) -> !ann.list<!ann.list<!ann.str<no_nul>>, fixed>
def nested():
    inner = []
    outer = [inner]
    outer[0].append("a" + "b")
    return outer.index(inner) + outer[0].count("ab")


# Comparing lists gives them the union of their items (PyPy's
# ListDef.agree), without making them one list: `b` stays fixed.
# CHECK-LABEL: flow.func @same() -> !ann.bool
# CHECK: flow.eq %{{.*}}, %{{.*}} : (!ann.list<!ann.int>, !ann.list<!ann.int, fixed>) -> !ann.bool
def same():
    a = [1]
    a.append(-1)
    b = [2]
    return a == b
