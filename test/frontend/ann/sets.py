# Sets (RPython 3, beyond PyPy's RPython): one DictDef per creation site
# whose keys are the items, shared by aliases and merged by union, as dicts.
# RUN: rpy-translate %s --emit=ann | FileCheck %s
# RUN: rpy-translate %s --emit=ann | rpy-opt | FileCheck %s

KEYWORDS = {"if", "while", "def"}


# CHECK-LABEL: flow.func @main
# CHECK: flow.newset(%{{.*}}, %{{.*}}) : (!ann.int<nonneg>, !ann.int<nonneg>) -> !ann.set<!ann.int<nonneg>>
# An empty set() gets its items from add() later.
# CHECK: flow.simple_call(%{{.*}}) : (!ann.pbc<[#flow.builtin<"set">]>) -> !ann.set<!ann.int<nonneg>>
# CHECK: -> !ann.pbc<[#flow.builtin<"set.add">]>
# CHECK: flow.or_ %{{.*}}, %{{.*}} : (!ann.set<!ann.int<nonneg>>, !ann.set<!ann.int<nonneg>>) -> !ann.set<!ann.int<nonneg>>
# CHECK: flow.iter %{{.*}} : (!ann.set<!ann.int<nonneg>>) -> !ann.iter<!ann.set<!ann.int<nonneg>>>
# CHECK: flow.next %{{.*}} : (!ann.iter<!ann.set<!ann.int<nonneg>>>) -> !ann.int<nonneg>
# set(argv): a str looked up as a char makes the items str.
# CHECK: flow.simple_call(%{{.*}}, %argv) : (!ann.pbc<[#flow.builtin<"set">]>, !ann.list<!ann.str<no_nul>>) -> !ann.set<!ann.str<no_nul>>
# CHECK: flow.contains %{{.*}}, %{{.*}} : (!ann.set<!ann.str<no_nul>>, !ann.char<no_nul>) -> !ann.bool
# A set comprehension over a str: a set of chars.
# CHECK: flow.newset() : () -> !ann.set<!ann.char<no_nul>>
# CHECK: flow.inplace_sub %{{.*}}, %{{.*}} : (!ann.set<!ann.int<nonneg>>, !ann.set<!ann.int<nonneg>>) -> !ann.set<!ann.int<nonneg>>
# CHECK: -> !ann.pbc<[#flow.builtin<"set.issubset">]>
# CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[#flow.builtin<"set.union">]>, !ann.str<no_nul>) -> !ann.set<!ann.char<no_nul>>
# A prebuilt set.
# CHECK: flow.constant @KEYWORDS -> !ann.set<!ann.str<no_nul>>
def main(argv):
    s = {1, 2}
    t = set()
    t.add(3)
    u = s | t
    for x in u:
        print(x)
    names = set(argv)
    print(len(names), "a" in names, 2 in s)
    v = {c for c in "hello"}
    v.discard("h")
    w = set([1, 2, 3])
    w -= s
    print(len(w), w == t, s.issubset(u))
    print(len(v.union("xy")), u.copy().pop() > 0)
    print("def" in KEYWORDS, sorted(list(KEYWORDS)))
    return 0


if __name__ == "__main__":
    import sys
    main(sys.argv)
