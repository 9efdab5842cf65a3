//===- Annotator.cpp - Whole-program type inference -----------------------===//
//
// The fixpoint of PyPy's annotator: every flow value has an annotation that
// only grows (by `unionOf`); flowing a block applies the rules of its
// operations and propagates to its successors' arguments; a block is flowed
// again whenever an annotation it reads grows. Calls connect functions: the
// parameters of a function are the union over its call sites, the result of
// a call is the union of the callee's returns.
//
//===----------------------------------------------------------------------===//

#include "passes/Annotate/Annotator.h"
#include "passes/Annotate/AnnotatorImpl.h"

#include "passes/Annotate/Builtins.h"
#include "dialects/ann/ModuleClassHierarchy.h"
#include "passes/Annotate/Rules.h"

#include "dialects/ann/AnnTypes.h"
#include "dialects/ann/Lattice.h"
#include "dialects/flow/FlowDialect.h"
#include "dialects/flow/FlowOps.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SetVector.h"

#include <deque>

using namespace mlir;
using namespace rpy;
using namespace rpy::annotate;

using namespace rpy::annotate::detail;

//===----------------------------------------------------------------------===//
// State
//===----------------------------------------------------------------------===//

LogicalResult Annotator::generalize(Value value, Type type, Operation *at,
                                    const Twine &what, bool *changed) {
  if (changed)
    *changed = false;
  if (!type || isa<ann::ImpossibleType>(type))
    return success();
  Type old = get(value);
  Type merged = old ? ann::unionOf(old, type, lists) : type;
  if (!merged) {
    report(at, "cannot union " + describe(old) + " and " + describe(type) +
                   " (" + what + ")");
    return failure();
  }
  if (merged == old)
    return success();
  annotations[value] = merged;
  if (changed)
    *changed = true;
  bool isArgument = isa<BlockArgument>(value);
  for (Operation *user : value.getUsers()) {
    Block *block = user->getBlock();
    if (block == current && !isArgument)
      continue;
    if (reached.contains(block))
      enqueue(block);
  }
  return success();
}

void Annotator::report(Operation *at, const Twine &message) {
  InFlightDiagnostic diag = emitError(at->getLoc()) << message;
  // Innermost call first, the entry point's call last. First calls form a
  // tree rooted at the entry point; the set only guards against surprises.
  llvm::DenseSet<Operation *> seen;
  auto func = at->getParentOfType<flow::FuncOp>();
  while (func) {
    Operation *call = functions.lookup(func).firstCall;
    if (!call || !seen.insert(call).second)
      break;
    diag.attachNote(call->getLoc()) << "called from here";
    func = call->getParentOfType<flow::FuncOp>();
  }
}

//===----------------------------------------------------------------------===//
// Flowing blocks and operations
//===----------------------------------------------------------------------===//

LogicalResult Annotator::flowBlock(Block *block) {
  current = block;
  blocked.erase(block);
  Operation *terminator = block->getTerminator();
  Operation *raising =
      isa<flow::CatchOp>(terminator) ? terminator->getPrevNode() : nullptr;
  for (Operation &op : block->without_terminator()) {
    Step step = flowOp(&op);
    if (step == Step::Error)
      return failure();
    if (step == Step::Continue)
      continue;
    // An operation inside a `try` that never succeeds still raises: only the
    // exception edges are followed (as PyPy does for `raising_op`).
    if (&op == raising)
      return flowTerminator(terminator, /*raisingOpFailed=*/true);
    if (step == Step::Blocked)
      blocked[block] = &op;
    return success();
  }
  return flowTerminator(terminator, /*raisingOpFailed=*/false);
}

