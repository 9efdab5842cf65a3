# Module-level names are constants after import. Immutable values (numbers,
# strings, tuples) are inlined; lists, dicts, sets and instances become
# flow.prebuilt symbols named after their global, and stay mutable at run
# time. `global` only declares: reading and mutating are fine.
# RUN: rpy-translate %s --emit=flow | FileCheck %s
# RUN: rpy-translate %s --emit=flow | rpy-opt | FileCheck %s

LIMIT = 10
GREETING = "hi"
KEYWORDS = ("if", "else")
TABLE = [1, 2, 3]
LOOKUP = {"zero": 0, "one": 1}
NAMES = {"a"}
NESTED = [TABLE, (1, TABLE)]


class Point(object):
    def __init__(self, x):
        self.x = x


ORIGIN = Point(0)


def main(argv):
    use(len(argv))
    mutate(len(argv))
    return 0


# CHECK-LABEL: flow.func @use(%k: !flow.obj)
# CHECK: %[[TABLE:.*]] = flow.constant @TABLE
# CHECK: flow.getitem %[[TABLE]], %k
# CHECK: %[[LOOKUP:.*]] = flow.constant @LOOKUP
# CHECK: %[[ONE:.*]] = flow.constant "one"
# CHECK: flow.getitem %[[LOOKUP]], %[[ONE]]
# CHECK: %[[NAMES:.*]] = flow.constant @NAMES
# CHECK: flow.contains %[[NAMES]], %{{.*}}
# CHECK: %[[ORIGIN:.*]] = flow.constant @ORIGIN
# CHECK: flow.getattr %[[ORIGIN]] {name = "x"}
# CHECK: %[[NESTED:.*]] = flow.constant @NESTED
# CHECK: %[[C:.*]] = flow.constant [10, "hi", "if", 2]
# CHECK: flow.newtuple(%{{.*}}, %[[NESTED]], %{{.*}}, %[[C]])
# CHECK-DAG: flow.prebuilt @TABLE {items = [1, 2, 3], kind = "list"}
# CHECK-DAG: flow.prebuilt @LOOKUP {items = {{\[\[}}"zero", 0], ["one", 1]], kind = "dict"}
# CHECK-DAG: flow.prebuilt @NAMES {items = ["a"], kind = "set"}
# CHECK-DAG: flow.prebuilt @NESTED {items = [@TABLE, [1, @TABLE]], kind = "list"}
# CHECK-DAG: flow.prebuilt @ORIGIN {cls = @Point, fields = {x = 0 : i64}, kind = "instance"}
# CHECK-DAG: flow.class @Point
def use(k):
    total = TABLE[k] + LOOKUP["one"] + ("a" in NAMES)
    return total, NESTED, ORIGIN.x, (LIMIT, GREETING, KEYWORDS[0], len(KEYWORDS))


# CHECK-LABEL: flow.func @mutate(%v: !flow.obj)
# CHECK: %[[TABLE:.*]] = flow.constant @TABLE
# CHECK: %[[APPEND:.*]] = flow.getattr %[[TABLE]] {name = "append"}
# CHECK: flow.simple_call(%[[APPEND]], %v)
# CHECK: %[[LOOKUP:.*]] = flow.constant @LOOKUP
# CHECK: %[[KEY:.*]] = flow.constant "two"
# CHECK: flow.setitem %[[LOOKUP]], %[[KEY]], %v
# CHECK: %[[ORIGIN:.*]] = flow.constant @ORIGIN
# CHECK: flow.setattr %[[ORIGIN]], %v {name = "x"}
def mutate(v):
    global TABLE
    TABLE.append(v)
    LOOKUP["two"] = v
    ORIGIN.x = v
