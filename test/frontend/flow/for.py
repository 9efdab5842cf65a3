# for loops: flow.iter before the header, flow.next in the header with a
# flow.catch whose StopIteration edge leaves the loop (through `else`).
# Tuple targets unpack the item with flow.getitem.
# RUN: rpy-translate %s --emit=flow | FileCheck %s
# RUN: rpy-translate %s --emit=flow | rpy-opt | FileCheck %s
# RUN: rpy-translate %s --emit=flow | rpy-opt --mlir-print-op-generic | rpy-opt | FileCheck %s


def main(argv):
    over_list([1, -1])
    over_str("abc")
    over_range(3)
    over_dict({1: 2})
    over_enumerate(argv)
    over_zip(argv, argv)
    over_reversed(argv)
    targets(argv, main)
    return 0


# CHECK-LABEL: flow.func @over_list(%l: !flow.obj)
# CHECK: %[[IT:.*]] = flow.iter %l
# CHECK: %[[S0:.*]] = flow.constant 0
# CHECK: flow.br ^[[HEAD:bb[0-9]+]](%[[S0]] : !flow.obj)
# CHECK: ^[[HEAD]](%[[S:.*]]: !flow.obj):
# CHECK: %[[X:.*]] = flow.next %[[IT]]
# CHECK: flow.catch ^[[BODY:bb[0-9]+]], [#flow.builtin<"StopIteration"> -> ^[[ELSE:bb[0-9]+]]]
# CHECK: ^[[BODY]]:
# CHECK: flow.lt %[[X]], %{{.*}}
# CHECK: flow.cond_br %{{.*}}, ^[[BREAK:bb[0-9]+]], ^[[REST:bb[0-9]+]]
# CHECK: ^[[ELSE]](%{{.*}}: !flow.obj):
# CHECK: %[[M1:.*]] = flow.constant -1
# CHECK: flow.br ^[[EXIT:bb[0-9]+]](%[[M1]] : !flow.obj)
# CHECK: ^[[BREAK]]:
# CHECK: flow.br ^[[EXIT]](%[[S]] : !flow.obj)
# CHECK: ^[[REST]]:
# CHECK: flow.cond_br %{{.*}}, ^[[CONT:bb[0-9]+]], ^[[ADD:bb[0-9]+]]
# CHECK: ^[[CONT]]:
# CHECK: flow.br ^[[HEAD]](%[[S]] : !flow.obj)
# CHECK: ^[[ADD]]:
# CHECK: %[[S2:.*]] = flow.inplace_add %[[S]], %[[X]]
# CHECK: flow.br ^[[HEAD]](%[[S2]] : !flow.obj)
# CHECK: ^[[EXIT]](%[[R:.*]]: !flow.obj):
# CHECK: flow.return %[[R]]
def over_list(l):
    s = 0
    for x in l:
        if x < 0:
            break
        if x == 0:
            continue
        s += x
    else:
        s = -1
    return s


# Without `else`, StopIteration leads straight to the code after the loop.
# CHECK-LABEL: flow.func @over_str(%t: !flow.obj)
# CHECK: %[[IT:.*]] = flow.iter %t
# CHECK: ^[[HEAD:bb[0-9]+]](%[[N:.*]]: !flow.obj):
# CHECK: flow.next %[[IT]]
# CHECK: flow.catch ^[[BODY:bb[0-9]+]], [#flow.builtin<"StopIteration"> -> ^[[DONE:bb[0-9]+]]]
# CHECK: ^[[BODY]]:
# CHECK: %[[N2:.*]] = flow.inplace_add %[[N]], %{{.*}}
# CHECK: flow.br ^[[HEAD]](%[[N2]] : !flow.obj)
# CHECK: ^[[DONE]](%{{.*}}: !flow.obj):
# CHECK-NEXT: flow.return %[[N]]
def over_str(t):
    n = 0
    for c in t:
        n += 1
    return n


# CHECK-LABEL: flow.func @over_range(%n: !flow.obj)
# CHECK: %[[RANGE:.*]] = flow.constant #flow.builtin<"range">
# CHECK: %[[R:.*]] = flow.simple_call(%[[RANGE]], %n)
# CHECK: %[[IT:.*]] = flow.iter %[[R]]
# CHECK: flow.next %[[IT]]
def over_range(n):
    s = 0
    for i in range(n):
        s += i
    return s


# CHECK-LABEL: flow.func @over_dict(%d: !flow.obj)
# CHECK: %[[ITEMS:.*]] = flow.getattr %d {name = "items"}
# CHECK: %[[LIST:.*]] = flow.simple_call(%[[ITEMS]])
# CHECK: %[[IT:.*]] = flow.iter %[[LIST]]
# CHECK: %[[KV:.*]] = flow.next %[[IT]]
# CHECK: %[[ZERO:.*]] = flow.constant 0
# CHECK: %[[K:.*]] = flow.getitem %[[KV]], %[[ZERO]]
# CHECK: %[[ONE:.*]] = flow.constant 1
# CHECK: %[[V:.*]] = flow.getitem %[[KV]], %[[ONE]]
# CHECK: flow.inplace_add %{{.*}}, %[[V]]
def over_dict(d):
    s = 0
    for k, v in d.items():
        s += v
    return s


# CHECK-LABEL: flow.func @over_enumerate(%l: !flow.obj)
# CHECK: %[[ENUM:.*]] = flow.constant #flow.builtin<"enumerate">
# CHECK: %[[E:.*]] = flow.simple_call(%[[ENUM]], %l)
# CHECK: flow.iter %[[E]]
# CHECK: %[[PAIR:.*]] = flow.next
# CHECK: %[[I:.*]] = flow.getitem %[[PAIR]]
# CHECK: %[[X:.*]] = flow.getitem %[[PAIR]]
# CHECK: flow.simple_call(%{{.*}}, %[[I]], %[[X]])
def over_enumerate(l):
    for i, x in enumerate(l):
        print(i, x)


# CHECK-LABEL: flow.func @over_zip(%a: !flow.obj, %b: !flow.obj)
# CHECK: %[[ZIP:.*]] = flow.constant #flow.builtin<"zip">
# CHECK: %[[Z:.*]] = flow.simple_call(%[[ZIP]], %a, %b)
# CHECK: flow.iter %[[Z]]
def over_zip(a, b):
    for x, y in zip(a, b):
        print(x, y)


# CHECK-LABEL: flow.func @over_reversed(%l: !flow.obj)
# CHECK: %[[REV:.*]] = flow.constant #flow.builtin<"reversed">
# CHECK: %[[R:.*]] = flow.simple_call(%[[REV]], %l)
# CHECK: flow.iter %[[R]]
def over_reversed(l):
    for x in reversed(l):
        print(x)


# Any assignment target works: attributes, items, nested tuples.
# CHECK-LABEL: flow.func @targets(%l: !flow.obj, %h: !flow.obj)
# CHECK: %[[X:.*]] = flow.next
# CHECK: flow.setattr %h, %[[X]] {name = "x"}
# CHECK: %[[Y:.*]] = flow.next
# CHECK: %[[ZERO:.*]] = flow.constant 0
# CHECK: flow.setitem %l, %[[ZERO]], %[[Y]]
def targets(l, h):
    for h.x in l:
        pass
    for l[0] in l:
        pass
    return l
