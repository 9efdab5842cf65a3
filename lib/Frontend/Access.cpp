//===- Access.cpp - Attributes and items of import-time objects -----------===//
//
// getattr/setattr with Python's binding rules (functions found on a class
// become bound methods, staticmethod/classmethod unwrap), indexing and
// slicing of the built-in containers, and the keys of dicts and sets (user
// __hash__ and __eq__, and CPython's set algorithms).
//
//===----------------------------------------------------------------------===//

#include "lib/Frontend/InterpreterImpl.h"

using namespace rpy::frontend;

//===----------------------------------------------------------------------===//
// Attributes
//===----------------------------------------------------------------------===//

Object *Interpreter::getAttr(Object *obj, const std::string &name, Loc loc) {
  return getAttrImpl(obj, name, loc, true);
}

Object *Interpreter::lookupAttr(Object *obj, const std::string &name, Loc loc) {
  return getAttrImpl(obj, name, loc, false);
}

Object *Interpreter::builtinMethod(Object *self, const std::string &name) {
  for (ClassObject *cls : space.typeOf(self)->mro) {
    auto it = methodTable.find(cls->fullName + "." + name);
    if (it != methodTable.end())
      return space.make<BoundMethodObject>(self, it->second);
  }
  return nullptr;
}

namespace {
/// What `inst.name` gives for a value found in a class dict.
Object *bindToInstance(ObjectSpace &space, Object *value, Object *self,
                       ClassObject *owner, ClassObject *cls) {
  switch (value->kind) {
  case ObjKind::Function:
    return space.make<BoundMethodObject>(self, value);
  case ObjKind::BuiltinFunction:
    // Built-in functions stored in a user class are not descriptors (as
    // in CPython); methods of built-in classes (JitDriver.jit_merge_point)
    // are.
    if (owner && owner->isBuiltin)
      return space.make<BoundMethodObject>(self, value);
    return value;
  case ObjKind::StaticMethod:
    return cast<StaticMethodObject>(value)->function;
  case ObjKind::ClassMethod:
    return space.make<BoundMethodObject>(
        cls, cast<ClassMethodObject>(value)->function);
  default:
    return value;
  }
}

TupleObject *classTuple(ObjectSpace &space,
                        const std::vector<ClassObject *> &classes) {
  std::vector<Object *> items(classes.begin(), classes.end());
  return space.newTuple(std::move(items));
}

DictObject *dictSnapshot(ObjectSpace &space, const AttrDict &attrs) {
  DictObject *dict = space.newDict();
  for (const auto &[key, value] : attrs)
    dict->set(space.newStr(key), value);
  return dict;
}
} // namespace

