//===- Lists.cpp - The helpers of list methods ----------------------------===//
//
// PyPy's ll_* list helpers, as lltype functions made once per item type:
// insert, extend, reverse, and the searches behind index(), count() and
// `in`. Sorting calls the runtime (one function per kind of item).
//
//===----------------------------------------------------------------------===//

#include "passes/RTyper/RTyperImpl.h"

#include "dialects/ann/Lattice.h"
#include "dialects/flow/FlowDialect.h"

using namespace mlir;
using namespace rpy;
using namespace rpy::rtyper::detail;

Value RTyper::zeroOf(Location loc, Type type) {
  return lltype::buildZero(builder, loc, type);
}

Value RTyper::itemsEqual(Location loc, Value a, Value b) {
  Type type = a.getType();
  if (isa<lltype::FloatType>(type))
    return lltype::FloatEqOp::create(builder, loc, a, b);
  if (isa<lltype::CharType>(type))
    return lltype::CharEqOp::create(builder, loc, a, b);
  if (isa<lltype::BoolType>(type))
    return lltype::IntEqOp::create(
        builder, loc, lltype::CastBoolToIntOp::create(builder, loc, a),
        lltype::CastBoolToIntOp::create(builder, loc, b));
  if (isa<lltype::UnsignedType>(type))
    return lltype::UintEqOp::create(builder, loc, a, b);
  if (type == Type(stringType()))
    return callRuntime(loc, "rpy_str_eq", {a, b}, lltype::BoolType::get(ctx));
  if (isa<lltype::PtrType>(type))
    return lltype::PtrEqOp::create(builder, loc, a, b);
  return lltype::IntEqOp::create(builder, loc, a, b);
}

Value RTyper::itemLess(Location loc, Value a, Value b) {
  Type type = a.getType();
  if (isa<lltype::FloatType>(type))
    return lltype::FloatLtOp::create(builder, loc, a, b);
  if (isa<lltype::CharType>(type))
    return lltype::CharLtOp::create(builder, loc, a, b);
  if (isa<lltype::BoolType>(type))
    return lltype::IntLtOp::create(
        builder, loc, lltype::CastBoolToIntOp::create(builder, loc, a),
        lltype::CastBoolToIntOp::create(builder, loc, b));
  if (isa<lltype::UnsignedType>(type))
    return lltype::UintLtOp::create(builder, loc, a, b);
  if (type == Type(stringType())) {
    Value order = callRuntime(loc, "rpy_str_cmp", {a, b},
                              lltype::SignedType::get(ctx));
    Value zero = lltype::ConstantOp::create(builder, loc,
                                            lltype::SignedType::get(ctx),
                                            builder.getI64IntegerAttr(0));
    return lltype::IntLtOp::create(builder, loc, order, zero);
  }
  return lltype::IntLtOp::create(builder, loc, a, b);
}

SmallVector<Value>
RTyper::countingLoop(Location loc, Region &body, Value start, Value stop,
                     int64_t step,
                     function_ref<SmallVector<Value>(Value, ValueRange)> each,
                     ValueRange carried) {
  auto signed_ = lltype::SignedType::get(ctx);
  auto *header = new Block(), *inside = new Block(), *after = new Block();
  for (Block *block : {header, inside, after})
    body.push_back(block);
  SmallVector<Value> initial{start};
  llvm::append_range(initial, carried);
  lltype::BrOp::create(builder, loc, initial, header);
  Value index = header->addArgument(signed_, loc);
  SmallVector<Value> state;
  for (Value value : carried)
    state.push_back(header->addArgument(value.getType(), loc));
  builder.setInsertionPointToStart(header);
  Value more =
      step > 0 ? Value(lltype::IntLtOp::create(builder, loc, index, stop))
               : Value(lltype::IntGtOp::create(builder, loc, index, stop));
  lltype::CondBrOp::create(builder, loc, more, ValueRange(), ValueRange(),
                           inside, after);
  builder.setInsertionPointToStart(inside);
  SmallVector<Value> carriedNext = each(index, state);
  SmallVector<Value> next{lltype::IntAddOp::create(
      builder, loc, index,
      lltype::ConstantOp::create(builder, loc, signed_,
                                 builder.getI64IntegerAttr(step)))};
  llvm::append_range(next, carriedNext);
  lltype::BrOp::create(builder, loc, next, header);
  builder.setInsertionPointToStart(after);
  return state;
}

