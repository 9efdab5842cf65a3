//===- AnnTypes.td - ann dialect types ---------------------*- tablegen -*-===//
//
// One type per annotation of PyPy's annotator (SomeInteger, SomeString, ...).
// Flags are keywords parsed by the custom directives of AnnTypes.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_ANN_TYPES_TD
#define RPY_ANN_TYPES_TD

include "dialects/ann/AnnDialect.td"

class Ann_Type<string name, string typeMnemonic, list<Trait> traits = []>
    : TypeDef<Ann_Dialect, name, traits> {
  let mnemonic = typeMnemonic;
}

/// A keyword flag: absent (false) unless spelled out.
class Ann_Flag<string desc> : DefaultValuedParameter<"bool", "false", desc>;

//===----------------------------------------------------------------------===//
// Scalars
//===----------------------------------------------------------------------===//

def Ann_IntType : Ann_Type<"Int", "int"> {
  let summary = "a machine-word integer (PyPy's SomeInteger)";
  let description = [{
    A signed 64-bit integer, or an unsigned one (`r_uint`) with `unsigned`.
    `nonneg` records that the value is known to be `>= 0` (a length, an index
    from `range(n)` with `n >= 0`); on an `unsigned` integer it records that
    the value also fits the signed range (it was made by `r_uint(n)` of a
    non-negative `n`), so `!ann.int<nonneg, unsigned>` is more precise than
    `!ann.int<unsigned>`.

    ```mlir
    !ann.int
    !ann.int<nonneg>
    !ann.int<unsigned>
    !ann.int<nonneg, unsigned>
    ```
  }];
  let parameters = (ins Ann_Flag<"known to be >= 0">:$nonneg,
                        Ann_Flag<"an r_uint">:$isUnsigned);
  let assemblyFormat = "(`<` custom<IntFlags>($nonneg, $isUnsigned)^ `>`)?";
}

def Ann_BoolType : Ann_Type<"Bool", "bool"> {
  let summary = "a bool (PyPy's SomeBool)";
  let description = [{
    `True` or `False`. A bool unifies with an int: the union of
    `!ann.bool` and `!ann.int<F>` is `!ann.int<F>`. Example: `!ann.bool`.
  }];
}

def Ann_FloatType : Ann_Type<"Float", "float"> {
  let summary = "a double-precision float (PyPy's SomeFloat)";
  let description = [{
    An IEEE double. It never unifies with an int: RPython programs convert
    with `float(x)`. Example: `!ann.float`.
  }];
}

def Ann_CharType : Ann_Type<"Char", "char"> {
  let summary = "a one-character str (PyPy's SomeChar)";
  let description = [{
    A str known to have length 1 (a literal `'a'`, `s[i]`, `chr(n)`). It
    unifies with `!ann.str`. `no_nul` records that it is not `'\0'`.

    ```mlir
    !ann.char
    !ann.char<no_nul>
    ```
  }];
  let parameters = (ins Ann_Flag<"known not to be NUL">:$noNul);
  let assemblyFormat = "(`<` custom<CharFlags>($noNul)^ `>`)?";
}

def Ann_StrType : Ann_Type<"Str", "str"> {
  let summary = "an immutable string (PyPy's SomeString)";
  let description = [{
    `nullable`: the value may also be `None`. `no_nul`: the string is known
    to contain no NUL character (what `os.open` and friends require).

    ```mlir
    !ann.str
    !ann.str<nullable>
    !ann.str<no_nul>
    !ann.str<nullable, no_nul>
    ```
  }];
  let parameters = (ins Ann_Flag<"may be None">:$nullable,
                        Ann_Flag<"contains no NUL character">:$noNul);
  let assemblyFormat = "(`<` custom<StrFlags>($nullable, $noNul)^ `>`)?";
}

def Ann_NoneType : Ann_Type<"None", "none"> {
  let summary = "the constant None (PyPy's s_None)";
  let description = [{
    The only value is `None`. Its union with a str, list, dict, set, instance
    or PBC type is that type with the `nullable` flag; it has no union with
    numbers, tuples, methods or iterators. Example: `!ann.none`.
  }];
}

def Ann_ImpossibleType : Ann_Type<"Impossible", "impossible"> {
  let summary = "no value at all (PyPy's SomeImpossibleValue)";
  let description = [{
    The bottom of the lattice: the identity of union. It is the annotation of
    a value that was never computed (a variable defined only on a path that
    always raises) and the element type of a list, dict or set into which
    nothing is ever put (`[]`). Example: `!ann.list<!ann.impossible>`.
  }];
}

