# Exceptions: raise allocates the instance, sets its vtable and message and
# ends the block with lltype.raise; in a try block each call is followed by
# an lltype.catch naming the vtables of the except clauses (a handler
# receives the instance as its class); the helpers that raise (int() of a
# string, list.index) are calls, so their exceptions are caught the same
# way; `finally` catches everything and re-raises what no clause handles;
# assert raises AssertionError. Class ids nest: a class's range holds its
# subclasses'.
# RUN: rpy-translate %s --emit=ll | FileCheck %s
# RUN: rpy-translate %s --emit=ll | rpy-opt | FileCheck %s
# RUN: rpy-translate %s --backend=llinterp | FileCheck %s --check-prefix=OUT
import sys

# OUT: found 6 neither
# OUT-NEXT: not found: missing 20 either
# OUT-NEXT: bad value either
# OUT-NEXT: fine app error
# OUT-NEXT: 42 -1
# OUT-NEXT: 1 -1
# OUT-NEXT: ok finally
# OUT-NEXT: finally caught
# OUT-NEXT: re-raising
# OUT-NEXT: outer negative
# OUT-NEXT: 4

# CHECK-DAG: lltype.struct @inst.BaseException gc (super: !lltype.inline<@inst.object>, message: !lltype.ptr<@rpy_string>)
# CHECK-DAG: lltype.struct @inst.AppError gc (super: !lltype.inline<@inst.Exception>)
# CHECK-DAG: lltype.struct @inst.NotFound gc (super: !lltype.inline<@inst.AppError>)
# CHECK: lltype.global @vtable.NotFound.instance : @vtable.NotFound = {{\[\[\[\[\[}}[[NMIN:[0-9]+]], [[MAX:[0-9]+]], @str.{{[0-9]+}}]]]]]
# CHECK: lltype.global @vtable.AppError.instance : @vtable.AppError = {{\[\[\[\[}}{{[0-9]+}}, [[MAX]], @str.{{[0-9]+}}]]]]


class AppError(Exception):
    pass


class NotFound(AppError):
    pass


# CHECK-LABEL: lltype.func @main(
# CHECK: lltype.direct_call @reraise(
# CHECK-NEXT: lltype.catch ^{{.*}}, [@vtable.ValueError.instance -> ^{{.*}}]
def main(argv):
    for n in [3, 20, -1]:
        print(classify(n), either(n))
    print(by_base(3), by_base(20))
    print(parse("42"), parse("x"))
    items = [1, 2]
    items.append(len(argv))
    print(position(items, 2), position(items, 9))
    print(cleanup(1))
    print(cleanup(11))
    try:
        reraise(-5)
    except ValueError as e:
        print("outer", str(e))
    print(checked(4))
    return 0


# Two clauses: one catch with both vtables, after each call of the block.
# CHECK-LABEL: lltype.func @classify(%arg0: !lltype.signed)
# CHECK: lltype.direct_call @find(%arg0)
# CHECK-NEXT: lltype.catch ^{{.*}}, [@vtable.NotFound.instance -> ^[[NOTFOUND:bb[0-9]+]], @vtable.ValueError.instance -> ^{{bb[0-9]+}}]
# CHECK: ^[[NOTFOUND]](%[[E:.*]]: !lltype.ptr<@inst.NotFound>):
# str(e): the message.
# CHECK: %[[BASE:.*]] = lltype.cast_pointer %{{.*}} : !lltype.ptr<@inst.NotFound> to !lltype.ptr<@inst.BaseException>
# CHECK: lltype.getfield %[[BASE]]["message"] : !lltype.ptr<@inst.BaseException> -> !lltype.ptr<@rpy_string>
def classify(n):
    try:
        return "found " + str(find(n))
    except NotFound as e:
        return "not found: " + str(e)
    except ValueError:
        return "bad value"


# CHECK-LABEL: lltype.func @either(
# CHECK: lltype.direct_call @find(%arg0)
# CHECK-NEXT: lltype.catch ^{{.*}}, [@vtable.NotFound.instance -> ^{{.*}}, @vtable.ValueError.instance -> ^{{.*}}]
# The handler takes the clauses' common base.
# CHECK: lltype.cast_pointer %{{.*}} : !lltype.ptr<@inst.NotFound> to !lltype.ptr<@inst.Exception>
# CHECK: lltype.cast_pointer %{{.*}} : !lltype.ptr<@inst.ValueError> to !lltype.ptr<@inst.Exception>
def either(n):
    try:
        find(n)
    except (NotFound, ValueError):
        return "either"
    return "neither"


# CHECK-LABEL: lltype.func @by_base(
# CHECK: lltype.direct_call @find(%arg0)
# CHECK-NEXT: lltype.catch ^{{.*}}, [@vtable.AppError.instance -> ^{{.*}}]
def by_base(n):
    try:
        find(n)
    except AppError:
        return "app error"
    return "fine"


