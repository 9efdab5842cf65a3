//===- Formatting.cpp - %-formatting and f-string fields ------------------===//
//
// `"%d: %s" % (pc, name)` with a constant format: the format is split at
// compile time, each conversion becomes the string of its value (a runtime
// helper formats conversions with flags, width or precision as C's printf
// does, which for d s x f e g is what CPython prints), and the pieces are
// concatenated. The tuple of values is never built. An f-string field's
// spec (`{x:>8.3f}`) maps onto the same conversions.
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

namespace {
// The runtime's RPY_FMT_* flags (rpy_runtime.h).
constexpr int64_t kFlagLeft = 1, kFlagPlus = 2, kFlagSpace = 4, kFlagZero = 8,
                  kFlagAlternate = 16;
} // namespace

Value RTyper::formatValue(Location loc, Value low, Type annotation,
                          const FormatSpec &spec, bool plain, Operation *op) {
  Type string = stringType();
  auto signed_ = lltype::SignedType::get(ctx);
  auto number = [&](int64_t v) -> Value {
    return lltype::ConstantOp::create(builder, loc, signed_,
                                      builder.getI64IntegerAttr(v));
  };
  auto withSpec = [&](Value value) {
    return SmallVector<Value>{
        value,
        lltype::ConstantOp::create(builder, loc, lltype::CharType::get(ctx),
                                   builder.getI64IntegerAttr(spec.conversion)),
        number(spec.flags), number(spec.width), number(spec.precision)};
  };
  char conversion = spec.conversion;
  if (isString(annotation)) {
    Value text = toStr(loc, low, annotation, op);
    if (!text || (plain && conversion == 's'))
      return text;
    return callRuntime(loc, "rpy_format_str", withSpec(text), string);
  }
  if (isa<ann::FloatType>(annotation))
    return callRuntime(loc, "rpy_format_float", withSpec(low), string);
  // %s of anything but an int is its str() (True, an instance, None).
  if ((conversion == 's' || conversion == 'r') &&
      !isa<ann::IntType>(annotation)) {
    Value text = toStr(loc, low, annotation, op);
    if (!text || plain)
      return text;
    return callRuntime(loc, "rpy_format_str", withSpec(text), string);
  }
  Value integer =
      convert(low, annotation, ann::IntType::get(ctx, false, false), op);
  if (!integer)
    return nullptr;
  if (plain && llvm::is_contained(StringRef("disr"), conversion))
    return callRuntime(loc, "rpy_int_str", integer, string);
  return callRuntime(loc, "rpy_format_int", withSpec(integer), string);
}