Object *Interpreter::getAttrImpl(Object *obj, const std::string &name, Loc loc,
                                 bool raiseMissing) {
  auto missing = [&](const std::string &message) -> Object * {
    if (!raiseMissing)
      return nullptr;
    return raise(space.attributeErrorClass, message, loc);
  };
  auto noAttr = [&]() {
    return missing("'" + typeName(obj) + "' object has no attribute '" + name +
                   "'");
  };
  if (name == "__class__")
    return space.typeOf(obj);

  switch (obj->kind) {
  case ObjKind::Instance: {
    auto *inst = cast<InstanceObject>(obj);
    if (inst->cls == superClass) {
      // super(): search the MRO of self's class after __thisclass__.
      auto *start = dyn_cast<ClassObject>(inst->dict.get("__thisclass__"));
      Object *self = inst->dict.get("__self__");
      if (!start || !self)
        return noAttr();
      ClassObject *selfClass =
          isa<ClassObject>(self) ? cast<ClassObject>(self) : space.typeOf(self);
      const auto &mro = selfClass->mro;
      size_t i = 0;
      while (i < mro.size() && mro[i] != start)
        ++i;
      for (++i; i < mro.size(); ++i) {
        Object *value = mro[i]->dict.get(name);
        if (!value)
          continue;
        if (isa<ClassObject>(self)) {
          if (auto *cm = dyn_cast<ClassMethodObject>(value))
            return space.make<BoundMethodObject>(self, cm->function);
          if (auto *sm = dyn_cast<StaticMethodObject>(value))
            return sm->function;
          return value;
        }
        return bindToInstance(space, value, self, mro[i], selfClass);
      }
      return missing("'super' object has no attribute '" + name + "'");
    }
    if (Object *value = inst->dict.get(name))
      return value;
    if (name == "__dict__")
      return dictSnapshot(space, inst->dict);
    if (ClassObject *owner = inst->cls->lookupOwner(name))
      return bindToInstance(space, owner->dict.get(name), obj, owner,
                            inst->cls);
    if (Object *getattr = inst->cls->lookup("__getattr__"))
      if (isa<FunctionObject>(getattr)) {
        Object *result = call(getattr, {obj, space.newStr(name)}, loc);
        if (!result && !raiseMissing && excValue &&
            space.isInstance(excValue, space.attributeErrorClass))
          clearException();
        return result;
      }
    return missing("'" + inst->cls->name + "' object has no attribute '" +
                   name + "'");
  }
  case ObjKind::Class: {
    auto *cls = cast<ClassObject>(obj);
    if (name == "__name__")
      return space.newStr(cls->name);
    if (name == "__qualname__")
      return space.newStr(cls->qualname);
    if (name == "__module__")
      return space.newStr(cls->module ? cls->module->name : "builtins");
    if (name == "__bases__")
      return classTuple(space, cls->bases);
    if (name == "__mro__")
      return classTuple(space, cls->mro);
    if (name == "__dict__")
      return dictSnapshot(space, cls->dict);
    if (Object *value = cls->lookup(name)) {
      if (auto *sm = dyn_cast<StaticMethodObject>(value))
        return sm->function;
      if (auto *cm = dyn_cast<ClassMethodObject>(value))
        return space.make<BoundMethodObject>(cls, cm->function);
      return value;
    }
    // Methods of built-in types: `str.join`, `dict.fromkeys`.
    for (ClassObject *c : cls->mro) {
      auto it = methodTable.find(c->fullName + "." + name);
      if (it != methodTable.end()) {
        if (name == "fromkeys")
          return space.make<BoundMethodObject>(cls, it->second);
        return it->second;
      }
    }
    if (name == "__doc__")
      return space.none();
    return missing("type object '" + cls->name + "' has no attribute '" + name +
                   "'");
  }
  case ObjKind::Module: {
    auto *mod = cast<ModuleObject>(obj);
    if (Object *value = mod->globals.get(name))
      return value;
    if (name == "__dict__")
      return dictSnapshot(space, mod->globals);
    if (raiseMissing && mod->isBuiltin && mod->name == "sys" && name == "argv")
      return fatal("sys.argv is not available at import time (the entry "
                   "point receives argv)",
                   loc);
    return missing("module '" + mod->name + "' has no attribute '" + name +
                   "'");
  }
  case ObjKind::Function: {
    auto *fn = cast<FunctionObject>(obj);
    if (Object *value = fn->dict.get(name))
      return value;
    if (name == "__name__")
      return space.newStr(fn->name);
    if (name == "__qualname__")
      return space.newStr(fn->qualname);
    if (name == "__module__")
      return space.newStr(fn->module ? fn->module->name : "builtins");
    if (name == "__doc__")
      return space.none();
    if (name == "__defaults__")
      return fn->defaults.empty() ? space.none()
                                  : (Object *)space.newTuple(fn->defaults);
    if (name == "__dict__")
      return dictSnapshot(space, fn->dict);
    if (name == "__globals__" && fn->module)
      return dictSnapshot(space, fn->module->globals);
    return noAttr();
  }
  case ObjKind::BuiltinFunction: {
    auto *fn = cast<BuiltinFunctionObject>(obj);
    if (Object *value = fn->dict.get(name))
      return value;
    if (name == "__name__")
      return space.newStr(fn->name);
    if (name == "__qualname__")
      return space.newStr(fn->qualname);
    if (name == "__doc__")
      return space.none();
    return noAttr();
  }
  case ObjKind::BoundMethod: {
    auto *bm = cast<BoundMethodObject>(obj);
    if (name == "__self__")
      return bm->self;
    if (name == "__func__")
      return bm->function;
    return getAttrImpl(bm->function, name, loc, raiseMissing);
  }
  case ObjKind::StaticMethod:
    if (name == "__func__")
      return cast<StaticMethodObject>(obj)->function;
    return noAttr();
  case ObjKind::ClassMethod:
    if (name == "__func__")
      return cast<ClassMethodObject>(obj)->function;
    return noAttr();
  case ObjKind::Range: {
    auto *r = cast<RangeObject>(obj);
    if (name == "start")
      return space.newInt(r->start);
    if (name == "stop")
      return space.newInt(r->stop);
    if (name == "step")
      return space.newInt(r->step);
    break;
  }
  case ObjKind::Slice: {
    auto *s = cast<SliceObject>(obj);
    if (name == "start")
      return s->lower;
    if (name == "stop")
      return s->upper;
    if (name == "step")
      return s->step;
    break;
  }
  case ObjKind::Cell:
    if (name == "cell_contents" && cast<CellObject>(obj)->value)
      return cast<CellObject>(obj)->value;
    break;
  default:
    break;
  }
  if (Object *method = builtinMethod(obj, name))
    return method;
  if (isa<IntObject>(obj) || isa<BoolObject>(obj) || isa<LongObject>(obj)) {
    if (name == "real" || name == "numerator")
      return obj;
    if (name == "imag")
      return space.newInt(0);
    if (name == "denominator")
      return space.newInt(1);
  }
  if (auto *f = dyn_cast<FloatObject>(obj)) {
    if (name == "real")
      return f;
    if (name == "imag")
      return space.newFloat(0);
  }
  return noAttr();
}