Step Annotator::flowOp(Operation *op) {
  if (auto constant = dyn_cast<flow::ConstantOp>(op)) {
    FailureOr<Type> type = constantType(op, constant.getValue());
    return succeeded(type) &&
                   succeeded(generalize(constant.getResult(), *type, op,
                                        "the value of a constant"))
               ? Step::Continue
               : Step::Error;
  }

  SmallVector<Type> operands;
  for (Value operand : op->getOperands()) {
    Type type = get(operand);
    if (!type)
      return Step::Blocked;
    operands.push_back(type);
  }

  if (isa<flow::SimpleCallOp, flow::CallArgsOp>(op))
    return flowCall(op, operands);
  if (isa<flow::IterOp>(op))
    return flowIter(op, operands[0]);
  if (std::optional<Step> step = flowListOp(op, operands))
    return *step;
  if (std::optional<Step> step = flowBuilderAttr(op, operands))
    return *step;
  if (std::optional<Step> step = flowInstanceOp(op, operands))
    return *step;
  if (std::optional<Step> step = flowDictOp(op, operands))
    return *step;
  if (std::optional<Step> step = flowSetOp(op, operands))
    return *step;
  if (std::optional<Step> step = flowStrAttr(op, operands))
    return *step;
  if (std::optional<Step> step = flowPrebuiltAttr(op, operands))
    return *step;
  if (std::optional<Step> step = flowClassAttr(op, operands))
    return *step;

  Type result;
  if (isa<flow::NextOp>(op)) {
    auto iter = dyn_cast<ann::IterType>(operands[0]);
    if (!iter) {
      report(op, "flow.next of " + describe(operands[0]) + " is not supported");
      return Step::Error;
    }
    if (iter.getKind() == ann::IterKind::Enumerate ||
        iter.getKind() == ann::IterKind::Reversed)
      return flowIteratorNext(op, iter);
    if (auto list = dyn_cast<ann::ListType>(iter.getContainerType());
        list && iter.getKind() == ann::IterKind::Plain)
      return flowListNext(op, list);
    if (auto dict = dyn_cast<ann::DictType>(iter.getContainerType());
        dict && iter.getKind() == ann::IterKind::Plain)
      return flowDictNext(op, dict);
    if (auto set = dyn_cast<ann::SetType>(iter.getContainerType());
        set && iter.getKind() == ann::IterKind::Plain)
      return flowSetNext(op, set);
    result = iter.getItemType();
    // Iterating over an empty list: the loop body is never reached (PyPy
    // swallows this BlockedInference too).
    if (isa<ann::ImpossibleType>(result))
      return Step::Stop;
  } else {
    RuleResult rule = applyRule(op, operands);
    if (!rule.handled) {
      report(op, "annotating '" + op->getName().getStringRef() +
                     "' is not supported yet");
      return Step::Error;
    }
    if (!rule.type) {
      // The rules describe lists by their handles; the message names them
      // by their ListDefs' element types instead.
      RuleResult named = applyRule(op, resolved(operands));
      report(op, named.type ? rule.error : named.error);
      return Step::Error;
    }
    result = rule.type;
  }
  if (op->getNumResults() != 1)
    return Step::Continue;
  return finish(op, result);
}

FailureOr<Type> Annotator::constantType(Operation *op, Attribute value) {
  Type type = prebuiltList(value);
  if (!type)
    type = prebuiltDict(value);
  if (!type)
    type = prebuiltSet(value);
  if (!type) {
    FailureOr<Type> instance = prebuiltInstance(op, value);
    if (failed(instance))
      return failure();
    type = *instance;
  }
  std::string error;
  if (!type)
    type = annotateConstant(value, error);
  if (!type) {
    report(op, error);
    return failure();
  }
  return type;
}

Step Annotator::finish(Operation *op, Type type) {
  return succeeded(generalize(op->getResult(0), type, op,
                              "the result of " + op->getName().getStringRef()))
             ? Step::Continue
             : Step::Error;
}