FlatSymbolRefAttr RTyper::listHelper(StringRef what, Type item) {
  lltype::PtrType array = itemArrayType(item);
  lltype::PtrType list = listType(item, true);
  std::string name = ("ll_" + what + "." +
                      array.getTarget().getValue().drop_front(6))
                         .str();
  if (symbols.lookup(name))
    return FlatSymbolRefAttr::get(ctx, name);
  // index() raises from a helper of its own, so that inside a try the
  // call is the block's last operation, where the handler attaches.
  FlatSymbolRefAttr search =
      what == "checkedindex" ? listHelper("index", item) : nullptr;
  FlatSymbolRefAttr remove =
      llvm::is_contained({"checkeddelitem", "pop", "remove"}, what)
          ? listHelper("delitem", item)
          : nullptr;
  FlatSymbolRefAttr find =
      what == "remove" ? listHelper("index", item) : nullptr;
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(module.getBody());
  Location loc = module.getLoc();
  auto signed_ = lltype::SignedType::get(ctx);
  auto constant = [&](int64_t v) -> Value {
    return lltype::ConstantOp::create(builder, loc, signed_,
                                      builder.getI64IntegerAttr(v));
  };
  FunctionType type;
  if (what == "insert")
    type = FunctionType::get(ctx, {list, signed_, item}, {});
  else if (what == "extend")
    type = FunctionType::get(ctx, {list, array, signed_}, {});
  else if (what == "reverse")
    type = FunctionType::get(ctx, {array, signed_}, {});
  else if (what == "eq")
    type = FunctionType::get(ctx, {array, signed_, array, signed_},
                             {lltype::BoolType::get(ctx)});
  else if (what == "delitem" || what == "checkeddelitem")
    type = FunctionType::get(ctx, {list, signed_}, {});
  else if (what == "pop")
    type = FunctionType::get(ctx, {list, signed_}, {item});
  else if (what == "remove")
    type = FunctionType::get(ctx, {list, item}, {});
  else if (what == "range")
    type = FunctionType::get(ctx, {signed_, signed_, signed_}, {array});
  else if (what == "delslice")
    type = FunctionType::get(ctx, {list, signed_, signed_}, {});
  else if (what == "min" || what == "max")
    type = FunctionType::get(ctx, {array, signed_}, {item});
  else // index, checkedindex, count
    type = FunctionType::get(ctx, {array, signed_, item}, {signed_});
  auto func = lltype::FuncOp::create(builder, loc, name, type, StringAttr(),
                                     ArrayAttr(), ArrayAttr());
  symbols.insert(func);
  Block *entry = func.addEntryBlock();
  builder.setInsertionPointToStart(entry);
  Region &body = func.getBody();

  auto loop = [&](Value start, Value stop, int64_t step,
                  function_ref<SmallVector<Value>(Value, ValueRange)> each,
                  ValueRange carried = {}) {
    return countingLoop(loc, body, start, stop, step, each, carried);
  };
  auto arrayOf = [&](Value listValue) -> Value {
    return lltype::GetFieldOp::create(builder, loc, array, listValue, "items");
  };

  if (what == "insert") {
    // Append (to grow), then move the items after the index one up.
    Value self = entry->getArgument(0), value = entry->getArgument(2);
    Value length = lltype::GetFieldOp::create(builder, loc, signed_, self,
                                              "length");
    // Python's bounds: negative from the end, clamped to [0, length].
    Value at = normalizeIndex(loc, entry->getArgument(1), length);
    at = select(loc, lltype::IntLtOp::create(builder, loc, at, constant(0)),
                constant(0), at);
    at = select(loc, lltype::IntGtOp::create(builder, loc, at, length), length,
                at);
    lltype::DirectCallOp::create(builder, loc, TypeRange(),
                                 listAppendHelper(item),
                                 ValueRange{self, value}, ArrayAttr(),
                                 ArrayAttr());
    loop(length, at, -1, [&](Value i, ValueRange) -> SmallVector<Value> {
      Value items = arrayOf(self);
      Value previous = lltype::GetArrayItemOp::create(
          builder, loc, item, items, StringAttr(),
          lltype::IntSubOp::create(builder, loc, i, constant(1)));
      lltype::SetArrayItemOp::create(builder, loc, items, StringAttr(), i,
                                     previous);
      return {};
    });
    lltype::SetArrayItemOp::create(builder, loc, arrayOf(self), StringAttr(),
                                   at, value);
    lltype::ReturnOp::create(builder, loc, Value());
  } else if (what == "extend") {
    Value self = entry->getArgument(0), source = entry->getArgument(1);
    loop(constant(0), entry->getArgument(2), 1,
         [&](Value i, ValueRange) -> SmallVector<Value> {
      Value value = lltype::GetArrayItemOp::create(builder, loc, item, source,
                                                   StringAttr(), i);
      lltype::DirectCallOp::create(builder, loc, TypeRange(),
                                   listAppendHelper(item),
                                   ValueRange{self, value}, ArrayAttr(),
                                   ArrayAttr());
      return {};
    });
    lltype::ReturnOp::create(builder, loc, Value());
  } else if (what == "reverse") {
    Value items = entry->getArgument(0), length = entry->getArgument(1);
    Value half = lltype::IntFloorDivOp::create(builder, loc, length,
                                               constant(2));
    loop(constant(0), half, 1, [&](Value i, ValueRange) -> SmallVector<Value> {
      Value j = lltype::IntSubOp::create(
          builder, loc, lltype::IntSubOp::create(builder, loc, length, i),
          constant(1));
      Value a = lltype::GetArrayItemOp::create(builder, loc, item, items,
                                               StringAttr(), i);
      Value b = lltype::GetArrayItemOp::create(builder, loc, item, items,
                                               StringAttr(), j);
      lltype::SetArrayItemOp::create(builder, loc, items, StringAttr(), i, b);
      lltype::SetArrayItemOp::create(builder, loc, items, StringAttr(), j, a);
      return {};
    });
    lltype::ReturnOp::create(builder, loc, Value());
  } else if (what == "delitem") {
    // Items after the index move down one; the freed last slot is zeroed,
    // so that the collector does not keep what it pointed to.
    Value self = entry->getArgument(0);
    Value items = arrayOf(self);
    Value length =
        lltype::GetFieldOp::create(builder, loc, signed_, self, "length");
    Value last = lltype::IntSubOp::create(builder, loc, length, constant(1));
    loop(entry->getArgument(1), last, 1,
         [&](Value i, ValueRange) -> SmallVector<Value> {
           Value next = lltype::IntAddOp::create(builder, loc, i, constant(1));
           lltype::SetArrayItemOp::create(
               builder, loc, items, StringAttr(), i,
               lltype::GetArrayItemOp::create(builder, loc, item, items,
                                              StringAttr(), next));
           return {};
         });
    lltype::SetArrayItemOp::create(builder, loc, items, StringAttr(), last,
                                   zeroOf(loc, item));
    lltype::SetFieldOp::create(builder, loc, self, "length", last);
    lltype::ReturnOp::create(builder, loc, Value());
  } else if (what == "eq") {
    // Same length, then the items pairwise.
    Value aItems = entry->getArgument(0), bItems = entry->getArgument(2);
    auto boolType = lltype::BoolType::get(ctx);
    auto *compare = new Block(), *differ = new Block();
    Value sameLength = lltype::IntEqOp::create(builder, loc, entry->getArgument(1),
                                               entry->getArgument(3));
    body.push_back(compare);
    lltype::CondBrOp::create(builder, loc, sameLength, ValueRange(),
                             ValueRange(), compare, differ);
    builder.setInsertionPointToStart(compare);
    loop(constant(0), entry->getArgument(1), 1,
         [&](Value i, ValueRange) -> SmallVector<Value> {
           Value x = lltype::GetArrayItemOp::create(builder, loc, item, aItems,
                                                    StringAttr(), i);
           Value y = lltype::GetArrayItemOp::create(builder, loc, item, bItems,
                                                    StringAttr(), i);
           auto *next = new Block();
           body.push_back(next);
           lltype::CondBrOp::create(builder, loc, itemsEqual(loc, x, y),
                                    ValueRange(), ValueRange(), next, differ);
           builder.setInsertionPointToStart(next);
           return {};
         });
    lltype::ReturnOp::create(
        builder, loc,
        lltype::ConstantOp::create(builder, loc, boolType,
                                   builder.getBoolAttr(true)));
    body.push_back(differ);
    builder.setInsertionPointToStart(differ);
    lltype::ReturnOp::create(
        builder, loc,
        lltype::ConstantOp::create(builder, loc, boolType,
                                   builder.getBoolAttr(false)));
  } else if (what == "remove") {
    Value self = entry->getArgument(0);
    Value length =
        lltype::GetFieldOp::create(builder, loc, signed_, self, "length");
    Value at = lltype::DirectCallOp::create(
                   builder, loc, TypeRange{signed_}, find,
                   ValueRange{arrayOf(self), length, entry->getArgument(1)},
                   ArrayAttr(), ArrayAttr())
                   .getResult(0);
    raiseIf(loc, lltype::IntLtOp::create(builder, loc, at, constant(0)),
            "ValueError", "list.remove(x): x not in list");
    lltype::DirectCallOp::create(builder, loc, TypeRange(), remove,
                                 ValueRange{self, at}, ArrayAttr(),
                                 ArrayAttr());
    lltype::ReturnOp::create(builder, loc, Value());
  } else if (what == "range") {
    // The numbers of range(start, stop, step); ValueError for a zero step.
    Value start = entry->getArgument(0), stop = entry->getArgument(1),
          step = entry->getArgument(2);
    raiseIf(loc, lltype::IntEqOp::create(builder, loc, step, constant(0)),
            "ValueError", "range() arg 3 must not be zero");
    // len: ceil((stop - start) / step) when positive, as Python's range.
    Value up = lltype::IntGtOp::create(builder, loc, step, constant(0));
    Value span = select(loc, up, lltype::IntSubOp::create(builder, loc, stop, start),
                        lltype::IntSubOp::create(builder, loc, start, stop));
    Value stride = select(loc, up, step,
                          lltype::IntNegOp::create(builder, loc, step));
    Value n = lltype::IntFloorDivOp::create(
        builder, loc,
        lltype::IntSubOp::create(
            builder, loc, lltype::IntAddOp::create(builder, loc, span, stride),
            constant(1)),
        stride);
    n = select(loc, lltype::IntLtOp::create(builder, loc, n, constant(0)),
               constant(0), n);
    Value numbers = lltype::MallocVarsizeOp::create(builder, loc, array, n);
    loop(constant(0), n, 1, [&](Value i, ValueRange) -> SmallVector<Value> {
      lltype::SetArrayItemOp::create(
          builder, loc, numbers, StringAttr(), i,
          lltype::IntAddOp::create(
              builder, loc, start,
              lltype::IntMulOp::create(builder, loc, i, step)));
      return {};
    });
    lltype::ReturnOp::create(builder, loc, numbers);
  } else if (what == "delslice") {
    // del l[a:b]: the items from b move down to a; the freed slots are
    // zeroed, so that the collector does not keep what they pointed to.
    Value self = entry->getArgument(0);
    Value items = arrayOf(self);
    Value length =
        lltype::GetFieldOp::create(builder, loc, signed_, self, "length");
    Value start = sliceBound(loc, entry->getArgument(1), length);
    Value end = sliceBound(loc, entry->getArgument(2), length);
    Value stop = select(loc, lltype::IntGeOp::create(builder, loc, end, start),
                        end, start);
    Value removed = lltype::IntSubOp::create(builder, loc, stop, start);
    loop(stop, length, 1, [&](Value i, ValueRange) -> SmallVector<Value> {
      lltype::SetArrayItemOp::create(
          builder, loc, items, StringAttr(),
          lltype::IntSubOp::create(builder, loc, i, removed),
          lltype::GetArrayItemOp::create(builder, loc, item, items,
                                         StringAttr(), i));
      return {};
    });
    Value kept = lltype::IntSubOp::create(builder, loc, length, removed);
    loop(kept, length, 1, [&](Value i, ValueRange) -> SmallVector<Value> {
      lltype::SetArrayItemOp::create(builder, loc, items, StringAttr(), i,
                                     zeroOf(loc, item));
      return {};
    });
    lltype::SetFieldOp::create(builder, loc, self, "length", kept);
    lltype::ReturnOp::create(builder, loc, Value());
  } else if (what == "min" || what == "max") {
    // The first smallest (largest) item, as CPython keeps it; ValueError
    // for an empty list.
    Value items = entry->getArgument(0), length = entry->getArgument(1);
    raiseIf(loc, lltype::IntEqOp::create(builder, loc, length, constant(0)),
            "ValueError", (what + "() arg is an empty sequence").str());
    Value first = lltype::GetArrayItemOp::create(builder, loc, item, items,
                                                 StringAttr(), constant(0));
    SmallVector<Value> best = loop(
        constant(1), length, 1,
        [&](Value i, ValueRange state) -> SmallVector<Value> {
          Value here = lltype::GetArrayItemOp::create(builder, loc, item, items,
                                                      StringAttr(), i);
          Value better = what == "min" ? itemLess(loc, here, state[0])
                                       : itemLess(loc, state[0], here);
          return {select(loc, better, here, state[0])};
        },
        ValueRange{first});
    lltype::ReturnOp::create(builder, loc, best[0]);
  } else if (what == "pop") {
    Value self = entry->getArgument(0);
    Value length =
        lltype::GetFieldOp::create(builder, loc, signed_, self, "length");
    raiseIf(loc, lltype::IntEqOp::create(builder, loc, length, constant(0)),
            "IndexError", "pop from empty list");
    Value index = checkedIndex(loc, entry->getArgument(1), length,
                               "pop index out of range");
    Value value = lltype::GetArrayItemOp::create(builder, loc, item,
                                                 arrayOf(self), StringAttr(),
                                                 index);
    lltype::DirectCallOp::create(builder, loc, TypeRange(), remove,
                                 ValueRange{self, index}, ArrayAttr(),
                                 ArrayAttr());
    lltype::ReturnOp::create(builder, loc, value);
  } else if (what == "checkeddelitem") {
    // IndexError for an index out of range, as CPython says it.
    Value self = entry->getArgument(0);
    Value length =
        lltype::GetFieldOp::create(builder, loc, signed_, self, "length");
    Value index = checkedIndex(loc, entry->getArgument(1), length,
                               "list assignment index out of range");
    lltype::DirectCallOp::create(builder, loc, TypeRange(), remove,
                                 ValueRange{self, index}, ArrayAttr(),
                                 ArrayAttr());
    lltype::ReturnOp::create(builder, loc, Value());
  } else if (what == "checkedindex") {
    // The position of the value, or ValueError as CPython says it.
    Value position =
        lltype::DirectCallOp::create(builder, loc, TypeRange{signed_}, search,
                                     entry->getArguments(), ArrayAttr(),
                                     ArrayAttr())
            .getResult(0);
    raiseIf(loc, lltype::IntLtOp::create(builder, loc, position, constant(0)),
            "ValueError", "list.index(x): x not in list");
    lltype::ReturnOp::create(builder, loc, position);
  } else if (what == "count") {
    Value items = entry->getArgument(0), value = entry->getArgument(2);
    SmallVector<Value> total =
        loop(constant(0), entry->getArgument(1), 1,
             [&](Value i, ValueRange state) -> SmallVector<Value> {
               Value here = lltype::GetArrayItemOp::create(
                   builder, loc, item, items, StringAttr(), i);
               Value same = lltype::CastBoolToIntOp::create(
                   builder, loc, itemsEqual(loc, here, value));
               return {lltype::IntAddOp::create(builder, loc, state[0], same)};
             },
             ValueRange{constant(0)});
    lltype::ReturnOp::create(builder, loc, total[0]);
  } else {
    // index: the first position of the value, or -1.
    Value items = entry->getArgument(0), value = entry->getArgument(2);
    auto *found = new Block();
    Value position = found->addArgument(signed_, loc);
    loop(constant(0), entry->getArgument(1), 1,
         [&](Value i, ValueRange) -> SmallVector<Value> {
      Value here = lltype::GetArrayItemOp::create(builder, loc, item, items,
                                                  StringAttr(), i);
      auto *keepGoing = new Block();
      body.push_back(keepGoing);
      lltype::CondBrOp::create(builder, loc, itemsEqual(loc, here, value),
                               ValueRange{i}, ValueRange(), found, keepGoing);
      builder.setInsertionPointToStart(keepGoing);
      return {};
    });
    lltype::ReturnOp::create(builder, loc, constant(-1));
    body.push_back(found);
    builder.setInsertionPointToStart(found);
    lltype::ReturnOp::create(builder, loc, position);
  }
  return FlatSymbolRefAttr::get(ctx, name);
}

