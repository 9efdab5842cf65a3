//===- FlowOps.td - flow dialect operations ----------------*- tablegen -*-===//
//
// Operation names follow PyPy's rpython/flowspace/operation.py so that their
// semantics can be looked up there.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_FLOW_OPS_TD
#define RPY_FLOW_OPS_TD

include "dialects/flow/FlowDialect.td"
include "dialects/flow/FlowTypes.td"
include "dialects/flow/FlowAttrs.td"
include "mlir/IR/OpAsmInterface.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/Interfaces/CallInterfaces.td"
include "mlir/Interfaces/ControlFlowInterfaces.td"
include "mlir/Interfaces/FunctionInterfaces.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

/// Marks operations that can raise a Python exception: only those may stand
/// right before a `flow.catch`.
def Flow_CanRaise : NativeOpTrait<"CanRaise"> {
  let cppNamespace = "::rpy::flow::OpTrait";
}

//===----------------------------------------------------------------------===//
// Module-level structure: functions, classes, prebuilt objects
//===----------------------------------------------------------------------===//

def Flow_FuncOp : Flow_Op<"func", [
    AutomaticAllocationScope, FunctionOpInterface, IsolatedFromAbove,
    OpAsmOpInterface, Symbol]> {
  let summary = "an RPython function as a flow graph";
  let description = [{
    One RPython function (or one specialisation of it). The entry block's
    arguments are the parameters, named by `arg_names`; `defaults` holds the
    constant default values of the trailing parameters; `vararg` is set when
    the last parameter collects `*args` as a tuple. Decorator flags of the
    built-in library (`specialize`, `always_inline`, `elidable`, ...) are kept
    as `rpy.`-prefixed attributes for later stages.

    ```mlir
    flow.func @add(%a: !flow.obj, %b: !flow.obj) -> !flow.obj
        attributes {arg_names = ["a", "b"]} {
      %0 = flow.add %a, %b
      flow.return %0
    }
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name,
                       TypeAttrOf<FunctionType>:$function_type,
                       StrArrayAttr:$arg_names,
                       OptionalAttr<ArrayAttr>:$defaults,
                       UnitAttr:$vararg,
                       OptionalAttr<DictArrayAttr>:$arg_attrs,
                       OptionalAttr<DictArrayAttr>:$res_attrs);
  let regions = (region AnyRegion:$body);
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// FunctionOpInterface.
    ::llvm::ArrayRef<::mlir::Type> getArgumentTypes() {
      return getFunctionType().getInputs();
    }
    ::llvm::ArrayRef<::mlir::Type> getResultTypes() {
      return getFunctionType().getResults();
    }
    ::mlir::Region *getCallableRegion() { return &getBody(); }

    /// OpAsmOpInterface: entry block arguments print with their Python names.
    void getAsmBlockArgumentNames(::mlir::Region &region,
                                  ::mlir::OpAsmSetValueNameFn setNameFn);
  }];
}

def Flow_ClassOp : Flow_Op<"class", [Symbol]> {
  let summary = "a class of the program";
  let description = [{
    A class evaluated at import time. `bases` lists its base classes (symbol
    references to other `flow.class` ops or `#flow.builtin` classes), in
    order; `members` holds its class dictionary: methods are symbol
    references to `flow.func`s, `#flow.staticmethod`/`#flow.classmethod`
    wrap decorated methods, anything else is a constant class attribute.
    `mixin` is set for `_mixin_ = True` classes.

    ```mlir
    flow.class @Point {bases = [#flow.builtin<"object">],
                       members = {__init__ = @Point.__init__, dims = 2}}
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name,
                       ArrayAttr:$bases,
                       DictionaryAttr:$members,
                       UnitAttr:$mixin);
  let assemblyFormat = "$sym_name attr-dict";
  let hasVerifier = 1;
}

def Flow_PrebuiltOp : Flow_Op<"prebuilt", [Symbol]> {
  let summary = "a mutable object built at import time";
  let description = [{
    An instance, list, dict or set that the program built at import time and
    that its functions use. `kind` is one of `instance` (with `cls`, a
    `flow.class` symbol or a `#flow.builtin` class, and
    `fields`), `list` and `set` (with `items`) or `dict` (with `items` as
    `[key, value]` pairs in insertion order). Values are constants, possibly
    referring to other prebuilt objects.

    ```mlir
    flow.prebuilt @table {kind = "list", items = [1, 2, 3]}
    flow.prebuilt @origin {kind = "instance", cls = @Point,
                           fields = {x = 0, y = 0}}
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name,
                       StrAttr:$kind,
                       OptionalAttr<AnyAttr>:$cls,
                       OptionalAttr<DictionaryAttr>:$fields,
                       OptionalAttr<ArrayAttr>:$items);
  let assemblyFormat = "$sym_name attr-dict";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Constants
//===----------------------------------------------------------------------===//

def Flow_ConstantOp : Flow_Op<"constant", [
    ConstantLike, Pure,
    DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "a prebuilt constant";
  let description = [{
    A constant value: an integer (`42`, or `42 : ui64` for `r_uint`), a
    float (`1.5 : f64`), a bool (`true`), a string (`"abc"`), `#flow.none`,
    a tuple of constants (`[1, "a"]`), a built-in (`#flow.builtin<"len">`) or
    a symbol reference to a `flow.func`, `flow.class` or `flow.prebuilt`.
    After annotation the result type follows an arrow
    (`flow.constant 42 -> !ann.int<nonneg>`): a colon would be read as the
    literal's own type.

    ```mlir
    %0 = flow.constant 42
    %1 = flow.constant @helper
    %2 = flow.constant [1, "two", #flow.none]
    ```
  }];
  let arguments = (ins AnyAttr:$value);
  let results = (outs Flow_Value:$result);
  let assemblyFormat = "custom<ConstantValue>($value, type($result)) attr-dict";
  let hasVerifier = 1;
  let hasFolder = 1;
  let builders = [
    OpBuilder<(ins "::mlir::Attribute":$value), [{
      build($_builder, $_state, ObjType::get($_builder.getContext()), value);
    }]>];
}

