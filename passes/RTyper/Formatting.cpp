//===- Formatting.cpp - %-formatting of strings ---------------------------===//
//
// `"%d: %s" % (pc, name)` with a constant format: the format is split at
// compile time, each conversion becomes the string of its value (a runtime
// helper formats conversions with flags, width or precision as C's printf
// does, which for d s x f e g is what CPython prints), and the pieces are
// concatenated. The tuple of values is never built.
//
//===----------------------------------------------------------------------===//

#include "passes/RTyper/RTyperImpl.h"

#include "dialects/ann/Lattice.h"
#include "dialects/flow/FlowDialect.h"

#include "llvm/ADT/StringSwitch.h"

#include <limits>

using namespace mlir;
using namespace rpy;
using namespace rpy::rtyper::detail;

LogicalResult RTyper::convertFormat(Operation *op) {
  Location loc = op->getLoc();
  auto format = op->getOperand(0).getDefiningOp<flow::ConstantOp>();
  auto text = format ? dyn_cast<StringAttr>(format.getValue()) : StringAttr();
  if (!text)
    return error(op, "the rtyper supports %-formatting only with a constant "
                     "format yet");
  // The values: the items of a tuple made right there, or the one value.
  SmallVector<Value> values;
  if (auto tuple = op->getOperand(1).getDefiningOp<flow::NewTupleOp>())
    llvm::append_range(values, tuple.getOperands());
  else if (isa<ann::TupleType>(op->getOperand(1).getType()))
    return error(op, "the rtyper supports %-formatting of a tuple only when "
                     "it is written there yet");
  else
    values.push_back(op->getOperand(1));

  Type string = stringType();
  SmallVector<Value> pieces;
  StringRef rest = text.getValue();
  size_t next = 0;
  std::string literal;
  auto flushLiteral = [&] {
    if (!literal.empty())
      pieces.push_back(stringLiteral(loc, literal));
    literal.clear();
  };
  while (!rest.empty()) {
    size_t percent = rest.find('%');
    literal += rest.take_front(percent).str();
    if (percent == StringRef::npos)
      break;
    rest = rest.drop_front(percent + 1);
    if (rest.consume_front("%")) {
      literal += '%';
      continue;
    }
    // %[flags][width][.precision]conversion
    size_t length = rest.find_first_of("diouxXeEfFgGcrs");
    if (length == StringRef::npos)
      return error(op, "unsupported format '%" + rest + "'");
    StringRef modifiers = rest.take_front(length);
    char conversion = rest[length];
    rest = rest.drop_front(length + 1);
    if (modifiers.find_first_not_of("-+ #0123456789.") != StringRef::npos)
      return error(op, "unsupported format modifiers '" + modifiers + "'");
    if (next >= values.size())
      return error(op, "not enough arguments for format string");
    Value value = values[next++];
    Type annotation = value.getType();
    Value low = lookup(value);
    flushLiteral();
    // The runtime's conversion: flags as RPY_FMT_* bits, the width and
    // the precision (none: 0 and -1), as rpy_runtime.h says.
    int64_t flags = 0, width = 0, precision = -1;
    StringRef spec = modifiers;
    for (; !spec.empty() && StringRef("-+ #0").contains(spec.front());
         spec = spec.drop_front())
      flags |= llvm::StringSwitch<int64_t>(spec.take_front(1))
                   .Case("-", 1)
                   .Case("+", 2)
                   .Case(" ", 4)
                   .Case("0", 8)
                   .Default(16);
    size_t digits = spec.find_first_not_of("0123456789");
    (void)spec.take_front(digits).getAsInteger(10, width);
    spec = spec.drop_front(std::min(digits, spec.size()));
    if (spec.consume_front(".") && spec.getAsInteger(10, precision))
      precision = 0;
    auto signed_ = lltype::SignedType::get(ctx);
    auto number = [&](int64_t v) -> Value {
      return lltype::ConstantOp::create(builder, loc, signed_,
                                        builder.getI64IntegerAttr(v));
    };
    Value conv = lltype::ConstantOp::create(builder, loc,
                                            lltype::CharType::get(ctx),
                                            builder.getI64IntegerAttr(conversion));
    SmallVector<Value> rest{conv, number(flags), number(width),
                            number(precision)};
    Value piece;
    bool plain = modifiers.empty();
    if (isString(annotation)) {
      Value text = toStr(loc, low, annotation, op);
      if (text && plain && conversion == 's')
        piece = text;
      else if (text)
        piece = callRuntime(loc, "rpy_format_str",
                            llvm::to_vector(llvm::concat<Value>(
                                ValueRange{text}, ValueRange(rest))),
                            string);
    } else if (isa<ann::FloatType>(annotation)) {
      piece = callRuntime(loc, "rpy_format_float",
                          llvm::to_vector(llvm::concat<Value>(
                              ValueRange{low}, ValueRange(rest))),
                          string);
    } else if ((conversion == 's' || conversion == 'r') &&
               !isa<ann::IntType, ann::BoolType>(annotation)) {
      piece = toStr(loc, low, annotation, op);
    } else if (isa<ann::BoolType>(annotation) &&
               (conversion == 's' || conversion == 'r')) {
      piece = toStr(loc, low, annotation, op);
    } else {
      Value integer = convert(low, annotation,
                              ann::IntType::get(ctx, false, false), op);
      if (integer && plain && (conversion == 'd' || conversion == 'i' ||
                               conversion == 's' || conversion == 'r'))
        piece = callRuntime(loc, "rpy_int_str", integer, string);
      else if (integer)
        piece = callRuntime(loc, "rpy_format_int",
                            llvm::to_vector(llvm::concat<Value>(
                                ValueRange{integer}, ValueRange(rest))),
                            string);
    }
    if (!piece)
      return failure();
    pieces.push_back(piece);
  }
  flushLiteral();
  if (next != values.size())
    return error(op, "not all arguments converted during string formatting");
  Value result = pieces.empty() ? stringLiteral(loc, "") : pieces.front();
  for (Value piece : llvm::drop_begin(pieces))
    result = callRuntime(loc, "rpy_str_concat", {result, piece}, string);
  return produce(op, result);
}