Value RTyper::reprOf(Location loc, Value value, Type annotation,
                     Operation *at) {
  if (!isString(annotation))
    return toStr(loc, value, annotation, at);
  Value text = toStr(loc, value, annotation, at); // a char as a string
  return text ? callRuntime(loc, "rpy_str_repr", text, stringType()) : text;
}

Value RTyper::listToStr(Location loc, Value list, ann::ListType type,
                        Operation *at) {
  // "[" + ", ".join(repr(x) for x in list) + "]", in a helper per item
  // type: the reprs go into an array of strings the runtime joins.
  Type item = listItemType(type, at);
  if (!item)
    return nullptr;
  auto signed_ = lltype::SignedType::get(ctx);
  lltype::PtrType array = itemArrayType(item);
  std::string name =
      ("ll_listrepr." + array.getTarget().getValue().drop_front(6)).str();
  if (!symbols.lookup(name)) {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToEnd(module.getBody());
    Location at_ = module.getLoc();
    auto func = lltype::FuncOp::create(
        builder, at_, name,
        FunctionType::get(ctx, {array, signed_}, {stringType()}),
        StringAttr(), ArrayAttr(), ArrayAttr());
    symbols.insert(func);
    Block *entry = func.addEntryBlock();
    builder.setInsertionPointToStart(entry);
    lltype::PtrType strings = itemArrayType(stringType());
    Value reprs = lltype::MallocVarsizeOp::create(builder, at_, strings,
                                                  entry->getArgument(1));
    bool failedItem = false;
    countingLoop(
        at_, func.getBody(),
        lltype::ConstantOp::create(builder, at_, signed_,
                                   builder.getI64IntegerAttr(0)),
        entry->getArgument(1), 1,
        [&](Value i, ValueRange) -> SmallVector<Value> {
          Value value = lltype::GetArrayItemOp::create(
              builder, at_, item, entry->getArgument(0), StringAttr(), i);
          Value text = reprOf(at_, value, type.getElementType(), at);
          if (!text) {
            failedItem = true;
            text = stringLiteral(at_, "");
          }
          lltype::SetArrayItemOp::create(builder, at_, reprs, StringAttr(), i,
                                         text);
          return {};
        });
    if (failedItem)
      return nullptr;
    Value joined = callRuntime(
        at_, "rpy_str_join_array",
        {stringLiteral(at_, ", "), reprs}, stringType());
    Value text = callRuntime(
        at_, "rpy_str_concat",
        {callRuntime(at_, "rpy_str_concat",
                     {stringLiteral(at_, "["), joined}, stringType()),
         stringLiteral(at_, "]")},
        stringType());
    lltype::ReturnOp::create(builder, at_, text);
  }
  Value items = list, length;
  if (type.getFixed()) {
    length = lltype::GetArraySizeOp::create(builder, loc, list, StringAttr());
  } else {
    items = lltype::GetFieldOp::create(builder, loc, array, list, "items");
    length = lltype::GetFieldOp::create(builder, loc, signed_, list, "length");
  }
  return lltype::DirectCallOp::create(builder, loc, TypeRange{stringType()},
                                      FlatSymbolRefAttr::get(ctx, name),
                                      ValueRange{items, length}, ArrayAttr(),
                                      ArrayAttr())
      .getResult(0);
}