Step Annotator::flowIter(Operation *op, Type operand) {
  Type iter;
  Operation *producer = op->getOperand(0).getDefiningOp();
  if (producer && rangeCalls.contains(producer)) {
    Type item = lists.read(*listOf(operand), op->getBlock());
    iter = ann::IterType::get(ctx, item, ann::IterKind::Range);
  } else if (auto made = dyn_cast<ann::IterType>(operand);
             made && (made.getKind() == ann::IterKind::Enumerate ||
                      made.getKind() == ann::IterKind::Reversed)) {
    // enumerate() and reversed() made the iterator already.
    iter = made;
  } else if (isa<ann::CharType>(operand) ||
             (isa<ann::StrType>(operand) &&
              !cast<ann::StrType>(operand).getNullable()))
    iter = ann::IterType::get(ctx, operand, ann::IterKind::Plain);
  else if (auto list = dyn_cast<ann::ListType>(operand);
           list && !list.getNullable())
    iter = ann::IterType::get(ctx, operand, ann::IterKind::Plain);
  else if (auto dict = dyn_cast<ann::DictType>(operand);
           dict && !dict.getNullable())
    iter = ann::IterType::get(ctx, operand, ann::IterKind::Plain);
  else if (auto set = dyn_cast<ann::SetType>(operand);
           set && !set.getNullable())
    iter = ann::IterType::get(ctx, operand, ann::IterKind::Plain);
  if (!iter) {
    report(op, "iterating over " + describe(operand) + " is not supported yet");
    return Step::Error;
  }
  return succeeded(
             generalize(op->getResult(0), iter, op, "the iterator of a loop"))
             ? Step::Continue
             : Step::Error;
}

//===----------------------------------------------------------------------===//
// Calls
//===----------------------------------------------------------------------===//

Step Annotator::flowCall(Operation *op, ArrayRef<Type> operands) {
  Type calleeType = operands.front();
  ArrayRef<Type> args = operands.drop_front();
  SmallVector<StringRef> keywords;
  SmallVector<Type> expanded;
  if (auto callArgs = dyn_cast<flow::CallArgsOp>(op)) {
    for (Attribute keyword : callArgs.getKeywords())
      keywords.push_back(cast<StringAttr>(keyword).getValue());
    if (callArgs.getStar()) {
      // `f(a, *t, k=v)`: the items of the tuple t follow the positional
      // arguments (a list has no fixed length: not RPython).
      auto star = dyn_cast<ann::TupleType>(args.back());
      if (!star) {
        report(op, "*args of " + describe(args.back()) +
                       " in a call: expected a tuple");
        return Step::Error;
      }
      ArrayRef<Type> given = args.drop_back();
      size_t numPositional = given.size() - keywords.size();
      llvm::append_range(expanded, given.take_front(numPositional));
      llvm::append_range(expanded, star.getElementTypes());
      llvm::append_range(expanded, given.drop_front(numPositional));
      args = expanded;
    }
  }

  // A bound method calls its functions with self first (PyPy's
  // MethodDesc): the functions of one call form a call family.
  SmallVector<Type> withSelf;
  if (auto method = dyn_cast<ann::MethodType>(calleeType)) {
    withSelf.push_back(method.getSelfType());
    llvm::append_range(withSelf, args);
    args = withSelf;
    calleeType = ann::PbcType::get(ctx, method.getFunctions().getValue());
  }

  auto pbc = dyn_cast<ann::PbcType>(calleeType);
  if (!pbc) {
    report(op, "calling " + describe(calleeType) + " is not supported yet");
    return Step::Error;
  }
  if (pbc.getNullable()) {
    report(op, "calling " + describe(calleeType) + ": the callee may be None");
    return Step::Error;
  }

  SmallVector<flow::FuncOp> callees;
  for (Attribute member : pbc.getMembers())
    if (auto ref = dyn_cast<FlatSymbolRefAttr>(member))
      if (auto func = symbols.lookup<flow::FuncOp>(ref.getValue()))
        callees.push_back(func);
  if (callees.size() > 1 && failed(joinFamily(op, callees)))
    return Step::Error;

  // A call on a set of functions calls each; its result is their union.
  Type result;
  for (Attribute member : pbc.getMembers()) {
    FailureOr<Type> memberResult =
        callMember(op, member, calleeType, args, keywords);
    if (failed(memberResult))
      return Step::Error;
    if (!*memberResult)
      continue;
    Type merged =
        result ? ann::unionOf(result, *memberResult, lists) : *memberResult;
    if (!merged) {
      report(op, "cannot union " + describe(result) + " and " +
                     describe(*memberResult) +
                     " (the results of the functions called here)");
      return Step::Error;
    }
    result = merged;
  }
  if (!result)
    return Step::Stop;
  return succeeded(generalize(op->getResult(0), result, op,
                              "the result of this call"))
             ? Step::Continue
             : Step::Error;
}