//===----------------------------------------------------------------------===//
// Python-level operations
//===----------------------------------------------------------------------===//

/// An operation printed as `%r = flow.name %a, %b {attrs}`, with a trailing
/// functional type only when some value is not `!flow.obj`. Operations with a
/// variadic operand list put it in parentheses, `flow.newlist(%a, %b)`, so that
/// an empty list cannot swallow the next line's result name.
class Flow_SimpleOp<string mnemonic, int numResults, list<Trait> traits = [],
                    bit parenOperands = 0>
    : Flow_Op<mnemonic, traits> {
  let hasCustomAssemblyFormat = 1;
  let extraClassDefinition = [{
    ::mlir::ParseResult $cppClass::parse(::mlir::OpAsmParser &parser,
                                         ::mlir::OperationState &result) {
      return ::rpy::flow::parseSimpleOp(parser, result, }] #
        !cast<string>(numResults) # ", " #
        !if(parenOperands, "true", "false") # [{);
    }
    void $cppClass::print(::mlir::OpAsmPrinter &printer) {
      ::rpy::flow::printSimpleOp(printer, getOperation(), }] #
        !if(parenOperands, "true", "false") # [{);
    }
  }];
}

class Flow_UnaryOp<string mnemonic, string python, list<Trait> traits = []>
    : Flow_SimpleOp<mnemonic, 1, !listconcat([Flow_CanRaise], traits)> {
  let summary = "Python `" # python # "`";
  let description = "The Python operation `" # python # "` on `x`.\n\n" #
    "```mlir\n%r = flow." # mnemonic # " %x\n```";
  let arguments = (ins Flow_Value:$operand);
  let results = (outs Flow_Value:$result);
  let builders = [
    OpBuilder<(ins "::mlir::Value":$operand), [{
      build($_builder, $_state, ObjType::get($_builder.getContext()), operand);
    }]>];
}

class Flow_BinaryOp<string mnemonic, string python, list<Trait> traits = []>
    : Flow_SimpleOp<mnemonic, 1, !listconcat([Flow_CanRaise], traits)> {
  let summary = "Python `" # python # "`";
  let description = "The Python operation `" # python # "` on `a` and `b`.\n\n" #
    "```mlir\n%r = flow." # mnemonic # " %a, %b\n```";
  let arguments = (ins Flow_Value:$lhs, Flow_Value:$rhs);
  let results = (outs Flow_Value:$result);
  let builders = [
    OpBuilder<(ins "::mlir::Value":$lhs, "::mlir::Value":$rhs), [{
      build($_builder, $_state, ObjType::get($_builder.getContext()), lhs, rhs);
    }]>];
}

