# The os externals with their signatures, str.decode, ord() of a str, and
# the JIT's hints as no-ops.
# RUN: rpy-translate %s --emit=ann | FileCheck %s
# RUN: rpy-translate %s --emit=ann | rpy-opt | FileCheck %s
import os

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
    return n


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