LogicalResult RTyper::sortItems(Operation *op, Value items, Value length,
                                Type item, Type annotation) {
  // The runtime's stable merge sort, one comparison per kind of item;
  // tuples with a merge sort of ours, comparing them as Python does.
  StringRef kind = isa<lltype::FloatType>(item)    ? "float"
                   : item == Type(stringType())    ? "str"
                   : isa<lltype::SignedType>(item) ? "int"
                                                   : "";
  if (kind.empty()) {
    auto tuple = dyn_cast<ann::TupleType>(annotation);
    FlatSymbolRefAttr less = tuple ? lessHelper(tuple, op) : nullptr;
    if (!less)
      return error(op, "the rtyper supports sorting lists of ints, floats, "
                       "strings and tuples of those only yet");
    lltype::DirectCallOp::create(builder, op->getLoc(), TypeRange(),
                                 mergeSortHelper(item, less),
                                 ValueRange{items, length}, ArrayAttr(),
                                 ArrayAttr());
    return success();
  }
  callRuntime(op->getLoc(), ("rpy_sort_" + kind).str(),
              {opaque(op->getLoc(), items), length}, Type());
  return success();
}

FlatSymbolRefAttr RTyper::lessHelper(ann::TupleType tuple, Operation *at) {
  // a < b for tuples: the first items that differ decide; a prefix is less.
  lltype::PtrType type = tupleType(tuple, at->getLoc());
  if (!type)
    return nullptr;
  std::string name = ("ll_lt." + type.getTarget().getValue()).str();
  if (symbols.lookup(name))
    return FlatSymbolRefAttr::get(ctx, name);
  // The items' own comparisons, made first (nested tuples).
  SmallVector<FlatSymbolRefAttr> nested;
  for (Type element : tuple.getElementTypes()) {
    auto inner = dyn_cast<ann::TupleType>(element);
    nested.push_back(inner ? lessHelper(inner, at) : nullptr);
    if (inner && !nested.back())
      return nullptr;
  }
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(module.getBody());
  Location loc = module.getLoc();
  auto boolType = lltype::BoolType::get(ctx);
  auto func = lltype::FuncOp::create(
      builder, loc, name, FunctionType::get(ctx, {type, type}, {boolType}),
      StringAttr(), ArrayAttr(), ArrayAttr());
  symbols.insert(func);
  Block *entry = func.addEntryBlock();
  builder.setInsertionPointToStart(entry);
  Region &body = func.getBody();
  Value a = entry->getArgument(0), b = entry->getArgument(1);
  auto answer = [&](bool value) {
    lltype::ReturnOp::create(
        builder, loc,
        lltype::ConstantOp::create(builder, loc, boolType,
                                   builder.getBoolAttr(value)));
  };
  // x < y for one item.
  auto less = [&](Value x, Value y, Type element, size_t index) -> Value {
    Type low = x.getType();
    if (nested[index])
      return lltype::DirectCallOp::create(builder, loc, TypeRange{boolType},
                                          nested[index], ValueRange{x, y},
                                          ArrayAttr(), ArrayAttr())
          .getResult(0);
    if (isa<lltype::FloatType>(low))
      return lltype::FloatLtOp::create(builder, loc, x, y);
    if (isa<lltype::CharType>(low))
      return lltype::CharLtOp::create(builder, loc, x, y);
    if (isa<lltype::UnsignedType>(low))
      return lltype::UintLtOp::create(builder, loc, x, y);
    if (low == Type(stringType()))
      return lltype::IntLtOp::create(
          builder, loc,
          callRuntime(loc, "rpy_str_cmp", {x, y}, lltype::SignedType::get(ctx)),
          lltype::ConstantOp::create(builder, loc, lltype::SignedType::get(ctx),
                                     builder.getI64IntegerAttr(0)));
    if (isa<lltype::BoolType>(low)) {
      x = lltype::CastBoolToIntOp::create(builder, loc, x);
      y = lltype::CastBoolToIntOp::create(builder, loc, y);
    }
    return lltype::IntLtOp::create(builder, loc, x, y);
  };
  for (auto [index, element] : llvm::enumerate(tuple.getElementTypes())) {
    Value x = tupleItem(loc, a, tuple, index, at);
    Value y = tupleItem(loc, b, tuple, index, at);
    if (isa<lltype::VoidType>(x.getType()))
      continue; // None == None
    if (!isa<lltype::FloatType, lltype::CharType, lltype::UnsignedType,
             lltype::SignedType, lltype::BoolType>(x.getType()) &&
        x.getType() != Type(stringType()) && !nested[index]) {
      (void)error(at, "the rtyper cannot compare items of " +
                          ann::describe(element) + " yet");
      return nullptr;
    }
    auto *yes = new Block(), *notLess = new Block(), *no = new Block(),
         *next = new Block();
    for (Block *block : {yes, notLess, no, next})
      body.push_back(block);
    lltype::CondBrOp::create(builder, loc, less(x, y, element, index),
                             ValueRange(), ValueRange(), yes, notLess);
    builder.setInsertionPointToStart(yes);
    answer(true);
    builder.setInsertionPointToStart(notLess);
    lltype::CondBrOp::create(builder, loc, less(y, x, element, index),
                             ValueRange(), ValueRange(), no, next);
    builder.setInsertionPointToStart(no);
    answer(false);
    builder.setInsertionPointToStart(next);
  }
  answer(false); // equal
  return FlatSymbolRefAttr::get(ctx, name);
}