bool Interpreter::setAttr(Object *obj, const std::string &name, Object *value,
                          Loc loc) {
  switch (obj->kind) {
  case ObjKind::Instance: {
    auto *inst = cast<InstanceObject>(obj);
    if (inst->cls == superClass)
      break;
    if (name == "__class__") {
      fatal("assigning __class__ is not RPython", loc);
      return false;
    }
    inst->dict.set(name, value);
    return true;
  }
  case ObjKind::Class: {
    auto *cls = cast<ClassObject>(obj);
    if (cls->isBuiltin) {
      raise(space.typeErrorClass,
            "cannot set '" + name + "' attribute of immutable type '" +
                cls->name + "'",
            loc);
      return false;
    }
    if (name == "__name__") {
      if (auto *s = dyn_cast<StrObject>(value)) {
        cls->name = s->value;
        return true;
      }
    }
    cls->dict.set(name, value);
    return true;
  }
  case ObjKind::Module:
    cast<ModuleObject>(obj)->globals.set(name, value);
    return true;
  case ObjKind::Function: {
    auto *fn = cast<FunctionObject>(obj);
    auto *s = dyn_cast<StrObject>(value);
    if (name == "__name__" && s) {
      fn->name = s->value;
      return true;
    }
    if (name == "__qualname__" && s) {
      fn->qualname = s->value;
      return true;
    }
    if (name == "__doc__")
      return true;
    fn->dict.set(name, value);
    return true;
  }
  case ObjKind::BuiltinFunction:
    cast<BuiltinFunctionObject>(obj)->dict.set(name, value);
    return true;
  case ObjKind::BoundMethod:
    return setAttr(cast<BoundMethodObject>(obj)->function, name, value, loc);
  default:
    break;
  }
  raise(space.attributeErrorClass,
        "'" + typeName(obj) + "' object has no attribute '" + name + "'", loc);
  return false;
}

bool Interpreter::delAttr(Object *obj, const std::string &name, Loc loc) {
  bool erased = false;
  switch (obj->kind) {
  case ObjKind::Instance:
    erased = cast<InstanceObject>(obj)->dict.erase(name);
    break;
  case ObjKind::Class:
    if (!cast<ClassObject>(obj)->isBuiltin)
      erased = cast<ClassObject>(obj)->dict.erase(name);
    break;
  case ObjKind::Module:
    erased = cast<ModuleObject>(obj)->globals.erase(name);
    break;
  case ObjKind::Function:
    erased = cast<FunctionObject>(obj)->dict.erase(name);
    break;
  default:
    break;
  }
  if (erased)
    return true;
  raise(space.attributeErrorClass,
        "'" + typeName(obj) + "' object has no attribute '" + name + "'", loc);
  return false;
}

//===----------------------------------------------------------------------===//
// Items
//===----------------------------------------------------------------------===//