// Arithmetic, bitwise operations and their in-place forms (`x += y` mutates a
// list, so it must stay distinguishable from `x = x + y`).
foreach op = [["add", "Add", "a + b", "a += b"],
              ["sub", "Sub", "a - b", "a -= b"],
              ["mul", "Mul", "a * b", "a *= b"],
              ["truediv", "TrueDiv", "a / b", "a /= b"],
              ["floordiv", "FloorDiv", "a // b", "a //= b"],
              ["mod", "Mod", "a % b", "a %= b"],
              ["pow", "Pow", "a ** b", "a **= b"],
              ["lshift", "LShift", "a << b", "a <<= b"],
              ["rshift", "RShift", "a >> b", "a >>= b"],
              ["and_", "And", "a & b", "a &= b"],
              ["or_", "Or", "a | b", "a |= b"],
              ["xor", "Xor", "a ^ b", "a ^= b"]] in {
  def Flow_#op[1]#Op : Flow_BinaryOp<op[0], op[2]>;
  def Flow_Inplace#op[1]#Op : Flow_BinaryOp<"inplace_" # op[0], op[3]>;
}

// Comparisons.
foreach op = [["lt", "Lt", "a < b"], ["le", "Le", "a <= b"],
              ["eq", "Eq", "a == b"], ["ne", "Ne", "a != b"],
              ["gt", "Gt", "a > b"], ["ge", "Ge", "a >= b"]] in
  def Flow_#op[1]#Op : Flow_BinaryOp<op[0], op[2]>;

def Flow_IsOp : Flow_SimpleOp<"is_", 1, [Pure]> {
  let summary = "Python `a is b`";
  let description = [{
    Identity comparison; never raises.

    ```mlir
    %r = flow.is_ %a, %b
    ```
  }];
  let arguments = (ins Flow_Value:$lhs, Flow_Value:$rhs);
  let results = (outs Flow_Value:$result);
  let builders = [
    OpBuilder<(ins "::mlir::Value":$lhs, "::mlir::Value":$rhs), [{
      build($_builder, $_state, ObjType::get($_builder.getContext()), lhs, rhs);
    }]>];
}

def Flow_ContainsOp : Flow_BinaryOp<"contains", "b in a"> {
  let description = [{
    Membership test `item in container`; the container comes first, as in
    PyPy's `contains(container, item)`.

    ```mlir
    %r = flow.contains %container, %item
    ```
  }];
}

def Flow_IsInstanceOp : Flow_SimpleOp<"isinstance", 1, [Pure]> {
  let summary = "Python `isinstance(x, cls)`";
  let description = [{
    `cls` is a class constant or a tuple of class constants.

    ```mlir
    %cls = flow.constant @Point
    %r = flow.isinstance %x, %cls
    ```
  }];
  let arguments = (ins Flow_Value:$object, Flow_Value:$cls);
  let results = (outs Flow_Value:$result);
  let builders = [
    OpBuilder<(ins "::mlir::Value":$object, "::mlir::Value":$cls), [{
      build($_builder, $_state, ObjType::get($_builder.getContext()), object,
            cls);
    }]>];
}

// Unary operations.
def Flow_PosOp : Flow_UnaryOp<"pos", "+x">;
def Flow_NegOp : Flow_UnaryOp<"neg", "-x">;
def Flow_InvertOp : Flow_UnaryOp<"invert", "~x">;
def Flow_IsTrueOp : Flow_SimpleOp<"is_true", 1, [Pure]> {
  let summary = "Python `bool(x)`";
  let description = [{
    The truth value of `x`, as tested by `if`, `while`, `and`, `or` and
    `not`; the result is what `flow.cond_br` branches on. RPython has no
    `__bool__`, so it never raises.

    ```mlir
    %t = flow.is_true %x
    flow.cond_br %t, ^bb1, ^bb2
    ```
  }];
  let arguments = (ins Flow_Value:$operand);
  let results = (outs Flow_Value:$result);
}

def Flow_NotOp : Flow_SimpleOp<"not_", 1, [Pure]> {
  let summary = "Python `not x`";
  let description = [{
    ```mlir
    %r = flow.not_ %x
    ```
  }];
  let arguments = (ins Flow_Value:$operand);
  let results = (outs Flow_Value:$result);
}

