# try/except/else/finally: inside a `try`, every operation that can raise
# ends its block with a flow.catch listing the active handlers (innermost
# first); `finally` bodies are copied onto each way out (normal, return,
# break, exception), the exception path re-raising afterwards.
# RUN: rpy-translate %s --emit=flow | FileCheck %s
# RUN: rpy-translate %s --emit=flow | rpy-opt | FileCheck %s
# RUN: rpy-translate %s --emit=flow | rpy-opt --mlir-print-op-generic | rpy-opt | FileCheck %s


def main(argv):
    handlers(argv, 0)
    bare(main)
    cleanup(argv)
    return_in_finally(argv)
    nested(main)
    break_in_finally(argv)
    outside(argv)
    return 0


# Several handlers, a tuple of classes (two edges to one handler), `as`,
# and `else` (outside the handlers' reach).
# CHECK-LABEL: flow.func @handlers(%l: !flow.obj, %i: !flow.obj)
# CHECK: %[[X:.*]] = flow.getitem %l, %i
# CHECK-NEXT: flow.catch ^[[OK:bb[0-9]+]], [#flow.builtin<"IndexError"> -> ^[[IDX:bb[0-9]+]], #flow.builtin<"KeyError"> -> ^[[KEY:bb[0-9]+]], #flow.builtin<"ValueError"> -> ^[[VAL:bb[0-9]+]]]
# CHECK: ^[[OK]]:
# CHECK: %[[X1:.*]] = flow.inplace_add %[[X]], %{{.*}}
# CHECK-NOT: flow.catch
# CHECK: flow.br ^[[END:bb[0-9]+]](%[[X1]] : !flow.obj)
# CHECK: ^[[IDX]](%[[E:.*]]: !flow.obj):
# CHECK: flow.br ^[[END]](%[[E]] : !flow.obj)
# CHECK: ^[[KEY]](%[[K:.*]]: !flow.obj):
# CHECK: flow.br ^[[BOTH:bb[0-9]+]](%[[K]] : !flow.obj)
# CHECK: ^[[VAL]](%[[V:.*]]: !flow.obj):
# CHECK: flow.br ^[[BOTH]](%[[V]] : !flow.obj)
# CHECK: ^[[BOTH]](%{{.*}}: !flow.obj):
# CHECK: %[[M2:.*]] = flow.constant -2
# CHECK: flow.br ^[[END]](%[[M2]] : !flow.obj)
# CHECK: ^[[END]](%[[R:.*]]: !flow.obj):
# CHECK: flow.return %[[R]]
def handlers(l, i):
    try:
        x = l[i]
    except IndexError as e:
        x = e
    except (KeyError, ValueError):
        x = -2
    else:
        x += 1
    return x


# A bare `except:` catches BaseException.
# CHECK-LABEL: flow.func @bare(%f: !flow.obj)
# CHECK: flow.simple_call(%f)
# CHECK-NEXT: flow.catch ^{{.*}}, [#flow.builtin<"BaseException"> -> ^{{.*}}]
def bare(f):
    try:
        f()
    except:
        return 1
    return 0


# CHECK-LABEL: flow.func @cleanup(%l: !flow.obj)
# CHECK: %[[APPEND:.*]] = flow.getattr %l {name = "append"}
# CHECK-NEXT: flow.catch ^[[A:bb[0-9]+]], [#flow.builtin<"BaseException"> -> ^[[EXC1:bb[0-9]+]]]
# CHECK: ^[[A]]:
# CHECK: flow.simple_call(%[[APPEND]], %{{.*}})
# CHECK-NEXT: flow.catch ^[[NORMAL:bb[0-9]+]], [#flow.builtin<"BaseException"> -> ^[[EXC2:bb[0-9]+]]]
# CHECK: ^[[EXC1]](%[[E1:.*]]: !flow.obj):
# CHECK: flow.br ^[[FINALLY:bb[0-9]+]](%[[E1]] : !flow.obj)
# CHECK: ^[[NORMAL]]:
# CHECK: flow.getattr %l {name = "append"}
# CHECK: flow.return %l
# CHECK: ^[[EXC2]](%[[E2:.*]]: !flow.obj):
# CHECK: flow.br ^[[FINALLY]](%[[E2]] : !flow.obj)
# CHECK: ^[[FINALLY]](%[[E:.*]]: !flow.obj):
# CHECK: flow.getattr %l {name = "append"}
# CHECK: flow.raise %[[E]]
def cleanup(l):
    try:
        l.append(1)
    finally:
        l.append(2)
    return l


# `return` inside try/finally runs the finally body before returning.
# CHECK-LABEL: flow.func @return_in_finally(%l: !flow.obj)
# CHECK: %[[POP:.*]] = flow.getattr %l {name = "pop"}
# CHECK: %[[V:.*]] = flow.simple_call(%[[POP]])
# CHECK-NEXT: flow.catch ^[[OK:bb[0-9]+]], [#flow.builtin<"BaseException"> -> ^{{.*}}]
# CHECK: ^[[OK]]:
# CHECK-NEXT: %[[APPEND:.*]] = flow.getattr %l {name = "append"}
# CHECK-NEXT: %[[ZERO:.*]] = flow.constant 0
# CHECK-NEXT: flow.simple_call(%[[APPEND]], %[[ZERO]])
# CHECK-NEXT: flow.return %[[V]]
# CHECK: flow.raise
def return_in_finally(l):
    try:
        return l.pop()
    finally:
        l.append(0)


# An operation inside two `try`s gets both handlers, the inner one first.
# CHECK-LABEL: flow.func @nested(%f: !flow.obj)
# CHECK: flow.simple_call(%f)
# CHECK-NEXT: flow.catch ^{{.*}}, [#flow.builtin<"KeyError"> -> ^{{.*}}, #flow.builtin<"ValueError"> -> ^{{.*}}]
def nested(f):
    try:
        try:
            f()
        except KeyError:
            return 1
    except ValueError:
        return 2
    return 0


# `break` inside try/finally runs the finally body, then leaves the loop.
# CHECK-LABEL: flow.func @break_in_finally(%l: !flow.obj)
# CHECK: ^[[HEAD:bb[0-9]+]]:
# CHECK: %[[X:.*]] = flow.next
# CHECK: flow.cond_br %{{.*}}, ^[[BREAK:bb[0-9]+]](%[[X]] : !flow.obj), ^[[STAY:bb[0-9]+]](%[[X]] : !flow.obj)
# CHECK: ^[[BREAK]](%[[TRUE_X:.*]]: !flow.obj):
# CHECK: flow.simple_call(%{{.*}}, %[[TRUE_X]])
# CHECK-NEXT: flow.br ^[[EXIT:bb[0-9]+]]{{$}}
# CHECK: ^[[STAY]](%[[FALSE_X:.*]]: !flow.obj):
# CHECK: flow.simple_call(%{{.*}}, %[[FALSE_X]])
# CHECK-NEXT: flow.br ^[[HEAD]]
# CHECK: ^[[EXIT]]:
# CHECK: flow.return
def break_in_finally(l):
    for x in l:
        try:
            if x:
                break
        finally:
            print(x)
    return 0


# Outside any `try`, raising operations need no flow.catch.
# CHECK-LABEL: flow.func @outside(%l: !flow.obj)
# CHECK-NOT: flow.catch
# CHECK: flow.return
def outside(l):
    return l[0] + l[1]