FailureOr<Type> Annotator::callMember(Operation *op, Attribute member,
                                      Type calleeType, ArrayRef<Type> args,
                                      ArrayRef<StringRef> keywords) {
  if (auto builtin = dyn_cast<flow::BuiltinAttr>(member)) {
    // Built-in exceptions are constructed with any message arguments.
    if (ann::isBuiltinExceptionClass(builtin.getName()))
      return Type(ann::InstanceType::get(ctx, builtin, false));
    // JIT hints take the green and red variables by keyword, and do nothing
    // until there is a JIT.
    if (builtin.getName().starts_with("rpython.rlib.jit.JitDriver."))
      return Type(ann::NoneType::get(ctx));
    // jit.hint(x, promote=True, ...) says what to do by keyword, and is x
    // until there is a JIT.
    if (builtin.getName() == "rpython.rlib.jit.hint" &&
        args.size() == keywords.size() + 1)
      return args.front();
    // print(..., sep=..., end=..., file=sys.stderr) only formats
    // differently.
    if (builtin.getName() == "print")
      return callPrint(op, args, keywords);
    // `super().__init__()` of a class deriving from object (the front end
    // folds the call to the built-in): nothing to do.
    if (builtin.getName() == "object.__init__")
      return Type(ann::NoneType::get(ctx));
    if (builtin.getName() == "sorted")
      return callSorted(op, args, keywords);
    if (!keywords.empty()) {
      report(op, "keyword arguments to '" + builtin.getName() +
                     "' are not supported yet");
      return failure();
    }
    StringRef name = builtin.getName();
    if (name.consume_front("list."))
      return callListMethod(op, name, args);
    if (name == "list")
      return callListBuiltin(op, args);
    if (name == "enumerate" || name == "reversed")
      return callIteratorBuiltin(op, name, args);
    if (name == "zip")
      return callZip(op, args);
    if (name == "rpython.rlib.objectmodel.instantiate")
      return callInstantiate(op, args);
    if (name.consume_front("rpython.rlib.rstring.StringBuilder")) {
      if (name.empty() || name.consume_front("."))
        return callBuilder(op, name, args);
    }
    if (name.consume_front("dict."))
      return callDictMethod(op, name, args);
    if (name == "dict" && args.empty())
      return Type(siteDict(op));
    if (name.consume_front("set."))
      return callSetMethod(op, name, args);
    if (name == "set")
      return callSetBuiltin(op, args);
    if (name.consume_front("str."))
      return callStrMethod(op, name, args);
    // min(l) reads the list's items: the rule sees them, and this block
    // flows again when they generalise.
    SmallVector<Type> ruleArgs(args);
    if ((name == "min" || name == "max") && args.size() == 1 &&
        isa<ann::ListType>(args[0]))
      ruleArgs[0] = ann::ListType::get(
          ctx, itemsOf(args[0], op->getBlock()), false, false, false);
    RuleResult rule = callBuiltin(ctx, builtin.getName(), ruleArgs);
    if (!rule.handled) {
      report(op, "calling the built-in '" + builtin.getName() +
                     "' is not supported yet");
      return failure();
    }
    if (!rule.type) {
      // As in flowOp: the message names lists by their elements.
      RuleResult named = callBuiltin(ctx, builtin.getName(), resolved(args));
      report(op, named.type ? rule.error : named.error);
      return failure();
    }
    // The built-ins make fresh lists: each call site its ListDef.
    if (auto list = dyn_cast<ann::ListType>(rule.type)) {
      if (builtin.getName() == "range")
        rangeCalls.insert(op);
      ann::ListType made = siteList(op);
      if (failed(storeItem(op, *listOf(made), list.getElementType(),
                           builtin.getName() + "()")))
        return failure();
      return Type(made);
    }
    // A built-in that never returns (sys.exit): the block ends here.
    if (isa<ann::ImpossibleType>(rule.type))
      return Type();
    return rule.type;
  }
  if (auto ref = dyn_cast<FlatSymbolRefAttr>(member)) {
    if (auto func = symbols.lookup<flow::FuncOp>(ref.getValue())) {
      FailureOr<flow::FuncOp> target = specialize(op, func, args, keywords);
      if (failed(target))
        return failure();
      return callFunction(op, *target, args, keywords);
    }
    if (symbols.lookup<flow::ClassOp>(ref.getValue()))
      return instantiate(op, ref, args, keywords);
  }
  report(op, "calling " + describe(calleeType) + " is not supported yet");
  return failure();
}