//===----------------------------------------------------------------------===//
// Containers
//===----------------------------------------------------------------------===//

def Ann_TupleType : Ann_Type<"Tuple", "tuple"> {
  let summary = "a fixed-length tuple (PyPy's SomeTuple)";
  let description = [{
    Each position has its own type. Two tuples unify only if they have the
    same length, position by position.

    ```mlir
    !ann.tuple<>
    !ann.tuple<!ann.int, !ann.str>
    ```
  }];
  let parameters = (ins OptionalArrayRefParameter<"::mlir::Type",
                            "the type of each position">:$elementTypes);
  let assemblyFormat = "`<` (`>`) : ($elementTypes^ `>`)?";
  let genVerifyDecl = 1;
}

def Ann_ListType : Ann_Type<"List", "list"> {
  let summary = "a homogeneous list (PyPy's SomeList and its ListDef)";
  let description = [{
    All items have the element type. Flags: `fixed` (the list is never
    resized: no `append`, `pop`, ...; PyPy's "not resized", which the rtyper
    turns into a fixed-size array), `mutated` (items are assigned after
    creation), `nullable` (the value may be `None`). A list literal starts
    `fixed` and unmutated; the annotator generalises it when it sees a
    resize or a store.

    ```mlir
    !ann.list<!ann.int>
    !ann.list<!ann.int, fixed>
    !ann.list<!ann.str, mutated, nullable>
    !ann.list<!ann.impossible, fixed>
    ```
  }];
  let parameters = (ins "::mlir::Type":$elementType,
                        Ann_Flag<"never resized">:$fixed,
                        Ann_Flag<"items assigned after creation">:$mutated,
                        Ann_Flag<"may be None">:$nullable);
  let assemblyFormat = [{
    `<` $elementType (`,` custom<ListFlags>($fixed, $mutated, $nullable)^)? `>`
  }];
  let genVerifyDecl = 1;
}

def Ann_DictType : Ann_Type<"Dict", "dict"> {
  let summary = "a homogeneous, insertion-ordered dict (PyPy's SomeDict)";
  let description = [{
    All keys have the key type and all values the value type. Keys must be
    hashable: ints, bools, floats, chars, strs, None, instances, PBCs and
    tuples of those. `nullable`: the value may be `None`.

    ```mlir
    !ann.dict<!ann.str, !ann.int>
    !ann.dict<!ann.tuple<!ann.int, !ann.int>, !ann.float, nullable>
    ```
  }];
  let parameters = (ins "::mlir::Type":$keyType, "::mlir::Type":$valueType,
                        Ann_Flag<"may be None">:$nullable);
  let assemblyFormat = [{
    `<` $keyType `,` $valueType (`,` custom<NullableFlag>($nullable)^)? `>`
  }];
  let genVerifyDecl = 1;
}