LogicalResult RTyper::convertFormatField(Operation *op) {
  // f"{x!r:>10.3f}": the conversion, then the spec of Python's format
  // mini-language, mapped onto the printf-style conversion the runtime
  // formats: [[fill]align][sign][#][0][width][.precision][type].
  auto field = cast<flow::FormatOp>(op);
  Location loc = op->getLoc();
  Value value = lookup(field.getValue());
  Type annotation = field.getValue().getType();
  if (auto conversion = field.getConversion()) {
    value = toStr(loc, value, annotation, op);
    if (!value)
      return failure();
    if (*conversion == "r" && isString(annotation))
      value = callRuntime(loc, "rpy_str_repr", value, stringType());
    annotation = ann::StrType::get(ctx, false, false);
  }
  StringRef text = field.getSpec(), rest = text;
  auto unsupported = [&] {
    return error(op, "the rtyper does not support the format spec '" + text +
                         "' for " + ann::describe(annotation) + " yet");
  };
  bool isStr = isString(annotation), isFloat = isa<ann::FloatType>(annotation);
  FormatSpec spec{0, 0, 0, -1};
  char align = 0, fill = 0;
  if (rest.size() >= 2 && StringRef("<>=^").contains(rest[1])) {
    fill = rest[0];
    rest = rest.drop_front();
  }
  if (!rest.empty() && StringRef("<>=^").contains(rest.front())) {
    align = rest.front();
    rest = rest.drop_front();
  }
  if (align == '=')
    return unsupported();
  // A fill character or centring: formatted without the width, then
  // padded here (printf pads with spaces, on one side).
  bool padHere = fill || align == '^';
  if (align == '<' && !padHere)
    spec.flags |= kFlagLeft;
  if (rest.consume_front("+"))
    spec.flags |= kFlagPlus;
  else if (rest.consume_front(" "))
    spec.flags |= kFlagSpace;
  else
    rest.consume_front("-");
  if (rest.consume_front("#"))
    spec.flags |= kFlagAlternate;
  if (rest.consume_front("0"))
    spec.flags |= kFlagZero;
  size_t digits = rest.find_first_not_of("0123456789");
  (void)rest.take_front(digits).getAsInteger(10, spec.width);
  rest = rest.drop_front(std::min(digits, rest.size()));
  // Thousands separators: the number formatted without the width, the
  // digits grouped, then padded here.
  char grouping = 0;
  if (!rest.empty() && (rest.front() == ',' || rest.front() == '_')) {
    grouping = rest.front();
    rest = rest.drop_front();
    if (isStr || (spec.flags & kFlagZero))
      return unsupported();
    padHere = true;
  }
  if (rest.consume_front(".")) {
    size_t digits = rest.find_first_not_of("0123456789");
    if (digits == 0 || rest.take_front(digits).getAsInteger(10, spec.precision))
      return unsupported();
    rest = rest.drop_front(std::min(digits, rest.size()));
  }
  if (rest.size() > 1)
    return unsupported();
  char type = rest.empty() ? 0 : rest.front();
  // An empty spec is str(); a bool with a spec formats as its int.
  if (text.empty()) {
    Value piece = toStr(loc, value, annotation, op);
    return piece ? produce(op, piece) : failure();
  }
  if (isStr) {
    if ((type && type != 's') || (spec.flags & ~kFlagLeft))
      return unsupported();
    if (align != '>')
      spec.flags |= kFlagLeft; // strings go left unless told otherwise
    spec.conversion = 's';
  } else if (isFloat) {
    if (type == 0 && spec.precision < 0) {
      // format(x, "10"): str(x), padded on the left.
      if (spec.flags & ~kFlagLeft)
        return unsupported();
      Value text = toStr(loc, value, annotation, op);
      if (!text)
        return failure();
      if (grouping)
        text = callRuntime(loc, "rpy_str_group_digits",
                           {text, lltype::ConstantOp::create(
                                      builder, loc, lltype::CharType::get(ctx),
                                      builder.getI64IntegerAttr(grouping))},
                           stringType());
      if (padHere)
        return produce(op, padString(loc, text, spec.width, fill ? fill : ' ',
                                     align ? align : '>'));
      spec.conversion = 's';
      return produce(op, formatValue(loc, text,
                                     ann::StrType::get(ctx, false, false),
                                     spec, false, op));
    }
    if (type == 0 || !StringRef("eEfFgG").contains(type))
      return unsupported();
    spec.conversion = type;
  } else if (isa<ann::IntType, ann::BoolType>(annotation)) {
    if (type == 0)
      type = 'd';
    if (!StringRef("dxXo").contains(type) || spec.precision >= 0)
      return unsupported();
    spec.conversion = type;
  } else {
    return unsupported();
  }
  int64_t width = spec.width;
  if (padHere) {
    spec.width = 0;
    spec.flags &= ~kFlagLeft;
  }
  Value piece = formatValue(loc, value, annotation, spec,
                            padHere && !spec.flags && spec.precision < 0 &&
                                StringRef("ds").contains(spec.conversion),
                            op);
  if (piece && grouping) {
    if (!StringRef("dfFeEgG").contains(spec.conversion))
      return unsupported();
    piece = callRuntime(loc, "rpy_str_group_digits",
                        {piece, lltype::ConstantOp::create(
                                    builder, loc, lltype::CharType::get(ctx),
                                    builder.getI64IntegerAttr(grouping))},
                        stringType());
  }
  if (piece && padHere)
    piece = padString(loc, piece, width, fill ? fill : ' ',
                      align ? align : (isStr ? '<' : '>'));
  return piece ? produce(op, piece) : failure();
}

Value RTyper::padString(Location loc, Value text, int64_t width, char fill,
                        char align) {
  // Python's padding to `width` with `fill`: left of the text ('>'),
  // right ('<'), or both, the extra one right ('^'). A negative count
  // repeats the fill no times.
  auto signed_ = lltype::SignedType::get(ctx);
  auto constant = [&](int64_t v) -> Value {
    return lltype::ConstantOp::create(builder, loc, signed_,
                                      builder.getI64IntegerAttr(v));
  };
  Value missing = lltype::IntSubOp::create(
      builder, loc, constant(width),
      lltype::GetArraySizeOp::create(builder, loc, text,
                                     builder.getStringAttr("chars")));
  Value left = align == '<'   ? constant(0)
               : align == '>' ? missing
                              : Value(lltype::IntFloorDivOp::create(
                                    builder, loc, missing, constant(2)));
  Value right = lltype::IntSubOp::create(builder, loc, missing, left);
  Type string = stringType();
  Value filler = stringLiteral(loc, std::string(1, fill));
  Value result = callRuntime(
      loc, "rpy_str_concat",
      {callRuntime(loc, "rpy_str_mul", {filler, left}, string), text}, string);
  return callRuntime(
      loc, "rpy_str_concat",
      {result, callRuntime(loc, "rpy_str_mul", {filler, right}, string)},
      string);
}

