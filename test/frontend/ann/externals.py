# The os and sys externals with their signatures, str.decode, ord() of a str,
# and the JIT's hints as no-ops.
# RUN: rpy-translate %s --emit=ann | FileCheck %s
# RUN: rpy-translate %s --emit=ann | rpy-opt | FileCheck %s
import os
import sys

from rpython.rlib.jit import JitDriver

jitdriver = JitDriver(greens=["pc"], reds=["n"])


# CHECK-LABEL: flow.func @main(
# CHECK: (!ann.pbc<[#flow.builtin<"os.write">]>, !ann.int<nonneg>, !ann.str) -> !ann.int<nonneg>
# CHECK: flow.getattr %{{.*}} {name = "jit_merge_point"} : (!ann.pbc<[@jitdriver]>) -> !ann.pbc<[#flow.builtin<"rpython.rlib.jit.JitDriver.jit_merge_point">]>
# CHECK: -> !ann.none
# CHECK: (!ann.pbc<[#flow.builtin<"ord">]>, !ann.str) -> !ann.int<nonneg>
def main(argv):
    os.write(1, read_file(argv[1]))
    pc = 0
    n = 0
    while pc < 3:
        jitdriver.jit_merge_point(pc=pc, n=n)
        n += ord(read_file(argv[0]))
        pc += 1
    return n + tell(argv)


# CHECK-LABEL: flow.func @read_file(%path: !ann.str<no_nul>) -> !ann.str
# CHECK: (!ann.pbc<[#flow.builtin<"os.open">]>, !ann.str<no_nul>, !ann.int<nonneg>, !ann.int<nonneg>) -> !ann.int
# CHECK-DAG: (!ann.pbc<[#flow.builtin<"os.read">]>, !ann.int, !ann.int<nonneg>) -> !ann.str
# CHECK-DAG: (!ann.pbc<[#flow.builtin<"str.decode">]>, !ann.str<no_nul>) -> !ann.str
# CHECK-DAG: (!ann.pbc<[#flow.builtin<"os.close">]>, !ann.int) -> !ann.none
def read_file(path):
    fd = os.open(path, os.O_RDONLY, 0o777)
    chunks = []
    while True:
        data = os.read(fd, 4096)
        if len(data) == 0:
            break
        chunks.append(data.decode("latin-1"))
    os.close(fd)
    return "".join(chunks)


# os.lseek is an int; sys.stdout.write and sys.stderr.write are built-ins named
# after their stream, returning the count written; sys.exit never returns, so
# the rest of its block is not reached.
# CHECK-LABEL: flow.func @tell(
# CHECK: (!ann.pbc<[#flow.builtin<"os.lseek">]>, !ann.int<nonneg>, !ann.int<nonneg>, !ann.int<nonneg>) -> !ann.int
# CHECK: flow.getattr %{{.*}} {name = "write"} : (!ann.pbc<[@{{.*}}]>) -> !ann.pbc<[#flow.builtin<"sys.stdout.write">]>
# CHECK: (!ann.pbc<[#flow.builtin<"sys.stdout.write">]>, !ann.str<no_nul>) -> !ann.int<nonneg>
# CHECK: (!ann.pbc<[#flow.builtin<"sys.stderr.write">]>, !ann.char<no_nul>) -> !ann.int<nonneg>
# CHECK: (!ann.pbc<[#flow.builtin<"sys.exit">]>, !ann.int<nonneg>) -> !ann.impossible
# CHECK: flow.constant "unreached" -> !ann.impossible
def tell(argv):
    pos = os.lseek(0, 0, os.SEEK_CUR)
    sys.stdout.write(argv[0])
    sys.stderr.write("\n")
    if len(argv) > 5:
        sys.exit(2)
        print("unreached")
    return pos
