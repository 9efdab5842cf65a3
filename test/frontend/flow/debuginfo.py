# Every op carries the source location of the construct it comes from:
# functions their `def`, parameters their name, operations their
# expression, terminators their statement, constants the expression that
# uses them.
# RUN: rpy-translate %s --emit=flow --mlir-print-debuginfo --mlir-print-local-scope | FileCheck %s


class Point(object):
    def __init__(self, x):
        self.x = x


# CHECK-LABEL: flow.func @main(
# CHECK-SAME: %argv: !flow.obj loc("{{.*}}debuginfo.py":[[@LINE+5]]:10)
# CHECK: flow.constant @f loc("{{.*}}debuginfo.py":[[@LINE+5]]:12)
# CHECK: flow.simple_call(%{{.*}}, %{{.*}}, %{{.*}}) loc("{{.*}}debuginfo.py":[[@LINE+4]]:12)
# CHECK: flow.return %{{.*}} loc("{{.*}}debuginfo.py":[[@LINE+3]]:5)
# CHECK: } loc("{{.*}}debuginfo.py":[[@LINE+1]]:1)
def main(argv):
    return f(len(argv), 2)


# CHECK-LABEL: flow.func @f(
# CHECK-SAME: %a: !flow.obj loc("{{.*}}debuginfo.py":[[@LINE+17]]:7), %b: !flow.obj loc("{{.*}}debuginfo.py":[[@LINE+17]]:10))
# CHECK: flow.add %a, %b loc("{{.*}}debuginfo.py":[[@LINE+17]]:9)
# CHECK: flow.is_true %{{.*}} loc("{{.*}}debuginfo.py":[[@LINE+17]]:5)
# CHECK: flow.cond_br %{{.*}} loc("{{.*}}debuginfo.py":[[@LINE+16]]:5)
# CHECK: flow.constant 2 loc("{{.*}}debuginfo.py":[[@LINE+16]]:16)
# CHECK: flow.mul %{{.*}} loc("{{.*}}debuginfo.py":[[@LINE+15]]:16)
# CHECK: flow.return %{{.*}} loc("{{.*}}debuginfo.py":[[@LINE+14]]:9)
# CHECK: flow.constant @Point loc("{{.*}}debuginfo.py":[[@LINE+14]]:9)
# CHECK: flow.simple_call(%{{.*}}, %{{.*}}) loc("{{.*}}debuginfo.py":[[@LINE+13]]:9)
# CHECK: flow.getattr %{{.*}} {name = "x"} loc("{{.*}}debuginfo.py":[[@LINE+13]]:13)
# CHECK: flow.neg %{{.*}} loc("{{.*}}debuginfo.py":[[@LINE+12]]:12)
# CHECK: flow.return %{{.*}} loc("{{.*}}debuginfo.py":[[@LINE+11]]:5)
# CHECK: } loc("{{.*}}debuginfo.py":[[@LINE+5]]:1)
# CHECK: flow.class @Point {{.*}} loc("{{.*}}debuginfo.py":8:1)
# CHECK: flow.func @Point.__init__(%self: !flow.obj loc("{{.*}}debuginfo.py":9:18), %x: !flow.obj loc("{{.*}}debuginfo.py":9:24))
# CHECK: flow.setattr %self, %x {name = "x"} loc("{{.*}}debuginfo.py":10:9)
# CHECK: } loc("{{.*}}debuginfo.py":9:5)
def f(a, b):
    c = a + b
    if c:
        return c * 2
    p = Point(c)
    return -p.x
