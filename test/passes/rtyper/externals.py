# Externals: os.open/read/write/close/lseek call the runtime, which reports
# a failure by its result (-1, or a null string from rpy_os_read); a helper
# (ll_oscheck) then raises OSError with the runtime's description of the
# error (and open's path) through ll_raise.OSError, so a try around the
# call, or around a caller, catches it.
# print(file=sys.stderr) writes with rpy_stderr_write.
# RUN: rpy-translate %s --emit=ll | FileCheck %s
# RUN: rpy-translate %s --emit=ll | rpy-opt | FileCheck %s
# RUN: rm -f %t.txt %t.txt.missing
# RUN: rpy-translate %s --backend=llinterp -- %t.txt | FileCheck %s --check-prefix=OUT
import os
import sys

# OUT: 11
# OUT-NEXT: file
# OUT-NEXT: hello, file cannot read
# OUT-NOT: to stderr


# CHECK-LABEL: lltype.func @main(
# CHECK: lltype.direct_call @rpy_stderr_write
def main(argv):
    path = argv[1]
    print(write_file(path, "hello, file"))
    print(read_back(path, 7))
    print(try_read(path), try_read(path + ".missing"))
    print("to stderr", file=sys.stderr)
    return 0


# The flags are folded into one constant; a failed call raises.
# CHECK-LABEL: lltype.func @write_file(%arg0: !lltype.ptr<@rpy_string>, %arg1: !lltype.ptr<@rpy_string>) -> !lltype.signed
# CHECK: %[[FD:.*]] = lltype.direct_call @rpy_os_open(%arg0, %{{.*}}, %{{.*}}) : (!lltype.ptr<@rpy_string>, !lltype.signed, !lltype.signed) -> !lltype.signed
# CHECK: %[[FAILED:.*]] = lltype.int_lt %[[FD]]
# CHECK: lltype.direct_call @ll_oscheck(%[[FAILED]], %arg0) : (!lltype.bool, !lltype.ptr<@rpy_string>) -> ()
# encode() keeps the string.
# CHECK: %[[N:.*]] = lltype.direct_call @rpy_os_write(%[[FD]], %arg1) : (!lltype.signed, !lltype.ptr<@rpy_string>) -> !lltype.signed
# CHECK: lltype.int_lt %[[N]]
# CHECK: %[[CLOSED:.*]] = lltype.direct_call @rpy_os_close(%[[FD]]) : (!lltype.signed) -> !lltype.signed
# CHECK: lltype.int_lt %[[CLOSED]]
# CHECK: lltype.return %[[N]] : !lltype.signed
def write_file(path, text):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    written = os.write(fd, text.encode("latin-1"))
    os.close(fd)
    return written


# CHECK-LABEL: lltype.func @read_back(
# CHECK: %[[FD:.*]] = lltype.direct_call @rpy_os_open(
# CHECK: lltype.direct_call @rpy_os_lseek(%[[FD]], %arg1, %{{.*}}) : (!lltype.signed, !lltype.signed, !lltype.signed) -> !lltype.signed
# rpy_os_read fails with null.
# CHECK: %[[DATA:.*]] = lltype.direct_call @rpy_os_read(%[[FD]], %{{.*}}) : (!lltype.signed, !lltype.signed) -> !lltype.ptr<@rpy_string>
# CHECK: %[[NULL:.*]] = lltype.ptr_iszero %[[DATA]]
# CHECK: lltype.direct_call @ll_oscheck(%[[NULL]], %{{.*}})
# CHECK: lltype.direct_call @rpy_os_close(%[[FD]])
# decode() keeps the string.
# CHECK: lltype.return %[[DATA]]
def read_back(path, offset):
    fd = os.open(path, os.O_RDONLY, 0)
    os.lseek(fd, offset, 0)
    data = os.read(fd, 100)
    os.close(fd)
    return data.decode("latin-1")


# CHECK-LABEL: lltype.func @try_read(
# CHECK: lltype.direct_call @read_back(
# CHECK-NEXT: lltype.catch ^{{.*}}, [@vtable.OSError.instance -> ^{{.*}}]
def try_read(path):
    try:
        return read_back(path, 0)
    except OSError:
        return "cannot read"


# CHECK-LABEL: lltype.func @ll_raise.OSError(%arg0: !lltype.ptr<@rpy_string>)
# CHECK: lltype.malloc : !lltype.ptr<@inst.OSError>
# CHECK: lltype.setfield %{{.*}}["message"], %arg0
# CHECK: lltype.raise
# The check: the runtime's message, then ": " and repr(path) when given.
# CHECK-LABEL: lltype.func @ll_oscheck(%arg0: !lltype.bool, %arg1: !lltype.ptr<@rpy_string>)
# CHECK: lltype.cond_br %arg0, ^[[FAIL:bb[0-9]+]], ^[[OK:bb[0-9]+]]
# CHECK: ^[[FAIL]]:
# CHECK-NEXT: %[[MSG:.*]] = lltype.direct_call @rpy_os_error_message() : () -> !lltype.ptr<@rpy_string>
# CHECK: lltype.direct_call @rpy_str_repr(%arg1)
# CHECK: lltype.direct_call @ll_raise.OSError(
# CHECK-NEXT: lltype.unreachable
# CHECK-DAG: lltype.func private @rpy_os_error_message() -> !lltype.ptr<@rpy_string>
# CHECK-DAG: lltype.func private @rpy_os_write(!lltype.signed, !lltype.ptr<@rpy_string>) -> !lltype.signed
# CHECK-DAG: lltype.func private @rpy_os_close(!lltype.signed) -> !lltype.signed
# CHECK-DAG: lltype.func private @rpy_os_read(!lltype.signed, !lltype.signed) -> !lltype.ptr<@rpy_string>


if __name__ == "__main__":
    sys.exit(main(sys.argv))
