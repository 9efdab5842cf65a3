# super() calls (bound statically by the front end), static and class
# methods through the class or an instance, and class attributes read
# through the class.
# RUN: rpy-translate %s --emit=ann | FileCheck %s
# RUN: rpy-translate %s --emit=ann | rpy-opt | FileCheck %s


class Base(object):
    kind = 3

    def __init__(self, x):
        self.x = x

    def value(self, y):
        return self.x + y

    @staticmethod
    def double(a):
        return a * 2

    @classmethod
    def make(cls, a):
        return a + 1


class Derived(Base):
    def value(self, y):
        return super().value(y) + 1


def pick(n):
    if n > 1:
        return Base
    return Derived


# CHECK-LABEL: flow.func @main(
# CHECK: flow.getattr %{{.*}} {name = "value"} : (!ann.instance<@Derived>) -> !ann.method<[@Derived.value], !ann.instance<@Derived>>
# CHECK: flow.simple_call(%{{.*}}, %{{.*}}) : (!ann.pbc<[@Base.double]>, !ann.int<nonneg>) -> !ann.int<nonneg>
# CHECK: flow.getattr %{{.*}} {name = "double"} : (!ann.instance<@Derived>) -> !ann.pbc<[@Base.double]>
# CHECK: flow.getattr %{{.*}} {name = "make"} : (!ann.pbc<[@Base]>) -> !ann.method<[@Base.make], !ann.pbc<[@Base]>>
# CHECK: flow.getattr %{{.*}} {name = "make"} : (!ann.instance<@Derived>) -> !ann.method<[@Base.make], !ann.pbc<[@Derived]>>
# A class attribute read through a class that is not a constant.
# CHECK: flow.getattr %{{.*}} {name = "kind"} : (!ann.pbc<[@Base, @Derived]>) -> !ann.int<nonneg>
def main(argv):
    d = Derived(3)
    r = d.value(4)
    r += Base.double(5)
    r += d.double(6)
    r += Base.make(7)
    r += d.make(8)
    c = pick(len(argv))
    return r + c.kind


# The super() call is a direct call of the base's method with self first.
# CHECK-LABEL: flow.func @Derived.value(
# CHECK: flow.simple_call(%{{.*}}, %{{.*}}, %{{.*}}) : (!ann.pbc<[@Base.value]>, !ann.instance<@Derived>, !ann.int<nonneg>) -> !ann.int<nonneg>

# CHECK-LABEL: flow.func @Base.make(
# CHECK-SAME: %cls: !ann.pbc<[@Base, @Derived]>