bool rpy::frontend::sliceIndices(Interpreter &interp, SliceObject *slice,
                                 int64_t length, int64_t &start, int64_t &stop,
                                 int64_t &step, int64_t &count, Loc loc) {
  ObjectSpace &space = interp.objectSpace();
  auto value = [&](Object *obj, int64_t &out, bool &isNone) {
    isNone = isa<NoneObject>(obj);
    if (isNone)
      return true;
    __int128 v;
    if (!intLikeValue(obj, v)) {
      interp.raise(space.typeErrorClass,
                   "slice indices must be integers or None or have an "
                   "__index__ method",
                   loc);
      return false;
    }
    out = v < INT64_MIN / 2   ? INT64_MIN / 2
          : v > INT64_MAX / 2 ? INT64_MAX / 2
                              : (int64_t)v;
    return true;
  };
  bool noneStart, noneStop, noneStep;
  step = 1;
  if (!value(slice->step, step, noneStep) ||
      !value(slice->lower, start, noneStart) ||
      !value(slice->upper, stop, noneStop))
    return false;
  if (noneStep)
    step = 1;
  if (step == 0) {
    interp.raise(space.valueErrorClass, "slice step cannot be zero", loc);
    return false;
  }
  if (noneStart) {
    start = step < 0 ? length - 1 : 0;
  } else {
    if (start < 0)
      start += length;
    if (start < 0)
      start = step < 0 ? -1 : 0;
    else if (start >= length)
      start = step < 0 ? length - 1 : length;
  }
  if (noneStop) {
    stop = step < 0 ? -1 : length;
  } else {
    if (stop < 0)
      stop += length;
    if (stop < 0)
      stop = step < 0 ? -1 : 0;
    else if (stop >= length)
      stop = step < 0 ? length - 1 : length;
  }
  if (step > 0)
    count = stop > start ? (stop - start - 1) / step + 1 : 0;
  else
    count = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
  return true;
}

/// The position that `index` names in a list of `size` items being assigned
/// to or deleted from (negative indices count from the end), or false with
/// CPython's TypeError/IndexError pending.
static bool assignedPosition(Interpreter &interp, Object *index, size_t size,
                             int64_t &position, Loc loc) {
  ObjectSpace &space = interp.objectSpace();
  __int128 wide = 0;
  if (!intLikeValue(index, wide)) {
    interp.raise(space.typeErrorClass,
                 "list indices must be integers or slices, not " +
                     typeName(index),
                 loc);
    return false;
  }
  position = wide < INT64_MIN   ? INT64_MIN
             : wide > INT64_MAX ? INT64_MAX
                                : (int64_t)wide;
  if (!normalizeIndex(position, size)) {
    interp.raise(space.indexErrorClass, "list assignment index out of range",
                 loc);
    return false;
  }
  return true;
}

Object *Interpreter::getItem(Object *obj, Object *index, Loc loc) {
  auto *slice = dyn_cast<SliceObject>(index);
  // Zero for an index that is not an int: `i` is only used when it is.
  __int128 wide = 0;
  bool isInt = intLikeValue(index, wide);
  int64_t i = wide < INT64_MIN   ? INT64_MIN
              : wide > INT64_MAX ? INT64_MAX
                                 : (int64_t)wide;

  auto sliceOf = [&](int64_t length, auto &&make) -> Object * {
    int64_t start, stop, step, count;
    if (!sliceIndices(*this, slice, length, start, stop, step, count, loc))
      return nullptr;
    return make(start, step, count);
  };

  switch (obj->kind) {
  case ObjKind::List:
  case ObjKind::Tuple: {
    bool isList = isa<ListObject>(obj);
    const auto &items =
        isList ? cast<ListObject>(obj)->items : cast<TupleObject>(obj)->items;
    const char *what = isList ? "list" : "tuple";
    if (slice)
      return sliceOf(
          items.size(),
          [&](int64_t start, int64_t step, int64_t count) -> Object * {
            std::vector<Object *> out;
            out.reserve(count);
            for (int64_t k = 0; k < count; ++k)
              out.push_back(items[start + k * step]);
            if (isList)
              return space.newList(std::move(out));
            return space.newTuple(std::move(out));
          });
    if (!isInt)
      return raise(space.typeErrorClass,
                   std::string(what) +
                       " indices must be integers or slices, not " +
                       typeName(index),
                   loc);
    if (!normalizeIndex(i, items.size()))
      return raise(space.indexErrorClass,
                   std::string(what) + " index out of range", loc);
    return items[i];
  }
  case ObjKind::Str:
  case ObjKind::Bytes: {
    bool isStr = isa<StrObject>(obj);
    const std::string &s =
        isStr ? cast<StrObject>(obj)->value : cast<BytesObject>(obj)->value;
    // Non-ASCII text is indexed by code point.
    std::vector<size_t> offsets;
    bool byBytes = !isStr || isAscii(s);
    if (!byBytes)
      offsets = codePointOffsets(s);
    int64_t length = byBytes ? (int64_t)s.size() : (int64_t)offsets.size() - 1;
    auto piece = [&](int64_t k) {
      return byBytes ? s.substr(k, 1)
                     : s.substr(offsets[k], offsets[k + 1] - offsets[k]);
    };
    if (slice)
      return sliceOf(
          length, [&](int64_t start, int64_t step, int64_t count) -> Object * {
            std::string out;
            if (step == 1 && byBytes)
              out = s.substr(start, count);
            else if (step == 1 && count > 0)
              out = s.substr(offsets[start],
                             offsets[start + count] - offsets[start]);
            else
              for (int64_t k = 0; k < count; ++k)
                out += piece(start + k * step);
            if (isStr)
              return space.newStr(std::move(out));
            return space.newBytes(std::move(out));
          });
    if (!isInt)
      return raise(space.typeErrorClass,
                   isStr ? "string indices must be integers, not '" +
                               typeName(index) + "'"
                         : "byte indices must be integers or slices, not " +
                               typeName(index),
                   loc);
    if (!normalizeIndex(i, length))
      return raise(space.indexErrorClass,
                   isStr ? "string index out of range" : "index out of range",
                   loc);
    if (isStr)
      return space.newStr(piece(i));
    return space.newInt((unsigned char)s[i]);
  }
  case ObjKind::Range: {
    auto *r = cast<RangeObject>(obj);
    if (slice)
      return sliceOf(
          r->length(),
          [&](int64_t start, int64_t step, int64_t count) -> Object * {
            int64_t first = r->at(start);
            int64_t newStep = r->step * step;
            return space.make<RangeObject>(first, first + count * newStep,
                                           newStep);
          });
    if (!isInt)
      return raise(space.typeErrorClass,
                   "range indices must be integers or slices, not " +
                       typeName(index),
                   loc);
    if (!normalizeIndex(i, r->length()))
      return raise(space.indexErrorClass, "range object index out of range",
                   loc);
    return space.newInt(r->at(i));
  }
  case ObjKind::Dict: {
    Object *value;
    int found = dictLookup(cast<DictObject>(obj), index, value, loc);
    if (found > 0)
      return value;
    if (found < 0)
      return nullptr;
    return raiseObject(newException(space.keyErrorClass, {index}), loc);
  }
  case ObjKind::Instance: {
    bool found;
    Object *result = callUserMethod(obj, "__getitem__", {index}, loc, found);
    if (found)
      return result;
    break;
  }
  default:
    break;
  }
  return raise(space.typeErrorClass,
               "'" + typeName(obj) + "' object is not subscriptable", loc);
}

