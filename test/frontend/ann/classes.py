# Instances, attributes and methods (PyPy's ClassDefs): calling a class calls
# its __init__; attributes are typed per class and move up to the base they
# are read through; a method read on a base is bound to all its overrides.
# RUN: rpy-translate %s --emit=ann | FileCheck %s
# RUN: rpy-translate %s --emit=ann | rpy-opt | FileCheck %s
# RUN: rpy-translate %s --emit=ann | FileCheck %s --check-prefix=CLASSES


class MyError(Exception):
    pass


class Base(object):
    kind = 0

    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


class A(Base):
    def get(self):
        return self.x + 1


class B(Base):
    def __init__(self, x):
        Base.__init__(self, x)
        self.tag = "b"


class Leaf(object):
    def __init__(self):
        self.size = 1


class Red(Leaf):
    def paint(self):
        self.size = -1


class Blue(Leaf):
    def paint(self):
        self.size = 2


# An attribute first None, then an instance: reads of it wait for the
# instance (a getattr on None alone is impossible, as in PyPy).
class Holder(object):
    def __init__(self):
        self.item = None

    def fill(self):
        self.item = Blue()


# CHECK-LABEL: flow.func @main(
# The union of an A and a B is a Base.
# CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[@make]>, !ann.int<nonneg>) -> !ann.instance<@Base>
# CHECK: flow.getattr %{{.*}} {name = "get"} : (!ann.instance<@Base>) -> !ann.method<[@A.get, @Base.get], !ann.instance<@Base>>
# CHECK: flow.simple_call(%{{.*}}) : (!ann.method<[@A.get, @Base.get], !ann.instance<@Base>>) -> !ann.int<nonneg>
# A class attribute is the attribute's first value.
# CHECK: flow.getattr %{{.*}} {name = "kind"} : (!ann.instance<@Base>) -> !ann.int<nonneg>
# CHECK: flow.isinstance %{{.*}}, %{{.*}} : (!ann.instance<@Base>, !ann.pbc<[@A]>) -> !ann.bool
# CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[@MyError]>, !ann.str<no_nul>) -> !ann.instance<@MyError>
# CHECK: ^bb{{.*}}(%{{.*}}: !ann.instance<@MyError>):
def main(argv):
    o = make(len(argv))
    print(o.get(), o.kind, isinstance(o, A))
    try:
        if o.x > 3:
            raise MyError("big")
    except MyError as e:
        print("err")
    print(paint(len(argv)), held())
    return 0


def make(n):
    if n > 1:
        return A(n)
    return B(n)


# Red and Blue store `size` in their own paint(); read through Leaf, the
# attribute moves up to Leaf, with the union of all stores: the read before
# Red's store sees the int it makes negative (PyPy's generalize_attr).
# CHECK-LABEL: flow.func @paint(
# CHECK: flow.getattr %{{.*}} {name = "size"} : (!ann.instance<@Leaf>) -> !ann.int
def paint(n):
    if n > 2:
        leaf = Red()
    else:
        leaf = Blue()
    leaf.paint()
    return leaf.size


# CHECK-LABEL: flow.func @held(
# CHECK: flow.getattr %{{.*}} {name = "item"} : (!ann.instance<@Holder>) -> !ann.instance<@Blue, nullable>
# CHECK: flow.getattr %{{.*}} {name = "size"} : (!ann.instance<@Blue, nullable>) -> !ann.int
def held():
    h = Holder()
    h.fill()
    return h.item.size


# The attribute tables are written on the classes, at the class that owns
# each attribute.
# CLASSES-DAG: flow.class @Base {ann.attributes = {kind = !ann.int<nonneg>, x = !ann.int<nonneg>}
# CLASSES-DAG: flow.class @B {ann.attributes = {tag = !ann.char<no_nul>}
# CLASSES-DAG: flow.class @Leaf {ann.attributes = {size = !ann.int}
# CLASSES-DAG: flow.class @Red {bases = [@Leaf]
