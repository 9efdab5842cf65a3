# Prebuilt instances (made at import time) are instances of their class, as
# in PyPy: their fields are stored into the class's attributes, so a global
# singleton's methods and fields annotate like any instance's.
# RUN: rpy-translate %s --emit=ann | FileCheck %s
# RUN: rpy-translate %s --emit=ann | rpy-opt | FileCheck %s


class Config(object):
    def __init__(self, name, level):
        self.name = name
        self.level = level
        self.parent = None
        self.tags = ["a", "b"]

    def describe(self):
        return self.name + ":" + str(self.level)


ROOT = Config("root", 0)
CHILD = Config("child", 1)
CHILD.parent = ROOT
FAILED = ValueError("failed")


# CHECK-LABEL: flow.func @main
# CHECK: flow.constant @CHILD -> !ann.instance<@Config>
# CHECK: flow.getattr %{{.*}} {name = "describe"} : (!ann.instance<@Config>) -> !ann.method<[@Config.describe], !ann.instance<@Config>>
# The field of one prebuilt instance that holds another: nullable.
# CHECK: flow.getattr %{{.*}} {name = "parent"} : (!ann.instance<@Config>) -> !ann.instance<@Config, nullable>
# CHECK: flow.getattr %{{.*}} {name = "tags"} : (!ann.instance<@Config>) -> !ann.list<!ann.char<no_nul>, fixed>
# A prebuilt exception is an instance of its built-in class.
# CHECK: flow.constant @FAILED -> !ann.instance<#flow.builtin<"ValueError">>
# CHECK: flow.class @Config {ann.attributes = {level = !ann.int<nonneg>, name = !ann.str<no_nul>, parent = !ann.instance<@Config, nullable>, tags = !ann.list<!ann.char<no_nul>, fixed>}
def main(argv):
    print(CHILD.describe(), CHILD.parent is ROOT, CHILD.tags[0])
    if len(argv) > 5:
        raise FAILED
    return 0


if __name__ == "__main__":
    import sys
    main(sys.argv)