LogicalResult RTyper::convertStrMethod(Operation *op, StringRef name,
                                       Value self, Type selfType,
                                       ValueRange args,
                                       ArrayRef<Type> argTypes) {
  Location loc = op->getLoc();
  Type string = stringType();
  auto signed_ = lltype::SignedType::get(ctx);
  auto boolean = lltype::BoolType::get(ctx);
  Value text = toStr(loc, self, selfType, op);
  if (!text)
    return failure();
  SmallVector<Value> operands{text};
  auto number = [&](int64_t v) -> Value {
    return lltype::ConstantOp::create(builder, loc, signed_,
                                      builder.getI64IntegerAttr(v));
  };
  for (auto [arg, type] : llvm::zip(args, argTypes)) {
    Value value = isString(type) ? toStr(loc, lookup(arg), type, op)
                                 : convert(lookup(arg), type,
                                           ann::IntType::get(ctx, false, false),
                                           op);
    if (!value)
      return failure();
    operands.push_back(value);
  }
  Type resultAnnotation = op->getResult(0).getType();
  // The runtime's helper and its result: split gives a list of strings.
  Type result;
  std::string helper = ("rpy_str_" + name).str();
  // The runtime's optional arguments: no separator or characters (NULL),
  // all occurrences, the whole string.
  if (name == "split") {
    result = listType(string, true);
    if (args.empty())
      operands.push_back(lltype::NullOp::create(builder, loc, string));
    operands.push_back(number(-1));
  } else if (llvm::is_contained({"strip", "lstrip", "rstrip"}, name)) {
    result = string;
    if (args.empty())
      operands.push_back(lltype::NullOp::create(builder, loc, string));
  } else if (llvm::is_contained({"startswith", "endswith", "isdigit", "isalpha",
                                 "isspace", "isalnum", "islower", "isupper"},
                                name)) {
    result = boolean;
  } else if (llvm::is_contained({"find", "rfind", "count"}, name)) {
    result = signed_;
    if (operands.size() == 2)
      operands.push_back(number(0));
    operands.push_back(number(std::numeric_limits<int64_t>::max()));
  } else if (name == "replace") {
    result = string;
    operands.push_back(number(-1));
  } else if (llvm::is_contained({"lower", "upper"}, name)) {
    result = string;
  } else {
    return error(op, "the rtyper does not support calling the string method "
                     "'" + name + "' yet");
  }
  Value value = callRuntime(loc, helper, operands, result);
  // A fixed list of the parts: exactly their array.
  if (auto list = dyn_cast<ann::ListType>(resultAnnotation);
      list && list.getFixed()) {
    Value items = lltype::GetFieldOp::create(builder, loc,
                                             itemArrayType(string), value,
                                             "items");
    Value length =
        lltype::GetFieldOp::create(builder, loc, signed_, value, "length");
    Value zero = lltype::ConstantOp::create(builder, loc, signed_,
                                            builder.getI64IntegerAttr(0));
    value = lltype::DirectCallOp::create(
                builder, loc, TypeRange{itemArrayType(string)},
                listSliceHelper(string),
                ValueRange{items, length, zero, length}, ArrayAttr(),
                ArrayAttr())
                .getResult(0);
  }
  // lower() and upper() of a char are chars.
  if (isa<ann::CharType>(resultAnnotation) && value.getType() == string)
    value = lltype::GetArrayItemOp::create(
        builder, loc, lltype::CharType::get(ctx), value,
        builder.getStringAttr("chars"),
        lltype::ConstantOp::create(builder, loc, signed_,
                                   builder.getI64IntegerAttr(0)));
  return produce(op, value);
}
