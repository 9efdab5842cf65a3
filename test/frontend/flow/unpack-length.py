# Unpacking a value of unknown length checks the length first, as Python
# (and PyPy's flow space) do: `a, b = [1, 2, 3]` raises ValueError instead
# of silently taking the first two items.
# RUN: rpy-translate %s --emit=flow | FileCheck %s


def main(argv):
    return first_two(argv)


# CHECK-LABEL: flow.func @first_two(%l: !flow.obj)
# CHECK: flow.{{eq|ne}}
# CHECK: flow.cond_br
# CHECK-DAG: #flow.builtin<"ValueError">
# CHECK-DAG: flow.raise
# CHECK-DAG: flow.getitem %l
def first_two(l):
    a, b = l
    return a + b