# CHECK-LABEL: lltype.func @parse(%arg0: !lltype.ptr<@rpy_string>)
# CHECK: lltype.direct_call @ll_parse_int(%arg0)
# CHECK-NEXT: lltype.catch ^{{.*}}, [@vtable.ValueError.instance -> ^{{.*}}]
def parse(text):
    try:
        return int(text)
    except ValueError:
        return -1


# CHECK-LABEL: lltype.func @position(
# CHECK: lltype.direct_call @ll_checkedindex.signed(
# CHECK-NEXT: lltype.catch ^{{.*}}, [@vtable.ValueError.instance -> ^{{.*}}]
def position(items, x):
    try:
        return items.index(x)
    except ValueError:
        return -1


# finally: catch anything, run the cleanup, then test the class of what
# was caught against the outer clause (NotFound's range) or re-raise it.
# CHECK-LABEL: lltype.func @cleanup(
# CHECK: lltype.direct_call @find(%arg0)
# CHECK-NEXT: lltype.catch ^{{.*}}, [@vtable.BaseException.instance -> ^{{.*}}]
# CHECK: %[[TYPE:.*]] = lltype.getfield %{{.*}}["typeptr"] : !lltype.ptr<@inst.object> -> !lltype.ptr<@vtable.object>
# CHECK: %[[ID:.*]] = lltype.getfield %[[TYPE]]["subclassrange_min"]
# CHECK: %[[LOW:.*]] = lltype.constant [[NMIN]] : !lltype.signed
# CHECK: lltype.int_sub %[[ID]], %[[LOW]]
# CHECK: lltype.uint_lt
# CHECK: %[[OTHER:.*]] = lltype.cast_pointer %{{.*}} : !lltype.ptr<@inst.BaseException> to !lltype.ptr<@inst.object>
# CHECK-NEXT: lltype.raise %[[OTHER]] : !lltype.ptr<@inst.object>
def cleanup(n):
    out = []
    try:
        try:
            find(n)
            out.append("ok")
        finally:
            out.append("finally")
    except NotFound:
        out.append("caught")
    return " ".join(out)


# A bare raise in a handler raises the caught instance again.
# CHECK-LABEL: lltype.func @reraise(
# CHECK: lltype.catch ^{{.*}}, [@vtable.ValueError.instance -> ^[[HANDLER:bb[0-9]+]]]
# CHECK: ^[[HANDLER]](%[[CAUGHT:.*]]: !lltype.ptr<@inst.ValueError>):
# CHECK: lltype.direct_call @rpy_stdout_write
# CHECK: %[[AGAIN:.*]] = lltype.cast_pointer %[[CAUGHT]] : !lltype.ptr<@inst.ValueError> to !lltype.ptr<@inst.object>
# CHECK-NEXT: lltype.raise %[[AGAIN]]
def reraise(n):
    try:
        return find(n)
    except ValueError:
        print("re-raising")
        raise


# CHECK-LABEL: lltype.func @checked(
# CHECK: lltype.malloc : !lltype.ptr<@inst.AssertionError>
# CHECK: lltype.addressof @vtable.AssertionError.instance
# CHECK: lltype.raise
def checked(n):
    assert n >= 0, "negative"
    return n


# CHECK-LABEL: lltype.func @find(%arg0: !lltype.signed) -> !lltype.signed
# CHECK: %[[MSG:.*]] = lltype.direct_call @rpy_str_concat
# CHECK: %[[EXC:.*]] = lltype.malloc : !lltype.ptr<@inst.NotFound>
# CHECK: %[[ROOT:.*]] = lltype.cast_pointer %[[EXC]] : !lltype.ptr<@inst.NotFound> to !lltype.ptr<@inst.object>
# CHECK: %[[VT:.*]] = lltype.addressof @vtable.NotFound.instance : !lltype.ptr<@vtable.NotFound>
# CHECK: %[[VTROOT:.*]] = lltype.cast_pointer %[[VT]] : !lltype.ptr<@vtable.NotFound> to !lltype.ptr<@vtable.object>
# CHECK: lltype.setfield %[[ROOT]]["typeptr"], %[[VTROOT]]
# CHECK: %[[B:.*]] = lltype.cast_pointer %[[EXC]] : !lltype.ptr<@inst.NotFound> to !lltype.ptr<@inst.BaseException>
# CHECK: lltype.setfield %[[B]]["message"], %[[MSG]]
# CHECK: lltype.raise %{{.*}} : !lltype.ptr<@inst.object>
# CHECK: lltype.malloc : !lltype.ptr<@inst.ValueError>
def find(n):
    if n > 10:
        raise NotFound("missing " + str(n))
    if n < 0:
        raise ValueError("negative")
    return n * 2


# The helpers raise through ll_raise.<class>.
# CHECK-LABEL: lltype.func @ll_parse_int(
# CHECK: lltype.direct_call @ll_raise.ValueError
# CHECK-LABEL: lltype.func @ll_raise.ValueError(%arg0: !lltype.ptr<@rpy_string>)
# CHECK: lltype.setfield %{{.*}}["message"], %arg0
# CHECK: lltype.raise


if __name__ == "__main__":
    sys.exit(main(sys.argv))
