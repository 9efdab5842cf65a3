# Methods with overrides are called through slots of the vtable of the
# class they are read through; each class's vtable holds what it resolves
# the method to (PyPy's method slots).
# RUN: rpy-translate %s --emit=ll | FileCheck %s
# RUN: rpy-translate %s --emit=ll | rpy-opt | FileCheck %s

# CHECK-DAG: lltype.struct @vtable.Node (super: !lltype.inline<@vtable.object>, eval: !lltype.funcptr<(!lltype.ptr<@inst.Node>, !lltype.signed) -> !lltype.signed>)
# CHECK-DAG: lltype.global @vtable.Num.instance : @vtable.Num = {{\[\[\[}}{{.*}}], @Num.eval]]
# CHECK-DAG: lltype.global @vtable.Add.instance : @vtable.Add = {{\[\[\[}}{{.*}}], @Add.eval]]
# CHECK-LABEL: lltype.func @Add.eval
# CHECK: lltype.getfield %{{.*}}["typeptr"]
# CHECK: lltype.cast_pointer %{{.*}} : !lltype.ptr<@vtable.object> to !lltype.ptr<@vtable.Node>
# CHECK: lltype.getfield %{{.*}}["eval"]
# CHECK: lltype.indirect_call


class Node(object):
    def eval(self, env):
        raise NotImplementedError("abstract")


class Num(Node):
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value


class Add(Node):
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def eval(self, env):
        return self.left.eval(env) + self.right.eval(env)


def main(argv):
    tree = Add(Num(2), Add(Num(3), Num(len(argv))))
    print(tree.eval(0))
    return 0
