# Tests narrow the value they test on their edges (PyPy's knowntypedata):
# `isinstance(x, C)` makes x an instance of C, `x is None` None and `x is not
# None` (or a true `x`) a value that is not None. Each edge gets the value as
# a block argument of its own, with the narrowed type.
# RUN: rpy-translate %s --emit=ann | FileCheck %s
# RUN: rpy-translate %s --emit=ann | rpy-opt | FileCheck %s


class Node(object):
    def __init__(self, next):
        self.next = next


class Leaf(Node):
    def __init__(self, value):
        Node.__init__(self, None)
        self.value = value


class Pair(Node):
    def __init__(self, left, right):
        Node.__init__(self, None)
        self.left = left
        self.right = right


class Other(object):
    pass


# CHECK-LABEL: flow.func @value_of(%node: !ann.instance<@Node>)
# CHECK: flow.cond_br %{{.*}} : !ann.bool, ^[[LEAF:bb[0-9]+]](%node : !ann.instance<@Node>), ^[[NOT:bb[0-9]+]]
# CHECK: ^[[LEAF]](%[[AS_LEAF:.*]]: !ann.instance<@Leaf>):
# CHECK: flow.getattr %[[AS_LEAF]] {name = "value"} : (!ann.instance<@Leaf>) -> !ann.int<nonneg>
def value_of(node):
    if isinstance(node, Leaf):
        return node.value
    return -1


# An assert narrows the rest of the function.
# CHECK-LABEL: flow.func @left_of(%node: !ann.instance<@Node>)
# CHECK: ^{{bb[0-9]+}}(%[[AS_PAIR:.*]]: !ann.instance<@Pair>):
# CHECK: flow.getattr %[[AS_PAIR]] {name = "left"}
def left_of(node):
    assert isinstance(node, Pair)
    return node.left


# `not isinstance(...)` narrows the false edge.
# CHECK-LABEL: flow.func @right_of(%node: !ann.instance<@Node>)
# CHECK: flow.cond_br %{{.*}} : !ann.bool, ^{{bb[0-9]+}}, ^{{bb[0-9]+}}(%node : !ann.instance<@Node>)
# CHECK: ^{{bb[0-9]+}}(%[[AS_PAIR:.*]]: !ann.instance<@Pair>):
# CHECK: flow.getattr %[[AS_PAIR]] {name = "right"}
def right_of(node):
    if not isinstance(node, Pair):
        return None
    return node.right


# A tuple of classes: an instance of one of them.
# CHECK-LABEL: flow.func @either(%node: !ann.instance<@Node>)
# CHECK: ^{{bb[0-9]+}}(%{{.*}}: !ann.instance<@Node>):
def either(node):
    if isinstance(node, (Leaf, Pair)):
        return node.next is None
    return False


# A class unrelated to the value's: the edge is never taken.
# CHECK-LABEL: flow.func @unrelated(%node: !ann.instance<@Node>)
# CHECK: ^{{bb[0-9]+}}(%{{.*}}: !ann.impossible):
# CHECK: flow.constant 1 -> !ann.impossible
# CHECK: flow.constant 0 -> !ann.int<nonneg>
def unrelated(node):
    if isinstance(node, Other):
        print(node)
        return 1
    return 0


# Walking a linked list: the loop's test removes None.
# CHECK-LABEL: flow.func @length(%node: !ann.instance<@Node, nullable>)
# CHECK: ^[[HEAD:bb[0-9]+]](%{{.*}}: !ann.int<nonneg>, %[[N:.*]]: !ann.instance<@Node, nullable>):
# CHECK: flow.cond_br %{{.*}} : !ann.bool, ^{{bb[0-9]+}}(%[[N]] : !ann.instance<@Node, nullable>), ^{{bb[0-9]+}}
# CHECK: ^{{bb[0-9]+}}(%[[SOME:.*]]: !ann.instance<@Node>):
# CHECK: flow.getattr %[[SOME]] {name = "next"} : (!ann.instance<@Node>) -> !ann.instance<@Node, nullable>
def length(node):
    n = 0
    while node is not None:
        n += 1
        node = node.next
    return n


# After `if s is None: return`, s is a str; a true s too. An edge that does
# not use the value gets no argument.
# CHECK-LABEL: flow.func @describe(%s: !ann.str<nullable, no_nul>)
# CHECK: flow.cond_br %{{.*}} : !ann.bool, ^{{bb[0-9]+}}, ^{{bb[0-9]+}}(%s : !ann.str<nullable, no_nul>)
# CHECK: ^{{bb[0-9]+}}(%[[S:.*]]: !ann.str<no_nul>):
# CHECK: ^{{bb[0-9]+}}(%[[T:.*]]: !ann.str<no_nul>):
# CHECK: flow.add %[[T]], %{{.*}} : (!ann.str<no_nul>, !ann.char<no_nul>) -> !ann.str<no_nul>
def describe(s):
    if s is None:
        return "none"
    if s:
        return s + "!"
    return "empty"


def main(argv):
    leaf = Leaf(len(argv))
    pair = Pair(leaf, Leaf(0))
    node = pair if len(argv) > 1 else leaf
    leaf.next = node
    print(value_of(node), left_of(node).next is None, right_of(node))
    print(either(node), unrelated(node), length(leaf.next))
    print(describe(None), describe(argv[0]))
    return 0


if __name__ == "__main__":
    import sys
    main(sys.argv)