FailureOr<Type> Annotator::callPrint(Operation *op, ArrayRef<Type> args,
                                     ArrayRef<StringRef> keywords) {
  size_t numPositional = args.size() - keywords.size();
  for (auto [keyword, type] :
       llvm::zip(keywords, args.drop_front(numPositional))) {
    bool ok = keyword == "sep" || keyword == "end"
                  ? isa<ann::StrType, ann::CharType, ann::NoneType>(type)
                  : keyword == "file" && isStandardStream(type);
    if (!ok) {
      report(op, "print() keyword '" + keyword + "' of " + describe(type) +
                     " is not supported");
      return failure();
    }
  }
  return Type(ann::NoneType::get(ctx));
}

bool Annotator::isStandardStream(Type type) {
  auto pbc = dyn_cast<ann::PbcType>(type);
  if (!pbc || pbc.getNullable() || pbc.getMembers().size() != 1)
    return false;
  auto ref = dyn_cast<FlatSymbolRefAttr>(pbc.getMembers()[0]);
  auto prebuilt = ref ? symbols.lookup<flow::PrebuiltOp>(ref.getValue())
                      : flow::PrebuiltOp();
  auto cls = prebuilt ? dyn_cast_or_null<flow::BuiltinAttr>(prebuilt.getClsAttr())
                      : flow::BuiltinAttr();
  return cls && cls.getName() == "sys._Stream";
}

FailureOr<Type> Annotator::callFunction(Operation *call, flow::FuncOp func,
                                        ArrayRef<Type> args,
                                        ArrayRef<StringRef> keywords) {
  StringRef name = func.getSymName();
  ArrayAttr names = func.getArgNames();
  size_t numParams = names.size();
  size_t numFixed = func.getVararg() ? numParams - 1 : numParams;
  size_t numPositional = args.size() - keywords.size();
  SmallVector<Type> bound(numParams);
  auto fail = [&](const Twine &message) -> FailureOr<Type> {
    report(call, message);
    return failure();
  };

  if (numPositional > numFixed && !func.getVararg())
    return fail(name + "() takes " + Twine(numFixed) +
                " positional argument(s) but " + Twine(numPositional) +
                " were given");
  for (size_t i = 0; i < std::min(numPositional, numFixed); ++i)
    bound[i] = args[i];
  if (func.getVararg()) {
    SmallVector<Type> rest;
    for (size_t i = numFixed; i < numPositional; ++i)
      rest.push_back(args[i]);
    bound[numFixed] = ann::TupleType::get(ctx, rest);
  }
  for (auto [keyword, type] :
       llvm::zip(keywords, args.drop_front(numPositional))) {
    size_t index = 0;
    while (index < numFixed &&
           cast<StringAttr>(names[index]).getValue() != keyword)
      ++index;
    if (index == numFixed)
      return fail(name + "() got an unexpected keyword argument '" + keyword +
                  "'");
    if (bound[index])
      return fail(name + "() got multiple values for argument '" + keyword +
                  "'");
    bound[index] = type;
  }
  ArrayAttr defaults = func.getDefaultsAttr();
  size_t numDefaults = defaults ? defaults.size() : 0;
  for (size_t i = 0; i < numFixed; ++i) {
    if (bound[i])
      continue;
    StringRef param = cast<StringAttr>(names[i]).getValue();
    if (i + numDefaults < numFixed)
      return fail(name + "() missing argument '" + param + "'");
    // A default may be a prebuilt list or instance (`seen=[]`).
    FailureOr<Type> value =
        constantType(call, defaults[i + numDefaults - numFixed]);
    if (failed(value))
      return failure();
    bound[i] = *value;
  }

  // Every function of the family gets the arguments, and the call's result
  // is the family's.
  Type result;
  for (flow::FuncOp member : familyMembers(func)) {
    FunctionInfo &info = functions[member];
    // The entry point is where chains end, even when it recurses.
    if (!info.firstCall && member != entryFunc)
      info.firstCall = call;
    info.callers.insert(call);
    StringRef memberName = member.getSymName();
    ArrayAttr memberNames = member.getArgNames();
    Block *entry = &member.getBody().front();
    bool grew = !reached.contains(entry);
    for (size_t i = 0; i < numParams; ++i) {
      bool changed;
      if (failed(generalize(entry->getArgument(i), bound[i], call,
                            "argument '" +
                                cast<StringAttr>(memberNames[i]).getValue() +
                                "' of " + memberName + "()",
                            &changed)))
        return failure();
      grew |= changed;
    }
    if (grew)
      enqueue(entry);
    Type returned = functions[member].result;
    if (!returned)
      continue;
    Type merged = result ? ann::unionOf(result, returned, lists) : returned;
    if (!merged) {
      report(call, "cannot union " + describe(result) + " and " +
                       describe(returned) + " (the return values of " +
                       memberName + "() and of the functions called with it)");
      return failure();
    }
    result = merged;
  }
  return result;
}

