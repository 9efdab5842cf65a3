# --emit=ast: decorators are listed on the FunctionDef/ClassDef, whose
# position is the `def`/`class` keyword (as in CPython 3.8+), each
# decorator at its expression after the '@'.
# RUN: rpy-translate %s --emit=ast | FileCheck %s --match-full-lines
@simple
@dotted.name
@call(1, key=2)
def f(a, b=1, *args, c, d=2, **kw) -> int:
    return a


@register
class A(Base):
    @staticmethod
    def make():
        pass

    @property
    def value(self):
        return 1


async def g():
    pass


# CHECK: (Module
# CHECK-LABEL: (FunctionDef f @8:1
# CHECK-NEXT: (decorators
# CHECK-NEXT: (Name simple @5:2)
# CHECK-NEXT: (Attribute name @6:2
# CHECK-NEXT: (Name dotted @6:2))
# CHECK-NEXT: (Call @7:2
# CHECK-NEXT: (Name call @7:2)
# CHECK-NEXT: (Int 1 @7:7)
# CHECK-NEXT: (keyword key @7:10
# CHECK-NEXT: (Int 2 @7:14))))
# CHECK-NEXT: (args
# CHECK-NEXT: (arg a @8:7)
# CHECK-NEXT: (arg b @8:10
# CHECK-NEXT: (default
# CHECK-NEXT: (Int 1 @8:12)))
# CHECK-NEXT: (vararg args @8:16)
# CHECK-NEXT: (kwonly c @8:22)
# CHECK-NEXT: (kwonly d @8:25
# CHECK-NEXT: (default
# CHECK-NEXT: (Int 2 @8:27)))
# CHECK-NEXT: (kwarg kw @8:32))
# CHECK-NEXT: (returns
# CHECK-NEXT: (Name int @8:39))
# CHECK-NEXT: (body
# CHECK-NEXT: (Return @9:5
# CHECK-NEXT: (Name a @9:12))))
# CHECK-LABEL: (ClassDef A @13:1
# CHECK-NEXT: (decorators
# CHECK-NEXT: (Name register @12:2))
# CHECK-NEXT: (bases
# CHECK-NEXT: (Name Base @13:9))
# CHECK-NEXT: (body
# CHECK-NEXT: (FunctionDef make @15:5
# CHECK-NEXT: (decorators
# CHECK-NEXT: (Name staticmethod @14:6))
# CHECK-NEXT: (body
# CHECK-NEXT: (Pass @16:9)))
# CHECK-NEXT: (FunctionDef value @19:5
# CHECK-NEXT: (decorators
# CHECK-NEXT: (Name property @18:6))
# CHECK-NEXT: (args
# CHECK-NEXT: (arg self @19:15))
# CHECK-NEXT: (body
# CHECK-NEXT: (Return @20:9
# CHECK-NEXT: (Int 1 @20:16))))))
# CHECK-LABEL: (FunctionDef g async @23:1
# CHECK-NEXT: (body
# CHECK-NEXT: (Pass @24:5))))