def Flow_IterOp : Flow_UnaryOp<"iter", "iter(x)">;
def Flow_NextOp : Flow_UnaryOp<"next", "next(it)"> {
  let description = [{
    The next item of an iterator. It raises `StopIteration` when the
    iterator is exhausted: the front end ends every `for` loop's header block
    with it and a `flow.catch` whose `StopIteration` edge leaves the loop.

    ```mlir
    %x = flow.next %it
    flow.catch ^body(%x : !flow.obj), [#flow.builtin<"StopIteration"> -> ^exit]
    ```
  }];
}
def Flow_TypeOp : Flow_UnaryOp<"type", "type(x)">;

def Flow_FormatOp : Flow_SimpleOp<"format", 1, [Flow_CanRaise]> {
  let summary = "one replacement field of an f-string";
  let description = [{
    `format(x, spec)` after the conversion `conversion` (`"s"`, `"r"` or
    absent), as CPython does for `f"{x!r:spec}"`. The spec is a constant
    string (nested replacement fields in specs are not RPython).

    ```mlir
    %s = flow.format %x {spec = "5d"}
    ```
  }];
  let arguments = (ins Flow_Value:$value, DefaultValuedStrAttr<StrAttr, "">:$spec,
                       OptionalAttr<StrAttr>:$conversion);
  let results = (outs Flow_Value:$result);
}

def Flow_BuildStrOp : Flow_SimpleOp<"buildstr", 1, [Pure], 1> {
  let summary = "concatenation of the pieces of an f-string";
  let description = [{
    ```mlir
    %s = flow.buildstr(%a, %b, %c)
    ```
  }];
  let arguments = (ins Variadic<Flow_Value>:$pieces);
  let results = (outs Flow_Value:$result);
}

// Attribute and item access.
def Flow_GetAttrOp : Flow_SimpleOp<"getattr", 1, [Flow_CanRaise]> {
  let summary = "Python `x.name`";
  let description = [{
    ```mlir
    %v = flow.getattr %x {name = "count"}
    ```
  }];
  let arguments = (ins Flow_Value:$object, StrAttr:$name);
  let results = (outs Flow_Value:$result);
}

def Flow_SetAttrOp : Flow_SimpleOp<"setattr", 0, [Flow_CanRaise]> {
  let summary = "Python `x.name = v`";
  let description = [{
    ```mlir
    flow.setattr %x, %v {name = "count"}
    ```
  }];
  let arguments = (ins Flow_Value:$object, Flow_Value:$value, StrAttr:$name);
}

def Flow_DelAttrOp : Flow_SimpleOp<"delattr", 0, [Flow_CanRaise]> {
  let summary = "Python `del x.name`";
  let description = [{
    ```mlir
    flow.delattr %x {name = "count"}
    ```
  }];
  let arguments = (ins Flow_Value:$object, StrAttr:$name);
}

def Flow_GetItemOp : Flow_BinaryOp<"getitem", "a[b]">;

def Flow_SetItemOp : Flow_SimpleOp<"setitem", 0, [Flow_CanRaise]> {
  let summary = "Python `x[i] = v`";
  let description = [{
    ```mlir
    flow.setitem %x, %i, %v
    ```
  }];
  let arguments = (ins Flow_Value:$object, Flow_Value:$index, Flow_Value:$value);
}

def Flow_DelItemOp : Flow_SimpleOp<"delitem", 0, [Flow_CanRaise]> {
  let summary = "Python `del x[i]`";
  let description = [{
    ```mlir
    flow.delitem %x, %i
    ```
  }];
  let arguments = (ins Flow_Value:$object, Flow_Value:$index);
}

def Flow_GetSliceOp : Flow_SimpleOp<"getslice", 1, [Flow_CanRaise]> {
  let summary = "Python `x[start:stop]`";
  let description = [{
    Slicing with step 1; an omitted bound is `#flow.none`.

    ```mlir
    %s = flow.getslice %x, %start, %stop
    ```
  }];
  let arguments = (ins Flow_Value:$object, Flow_Value:$start, Flow_Value:$stop);
  let results = (outs Flow_Value:$result);
}

def Flow_SetSliceOp : Flow_SimpleOp<"setslice", 0, [Flow_CanRaise]> {
  let summary = "Python `x[start:stop] = v`";
  let description = [{
    ```mlir
    flow.setslice %x, %start, %stop, %v
    ```
  }];
  let arguments = (ins Flow_Value:$object, Flow_Value:$start, Flow_Value:$stop,
                       Flow_Value:$value);
}

