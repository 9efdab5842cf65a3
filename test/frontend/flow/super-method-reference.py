# A method that uses super() is still a method when the program reaches it
# as `Class.method` before it reaches the class itself: super() binds the
# base class's method.
# RUN: rpy-translate %s --emit=flow | FileCheck %s


class Base(object):
    def m(self):
        return 1


class A(Base):
    def m(self):
        return super().m() + 1


def make():
    return A()


def use(f):
    return f(make())


def main(argv):
    return use(A.m)


# CHECK-LABEL: flow.func @A.m(%self: !flow.obj)
# CHECK: %[[BASE_M:.*]] = flow.constant @Base.m
# CHECK: flow.simple_call(%[[BASE_M]], %self)
