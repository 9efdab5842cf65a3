# super() in a classmethod binds the base class's classmethod to the
# class the method received (its first parameter).
# RUN: rpy-translate %s --emit=flow | FileCheck %s


class Base(object):
    def __init__(self, x):
        self.x = x

    @classmethod
    def create(cls, x):
        return cls(x)


class Derived(Base):
    @classmethod
    def create(cls, x):
        return super().create(x + 1)


def main(argv):
    return Derived.create(1).x


# CHECK-LABEL: flow.func @Derived.create(%cls: !flow.obj, %x: !flow.obj)
# CHECK: %[[X1:.*]] = flow.add %x, %{{.*}}
# CHECK: %[[BASE:.*]] = flow.constant @Base.create
# CHECK: flow.simple_call(%[[BASE]], %cls, %[[X1]])