FlatSymbolRefAttr RTyper::mergeSortHelper(Type item, FlatSymbolRefAttr less) {
  // A stable bottom-up merge sort of items[0:n] with `less`, through a
  // scratch array: runs of `width` merged pairwise, width doubling.
  lltype::PtrType array = itemArrayType(item);
  std::string name = ("ll_sort." + array.getTarget().getValue()).str();
  if (symbols.lookup(name))
    return FlatSymbolRefAttr::get(ctx, name);
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(module.getBody());
  Location loc = module.getLoc();
  auto signed_ = lltype::SignedType::get(ctx);
  auto func = lltype::FuncOp::create(
      builder, loc, name, FunctionType::get(ctx, {array, signed_}, {}),
      StringAttr(), ArrayAttr(), ArrayAttr());
  symbols.insert(func);
  Block *entry = func.addEntryBlock();
  builder.setInsertionPointToStart(entry);
  Region &body = func.getBody();
  Value items = entry->getArgument(0), n = entry->getArgument(1);
  auto constant = [&](int64_t v) -> Value {
    return lltype::ConstantOp::create(builder, loc, signed_,
                                      builder.getI64IntegerAttr(v));
  };
  auto min = [&](Value x, Value y) {
    return select(loc, lltype::IntLtOp::create(builder, loc, x, y), x, y);
  };
  auto get = [&](Value from, Value i) -> Value {
    return lltype::GetArrayItemOp::create(builder, loc, item, from,
                                          StringAttr(), i);
  };
  auto put = [&](Value to, Value i, Value v) {
    lltype::SetArrayItemOp::create(builder, loc, to, StringAttr(), i, v);
  };
  Value scratch = lltype::MallocVarsizeOp::create(builder, loc, array, n);
  Value one = constant(1);
  // while width < n:
  auto *widthHead = new Block(), *widthBody = new Block(), *done = new Block();
  for (Block *block : {widthHead, widthBody})
    body.push_back(block);
  lltype::BrOp::create(builder, loc, ValueRange{constant(1)}, widthHead);
  Value width = widthHead->addArgument(signed_, loc);
  builder.setInsertionPointToStart(widthHead);
  lltype::CondBrOp::create(builder, loc,
                           lltype::IntLtOp::create(builder, loc, width, n),
                           ValueRange(), ValueRange(), widthBody, done);
  builder.setInsertionPointToStart(widthBody);
  Value twice = lltype::IntAddOp::create(builder, loc, width, width);
  // for lo in range(0, n, 2 * width): merge [lo, mid) and [mid, hi).
  auto *runHead = new Block(), *runBody = new Block(), *copyBack = new Block();
  for (Block *block : {runHead, runBody})
    body.push_back(block);
  lltype::BrOp::create(builder, loc, ValueRange{constant(0)}, runHead);
  Value lo = runHead->addArgument(signed_, loc);
  builder.setInsertionPointToStart(runHead);
  lltype::CondBrOp::create(builder, loc,
                           lltype::IntLtOp::create(builder, loc, lo, n),
                           ValueRange(), ValueRange(), runBody, copyBack);
  builder.setInsertionPointToStart(runBody);
  Value mid = min(lltype::IntAddOp::create(builder, loc, lo, width), n);
  Value hi = min(lltype::IntAddOp::create(builder, loc, lo, twice), n);
  // The merge: k from lo to hi, i in the left run, j in the right one.
  auto *mergeHead = new Block(), *mergeBody = new Block(),
       *takeRight = new Block(), *takeLeft = new Block(),
       *mergeNext = new Block(), *runNext = new Block();
  for (Block *block :
       {mergeHead, mergeBody, takeRight, takeLeft, mergeNext, runNext})
    body.push_back(block);
  lltype::BrOp::create(builder, loc, ValueRange{lo, lo, mid}, mergeHead);
  Value k = mergeHead->addArgument(signed_, loc);
  Value i = mergeHead->addArgument(signed_, loc);
  Value j = mergeHead->addArgument(signed_, loc);
  builder.setInsertionPointToStart(mergeHead);
  lltype::CondBrOp::create(builder, loc,
                           lltype::IntLtOp::create(builder, loc, k, hi),
                           ValueRange(), ValueRange(), mergeBody, runNext);
  builder.setInsertionPointToStart(mergeBody);
  // The right run's item when the left run is over, or when it is less
  // (strictly: equal items keep their order).
  Value leftOver = lltype::IntGeOp::create(builder, loc, i, mid);
  Value rightOver = lltype::IntGeOp::create(builder, loc, j, hi);
  auto *compare = new Block(), *notRight = new Block();
  body.push_back(compare);
  body.push_back(notRight);
  lltype::CondBrOp::create(builder, loc, leftOver, ValueRange(), ValueRange(),
                           takeRight, notRight);
  builder.setInsertionPointToStart(notRight);
  lltype::CondBrOp::create(builder, loc, rightOver, ValueRange(),
                           ValueRange(), takeLeft, compare);
  builder.setInsertionPointToStart(compare);
  Value rightLess = lltype::DirectCallOp::create(
                        builder, loc, TypeRange{lltype::BoolType::get(ctx)},
                        less, ValueRange{get(items, j), get(items, i)},
                        ArrayAttr(), ArrayAttr())
                        .getResult(0);
  lltype::CondBrOp::create(builder, loc, rightLess, ValueRange(), ValueRange(),
                           takeRight, takeLeft);
  builder.setInsertionPointToStart(takeRight);
  put(scratch, k, get(items, j));
  lltype::BrOp::create(
      builder, loc,
      ValueRange{i, lltype::IntAddOp::create(builder, loc, j, one)}, mergeNext);
  builder.setInsertionPointToStart(takeLeft);
  put(scratch, k, get(items, i));
  lltype::BrOp::create(
      builder, loc,
      ValueRange{lltype::IntAddOp::create(builder, loc, i, one), j}, mergeNext);
  Value nextI = mergeNext->addArgument(signed_, loc);
  Value nextJ = mergeNext->addArgument(signed_, loc);
  builder.setInsertionPointToStart(mergeNext);
  lltype::BrOp::create(
      builder, loc,
      ValueRange{lltype::IntAddOp::create(builder, loc, k, one), nextI, nextJ},
      mergeHead);
  builder.setInsertionPointToStart(runNext);
  lltype::BrOp::create(builder, loc,
                       ValueRange{lltype::IntAddOp::create(builder, loc, lo,
                                                           twice)},
                       runHead);
  // The merged runs back into the items, then the next width.
  body.push_back(copyBack);
  builder.setInsertionPointToStart(copyBack);
  countingLoop(loc, body, constant(0), n, 1,
               [&](Value index, ValueRange) -> SmallVector<Value> {
                 put(items, index, get(scratch, index));
                 return {};
               });
  lltype::BrOp::create(builder, loc, ValueRange{twice}, widthHead);
  body.push_back(done);
  builder.setInsertionPointToStart(done);
  lltype::ReturnOp::create(builder, loc, Value());
  return FlatSymbolRefAttr::get(ctx, name);
}