SmallVector<flow::FuncOp, 2> Annotator::familyMembers(flow::FuncOp func) {
  auto it = familyOf.find(func);
  if (it == familyOf.end())
    return {func};
  return families[it->second];
}

LogicalResult Annotator::joinFamily(Operation *call,
                                    ArrayRef<flow::FuncOp> callees) {
  // Binding arguments by position needs the same parameters everywhere.
  flow::FuncOp first = callees.front();
  for (flow::FuncOp callee : callees.drop_front())
    if (callee.getArgNames().size() != first.getArgNames().size() ||
        callee.getVararg() != first.getVararg()) {
      report(call, "the functions called here have different signatures: " +
                       first.getSymName() + "() and " + callee.getSymName() +
                       "()");
      return failure();
    }
  bool changed = false;
  auto familyIndex = [&](flow::FuncOp func) {
    auto [it, inserted] = familyOf.try_emplace(func, families.size());
    if (inserted)
      families.push_back({func});
    return it->second;
  };
  unsigned target = familyIndex(first);
  for (flow::FuncOp callee : callees.drop_front()) {
    unsigned source = familyIndex(callee);
    if (source == target)
      continue;
    if (families[source].size() > families[target].size())
      std::swap(source, target);
    for (flow::FuncOp member : families[source]) {
      familyOf[member] = target;
      families[target].push_back(member);
    }
    families[source].clear();
    changed = true;
  }
  if (!changed)
    return success();
  // Members now share their arguments and results: bind again every call
  // that reached one of them.
  for (flow::FuncOp member : families[target])
    for (Operation *caller : functions[member].callers)
      enqueue(caller->getBlock());
  return success();
}

//===----------------------------------------------------------------------===//
// Terminators
//===----------------------------------------------------------------------===//

LogicalResult Annotator::follow(Operation *terminator, Block *dest,
                                ArrayRef<Type> types) {
  bool grew = !reached.contains(dest);
  for (auto [arg, type] : llvm::zip(dest->getArguments(), types)) {
    bool changed;
    if (failed(generalize(arg, type, terminator,
                          "the values meeting at this merge", &changed)))
      return failure();
    grew |= changed;
  }
  if (grew)
    enqueue(dest);
  return success();
}