def Flow_DelSliceOp : Flow_SimpleOp<"delslice", 0, [Flow_CanRaise]> {
  let summary = "Python `del x[start:stop]`";
  let description = [{
    ```mlir
    flow.delslice %x, %start, %stop
    ```
  }];
  let arguments = (ins Flow_Value:$object, Flow_Value:$start, Flow_Value:$stop);
}

// Calls.
def Flow_SimpleCallOp : Flow_SimpleOp<"simple_call", 1, [Flow_CanRaise], 1> {
  let summary = "a call with positional arguments only";
  let description = [{
    `f(a, b)`: the callee is any value (a function, bound method or class
    constant, or a variable holding one).

    ```mlir
    %r = flow.simple_call(%f, %a, %b)
    ```
  }];
  let arguments = (ins Flow_Value:$callee, Variadic<Flow_Value>:$args);
  let results = (outs Flow_Value:$result);
}

def Flow_CallArgsOp : Flow_SimpleOp<"call_args", 1, [Flow_CanRaise], 1> {
  let summary = "a call with keyword or star arguments";
  let description = [{
    PyPy's `call_args`: the arguments are the positional ones, then the
    keyword ones named by `keywords`, then (when `star` is set) one value
    holding `*args` as a tuple or list.

    ```mlir
    %r = flow.call_args(%f, %a, %k, %rest) {keywords = ["key"], star}
    ```
  }];
  let arguments = (ins Flow_Value:$callee, Variadic<Flow_Value>:$args,
                       StrArrayAttr:$keywords, UnitAttr:$star);
  let results = (outs Flow_Value:$result);
  let hasVerifier = 1;
}

// Containers.
def Flow_NewTupleOp : Flow_SimpleOp<"newtuple", 1, [Pure], 1> {
  let summary = "Python `(a, b, ...)`";
  let description = [{
    ```mlir
    %t = flow.newtuple(%a, %b)
    ```
  }];
  let arguments = (ins Variadic<Flow_Value>:$items);
  let results = (outs Flow_Value:$result);
}

def Flow_NewListOp : Flow_SimpleOp<"newlist", 1, [], 1> {
  let summary = "Python `[a, b, ...]`";
  let description = [{
    ```mlir
    %l = flow.newlist(%a, %b)
    ```
  }];
  let arguments = (ins Variadic<Flow_Value>:$items);
  let results = (outs Flow_Value:$result);
}

def Flow_NewDictOp : Flow_SimpleOp<"newdict", 1, [], 1> {
  let summary = "Python `{k1: v1, k2: v2, ...}`";
  let description = [{
    The operands alternate keys and values.

    ```mlir
    %d = flow.newdict(%k1, %v1, %k2, %v2)
    ```
  }];
  let arguments = (ins Variadic<Flow_Value>:$keysAndValues);
  let results = (outs Flow_Value:$result);
  let hasVerifier = 1;
}

def Flow_NewSetOp : Flow_SimpleOp<"newset", 1, [], 1> {
  let summary = "Python `{a, b, ...}`";
  let description = [{
    ```mlir
    %s = flow.newset(%a, %b)
    ```
  }];
  let arguments = (ins Variadic<Flow_Value>:$items);
  let results = (outs Flow_Value:$result);
}

//===----------------------------------------------------------------------===//
// Terminators
//===----------------------------------------------------------------------===//

def Flow_BrOp : Flow_Op<"br", [
    DeclareOpInterfaceMethods<BranchOpInterface,
                              ["getSuccessorForOperands", "areTypesCompatible"]>,
    Pure, Terminator]> {
  let summary = "a link to another block";
  let description = [{
    ```mlir
    flow.br ^bb1(%x, %y : !flow.obj, !flow.obj)
    ```

    As in PyPy, a link may carry a value whose type differs from the block
    argument's, when the argument's dialect accepts it (`LinkTypeInterface`
    in `dialects/flow/Links.h`): annotated IR passes a `!ann.bool` into an
    `!ann.int` argument, each value keeping its own annotation.
  }];
  let arguments = (ins Variadic<Flow_Value>:$destOperands);
  let successors = (successor AnySuccessor:$dest);
  let assemblyFormat = [{
    $dest (`(` $destOperands^ `:` type($destOperands) `)`)? attr-dict
  }];
}

