//===- FlowTypes.td - flow dialect types -------------------*- tablegen -*-===//

#ifndef RPY_FLOW_TYPES_TD
#define RPY_FLOW_TYPES_TD

include "dialects/flow/FlowDialect.td"

class Flow_Type<string name, string typeMnemonic, list<Trait> traits = []>
    : TypeDef<Flow_Dialect, name, traits> {
  let mnemonic = typeMnemonic;
}

def Flow_ObjType : Flow_Type<"Obj", "obj"> {
  let summary = "an RPython value before annotation";
  let description = [{
    The type of every flow value before annotation: nothing is known about it
    yet. The annotator replaces it with a type of the `ann` dialect. Example:
    `%0 = flow.add %a, %b` (types equal to `!flow.obj` are not printed).
  }];
}

/// Flow operations accept both unannotated (`!flow.obj`) and annotated values.
def Flow_Value : AnyTypeOf<[AnyType], "flow value">;

#endif // RPY_FLOW_TYPES_TD
