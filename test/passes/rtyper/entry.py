# The entry glue: `int64_t rpy_entry(rpy_list *argv)`, the runtime's call
# into the program, passes argv (a resizable list of strings, as the
# runtime builds it) to the entry point and returns its exit status: the
# int it returns, a bool as an int, 0 for None. An exception the entry
# point lets out is the runtime's to report (exit status 1).
# RUN: rpy-translate %s --emit=ll | FileCheck %s
# RUN: rpy-translate %s --emit=ll | rpy-opt | FileCheck %s
# RUN: rpy-translate %s --entry=main_bool --emit=ll | FileCheck %s --check-prefix=BOOL
# RUN: rpy-translate %s --entry=main_none --emit=ll | FileCheck %s --check-prefix=NONE
# RUN: not rpy-translate %s --backend=llinterp -- one two | FileCheck %s --check-prefix=OUT
# RUN: rpy-translate %s --backend=llinterp | FileCheck %s --check-prefix=NOARGS
# RUN: not rpy-translate %s --entry=main_bool --backend=llinterp -- one
# RUN: rpy-translate %s --entry=main_none --backend=llinterp -- one | FileCheck %s --check-prefix=NONE-OUT
# RUN: not rpy-translate %s --entry=main_raise --backend=llinterp -- one 2>&1 | FileCheck %s --check-prefix=RAISE
import sys

# OUT: True 3
# OUT-NEXT: arg one
# OUT-NEXT: arg two
# OUT-NEXT: extra
# NOARGS: True 1
# NOARGS-NEXT: extra
# NONE-OUT: none
# RAISE: ValueError: bad argv: 2

# CHECK: lltype.struct @list.str gc (length: !lltype.signed, items: !lltype.ptr<@array.str>)


# CHECK-LABEL: lltype.func @main(%arg0: !lltype.ptr<@list.str>) -> !lltype.signed
# CHECK: lltype.direct_call @ll_append.str(%arg0,
def main(argv):
    print(argv[0] != "", len(argv))
    for arg in argv[1:]:
        print("arg", arg)
    argv.append("extra")
    print(argv[-1])
    return len(argv) - 2


def main_bool(argv):
    return len(argv) > 1


def main_none(argv):
    print("none")


def main_raise(argv):
    raise ValueError("bad argv: %d" % len(argv))


# Only the entry point's graph and what it calls are translated.
# CHECK-NOT: lltype.func @main_bool
# CHECK-LABEL: lltype.func @rpy_entry(%arg0: !lltype.ptr<@list.str>) -> !lltype.signed
# CHECK-NEXT: %[[STATUS:.*]] = lltype.direct_call @main(%arg0) : (!lltype.ptr<@list.str>) -> !lltype.signed
# SystemExit (sys.exit) ends the program with the status it keeps.
# CHECK-NEXT: lltype.catch ^[[DONE:bb[0-9]+]], [@vtable.SystemExit.instance -> ^[[EXIT:bb[0-9]+]]]
# CHECK-NEXT: ^[[DONE]]:
# CHECK-NEXT: lltype.return %[[STATUS]] : !lltype.signed
# CHECK-NEXT: ^[[EXIT]](%{{.*}}: !lltype.ptr<@inst.object>):
# CHECK-NEXT: %[[HOLDER:.*]] = lltype.addressof @rpy_exit_status
# CHECK-NEXT: %[[CODE:.*]] = lltype.getfield %[[HOLDER]]["value"]
# CHECK-NEXT: lltype.return %[[CODE]] : !lltype.signed

# BOOL-LABEL: lltype.func @rpy_entry(%arg0: !lltype.ptr<@list.str>) -> !lltype.signed
# BOOL-NEXT: %[[RESULT:.*]] = lltype.direct_call @main_bool(%arg0) : (!lltype.ptr<@list.str>) -> !lltype.bool
# BOOL: %[[STATUS:.*]] = lltype.cast_bool_to_int %[[RESULT]]
# BOOL-NEXT: lltype.return %[[STATUS]] : !lltype.signed

# NONE-LABEL: lltype.func @rpy_entry(%arg0: !lltype.ptr<@list.str>) -> !lltype.signed
# NONE-NEXT: lltype.direct_call @main_none(%arg0) : (!lltype.ptr<@list.str>) -> ()
# NONE: %[[ZERO:.*]] = lltype.constant 0 : !lltype.signed
# NONE-NEXT: lltype.return %[[ZERO]] : !lltype.signed


if __name__ == "__main__":
    sys.exit(main(sys.argv))
