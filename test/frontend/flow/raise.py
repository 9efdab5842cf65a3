# raise: a class is instantiated (`raise E` is `raise E()`); an exception of
# statically known class inside a `try` jumps straight to its handler; a
# variable is tested against the handlers with flow.isinstance; a bare
# `raise` in a handler re-raises the caught exception. assert raises
# AssertionError when its test fails.
# RUN: rpy-translate %s --emit=flow | FileCheck %s
# RUN: rpy-translate %s --emit=flow | rpy-opt | FileCheck %s


class MyError(Exception):
    pass


class SubError(MyError):
    def __init__(self, code):
        self.code = code


PREBUILT = MyError()


# CHECK-LABEL: flow.func @main(
# CHECK: flow.prebuilt @PREBUILT {cls = @MyError, fields = {args = []}, kind = "instance"}
# CHECK: flow.class @MyError {bases = [#flow.builtin<"Exception">], members = {}}
def main(argv):
    raiser(len(argv))
    caught(len(argv))
    dynamic(PREBUILT)
    reraise(main)
    check(len(argv))
    check_msg(len(argv))
    check_const()
    prebuilt()
    return 0


# CHECK-LABEL: flow.func @raiser(%x: !flow.obj)
# CHECK: %[[CLS:.*]] = flow.constant @MyError
# CHECK: %[[E:.*]] = flow.simple_call(%[[CLS]])
# CHECK: flow.raise %[[E]]
# CHECK: %[[VE:.*]] = flow.constant #flow.builtin<"ValueError">
# CHECK: %[[MSG:.*]] = flow.constant "bad"
# CHECK: %[[E2:.*]] = flow.simple_call(%[[VE]], %[[MSG]])
# CHECK: flow.raise %[[E2]]
def raiser(x):
    if x:
        raise MyError
    raise ValueError("bad")


# The handler is chosen at translation time: SubError is a MyError.
# CHECK-LABEL: flow.func @caught(%x: !flow.obj)
# CHECK: %[[CLS:.*]] = flow.constant @SubError
# CHECK: %[[E:.*]] = flow.simple_call(%[[CLS]], %x)
# CHECK-NEXT: flow.catch ^[[OK:bb[0-9]+]], [@MyError -> ^[[H:bb[0-9]+]]]
# CHECK: ^[[OK]]:
# CHECK-NEXT: flow.br ^[[HANDLER:bb[0-9]+]](%[[E]] : !flow.obj)
# CHECK: ^[[H]](%[[E2:.*]]: !flow.obj):
# CHECK-NEXT: flow.br ^[[HANDLER]](%[[E2]] : !flow.obj)
# CHECK: ^[[HANDLER]](%[[EXC:.*]]: !flow.obj):
# CHECK: flow.getattr %[[EXC]] {name = "code"}
# CHECK-NOT: flow.raise
def caught(x):
    try:
        raise SubError(x)
    except MyError as e:
        return e.code


# CHECK: flow.class @SubError {bases = [@MyError], members = {__init__ = @SubError.__init__}}

# CHECK-LABEL: flow.func @dynamic(%e: !flow.obj)
# CHECK: %[[CLS:.*]] = flow.constant @SubError
# CHECK: %[[IS:.*]] = flow.isinstance %e, %[[CLS]]
# CHECK: %[[T:.*]] = flow.is_true %[[IS]]
# CHECK: flow.cond_br %[[T]], ^[[MATCH:bb[0-9]+]], ^[[NOMATCH:bb[0-9]+]](%e : !flow.obj)
# CHECK: ^[[MATCH]]:
# CHECK: ^[[NOMATCH]](%[[OTHER:.*]]: !flow.obj):
# CHECK-NEXT: flow.raise %[[OTHER]]
def dynamic(e):
    try:
        raise e
    except SubError:
        return 1


# CHECK-LABEL: flow.func @reraise(%f: !flow.obj)
# CHECK: flow.simple_call(%f)
# CHECK-NEXT: flow.catch ^{{.*}}, [#flow.builtin<"ValueError"> -> ^[[H:bb[0-9]+]]]
# CHECK: ^[[H]](%[[E:.*]]: !flow.obj):
# CHECK: flow.simple_call
# CHECK-NEXT: flow.raise %[[E]]
def reraise(f):
    try:
        f()
    except ValueError:
        print("x")
        raise


# CHECK-LABEL: flow.func @check(%x: !flow.obj)
# CHECK: %[[T:.*]] = flow.is_true %x
# CHECK: flow.cond_br %[[T]], ^[[OK:bb[0-9]+]](%x : !flow.obj), ^[[FAIL:bb[0-9]+]]
# CHECK: ^[[OK]](%[[TRUE_X:.*]]: !flow.obj):
# CHECK: flow.return %[[TRUE_X]]
# CHECK: ^[[FAIL]]:
# CHECK: %[[AE:.*]] = flow.constant #flow.builtin<"AssertionError">
# CHECK: %[[E:.*]] = flow.simple_call(%[[AE]])
# CHECK: flow.raise %[[E]]
def check(x):
    assert x
    return x


# CHECK-LABEL: flow.func @check_msg(%x: !flow.obj)
# CHECK: %[[AE:.*]] = flow.constant #flow.builtin<"AssertionError">
# CHECK: %[[MSG:.*]] = flow.constant "x must be positive"
# CHECK: flow.simple_call(%[[AE]], %[[MSG]])
def check_msg(x):
    assert x > 0, "x must be positive"
    return x


# A true constant assertion disappears.
# CHECK-LABEL: flow.func @check_const()
# CHECK-NOT: AssertionError
# CHECK: flow.return
def check_const():
    assert 1 + 1 == 2
    return 0


# A prebuilt instance is raised as it is.
# CHECK-LABEL: flow.func @prebuilt()
# CHECK: %[[E:.*]] = flow.constant @PREBUILT
# CHECK-NEXT: flow.raise %[[E]]
def prebuilt():
    raise PREBUILT
