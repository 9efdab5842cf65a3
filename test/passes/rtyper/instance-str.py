# str() of an instance that is not an exception: "<C object>" of its
# class at run time, as PyPy's ll_str (CPython adds the module and an
# address, so no differential test can print it).
# RUN: rpy-translate %s --emit=ll | FileCheck %s
# RUN: rpy-translate %s --backend=llinterp | FileCheck %s --check-prefix=OUT

# OUT: <Base object> <Derived object>

# CHECK-LABEL: lltype.func @describe(
# CHECK: %[[VT:.*]] = lltype.getfield %{{.*}}["typeptr"]
# CHECK: %[[NAME:.*]] = lltype.getfield %[[VT]]["name"]
# CHECK: lltype.direct_call @rpy_str_concat(%{{.*}}, %[[NAME]])


class Base:
    pass


class Derived(Base):
    pass


def describe(x):
    return str(x)


def main(argv):
    print(describe(Base()), describe(Derived()))
    return 0