def Flow_CondBrOp : Flow_Op<"cond_br", [
    AttrSizedOperandSegments,
    DeclareOpInterfaceMethods<BranchOpInterface,
                              ["getSuccessorForOperands", "areTypesCompatible"]>,
    Pure, Terminator]> {
  let summary = "a two-way switch on a truth value";
  let description = [{
    Branches on the result of `flow.is_true` (PyPy's `exitswitch` on a
    boolean variable).

    ```mlir
    %t = flow.is_true %x
    flow.cond_br %t, ^bb1(%x : !flow.obj), ^bb2
    ```

    The value the condition tests (`x` of `is_true x`, of `isinstance x, C`
    or of `is_ x, None`, under any number of `not_`) may reach a successor
    as an argument of a narrower type: the front end passes it to each edge
    that uses it, so that the annotator can narrow it there (PyPy's
    knowntypedata). Other operands follow the rules of `flow.br`.

    ```mlir
    %0 = flow.isinstance %x, %cls : (!ann.instance<@A>, !ann.pbc<[@B]>) -> !ann.bool
    %1 = flow.is_true %0 : (!ann.bool) -> !ann.bool
    flow.cond_br %1 : !ann.bool, ^bb1(%x : !ann.instance<@A>), ^bb2
  ^bb1(%b: !ann.instance<@B>):
    ```
  }];
  let arguments = (ins Flow_Value:$condition,
                       Variadic<Flow_Value>:$trueDestOperands,
                       Variadic<Flow_Value>:$falseDestOperands);
  let successors = (successor AnySuccessor:$trueDest, AnySuccessor:$falseDest);
  let assemblyFormat = [{
    custom<ObjOperand>($condition, type($condition)) `,`
    $trueDest (`(` $trueDestOperands^ `:` type($trueDestOperands) `)`)? `,`
    $falseDest (`(` $falseDestOperands^ `:` type($falseDestOperands) `)`)?
    attr-dict
  }];
  let hasVerifier = 1;
}

def Flow_CatchOp : Flow_Op<"catch", [
    AttrSizedOperandSegments,
    DeclareOpInterfaceMethods<BranchOpInterface, ["areTypesCompatible"]>,
    Terminator]> {
  let summary = "the exception edges of the block's last operation";
  let description = [{
    Ends a block whose last operation (right before this terminator) can
    raise, inside a `try`. When it does not raise, control goes to
    `normalDest`. When it raises, the first handler whose class matches the
    exception (in the `isinstance` sense) is taken, and the handler block
    receives the exception instance as its first argument, followed by the
    forwarded operands. An exception that no handler matches propagates to
    the caller. This is PyPy's `exitswitch == c_last_exception` with its
    exception links.

    ```mlir
    %v = flow.getitem %d, %k
    flow.catch ^ok(%v : !flow.obj), [#flow.builtin<"KeyError"> -> ^missing]
    ```
  }];
  let arguments = (ins Variadic<Flow_Value>:$normalOperands,
                       VariadicOfVariadic<Flow_Value, "handler_operand_segments">:$handlerOperands,
                       ArrayAttr:$exception_classes,
                       DenseI32ArrayAttr:$handler_operand_segments);
  let successors = (successor AnySuccessor:$normalDest,
                              VariadicSuccessor<AnySuccessor>:$handlers);
  let assemblyFormat = [{
    $normalDest (`(` $normalOperands^ `:` type($normalOperands) `)`)? `,`
    `[` custom<CatchHandlers>($exception_classes, $handlers, $handlerOperands,
                              type($handlerOperands)) `]`
    attr-dict
  }];
  let hasVerifier = 1;
}

def Flow_ReturnOp : Flow_Op<"return", [
    HasParent<"FuncOp">, Pure, ReturnLike, Terminator]> {
  let summary = "return from the function";
  let description = [{
    ```mlir
    flow.return %x
    ```
  }];
  let arguments = (ins Flow_Value:$value);
  let assemblyFormat = "custom<ObjOperand>($value, type($value)) attr-dict";
}

def Flow_RaiseOp : Flow_Op<"raise", [HasParent<"FuncOp">, Terminator]> {
  let summary = "raise an exception to the caller";
  let description = [{
    Raises the exception instance `exc` out of the function (PyPy's link to
    the graph's except block). A `raise` inside a `try` is a branch to the
    matching handler instead.

    ```mlir
    %e = flow.simple_call(%ValueError, %msg)
    flow.raise %e
    ```
  }];
  let arguments = (ins Flow_Value:$exc);
  let assemblyFormat = "custom<ObjOperand>($exc, type($exc)) attr-dict";
}

#endif // RPY_FLOW_OPS_TD