LogicalResult Annotator::flowTerminator(Operation *terminator,
                                        bool raisingOpFailed) {
  auto typesOf = [&](ValueRange values) {
    SmallVector<Type> types;
    for (Value value : values)
      types.push_back(get(value));
    return types;
  };
  auto func = terminator->getParentOfType<flow::FuncOp>();

  if (auto br = dyn_cast<flow::BrOp>(terminator))
    return follow(br, br.getDest(), typesOf(br.getDestOperands()));

  if (auto condBr = dyn_cast<flow::CondBrOp>(terminator)) {
    if (!get(condBr.getCondition())) {
      blocked[terminator->getBlock()] = terminator;
      return success();
    }
    for (unsigned i = 0; i < 2; ++i) {
      SmallVector<Type> types;
      for (Value operand : condBr.getSuccessorOperands(i).getForwardedOperands())
        types.push_back(narrowed(condBr, i, operand));
      // A test that rules the edge out: its block is not reached from here.
      if (llvm::any_of(types, llvm::IsaPred<ann::ImpossibleType>))
        continue;
      if (failed(follow(condBr, condBr->getSuccessor(i), types)))
        return failure();
    }
    return success();
  }

  if (auto catchOp = dyn_cast<flow::CatchOp>(terminator)) {
    if (!raisingOpFailed &&
        failed(follow(catchOp, catchOp.getNormalDest(),
                      typesOf(catchOp.getNormalOperands()))))
      return failure();
    for (auto [index, cls] : llvm::enumerate(catchOp.getExceptionClasses())) {
      SmallVector<Type> types{ann::InstanceType::get(ctx, cls, false)};
      llvm::append_range(types, typesOf(catchOp.getHandlerOperands()[index]));
      if (failed(follow(catchOp, catchOp.getHandlers()[index], types)))
        return failure();
    }
    return success();
  }

  if (auto ret = dyn_cast<flow::ReturnOp>(terminator)) {
    Type type = get(ret.getValue());
    if (!type) {
      blocked[terminator->getBlock()] = terminator;
      return success();
    }
    FunctionInfo &info = functions[func];
    Type merged = info.result ? ann::unionOf(info.result, type, lists) : type;
    if (!merged) {
      report(ret, "cannot union " + describe(info.result) + " and " +
                      describe(type) + " (the return values of " +
                      func.getSymName() + "())");
      return failure();
    }
    if (merged != info.result) {
      info.result = merged;
      for (Operation *call : info.callers)
        enqueue(call->getBlock());
    }
    return success();
  }

  if (auto raise = dyn_cast<flow::RaiseOp>(terminator)) {
    Type type = get(raise.getExc());
    if (!type) {
      blocked[terminator->getBlock()] = terminator;
      return success();
    }
    if (!isa<ann::InstanceType>(type) ||
        cast<ann::InstanceType>(type).getNullable()) {
      report(raise,
             "cannot raise " + describe(type) + ": not an exception instance");
      return failure();
    }
    return success();
  }

  report(terminator, "annotating '" + terminator->getName().getStringRef() +
                         "' is not supported yet");
  return failure();
}

//===----------------------------------------------------------------------===//
// The fixpoint and its end
//===----------------------------------------------------------------------===//

LogicalResult Annotator::checkBlockedBlocks() {
  if (blocked.empty())
    return success();
  // The first in the module's order, so the message does not depend on
  // pointer values.
  Operation *first = nullptr;
  module.walk([&](Block *block) {
    if (first)
      return WalkResult::interrupt();
    if (Operation *op = blocked.lookup(block))
      first = op;
    return WalkResult::advance();
  });
  // An instance attribute that is read but never stored (PyPy reports
  // these as blocked blocks too).
  if (auto getattr = dyn_cast<flow::GetAttrOp>(first))
    if (Type object = get(getattr.getObject());
        object && isa<ann::InstanceType>(object)) {
      report(first, "'flow.getattr' cannot succeed: the attribute '" +
                        getattr.getName() + "' of " + describe(object) +
                        " is never set (a blocked block)");
      return failure();
    }
  if (isa<flow::GetAttrOp, flow::SetAttrOp>(first))
    if (Type object = get(first->getOperand(0));
        object && isa<ann::NoneType>(object)) {
      report(first, "'" + first->getName().getStringRef() +
                        "' cannot succeed: the object is always None (a "
                        "blocked block)");
      return failure();
    }
  report(first, "'" + first->getName().getStringRef() +
                    "' cannot succeed: one of its operands never gets a value "
                    "(a blocked block)");
  return failure();
}