bool Interpreter::setItem(Object *obj, Object *index, Object *value, Loc loc) {
  if (auto *list = dyn_cast<ListObject>(obj)) {
    if (auto *slice = dyn_cast<SliceObject>(index)) {
      std::vector<Object *> items;
      if (!unpackIterable(value, items, loc))
        return false;
      int64_t start, stop, step, count;
      if (!sliceIndices(*this, slice, list->items.size(), start, stop, step,
                        count, loc))
        return false;
      if (step == 1) {
        if (stop < start)
          stop = start;
        list->items.erase(list->items.begin() + start,
                          list->items.begin() + stop);
        list->items.insert(list->items.begin() + start, items.begin(),
                           items.end());
        return true;
      }
      if ((int64_t)items.size() != count) {
        raise(space.valueErrorClass,
              "attempt to assign sequence of size " +
                  std::to_string(items.size()) + " to extended slice of size " +
                  std::to_string(count),
              loc);
        return false;
      }
      for (int64_t k = 0; k < count; ++k)
        list->items[start + k * step] = items[k];
      return true;
    }
    int64_t i;
    if (!assignedPosition(*this, index, list->items.size(), i, loc))
      return false;
    list->items[i] = value;
    return true;
  }
  if (auto *dict = dyn_cast<DictObject>(obj))
    return dictStore(dict, index, value, loc);
  if (isa<InstanceObject>(obj)) {
    bool found;
    Object *result =
        callUserMethod(obj, "__setitem__", {index, value}, loc, found);
    if (found)
      return result != nullptr;
  }
  raise(space.typeErrorClass,
        "'" + typeName(obj) + "' object does not support item assignment", loc);
  return false;
}

bool Interpreter::delItem(Object *obj, Object *index, Loc loc) {
  if (auto *list = dyn_cast<ListObject>(obj)) {
    if (auto *slice = dyn_cast<SliceObject>(index)) {
      int64_t start, stop, step, count;
      if (!sliceIndices(*this, slice, list->items.size(), start, stop, step,
                        count, loc))
        return false;
      std::vector<bool> drop(list->items.size(), false);
      for (int64_t k = 0; k < count; ++k)
        drop[start + k * step] = true;
      std::vector<Object *> kept;
      for (size_t k = 0; k < list->items.size(); ++k)
        if (!drop[k])
          kept.push_back(list->items[k]);
      list->items = std::move(kept);
      return true;
    }
    int64_t i;
    if (!assignedPosition(*this, index, list->items.size(), i, loc))
      return false;
    list->items.erase(list->items.begin() + i);
    return true;
  }
  if (auto *dict = dyn_cast<DictObject>(obj)) {
    Object *old;
    int removed = dictRemove(dict, index, old, loc);
    if (removed == 0)
      raiseObject(newException(space.keyErrorClass, {index}), loc);
    return removed > 0;
  }
  if (isa<InstanceObject>(obj)) {
    bool found;
    Object *result = callUserMethod(obj, "__delitem__", {index}, loc, found);
    if (found)
      return result != nullptr;
  }
  raise(space.typeErrorClass,
        "'" + typeName(obj) + "' object does not support item deletion", loc);
  return false;
}

