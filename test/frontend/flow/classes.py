# Classes become flow.class symbols (bases, class dictionary, `mixin`);
# methods are flow.funcs named Class.method; reading a class attribute folds
# (classes are frozen after import); method calls are flow.getattr then
# flow.simple_call; super().method(...) binds the base method statically.
# RUN: rpy-translate %s --emit=flow | FileCheck %s
# RUN: rpy-translate %s --emit=flow | rpy-opt | FileCheck %s
# RUN: rpy-translate %s --emit=flow | rpy-opt --mlir-print-op-generic | rpy-opt | FileCheck %s


class Base(object):
    kind = "base"
    count = 0

    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    @staticmethod
    def make(x):
        return Base(x)

    @classmethod
    def create(cls, x):
        return cls(x)


class Mixin(object):
    _mixin_ = True

    def twice(self):
        return self.get() * 2


class Derived(Mixin, Base):
    kind = "derived"

    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

    def get(self):
        return Base.get(self) + self.y


class Plain:
    def __init__(self):
        super(Plain, self).__init__()


def main(argv):
    return use(len(argv))


# CHECK-LABEL: flow.func @use(%n: !flow.obj)
# CHECK: %[[DCLS:.*]] = flow.constant @Derived
# CHECK: %[[D:.*]] = flow.simple_call(%[[DCLS]], %n, %{{.*}})
# CHECK: %[[MAKE:.*]] = flow.constant @Base.make
# CHECK: %[[B:.*]] = flow.simple_call(%[[MAKE]], %n)
# CHECK: %[[BASE:.*]] = flow.constant @Base
# CHECK: %[[CREATE:.*]] = flow.getattr %[[BASE]] {name = "create"}
# CHECK: %[[C:.*]] = flow.simple_call(%[[CREATE]], %n)
# CHECK: %[[TWICE:.*]] = flow.getattr %[[D]] {name = "twice"}
# CHECK: flow.simple_call(%[[TWICE]])
# CHECK: %[[GET:.*]] = flow.getattr %[[B]] {name = "get"}
# CHECK: flow.simple_call(%[[GET]])
# CHECK: flow.getattr %[[C]] {name = "get"}
# CHECK: %[[LEN:.*]] = flow.constant 7
# CHECK: flow.add %{{.*}}, %[[LEN]]
# CHECK: %[[BASE2:.*]] = flow.constant @Base
# CHECK: flow.isinstance %[[D]], %[[BASE2]]
# CHECK: %[[PLAIN:.*]] = flow.constant @Plain
# CHECK: flow.simple_call(%[[PLAIN]])
# CHECK: flow.class @Derived {bases = [@Mixin, @Base], members = {__init__ = @Derived.__init__, get = @Derived.get, kind = "derived"}}
# CHECK: flow.class @Base {bases = [#flow.builtin<"object">], members = {__init__ = @Base.__init__, count = 0 : i64, create = #flow.classmethod<@Base.create>, get = @Base.get, kind = "base", make = #flow.staticmethod<@Base.make>}}
# CHECK: flow.class @Plain {bases = [#flow.builtin<"object">], members = {__init__ = @Plain.__init__}}
# CHECK: flow.class @Mixin {bases = [#flow.builtin<"object">], members = {twice = @Mixin.twice}, mixin}
def use(n):
    d = Derived(n, 1)
    b = Base.make(n)
    c = Base.create(n)
    total = d.twice() + b.get() + c.get() + len(Derived.kind)
    return total + isinstance(d, Base) + isinstance(Plain(), Plain)


# CHECK-LABEL: flow.func @Base.make(%x: !flow.obj)
# CHECK: %[[BASE:.*]] = flow.constant @Base
# CHECK: flow.simple_call(%[[BASE]], %x)

# `super().__init__` skips the mixin, which has no __init__.
# CHECK-LABEL: flow.func @Derived.__init__(%self: !flow.obj, %x: !flow.obj, %y: !flow.obj)
# CHECK: %[[INIT:.*]] = flow.constant @Base.__init__
# CHECK: flow.simple_call(%[[INIT]], %self, %x)
# CHECK: flow.setattr %self, %y {name = "y"}

# CHECK-LABEL: flow.func @Derived.get(%self: !flow.obj)
# CHECK: %[[GET:.*]] = flow.constant @Base.get
# CHECK: flow.simple_call(%[[GET]], %self)
# CHECK: flow.getattr %self {name = "y"}

# CHECK-LABEL: flow.func @Base.__init__(%self: !flow.obj, %x: !flow.obj)
# CHECK: flow.setattr %self, %x {name = "x"}
# CHECK: %[[NONE:.*]] = flow.constant #flow.none
# CHECK: flow.return %[[NONE]]

# CHECK-LABEL: flow.func @Base.get(%self: !flow.obj)
# CHECK: %[[X:.*]] = flow.getattr %self {name = "x"}
# CHECK: flow.return %[[X]]

# CHECK-LABEL: flow.func @Base.create(%cls: !flow.obj, %x: !flow.obj)
# CHECK: flow.simple_call(%cls, %x)

# super(Class, self) names the class explicitly; here the next class in the
# MRO is object.
# CHECK-LABEL: flow.func @Plain.__init__(%self: !flow.obj)
# CHECK: %[[INIT:.*]] = flow.constant #flow.builtin<"object.__init__">
# CHECK: flow.simple_call(%[[INIT]], %self)

# CHECK-LABEL: flow.func @Mixin.twice(%self: !flow.obj)
# CHECK: flow.getattr %self {name = "get"}
