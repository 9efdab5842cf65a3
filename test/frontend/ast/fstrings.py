# --emit=ast: f-strings become JoinedStr nodes of Str pieces and
# FormattedValue fields (conversion, nested format spec); adjacent literals
# concatenate.
# RUN: rpy-translate %s --emit=ast | FileCheck %s --match-full-lines
a = f"x={x!r:>{w}} {y:.2f}"
b = f"{x}" "-" f"{y!s}"
c = f"{{}} {x + 1:03d} {'q'}"
d = f"""{
    x
}"""


# CHECK: (Module
# CHECK-NEXT: (Assign @5:1
# CHECK-NEXT: (Name a Store @5:1)
# CHECK-NEXT: (JoinedStr @5:5
# CHECK-NEXT: (Str "x=" @5:7)
# CHECK-NEXT: (FormattedValue !r @5:9
# CHECK-NEXT: (Name x @5:10)
# CHECK-NEXT: (spec
# CHECK-NEXT: (JoinedStr @5:14
# CHECK-NEXT: (Str ">" @5:14)
# CHECK-NEXT: (FormattedValue @5:15
# CHECK-NEXT: (Name w @5:16)))))
# CHECK-NEXT: (Str " " @5:19)
# CHECK-NEXT: (FormattedValue @5:20
# CHECK-NEXT: (Name y @5:21)
# CHECK-NEXT: (spec
# CHECK-NEXT: (JoinedStr @5:23
# CHECK-NEXT: (Str ".2f" @5:23))))))
# CHECK-NEXT: (Assign @6:1
# CHECK-NEXT: (Name b Store @6:1)
# CHECK-NEXT: (JoinedStr @6:5
# CHECK-NEXT: (FormattedValue @6:7
# CHECK-NEXT: (Name x @6:8))
# CHECK-NEXT: (Str "-" @6:12)
# CHECK-NEXT: (FormattedValue !s @6:18
# CHECK-NEXT: (Name y @6:19))))
# CHECK-NEXT: (Assign @7:1
# CHECK-NEXT: (Name c Store @7:1)
# CHECK-NEXT: (JoinedStr @7:5
# CHECK-NEXT: (Str "{} " @7:7)
# CHECK-NEXT: (FormattedValue @7:12
# CHECK-NEXT: (BinOp Add @7:13
# CHECK-NEXT: (Name x @7:13)
# CHECK-NEXT: (Int 1 @7:17))
# CHECK-NEXT: (spec
# CHECK-NEXT: (JoinedStr @7:19
# CHECK-NEXT: (Str "03d" @7:19))))
# CHECK-NEXT: (Str " " @7:23)
# CHECK-NEXT: (FormattedValue @7:24
# CHECK-NEXT: (Str "q" @7:25))))
# CHECK-NEXT: (Assign @8:1
# CHECK-NEXT: (Name d Store @8:1)
# CHECK-NEXT: (JoinedStr @8:5
# CHECK-NEXT: (FormattedValue @8:9
# CHECK-NEXT: (Name x @9:5)))))