//===----------------------------------------------------------------------===//
// Dict keys and set elements
//===----------------------------------------------------------------------===//

KeyEquality Interpreter::keyEquality(Loc loc) {
  // The stored key is compared first, as CPython's lookups do
  // (PyObject_RichCompare(startkey, key, Py_EQ)).
  return [this, loc](Object *stored, Object *probe) {
    return eqTest(stored, probe, loc);
  };
}

bool Interpreter::hashOf(Object *obj, int64_t &out, Loc loc) {
  if (isUserInstance(obj))
    return userHash(cast<InstanceObject>(obj), out, loc);
  if (auto *tuple = dyn_cast<TupleObject>(obj))
    return tupleHash(tuple, out, loc);
  if (!isHashable(obj)) {
    raise(space.typeErrorClass, "unhashable type: '" + typeName(obj) + "'",
          loc);
    return false;
  }
  out = hashObject(obj);
  if (!hashIsReproducible(obj))
    ++unstableHashes;
  return true;
}

bool Interpreter::keyHash(Object *key, int64_t &hash, bool &stable, Loc loc) {
  uint64_t before = unstableHashes;
  if (!hashOf(key, hash, loc))
    return false;
  stable = unstableHashes == before;
  return true;
}

bool Interpreter::tupleHash(TupleObject *tuple, int64_t &out, Loc loc) {
  // Items may be user instances, so this recurses through hashOf; bound the
  // C++ stack as richCompare does.
  struct DepthGuard {
    int &depth;
    ~DepthGuard() { --depth; }
  } guard{++valueDepth};
  if (valueDepth > 1000) {
    raise(space.recursionErrorClass,
          "maximum recursion depth exceeded while hashing a tuple", loc);
    return false;
  }
  std::vector<int64_t> lanes;
  lanes.reserve(tuple->items.size());
  for (Object *item : tuple->items) {
    int64_t lane;
    if (!hashOf(item, lane, loc))
      return false;
    lanes.push_back(lane);
  }
  out = combineTupleHash(lanes);
  return true;
}

bool Interpreter::userHash(InstanceObject *inst, int64_t &out, Loc loc) {
  auto unhashable = [&] {
    raise(space.typeErrorClass,
          "unhashable type: '" + typeName(inst) + "'", loc);
    return false;
  };
  // The first user class on the MRO that defines __hash__ or __eq__
  // decides: CPython sets __hash__ to None in a class that defines __eq__
  // alone.
  for (ClassObject *cls : inst->cls->mro) {
    if (cls->isBuiltin)
      continue;
    Object *method = cls->dict.get("__hash__");
    if (!method) {
      if (cls->dict.contains("__eq__"))
        return unhashable();
      continue;
    }
    if (isa<NoneObject>(method))
      return unhashable();
    Object *result = call(method, {inst}, loc);
    if (!result)
      return false;
    __int128 value;
    if (!intLikeValue(result, value)) {
      raise(space.typeErrorClass, "__hash__ method should return an integer",
            loc);
      return false;
    }
    // As slot_tp_hash: values of a Py_hash_t stay (but -1, the error
    // marker), larger ones are reduced as int hashes are.
    bool fits = value >= INT64_MIN && value <= INT64_MAX;
    out = !fits ? hashInt(value) : value == -1 ? -2 : (int64_t)value;
    return true;
  }
  out = hashObject(inst);
  ++unstableHashes;
  return true;
}

int Interpreter::dictLookup(DictObject *dict, Object *key, Object *&value,
                            Loc loc) {
  int64_t hash;
  bool stable;
  if (!keyHash(key, hash, stable, loc))
    return -1;
  long pos = dict->table.find(key, hash, keyEquality(loc));
  if (pos < 0)
    return pos == -2 ? -1 : 0;
  value = dict->items()[pos].value;
  return 1;
}