Value RTyper::listsEqual(Location loc, Value a, ann::ListType aType, Value b,
                         ann::ListType bType, Operation *at) {
  Type item = listItemType(aType, at);
  if (!item || listItemType(bType, at) != item) {
    (void)error(at, "the rtyper compares lists of the same items only yet");
    return nullptr;
  }
  auto signed_ = lltype::SignedType::get(ctx);
  auto parts = [&](Value list, ann::ListType type) -> std::pair<Value, Value> {
    if (type.getFixed())
      return {list, lltype::GetArraySizeOp::create(builder, loc, list,
                                                   StringAttr())};
    return {lltype::GetFieldOp::create(builder, loc, itemArrayType(item), list,
                                       "items"),
            lltype::GetFieldOp::create(builder, loc, signed_, list, "length")};
  };
  auto [aItems, aLength] = parts(a, aType);
  auto [bItems, bLength] = parts(b, bType);
  return lltype::DirectCallOp::create(
             builder, loc, TypeRange{lltype::BoolType::get(ctx)},
             listHelper("eq", item),
             ValueRange{aItems, aLength, bItems, bLength}, ArrayAttr(),
             ArrayAttr())
      .getResult(0);
}

LogicalResult RTyper::convertListMethod(Operation *op, StringRef name,
                                        Value self, ann::ListType list,
                                        ValueRange args,
                                        ArrayRef<Type> argTypes) {
  Location loc = op->getLoc();
  auto signed_ = lltype::SignedType::get(ctx);
  Type item = listItemType(list, op);
  if (!item)
    return failure();
  Value items = self, length;
  if (list.getFixed()) {
    length = lltype::GetArraySizeOp::create(builder, loc, self, StringAttr());
  } else {
    items = lltype::GetFieldOp::create(builder, loc, itemArrayType(item), self,
                                       "items");
    length = lltype::GetFieldOp::create(builder, loc, signed_, self, "length");
  }
  auto unit = [&] {
    return lltype::ConstantOp::create(builder, loc, lltype::VoidType::get(ctx),
                                      builder.getUnitAttr());
  };
  auto call = [&](FlatSymbolRefAttr helper, ValueRange operands,
                  TypeRange results) {
    return lltype::DirectCallOp::create(builder, loc, results, helper,
                                        operands, ArrayAttr(), ArrayAttr());
  };
  auto element = [&](size_t i) {
    return convert(lookup(args[i]), argTypes[i], list.getElementType(), op);
  };
  if (name == "insert" && args.size() == 2) {
    Value index = convert(lookup(args[0]), argTypes[0],
                          ann::IntType::get(ctx, false, false), op);
    Value value = element(1);
    if (!index || !value)
      return failure();
    call(listHelper("insert", item), {self, index, value}, {});
    return produce(op, unit());
  }
  if (name == "extend" && args.size() == 1) {
    auto other = dyn_cast<ann::ListType>(argTypes[0]);
    if (!other)
      return error(op, "the rtyper supports extend() only with a list yet");
    Value source = lookup(args[0]), count;
    if (other.getFixed()) {
      count = lltype::GetArraySizeOp::create(builder, loc, source, StringAttr());
    } else {
      count = lltype::GetFieldOp::create(builder, loc, signed_, source, "length");
      source = lltype::GetFieldOp::create(builder, loc, itemArrayType(item),
                                          source, "items");
    }
    call(listHelper("extend", item), {self, source, count}, {});
    return produce(op, unit());
  }
  if (name == "reverse" && args.empty()) {
    call(listHelper("reverse", item), {items, length}, {});
    return produce(op, unit());
  }
  if (name == "sort" && args.empty()) {
    if (failed(sortItems(op, items, length, item, list.getElementType())))
      return failure();
    return produce(op, unit());
  }
  if (name == "remove" && args.size() == 1 && !list.getFixed()) {
    // The first equal item removed; ValueError when there is none.
    Value value = element(0);
    if (!value)
      return failure();
    call(listHelper("remove", item), {self, value}, {});
    return produce(op, unit());
  }
  if ((name == "index" || name == "count") && args.size() == 1) {
    Value value = element(0);
    if (!value)
      return failure();
    Value result = call(listHelper(name == "index" ? "checkedindex" : "count",
                                   item),
                        {items, length, value}, {signed_})
                       .getResult(0);
    return produce(op, result);
  }
  return error(op, "the rtyper does not support calling the list method '" +
                       name + "' yet");
}

