# --emit=ast: expressions, nested by Python's precedence and associativity.
# RUN: rpy-translate %s --emit=ast | FileCheck %s --match-full-lines
x = -a ** -b ** c * d + e % f - g // h
y = a << b + c & d ^ e | f
z = not a < b <= c or d and not e
w = a if b else c if d else e
v = lambda p, q=1, *r: p is not q in r
u = a.b[c](d, *e, k=f)[g:h, ::i]
t = [i for i in a if i], {k: v for k, v in b}, {1, 2}, (), (1,), {}
s = ~a.b, +-a, 1.5e3, 0x1F, 1_000, True, None, ..., 'a' "b", b'c'
r = [*a, *b], {**c, 'k': 1}, (i for i in a), a @ b, (b := c)


def gen():
    yield a
    yield from b
    await c


# CHECK: (Module
# CHECK-NEXT: (Assign @3:1
# CHECK-NEXT: (Name x Store @3:1)
# CHECK-NEXT: (BinOp Sub @3:5
# CHECK-NEXT: (BinOp Add @3:5
# CHECK-NEXT: (BinOp Mult @3:5
# CHECK-NEXT: (UnaryOp USub @3:5
# CHECK-NEXT: (BinOp Pow @3:6
# CHECK-NEXT: (Name a @3:6)
# CHECK-NEXT: (UnaryOp USub @3:11
# CHECK-NEXT: (BinOp Pow @3:12
# CHECK-NEXT: (Name b @3:12)
# CHECK-NEXT: (Name c @3:17)))))
# CHECK-NEXT: (Name d @3:21))
# CHECK-NEXT: (BinOp Mod @3:25
# CHECK-NEXT: (Name e @3:25)
# CHECK-NEXT: (Name f @3:29)))
# CHECK-NEXT: (BinOp FloorDiv @3:33
# CHECK-NEXT: (Name g @3:33)
# CHECK-NEXT: (Name h @3:38))))
# CHECK-NEXT: (Assign @4:1
# CHECK-NEXT: (Name y Store @4:1)
# CHECK-NEXT: (BinOp BitOr @4:5
# CHECK-NEXT: (BinOp BitXor @4:5
# CHECK-NEXT: (BinOp BitAnd @4:5
# CHECK-NEXT: (BinOp LShift @4:5
# CHECK-NEXT: (Name a @4:5)
# CHECK-NEXT: (BinOp Add @4:10
# CHECK-NEXT: (Name b @4:10)
# CHECK-NEXT: (Name c @4:14)))
# CHECK-NEXT: (Name d @4:18))
# CHECK-NEXT: (Name e @4:22))
# CHECK-NEXT: (Name f @4:26)))
# CHECK-NEXT: (Assign @5:1
# CHECK-NEXT: (Name z Store @5:1)
# CHECK-NEXT: (BoolOp Or @5:5
# CHECK-NEXT: (UnaryOp Not @5:5
# CHECK-NEXT: (Compare Lt LtE @5:9
# CHECK-NEXT: (Name a @5:9)
# CHECK-NEXT: (Name b @5:13)
# CHECK-NEXT: (Name c @5:18)))
# CHECK-NEXT: (BoolOp And @5:23
# CHECK-NEXT: (Name d @5:23)
# CHECK-NEXT: (UnaryOp Not @5:29
# CHECK-NEXT: (Name e @5:33)))))
# CHECK-NEXT: (Assign @6:1
# CHECK-NEXT: (Name w Store @6:1)
# CHECK-NEXT: (IfExp @6:5
# CHECK-NEXT: (Name b @6:10)
# CHECK-NEXT: (Name a @6:5)
# CHECK-NEXT: (IfExp @6:17
# CHECK-NEXT: (Name d @6:22)
# CHECK-NEXT: (Name c @6:17)
# CHECK-NEXT: (Name e @6:29))))
# CHECK-NEXT: (Assign @7:1
# CHECK-NEXT: (Name v Store @7:1)
# CHECK-NEXT: (Lambda @7:5
# CHECK-NEXT: (args
# CHECK-NEXT: (arg p @7:12)
# CHECK-NEXT: (arg q @7:15
# CHECK-NEXT: (default
# CHECK-NEXT: (Int 1 @7:17)))
# CHECK-NEXT: (vararg r @7:21))
# CHECK-NEXT: (Compare IsNot In @7:24
# CHECK-NEXT: (Name p @7:24)
# CHECK-NEXT: (Name q @7:33)
# CHECK-NEXT: (Name r @7:38))))
# CHECK-NEXT: (Assign @8:1
# CHECK-NEXT: (Name u Store @8:1)
# CHECK-NEXT: (Subscript @8:5
# CHECK-NEXT: (Call @8:5
# CHECK-NEXT: (Subscript @8:5
# CHECK-NEXT: (Attribute b @8:5
# CHECK-NEXT: (Name a @8:5))
# CHECK-NEXT: (Name c @8:9))
# CHECK-NEXT: (Name d @8:12)
# CHECK-NEXT: (Starred @8:15
# CHECK-NEXT: (Name e @8:16))
# CHECK-NEXT: (keyword k @8:19
# CHECK-NEXT: (Name f @8:21)))
# CHECK-NEXT: (Tuple @8:24
# CHECK-NEXT: (Slice @8:24
# CHECK-NEXT: (lower
# CHECK-NEXT: (Name g @8:24))
# CHECK-NEXT: (upper
# CHECK-NEXT: (Name h @8:26)))
# CHECK-NEXT: (Slice @8:29
# CHECK-NEXT: (step
# CHECK-NEXT: (Name i @8:31))))))
# CHECK-NEXT: (Assign @9:1
# CHECK-NEXT: (Name t Store @9:1)
# CHECK-NEXT: (Tuple @9:5
# CHECK-NEXT: (ListComp @9:5
# CHECK-NEXT: (Name i @9:6)
# CHECK-NEXT: (for
# CHECK-NEXT: (Name i Store @9:12)
# CHECK-NEXT: (Name a @9:17)
# CHECK-NEXT: (if
# CHECK-NEXT: (Name i @9:22))))
# CHECK-NEXT: (DictComp @9:26
# CHECK-NEXT: (Name k @9:27)
# CHECK-NEXT: (Name v @9:30)
# CHECK-NEXT: (for
# CHECK-NEXT: (Tuple Store @9:36
# CHECK-NEXT: (Name k Store @9:36)
# CHECK-NEXT: (Name v Store @9:39))
# CHECK-NEXT: (Name b @9:44)))
# CHECK-NEXT: (Set @9:48
# CHECK-NEXT: (Int 1 @9:49)
# CHECK-NEXT: (Int 2 @9:52))
# CHECK-NEXT: (Tuple @9:56)
# CHECK-NEXT: (Tuple @9:60
# CHECK-NEXT: (Int 1 @9:61))
# CHECK-NEXT: (Dict @9:66)))
# CHECK-NEXT: (Assign @10:1
# CHECK-NEXT: (Name s Store @10:1)
# CHECK-NEXT: (Tuple @10:5
# CHECK-NEXT: (UnaryOp Invert @10:5
# CHECK-NEXT: (Attribute b @10:6
# CHECK-NEXT: (Name a @10:6)))
# CHECK-NEXT: (UnaryOp UAdd @10:11
# CHECK-NEXT: (UnaryOp USub @10:12
# CHECK-NEXT: (Name a @10:13)))
# CHECK-NEXT: (Float 1500.0 @10:16)
# CHECK-NEXT: (Int 31 @10:23)
# CHECK-NEXT: (Int 1000 @10:29)
# CHECK-NEXT: (NameConst True @10:36)
# CHECK-NEXT: (NameConst None @10:42)
# CHECK-NEXT: (NameConst Ellipsis @10:48)
# CHECK-NEXT: (Str "ab" @10:53)
# CHECK-NEXT: (Bytes b"c" @10:62)))
# CHECK-NEXT: (Assign @11:1
# CHECK-NEXT: (Name r Store @11:1)
# CHECK-NEXT: (Tuple @11:5
# CHECK-NEXT: (List @11:5
# CHECK-NEXT: (Starred @11:6
# CHECK-NEXT: (Name a @11:7))
# CHECK-NEXT: (Starred @11:10
# CHECK-NEXT: (Name b @11:11)))
# CHECK-NEXT: (Dict @11:15
# CHECK-NEXT: (unpack
# CHECK-NEXT: (Name c @11:18))
# CHECK-NEXT: (Str "k" @11:21)
# CHECK-NEXT: (Int 1 @11:26))
# CHECK-NEXT: (GeneratorExp @11:30
# CHECK-NEXT: (Name i @11:31)
# CHECK-NEXT: (for
# CHECK-NEXT: (Name i Store @11:37)
# CHECK-NEXT: (Name a @11:42)))
# CHECK-NEXT: (BinOp MatMult @11:46
# CHECK-NEXT: (Name a @11:46)
# CHECK-NEXT: (Name b @11:50))
# CHECK-NEXT: (NamedExpr @11:54
# CHECK-NEXT: (Name b Store @11:54)
# CHECK-NEXT: (Name c @11:59))))
# CHECK-LABEL: (FunctionDef gen @14:1
# CHECK-NEXT: (body
# CHECK-NEXT: (Expr @15:5
# CHECK-NEXT: (Yield @15:5
# CHECK-NEXT: (Name a @15:11)))
# CHECK-NEXT: (Expr @16:5
# CHECK-NEXT: (YieldFrom @16:5
# CHECK-NEXT: (Name b @16:16)))
# CHECK-NEXT: (Expr @17:5
# CHECK-NEXT: (Await @17:5
# CHECK-NEXT: (Name c @17:11))))))