bool Interpreter::dictStore(DictObject *dict, Object *key, Object *value,
                            Loc loc) {
  int64_t hash;
  bool stable;
  return keyHash(key, hash, stable, loc) &&
         dict->table.set(key, hash, stable, value, keyEquality(loc));
}

int Interpreter::dictRemove(DictObject *dict, Object *key, Object *&value,
                            Loc loc) {
  int64_t hash;
  bool stable;
  if (!keyHash(key, hash, stable, loc))
    return -1;
  long pos = dict->table.find(key, hash, keyEquality(loc));
  if (pos < 0)
    return pos == -2 ? -1 : 0;
  value = dict->items()[pos].value;
  dict->table.eraseAt(pos);
  return 1;
}

bool Interpreter::dictMerge(DictObject *dict, DictObject *other, Loc loc) {
  // A copy: user __eq__ may change `other` while this runs.
  std::vector<ObjectTable::Entry> entries = other->items();
  KeyEquality eq = keyEquality(loc);
  for (const ObjectTable::Entry &e : entries)
    if (!dict->table.set(e.key, e.hash, e.stable, e.value, eq))
      return false;
  return true;
}

int Interpreter::setContains(SetObject *set, Object *key, Loc loc) {
  int64_t hash;
  bool stable;
  if (!keyHash(key, hash, stable, loc))
    return -1;
  return set->table.contains(key, hash, keyEquality(loc));
}

bool Interpreter::setAdd(SetObject *set, Object *key, Loc loc) {
  int64_t hash;
  bool stable;
  return keyHash(key, hash, stable, loc) &&
         set->table.add(key, hash, stable, keyEquality(loc)) >= 0;
}

int Interpreter::setDiscard(SetObject *set, Object *key, Loc loc) {
  int64_t hash;
  bool stable;
  if (!keyHash(key, hash, stable, loc))
    return -1;
  return set->table.discard(key, hash, keyEquality(loc));
}

bool Interpreter::setUpdate(SetObject *set, Object *iterable, Loc loc) {
  KeyEquality eq = keyEquality(loc);
  if (auto *other = dyn_cast<SetObject>(iterable))
    return set->table.merge(other->table, eq);
  if (auto *dict = dyn_cast<DictObject>(iterable)) {
    // One resize up front, then the keys with the dict's hashes.
    set->table.reserveForDict(dict->size());
    std::vector<ObjectTable::Entry> entries = dict->items();
    for (const ObjectTable::Entry &e : entries)
      if (set->table.add(e.key, e.hash, e.stable, eq) < 0)
        return false;
    return true;
  }
  std::vector<Object *> items;
  if (!unpackIterable(iterable, items, loc))
    return false;
  for (Object *item : items)
    if (!setAdd(set, item, loc))
      return false;
  return true;
}

SetObject *Interpreter::newSetFrom(Object *iterable, Loc loc) {
  SetObject *set = space.newSet();
  if (iterable && !setUpdate(set, iterable, loc))
    return nullptr;
  return set;
}

template <typename Keep>
bool Interpreter::addFiltered(SetObject *target, SetObject *source, Keep keep,
                              Loc loc) {
  std::vector<SetTable::Item> items = source->table.slotItems();
  uint64_t first = target->table.reserveOrder(items.size());
  KeyEquality eq = keyEquality(loc);
  for (const SetTable::Item &item : items) {
    int wanted = keep(item);
    if (wanted < 0)
      return false;
    if (wanted && target->table.add(item.key, item.hash, item.stable, eq,
                                    first + item.rank) < 0)
      return false;
  }
  return true;
}

SetObject *Interpreter::setIntersection(SetObject *set, Object *other,
                                        Loc loc) {
  if (other == set)
    return newSetFrom(set, loc);
  SetObject *result = space.newSet();
  KeyEquality eq = keyEquality(loc);
  if (auto *otherSet = dyn_cast<SetObject>(other)) {
    // Walk the smaller set, look up in the larger.
    SetObject *small = otherSet, *large = set;
    if (small->size() > large->size())
      std::swap(small, large);
    auto inLarge = [&](const SetTable::Item &item) {
      return large->table.contains(item.key, item.hash, eq);
    };
    return addFiltered(result, small, inLarge, loc) ? result : nullptr;
  }
  Object *iter = getIter(other, loc);
  if (!iter)
    return nullptr;
  while (Object *key = iterNext(iter, loc)) {
    int64_t hash;
    bool stable;
    if (!keyHash(key, hash, stable, loc))
      return nullptr;
    int found = set->table.contains(key, hash, eq);
    if (found < 0)
      return nullptr;
    if (!found)
      continue;
    if (result->table.add(key, hash, stable, eq) < 0)
      return nullptr;
    if (result->size() >= set->size())
      break;
  }
  return excValue ? nullptr : result;
}

