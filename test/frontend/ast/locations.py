# --emit=ast: positions of nodes in multi-line constructs (brackets,
# backslash continuations, implicit string concatenation, triple-quoted
# strings), several statements on a line; columns count UTF-8 bytes, as
# CPython's col_offset does.
# RUN: rpy-translate %s --emit=ast | FileCheck %s --match-full-lines
x = "héllo"; y = 1
z = f(1,
      2) + \
    3
s = ("a"
     "b")
t = """one
two"""; u = t
if x: v = 1; w = 2


# CHECK: (Module
# CHECK-NEXT: (Assign @6:1
# CHECK-NEXT: (Name x Store @6:1)
# CHECK-NEXT: (Str "h\u{e9}llo" @6:5))
# CHECK-NEXT: (Assign @6:15
# CHECK-NEXT: (Name y Store @6:15)
# CHECK-NEXT: (Int 1 @6:19))
# CHECK-NEXT: (Assign @7:1
# CHECK-NEXT: (Name z Store @7:1)
# CHECK-NEXT: (BinOp Add @7:5
# CHECK-NEXT: (Call @7:5
# CHECK-NEXT: (Name f @7:5)
# CHECK-NEXT: (Int 1 @7:7)
# CHECK-NEXT: (Int 2 @8:7))
# CHECK-NEXT: (Int 3 @9:5)))
# CHECK-NEXT: (Assign @10:1
# CHECK-NEXT: (Name s Store @10:1)
# CHECK-NEXT: (Str "ab" @10:6))
# CHECK-NEXT: (Assign @12:1
# CHECK-NEXT: (Name t Store @12:1)
# CHECK-NEXT: (Str "one\ntwo" @12:5))
# CHECK-NEXT: (Assign @13:9
# CHECK-NEXT: (Name u Store @13:9)
# CHECK-NEXT: (Name t @13:13))
# CHECK-NEXT: (If @14:1
# CHECK-NEXT: (Name x @14:4)
# CHECK-NEXT: (body
# CHECK-NEXT: (Assign @14:7
# CHECK-NEXT: (Name v Store @14:7)
# CHECK-NEXT: (Int 1 @14:11))
# CHECK-NEXT: (Assign @14:14
# CHECK-NEXT: (Name w Store @14:14)
# CHECK-NEXT: (Int 2 @14:18)))))
