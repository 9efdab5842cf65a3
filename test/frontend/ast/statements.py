# --emit=ast prints the main file's syntax tree, each node with @line:col
# (1-based, CPython's positions). Statements.
# RUN: rpy-translate %s --emit=ast | FileCheck %s --match-full-lines
import os.path as p, sys
from .. import x
from .mod import (a as b, c)
global g


def f(n, m=1, *rest):
    if n:
        pass
    elif n > 1:
        n += 1
    else:
        del n, m[0]
    while n:
        break
    else:
        n = m = 2
    for i, j in m:
        assert i, "msg"
        continue
    else:
        raise E from e
    try:
        x: int = 1
    except (A, B) as e:
        raise
    except:
        pass
    else:
        y: int
    finally:
        return
    with a as b, c:
        pass


class C(B, metaclass=M):
    """doc"""
    def g(self):
        nonlocal q


# CHECK: (Module
# CHECK-NEXT: (Import @4:1
# CHECK-NEXT: (alias os.path as p @4:8)
# CHECK-NEXT: (alias sys @4:22))
# CHECK-NEXT: (ImportFrom .. @5:1
# CHECK-NEXT: (alias x @5:16))
# CHECK-NEXT: (ImportFrom .mod @6:1
# CHECK-NEXT: (alias a as b @6:19)
# CHECK-NEXT: (alias c @6:27))
# CHECK-NEXT: (Global g @7:1)
# CHECK-LABEL: (FunctionDef f @10:1
# CHECK-NEXT: (args
# CHECK-NEXT: (arg n @10:7)
# CHECK-NEXT: (arg m @10:10
# CHECK-NEXT: (default
# CHECK-NEXT: (Int 1 @10:12)))
# CHECK-NEXT: (vararg rest @10:16))
# CHECK-NEXT: (body
# CHECK-NEXT: (If @11:5
# CHECK-NEXT: (Name n @11:8)
# CHECK-NEXT: (body
# CHECK-NEXT: (Pass @12:9))
# CHECK-NEXT: (orelse
# CHECK-NEXT: (If @13:5
# CHECK-NEXT: (Compare Gt @13:10
# CHECK-NEXT: (Name n @13:10)
# CHECK-NEXT: (Int 1 @13:14))
# CHECK-NEXT: (body
# CHECK-NEXT: (AugAssign Add @14:9
# CHECK-NEXT: (Name n Store @14:9)
# CHECK-NEXT: (Int 1 @14:14)))
# CHECK-NEXT: (orelse
# CHECK-NEXT: (Delete @16:9
# CHECK-NEXT: (Name n Del @16:13)
# CHECK-NEXT: (Subscript Del @16:16
# CHECK-NEXT: (Name m @16:16)
# CHECK-NEXT: (Int 0 @16:18)))))))
# CHECK-NEXT: (While @17:5
# CHECK-NEXT: (Name n @17:11)
# CHECK-NEXT: (body
# CHECK-NEXT: (Break @18:9))
# CHECK-NEXT: (orelse
# CHECK-NEXT: (Assign @20:9
# CHECK-NEXT: (Name n Store @20:9)
# CHECK-NEXT: (Name m Store @20:13)
# CHECK-NEXT: (Int 2 @20:17))))
# CHECK-NEXT: (For @21:5
# CHECK-NEXT: (Tuple Store @21:9
# CHECK-NEXT: (Name i Store @21:9)
# CHECK-NEXT: (Name j Store @21:12))
# CHECK-NEXT: (Name m @21:17)
# CHECK-NEXT: (body
# CHECK-NEXT: (Assert @22:9
# CHECK-NEXT: (Name i @22:16)
# CHECK-NEXT: (msg
# CHECK-NEXT: (Str "msg" @22:19)))
# CHECK-NEXT: (Continue @23:9))
# CHECK-NEXT: (orelse
# CHECK-NEXT: (Raise @25:9
# CHECK-NEXT: (Name E @25:15)
# CHECK-NEXT: (cause
# CHECK-NEXT: (Name e @25:22)))))
# CHECK-NEXT: (Try @26:5
# CHECK-NEXT: (body
# CHECK-NEXT: (AnnAssign @27:9
# CHECK-NEXT: (Name x Store @27:9)
# CHECK-NEXT: (Name int @27:12)
# CHECK-NEXT: (value
# CHECK-NEXT: (Int 1 @27:18))))
# CHECK-NEXT: (ExceptHandler e @28:5
# CHECK-NEXT: (Tuple @28:12
# CHECK-NEXT: (Name A @28:13)
# CHECK-NEXT: (Name B @28:16))
# CHECK-NEXT: (body
# CHECK-NEXT: (Raise @29:9)))
# CHECK-NEXT: (ExceptHandler @30:5
# CHECK-NEXT: (body
# CHECK-NEXT: (Pass @31:9)))
# CHECK-NEXT: (orelse
# CHECK-NEXT: (AnnAssign @33:9
# CHECK-NEXT: (Name y Store @33:9)
# CHECK-NEXT: (Name int @33:12)))
# CHECK-NEXT: (finally
# CHECK-NEXT: (Return @35:9)))
# CHECK-NEXT: (With @36:5
# CHECK-NEXT: (item
# CHECK-NEXT: (Name a @36:10)
# CHECK-NEXT: (as
# CHECK-NEXT: (Name b Store @36:15)))
# CHECK-NEXT: (item
# CHECK-NEXT: (Name c @36:18))
# CHECK-NEXT: (body
# CHECK-NEXT: (Pass @37:9)))))
# CHECK-LABEL: (ClassDef C @40:1
# CHECK-NEXT: (bases
# CHECK-NEXT: (Name B @40:9))
# CHECK-NEXT: (keyword metaclass @40:12
# CHECK-NEXT: (Name M @40:22))
# CHECK-NEXT: (body
# CHECK-NEXT: (Expr @41:5
# CHECK-NEXT: (Str "doc" @41:5))
# CHECK-NEXT: (FunctionDef g @42:5
# CHECK-NEXT: (args
# CHECK-NEXT: (arg self @42:11))
# CHECK-NEXT: (body
# CHECK-NEXT: (Nonlocal q @43:9))))))