SetObject *Interpreter::setDifference(SetObject *set, Object *other, Loc loc) {
  auto *otherSet = dyn_cast<SetObject>(other);
  auto *otherDict = dyn_cast<DictObject>(other);
  size_t otherSize = otherSet    ? otherSet->size()
                     : otherDict ? otherDict->size()
                                 : 0;
  // CPython copies and removes when `other` is not a set or dict, or is
  // much smaller than `set`.
  if ((!otherSet && !otherDict) || (set->size() >> 2) > otherSize) {
    SetObject *result = newSetFrom(set, loc);
    if (!result || !setDifferenceUpdate(result, other, loc))
      return nullptr;
    return result;
  }
  SetObject *result = space.newSet();
  KeyEquality eq = keyEquality(loc);
  auto notInOther = [&](const SetTable::Item &item) -> int {
    if (otherSet) {
      int found = otherSet->table.contains(item.key, item.hash, eq);
      return found < 0 ? -1 : !found;
    }
    long pos = otherDict->table.find(item.key, item.hash, eq);
    return pos == -2 ? -1 : pos < 0;
  };
  return addFiltered(result, set, notInOther, loc) ? result : nullptr;
}

bool Interpreter::setDifferenceUpdate(SetObject *set, Object *other,
                                      Loc loc) {
  if (other == set) {
    set->table.clear();
    return true;
  }
  KeyEquality eq = keyEquality(loc);
  if (auto *otherSet = dyn_cast<SetObject>(other)) {
    // A much larger `other` is first cut down to the common elements.
    if ((otherSet->size() >> 3) > set->size()) {
      otherSet = setIntersection(set, otherSet, loc);
      if (!otherSet)
        return false;
    }
    for (const SetTable::Item &item : otherSet->table.slotItems())
      if (set->table.discard(item.key, item.hash, eq) < 0)
        return false;
  } else {
    std::vector<Object *> items;
    if (!unpackIterable(other, items, loc))
      return false;
    for (Object *item : items)
      if (setDiscard(set, item, loc) < 0)
        return false;
  }
  set->table.purgeDummies();
  return true;
}

bool Interpreter::setIntersectionUpdate(SetObject *set, Object *other,
                                        Loc loc) {
  SetObject *common = setIntersection(set, other, loc);
  if (!common)
    return false;
  set->table.swapBodies(common->table);
  return true;
}

bool Interpreter::setSymmetricDifferenceUpdate(SetObject *set, Object *other,
                                               Loc loc) {
  if (other == set) {
    set->table.clear();
    return true;
  }
  KeyEquality eq = keyEquality(loc);
  auto toggle = [&](Object *key, int64_t hash, bool stable, uint64_t order) {
    int removed = set->table.discard(key, hash, eq);
    if (removed < 0)
      return false;
    return removed || set->table.add(key, hash, stable, eq, order) >= 0;
  };
  if (auto *dict = dyn_cast<DictObject>(other)) {
    std::vector<ObjectTable::Entry> entries = dict->items();
    for (const ObjectTable::Entry &e : entries)
      if (!toggle(e.key, e.hash, e.stable, SetTable::NextOrder))
        return false;
    return true;
  }
  auto *otherSet = dyn_cast<SetObject>(other);
  if (!otherSet && !(otherSet = newSetFrom(other, loc)))
    return false;
  std::vector<SetTable::Item> items = otherSet->table.slotItems();
  uint64_t first = set->table.reserveOrder(items.size());
  for (const SetTable::Item &item : items)
    if (!toggle(item.key, item.hash, item.stable, first + item.rank))
      return false;
  return true;
}

SetObject *Interpreter::setSymmetricDifference(SetObject *set, Object *other,
                                               Loc loc) {
  // CPython copies `other` and toggles the elements of `set` in it.
  SetObject *result = newSetFrom(other, loc);
  if (!result || !setSymmetricDifferenceUpdate(result, set, loc))
    return nullptr;
  return result;
}

int Interpreter::setIsSubset(SetObject *set, SetObject *other, Loc loc) {
  if (set->size() > other->size())
    return 0;
  KeyEquality eq = keyEquality(loc);
  for (const SetTable::Item &item : set->table.slotItems()) {
    int found = other->table.contains(item.key, item.hash, eq);
    if (found <= 0)
      return found;
  }
  return 1;
}