LogicalResult Annotator::writeAnnotations() {
  auto impossible = ann::ImpossibleType::get(ctx);
  SmallVector<flow::FuncOp> annotated;
  for (auto func : module.getOps<flow::FuncOp>())
    if (reached.contains(&func.getBody().front()))
      annotated.push_back(func);

  // Lists are written from their ListDefs, all checked before the module
  // changes, so a failure leaves it unannotated.
  DenseMap<Type, Type> written;
  auto write = [&](Type type, Operation *at) -> LogicalResult {
    if (written.count(type))
      return success();
    Type resolved = lists.resolve(type);
    if (!resolved) {
      report(at, "a list or dict that contains itself has no type");
      return failure();
    }
    written[type] = resolved;
    return success();
  };
  for (auto func : annotated) {
    for (Block &block : func.getBody())
      for (Operation &op : block)
        for (Value result : op.getResults())
          if (Type type = get(result); type && failed(write(type, &op)))
            return failure();
    for (Block &block : func.getBody())
      for (BlockArgument arg : block.getArguments())
        if (Type type = get(arg); type && failed(write(type, func)))
          return failure();
    if (Type result = functions.lookup(func).result;
        result && failed(write(result, func)))
      return failure();
  }

  auto typeOf = [&](Value value) -> Type {
    Type type = get(value);
    return type ? written.lookup(type) : impossible;
  };
  for (auto func : annotated) {
    for (Block &block : func.getBody()) {
      for (BlockArgument arg : block.getArguments())
        arg.setType(typeOf(arg));
      for (Operation &op : block)
        for (Value result : op.getResults())
          result.setType(typeOf(result));
    }
    SmallVector<Type> inputs;
    for (BlockArgument arg : func.getBody().front().getArguments())
      inputs.push_back(arg.getType());
    Type result = functions.lookup(func).result;
    func.setFunctionType(FunctionType::get(
        ctx, inputs, {result ? written.lookup(result) : Type(impossible)}));
  }
  return success();
}

void Annotator::eraseUnreachedFunctions() {
  // Keep an unreached function only while something kept refers to it (a
  // class's method table, a constant in a block never reached).
  SmallVector<flow::FuncOp> unreached;
  for (auto func : module.getOps<flow::FuncOp>())
    if (!reached.contains(&func.getBody().front()))
      unreached.push_back(func);
  llvm::DenseSet<Operation *> unreachedSet;
  for (auto func : unreached)
    unreachedSet.insert(func);

  llvm::DenseSet<Operation *> kept;
  SmallVector<Operation *> roots;
  auto keepReferenced = [&](Operation *op) {
    auto visit = [&](FlatSymbolRefAttr ref) {
      Operation *target = symbols.lookup(ref.getValue());
      if (target && unreachedSet.contains(target) && kept.insert(target).second)
        roots.push_back(target);
    };
    op->getAttrDictionary().walk(visit);
  };
  for (Operation &op : module.getBody()->getOperations()) {
    if (unreachedSet.contains(&op))
      continue;
    op.walk([&](Operation *nested) { keepReferenced(nested); });
  }
  while (!roots.empty()) {
    Operation *root = roots.pop_back_val();
    root->walk([&](Operation *nested) { keepReferenced(nested); });
  }
  for (auto func : unreached)
    if (!kept.contains(func))
      func.erase();
}

LogicalResult Annotator::run() {
  flow::FuncOp entry;
  if (auto ref = module->getAttrOfType<FlatSymbolRefAttr>("rpy.entry"))
    entry = symbols.lookup<flow::FuncOp>(ref.getValue());
  if (!entry)
    for (auto func : module.getOps<flow::FuncOp>())
      if (func->hasAttr("rpy.entry_point")) {
        entry = func;
        break;
      }
  if (!entry) {
    emitError(module.getLoc())
        << "no entry point: no function is marked 'rpy.entry_point'";
    return failure();
  }
  entryFunc = entry;
  Block *entryBlock = &entry.getBody().front();
  if (entryBlock->getNumArguments() != 1) {
    emitError(entry.getLoc())
        << "the entry point must take one argument (argv), not "
        << entryBlock->getNumArguments();
    return failure();
  }
  // argv: a resizable list of strings without NUL characters (PyPy's
  // s_list_of_strings).
  auto argv = lists.create(ann::StrType::get(ctx, false, true),
                           /*resized=*/true);
  annotations[entryBlock->getArgument(0)] = argv;
  enqueue(entryBlock);

  while (!worklist.empty()) {
    Block *block = worklist.front();
    worklist.pop_front();
    queued.erase(block);
    if (failed(flowBlock(block)))
      return failure();
  }
  current = nullptr;
  redirectSpecialisedCalls();
  if (failed(checkBlockedBlocks()))
    return failure();
  if (failed(writeAnnotations()))
    return failure();
  writeClassAttributes();
  eraseUnreachedFunctions();
  return success();
}

LogicalResult annotate::annotateModule(ModuleOp module) {
  return Annotator(module).run();
}