LogicalResult RTyper::convertFormat(Operation *op) {
  Location loc = op->getLoc();
  auto format = op->getOperand(0).getDefiningOp<flow::ConstantOp>();
  auto text = format ? dyn_cast<StringAttr>(format.getValue()) : StringAttr();
  if (!text)
    return error(op, "the rtyper supports %-formatting only with a constant "
                     "format yet");
  // The values (low-level, with their annotations): the items of a tuple
  // made right there (never built), of a tuple value, or the one value.
  SmallVector<std::pair<Value, Type>> values;
  Value operand = op->getOperand(1);
  if (auto tuple = operand.getDefiningOp<flow::NewTupleOp>()) {
    for (Value item : tuple.getOperands())
      values.push_back({lookup(item), item.getType()});
  } else if (auto tuple = dyn_cast<ann::TupleType>(operand.getType())) {
    for (auto [index, element] : llvm::enumerate(tuple.getElementTypes())) {
      Value item = tupleItem(loc, lookup(operand), tuple, index, op);
      if (!item)
        return failure();
      values.push_back({item, element});
    }
  } else {
    values.push_back({lookup(operand), operand.getType()});
  }

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
    auto [low, annotation] = values[next++];
    flushLiteral();
    // The runtime's conversion: flags as RPY_FMT_* bits, the width and
    // the precision (none: 0 and -1), as rpy_runtime.h says.
    FormatSpec spec{conversion, 0, 0, -1};
    StringRef mods = modifiers;
    for (; !mods.empty() && StringRef("-+ #0").contains(mods.front());
         mods = mods.drop_front())
      spec.flags |= llvm::StringSwitch<int64_t>(mods.take_front(1))
                        .Case("-", kFlagLeft)
                        .Case("+", kFlagPlus)
                        .Case(" ", kFlagSpace)
                        .Case("0", kFlagZero)
                        .Default(kFlagAlternate);
    size_t digits = mods.find_first_not_of("0123456789");
    (void)mods.take_front(digits).getAsInteger(10, spec.width);
    mods = mods.drop_front(std::min(digits, mods.size()));
    if (mods.consume_front(".") && mods.getAsInteger(10, spec.precision))
      spec.precision = 0;
    Value piece = formatValue(loc, low, annotation, spec, modifiers.empty(), op);
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
    Value value = isa<ann::NoneType>(type)
                      ? Value(lltype::NullOp::create(builder, loc, string))
                  : isString(type)
                      ? toStr(loc, lookup(arg), type, op)
                      : convert(lookup(arg), type,
                                ann::IntType::get(ctx, false, false), op);
    if (!value)
      return failure();
    operands.push_back(value);
  }
  // s.startswith(p, start, end) is s[start:end].startswith(p).
  if ((name == "startswith" || name == "endswith") && operands.size() > 2) {
    Value stop = operands.size() > 3
                     ? operands[3]
                     : number(std::numeric_limits<int64_t>::max());
    operands = {callRuntime(loc, "rpy_str_slice", {text, operands[2], stop},
                            string),
                operands[1]};
  }
  Type resultAnnotation = op->getResult(0).getType();
  // The runtime's helper and its result: split gives a list of strings.
  Type result;
  std::string helper = ("rpy_str_" + name).str();
  // The runtime's optional arguments: no separator or characters (NULL),
  // all occurrences, the whole string.
  if (name == "split" || name == "rsplit") {
    // (sep=None, maxsplit=-1)
    result = listType(string, true);
    if (args.empty())
      operands.push_back(lltype::NullOp::create(builder, loc, string));
    if (operands.size() == 2)
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
    // (s, sub[, start[, end]]): the whole string by default.
    result = signed_;
    if (operands.size() == 2)
      operands.push_back(number(0));
    if (operands.size() == 3)
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
