# Classes: instance structs embed their base's (the root holds the vtable
# pointer), vtables carry the class-id range for isinstance and the name;
# calling a class allocates, sets the vtable and calls __init__; attributes
# live in the struct of the class whose table holds them; exceptions keep
# str() of their argument as `message`; raise and try/except become
# lltype.raise and lltype.catch.
# RUN: rpy-translate %s --emit=ll | FileCheck %s
# RUN: rpy-translate %s --emit=ll | rpy-opt | FileCheck %s

# CHECK-DAG: lltype.struct @vtable.object (subclassrange_min: !lltype.signed, subclassrange_max: !lltype.signed, name: !lltype.ptr<@rpy_string>)
# CHECK-DAG: lltype.struct @inst.object gc (typeptr: !lltype.ptr<@vtable.object>)
# CHECK-DAG: lltype.struct @inst.Shape gc (super: !lltype.inline<@inst.object>, name: !lltype.ptr<@rpy_string>)
# CHECK-DAG: lltype.struct @inst.Square gc (super: !lltype.inline<@inst.Shape>, side: !lltype.signed)
# CHECK-DAG: lltype.struct @inst.BaseException gc (super: !lltype.inline<@inst.object>, message: !lltype.ptr<@rpy_string>)
# CHECK-DAG: lltype.global @vtable.Square.instance : @vtable.Square = {{\[\[\[}}[[MIN:[0-9]+]], [[MAX:[0-9]+]], @str.{{[0-9]+}}]]]

# CHECK-LABEL: lltype.func @main
# CHECK: lltype.malloc : !lltype.ptr<@inst.Square>
# CHECK: lltype.addressof @vtable.Square.instance
# CHECK: lltype.setfield %{{.*}}["typeptr"]
# CHECK: lltype.direct_call @Square.__init__
# CHECK: lltype.getfield %{{.*}}["side"] : !lltype.ptr<@inst.Square> -> !lltype.signed
# isinstance: the object's class id in [MIN, MAX).
# CHECK: lltype.getfield %{{.*}}["subclassrange_min"]
# CHECK: lltype.uint_lt
# CHECK: lltype.direct_call @check
# CHECK-NEXT: lltype.catch ^{{.*}}, [@vtable.MyError.instance -> ^{{.*}}]
# CHECK-LABEL: lltype.func @check
# CHECK: lltype.setfield %{{.*}}["message"]
# CHECK: lltype.raise %{{.*}} : !lltype.ptr<@inst.object>


class Shape(object):
    def __init__(self, name):
        self.name = name

    def describe(self):
        return self.name


class Square(Shape):
    def __init__(self, side):
        Shape.__init__(self, "square")
        self.side = side


class MyError(Exception):
    pass


def check(n):
    if n > 3:
        raise MyError("too big")
    return n


def main(argv):
    s = Shape("shape")
    sq = Square(3)
    print(s.describe(), sq.side, isinstance(sq, Square))
    try:
        check(5)
    except MyError:
        print("caught")
    return 0