LogicalResult RTyper::convertListContains(Operation *op) {
  Location loc = op->getLoc();
  auto list = cast<ann::ListType>(op->getOperand(0).getType());
  auto signed_ = lltype::SignedType::get(ctx);
  Type item = listItemType(list, op);
  if (!item)
    return failure();
  Value self = lookup(op->getOperand(0)), items = self, length;
  if (list.getFixed()) {
    length = lltype::GetArraySizeOp::create(builder, loc, self, StringAttr());
  } else {
    items = lltype::GetFieldOp::create(builder, loc, itemArrayType(item), self,
                                       "items");
    length = lltype::GetFieldOp::create(builder, loc, signed_, self, "length");
  }
  Value value = convert(lookup(op->getOperand(1)), op->getOperand(1).getType(),
                        list.getElementType(), op);
  if (!value)
    return failure();
  Value position =
      lltype::DirectCallOp::create(builder, loc, TypeRange{signed_},
                                   listHelper("index", item),
                                   ValueRange{items, length, value},
                                   ArrayAttr(), ArrayAttr())
          .getResult(0);
  return produce(op, lltype::IntGeOp::create(
                         builder, loc, position,
                         lltype::ConstantOp::create(
                             builder, loc, signed_,
                             builder.getI64IntegerAttr(0))));
}