def Ann_SetType : Ann_Type<"Set", "set"> {
  let summary = "a homogeneous set";
  let description = [{
    All items have the element type, which must be hashable as a dict key
    (sets are beyond PyPy's RPython; the rtyper builds them like dicts).
    `nullable`: the value may be `None`.

    ```mlir
    !ann.set<!ann.int>
    !ann.set<!ann.str, nullable>
    ```
  }];
  let parameters = (ins "::mlir::Type":$elementType,
                        Ann_Flag<"may be None">:$nullable);
  let assemblyFormat = [{
    `<` $elementType (`,` custom<NullableFlag>($nullable)^)? `>`
  }];
  let genVerifyDecl = 1;
}

//===----------------------------------------------------------------------===//
// Objects
//===----------------------------------------------------------------------===//

def Ann_InstanceType : Ann_Type<"Instance", "instance"> {
  let summary = "an instance of a class or of a subclass (PyPy's SomeInstance)";
  let description = [{
    The class is a symbol reference to a `flow.class`, or a `#flow.builtin`
    class for the built-in exceptions. The value is an instance of that class
    or of any subclass; the union of two instance types is an instance of
    their closest common base. `nullable`: the value may be `None`.

    ```mlir
    !ann.instance<@Point>
    !ann.instance<@Node, nullable>
    !ann.instance<#flow.builtin<"ValueError">>
    ```
  }];
  let parameters = (ins "::mlir::Attribute":$classRef,
                        Ann_Flag<"may be None">:$nullable);
  let assemblyFormat = [{
    `<` $classRef (`,` custom<NullableFlag>($nullable)^)? `>`
  }];
  let genVerifyDecl = 1;
}

def Ann_PbcType : Ann_Type<"Pbc", "pbc"> {
  let summary = "one of a set of prebuilt constants (PyPy's SomePBC)";
  let description = [{
    The value is one of the listed prebuilt constants: functions, classes and
    frozen prebuilt objects (symbol references to `flow.func`, `flow.class`,
    `flow.prebuilt`) and built-ins (`#flow.builtin`). The set is never empty
    (that is `!ann.impossible`) and is kept sorted and unique, so equal sets
    are equal types: symbols come first, by name, then built-ins, by name.
    The builder taking an `ArrayRef<Attribute>` sorts. `nullable`: the value
    may be `None`.

    ```mlir
    !ann.pbc<[@f]>
    !ann.pbc<[@f, @g], nullable>
    !ann.pbc<[@Point, #flow.builtin<"len">]>
    ```
  }];
  let parameters = (ins "::mlir::ArrayAttr":$members,
                        Ann_Flag<"may be None">:$nullable);
  let assemblyFormat = [{
    `<` $members (`,` custom<NullableFlag>($nullable)^)? `>`
  }];
  let genVerifyDecl = 1;
  let builders = [
    TypeBuilder<(ins "::llvm::ArrayRef<::mlir::Attribute>":$members,
                     CArg<"bool", "false">:$nullable), [{
      return $_get($_ctxt, sortedMembers($_ctxt, members), nullable);
    }]>];
}

def Ann_MethodType : Ann_Type<"Method", "method"> {
  let summary = "a bound method (PyPy's SomePBC of MethodDescs)";
  let description = [{
    One of the listed functions (symbol references to `flow.func`s, sorted
    and unique as in `!ann.pbc`) bound to a `self` of the given instance
    type, as made by reading a method attribute (`p.move`) without calling
    it. The self type is a non-nullable `!ann.instance`, or for a
    `@classmethod` the non-nullable `!ann.pbc` of the classes it is bound to.

    ```mlir
    !ann.method<[@Point.move], !ann.instance<@Point>>
    !ann.method<[@A.f, @B.f], !ann.instance<@A>>
    !ann.method<[@A.make], !ann.pbc<[@A]>>
    ```
  }];
  let parameters = (ins "::mlir::ArrayAttr":$functions,
                        "::mlir::Type":$selfType);
  let assemblyFormat = "`<` $functions `,` $selfType `>`";
  let genVerifyDecl = 1;
  let builders = [
    TypeBuilder<(ins "::llvm::ArrayRef<::mlir::Attribute>":$functions,
                     "::mlir::Type":$selfType), [{
      return $_get($_ctxt, sortedMembers($_ctxt, functions), selfType);
    }]>];
}

def Ann_IterType : Ann_Type<"Iter", "iter"> {
  let summary = "an iterator (PyPy's SomeIterator)";
  let description = [{
    An iterator over a container, as made by `iter(x)` or a `for` loop. The
    first parameter is the type of what is iterated over; the optional kind
    says how (PyPy's iterator variants):

    | container | kind | items |
    |---|---|---|
    | `!ann.list<T>`, `!ann.set<T>` | | `T` |
    | `!ann.str`, `!ann.char` | | `!ann.char` |
    | `!ann.dict<K, V>` | | `K` (the keys) |
    | `!ann.dict<K, V>` | `values` | `V` |
    | `!ann.dict<K, V>` | `items` | `!ann.tuple<K, V>` |
    | `!ann.int<F>` | `range` | `!ann.int<F>` (`range(...)`, never built as a list) |
    | `!ann.list<T>`, `!ann.str` | `reversed` | `T`, `!ann.char` |
    | `!ann.list<T>`, `!ann.str` | `enumerate` | `!ann.tuple<!ann.int<nonneg>, T>`, ... with `!ann.char` |

    ```mlir
    !ann.iter<!ann.list<!ann.int>>
    !ann.iter<!ann.int<nonneg>, range>
    !ann.iter<!ann.dict<!ann.str, !ann.int>, items>
    ```
  }];
  let parameters = (ins "::mlir::Type":$containerType,
                        DefaultValuedParameter<"::rpy::ann::IterKind",
                            "::rpy::ann::IterKind::Plain",
                            "how the container is iterated">:$kind);
  let assemblyFormat = [{
    `<` $containerType (`,` custom<IterKind>($kind)^)? `>`
  }];
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    /// The type of the items the iterator yields, or null if the container
    /// cannot be iterated this way.
    ::mlir::Type getItemType() const;
  }];
}

#endif // RPY_ANN_TYPES_TD
