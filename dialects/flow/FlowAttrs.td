//===- FlowAttrs.td - flow dialect attributes --------------*- tablegen -*-===//

#ifndef RPY_FLOW_ATTRS_TD
#define RPY_FLOW_ATTRS_TD

include "dialects/flow/FlowDialect.td"
include "mlir/IR/BuiltinAttributeInterfaces.td"

class Flow_Attr<string name, string attrMnemonic, list<Trait> traits = []>
    : AttrDef<Flow_Dialect, name, traits> {
  let mnemonic = attrMnemonic;
}

def Flow_NoneAttr : Flow_Attr<"None", "none"> {
  let summary = "the constant None";
  let description = [{ Example: `%0 = flow.constant #flow.none` }];
}

def Flow_BuiltinAttr : Flow_Attr<"Builtin", "builtin"> {
  let summary = "a built-in function, class or library object";
  let description = [{
    A prebuilt object that the toolchain provides rather than the program: a
    Python built-in (`len`, `ValueError`), or a function or class of the
    built-in library named by its module path
    (`rpython.rlib.jit.promote`, `os.write`, `math.sqrt`). Example:
    `%0 = flow.constant #flow.builtin<"len">`
  }];
  let parameters = (ins StringRefParameter<"qualified name">:$name);
  let assemblyFormat = "`<` $name `>`";
}

def Flow_StaticMethodAttr : Flow_Attr<"StaticMethod", "staticmethod"> {
  let summary = "a @staticmethod class member";
  let description = [{ Example: `members = {make = #flow.staticmethod<@A.make>}` }];
  let parameters = (ins "::mlir::FlatSymbolRefAttr":$function);
  let assemblyFormat = "`<` $function `>`";
}

def Flow_ClassMethodAttr : Flow_Attr<"ClassMethod", "classmethod"> {
  let summary = "a @classmethod class member";
  let description = [{ Example: `members = {build = #flow.classmethod<@A.build>}` }];
  let parameters = (ins "::mlir::FlatSymbolRefAttr":$function);
  let assemblyFormat = "`<` $function `>`";
}

#endif // RPY_FLOW_ATTRS_TD
