//===- RLib.cpp - The built-in library modules ----------------------------===//
//
// rpython.rlib.{jit,rarithmetic,objectmodel,unroll,rstring} under PyPy's
// names, and the os, sys, time and math modules, made in C++. Functions
// that only make sense in the translated program (os.write, time.time) have
// no import-time implementation; the flow builder recognises every function
// here by its qualified name ("rpython.rlib.jit.promote", "os.write").
//
//===----------------------------------------------------------------------===//

#include "lib/Frontend/InterpreterImpl.h"

#include <cmath>
#include <cstdint>
#include <numeric>

using namespace rpy::frontend;

namespace {
using Args = const CallArgs &;

/// A decorator that sets `flag = value` on the decorated function.
BuiltinImpl flagDecorator(std::string flag, bool value) {
  return [flag, value](Interpreter &in, Args a) -> Object * {
    if (!in.checkArgs(a, flag.c_str(), 1, 1))
      return nullptr;
    if (!in.setAttr(a.args[0], flag, in.objectSpace().newBool(value), a.loc))
      return nullptr;
    return a.args[0];
  };
}

/// A decorator factory: `factory(args...)(func)` sets `flag` to the value
/// computed from the factory's arguments, and the `extra` flags as given.
BuiltinImpl
flagFactory(std::string qualname, std::string flag,
            std::function<Object *(Interpreter &, Args)> value,
            std::vector<std::pair<std::string, Object *>> extra = {}) {
  return [qualname, flag, value, extra](Interpreter &in, Args a) -> Object * {
    Object *flagValue = value(in, a);
    if (!flagValue)
      return nullptr;
    return in.objectSpace().newBuiltin(
        qualname + ".<decorator>",
        [flag, flagValue, extra](Interpreter &in, Args d) -> Object * {
          if (!in.checkArgs(d, "decorator", 1, 1))
            return nullptr;
          for (const auto &[name, v] : extra)
            if (!in.setAttr(d.args[0], name, v, d.loc))
              return nullptr;
          if (!in.setAttr(d.args[0], flag, flagValue, d.loc))
            return nullptr;
          return d.args[0];
        });
  };
}

BuiltinImpl identity(const char *name) {
  return [name](Interpreter &in, Args a) -> Object * {
    if (a.args.empty())
      return in.raise(in.objectSpace().typeErrorClass,
                      std::string(name) + "() missing 1 required positional "
                                          "argument",
                      a.loc);
    return a.args[0];
  };
}

BuiltinImpl returns(Object *value) {
  return [value](Interpreter &, Args) -> Object * { return value; };
}

/// Two's-complement wrap of any int-like value to 64 bits.
bool wrap64(Interpreter &in, Object *x, uint64_t &out, Loc loc) {
  __int128 v;
  if (intLikeValue(x, v)) {
    out = (uint64_t)(unsigned __int128)v;
    return true;
  }
  if (auto *f = dyn_cast<FloatObject>(x)) {
    if (!std::isfinite(f->value)) {
      in.raise(in.objectSpace().overflowErrorClass,
               "cannot convert float infinity or NaN to integer", loc);
      return false;
    }
    out = (uint64_t)(unsigned __int128)(__int128)std::trunc(f->value);
    return true;
  }
  in.raise(in.objectSpace().typeErrorClass,
           "expected an integer, got " + typeName(x), loc);
  return false;
}

/// `math.name(x)` over doubles with CPython's errors.
BuiltinImpl mathFunction(const char *name, double (*fn)(double),
                         bool domainCheck = true) {
  return [name, fn, domainCheck](Interpreter &in, Args a) -> Object * {
    if (!in.checkArgs(a, name, 1, 1))
      return nullptr;
    double x;
    if (!in.toDouble(a.args[0], x, a.loc))
      return nullptr;
    double r = fn(x);
    ObjectSpace &sp = in.objectSpace();
    if (domainCheck && std::isnan(r) && !std::isnan(x))
      return in.raise(sp.valueErrorClass, "math domain error", a.loc);
    if (domainCheck && std::isinf(r) && std::isfinite(x))
      return in.raise(sp.overflowErrorClass, "math range error", a.loc);
    return sp.newFloat(r);
  };
}
} // namespace

ModuleObject *Interpreter::makeLibraryModule(const std::string &name) {
  ObjectSpace &sp = space;
  auto runTimeOnly = [&](ModuleObject *mod, const char *fname) {
    defBuiltin(mod, fname, nullptr);
  };

  if (name == "__future__") {
    ModuleObject *mod = newLibraryModule(name, false);
    for (const char *feature :
         {"annotations", "print_function", "division", "absolute_import",
          "unicode_literals", "generators", "nested_scopes", "with_statement"})
      mod->globals.set(feature, sp.trueObject());
    return mod;
  }

  if (name == "rpython" || name == "rpython.rlib") {
    ModuleObject *mod = newLibraryModule(name, true);
    if (name == "rpython.rlib") {
      ModuleObject *parent = importModule("rpython", Loc{});
      parent->globals.set("rlib", mod);
    }
    return mod;
  }

  auto rlibModule = [&](const std::string &short_) {
    ModuleObject *parent = importModule("rpython.rlib", Loc{});
    ModuleObject *mod = newLibraryModule(name, false);
    parent->globals.set(short_, mod);
    return mod;
  };

  if (name == "rpython.rlib.jit") {
    ModuleObject *m = rlibModule("jit");
    ClassObject *driver =
        sp.newBuiltinClass("rpython.rlib.jit.JitDriver", {sp.objectClass});
    driver->module = m;
    // An __init__ rather than a constructor, so that PyPy's subclasses
    // (`class Driver(JitDriver): greens = [...]; reds = [...]`) work.
    ClassObject *hintError = sp.newBuiltinClass("rpython.rlib.jit.JitHintError",
                                                {sp.exceptionClass});
    hintError->module = m;
    m->globals.set("JitHintError", hintError);
    // As runtime/python/rpython/rlib/jit.py: greens and reds may also be
    // class attributes of a subclass; reds='auto' sets autoreds.
    driver->dict.set("virtualizables", sp.newList());
    driver->dict.set("name", sp.newStr("jitdriver"));
    auto init = [hintError](Interpreter &in, Args a) -> Object * {
      ObjectSpace &sp = in.objectSpace();
      auto *inst =
          a.args.empty() ? nullptr : dyn_cast<InstanceObject>(a.args[0]);
      if (!inst || a.args.size() != 1)
        return in.raise(sp.typeErrorClass,
                        "JitDriver() takes keyword arguments only", a.loc);
      static const char *const known[] = {"greens",
                                          "reds",
                                          "virtualizables",
                                          "get_jitcell_at",
                                          "set_jitcell_at",
                                          "get_printable_location",
                                          "confirm_enter_jit",
                                          "can_never_inline",
                                          "should_unroll_one_iteration",
                                          "name",
                                          "check_untranslated",
                                          "get_unique_id",
                                          "is_recursive",
                                          "vectorize",
                                          "get_location"};
      for (const auto &[key, value] : a.kwargs) {
        bool ok = false;
        for (const char *k : known)
          ok |= key == k;
        if (!ok)
          return in.raise(sp.typeErrorClass,
                          "JitDriver.__init__() got an unexpected keyword "
                          "argument '" +
                              key + "'",
                          a.loc);
      }
      auto arg = [&](const char *key, Object *dflt) {
        Object *value = a.kwarg(key);
        return value ? value : dflt;
      };
      auto hintFail = [&](const std::string &msg) -> Object * {
        return in.raiseObject(in.newException(hintError, {sp.newStr(msg)}),
                              a.loc);
      };
      Object *greens = a.kwarg("greens");
      Object *reds = a.kwarg("reds");
      if (greens && !isa<NoneObject>(greens))
        inst->dict.set("greens", greens);
      auto *redsText = dyn_cast<StrObject>(reds);
      if (redsText && redsText->value == "auto") {
        inst->dict.set("autoreds", sp.trueObject());
        inst->dict.set("reds", sp.newList());
        Object *confirm = a.kwarg("confirm_enter_jit");
        if (confirm && !isa<NoneObject>(confirm))
          return hintFail(
              "reds='auto' is not compatible with confirm_enter_jit");
      } else {
        if (reds && !isa<NoneObject>(reds))
          inst->dict.set("reds", reds);
        inst->dict.set("autoreds", sp.falseObject());
      }
      for (const char *required : {"greens", "reds"})
        if (!in.lookupAttr(inst, required, a.loc))
          return in.pendingException()
                     ? nullptr
                     : hintFail("JitDriver needs both 'greens' and 'reds'");
      Object *virtualizables = a.kwarg("virtualizables");
      if (virtualizables && !isa<NoneObject>(virtualizables))
        inst->dict.set("virtualizables", virtualizables);
      Object *vs = in.getAttr(inst, "virtualizables", a.loc);
      Object *rs = vs ? in.getAttr(inst, "reds", a.loc) : nullptr;
      Object *gs = rs ? in.getAttr(inst, "greens", a.loc) : nullptr;
      std::vector<Object *> vlist;
      if (!gs || !in.unpackIterable(vs, vlist, a.loc))
        return nullptr;
      // Copied to the instance even when they come from the class, so that
      // the translator finds them in one place.
      inst->dict.set("greens", gs);
      inst->dict.set("reds", rs);
      inst->dict.set("virtualizables", vs);
      for (Object *v : vlist) {
        int found = in.contains(rs, v, a.loc);
        if (found < 0)
          return nullptr;
        if (!found) {
          std::string text;
          if (!in.reprOf(v, text, a.loc))
            return nullptr;
          return hintFail("virtualizable " + text + " is not a red");
        }
      }
      inst->dict.set("name", arg("name", sp.newStr("jitdriver")));
      for (const char *key :
           {"get_printable_location", "confirm_enter_jit", "can_never_inline",
            "should_unroll_one_iteration", "get_unique_id", "get_jitcell_at",
            "set_jitcell_at"})
        inst->dict.set(key, arg(key, sp.none()));
      inst->dict.set("is_recursive", arg("is_recursive", sp.falseObject()));
      inst->dict.set("check_untranslated",
                     arg("check_untranslated", sp.trueObject()));
      return sp.none();
    };
    driver->dict.set(
        "__init__", sp.newBuiltin("rpython.rlib.jit.JitDriver.__init__", init));
    for (const char *method :
         {"jit_merge_point", "can_enter_jit", "loop_header"})
      driver->dict.set(
          method,
          sp.newBuiltin(std::string("rpython.rlib.jit.JitDriver.") + method,
                        returns(sp.none())));
    m->globals.set("JitDriver", driver);

    defBuiltin(m, "promote", identity("promote"));
    defBuiltin(m, "promote_string", identity("promote_string"));
    defBuiltin(m, "promote_unicode", identity("promote_unicode"));
    defBuiltin(m, "hint", identity("hint"));
    defBuiltin(m, "we_are_jitted", returns(sp.falseObject()));
    defBuiltin(m, "isconstant", returns(sp.falseObject()));
    defBuiltin(m, "isvirtual", returns(sp.falseObject()));
    defBuiltin(m, "current_trace_length", returns(sp.newInt(-1)));
    for (const char *noop :
         {"set_param", "set_user_param", "assert_green", "record_known_class",
          "record_exact_class", "record_exact_value", "enter_portal_frame",
          "leave_portal_frame", "jit_debug"})
      defBuiltin(m, noop, returns(sp.none()));
    defBuiltin(m, "elidable", flagDecorator("_elidable_function_", true));
    defBuiltin(m, "purefunction", flagDecorator("_elidable_function_", true));
    defBuiltin(m, "unroll_safe", flagDecorator("_jit_unroll_safe_", true));
    defBuiltin(m, "dont_look_inside",
               flagDecorator("_jit_look_inside_", false));
    defBuiltin(m, "look_inside", flagDecorator("_jit_look_inside_", true));
    defBuiltin(m, "loop_invariant",
               flagDecorator("_jit_loop_invariant_", true));
    defBuiltin(m, "not_in_trace", flagDecorator("_not_in_trace_", true));
    defBuiltin(
        m, "elidable_promote",
        flagFactory("rpython.rlib.jit.elidable_promote", "_elidable_promote_",
                    [](Interpreter &in, Args a) -> Object * {
                      Object *args =
                          a.args.empty() ? a.kwarg("promote_args") : a.args[0];
                      return args ? args : in.objectSpace().newStr("all");
                    },
                    {{"_elidable_function_", sp.trueObject()}}));
    defBuiltin(m, "oopspec",
               flagFactory("rpython.rlib.jit.oopspec", "oopspec",
                           [](Interpreter &in, Args a) -> Object * {
                             if (!in.checkArgs(a, "oopspec", 1, 1))
                               return nullptr;
                             return a.args[0];
                           }));
    // As PyPy: func (unroll-safe) and the predicate are both specialised
    // per call site.
    Object *callLocation = sp.newStr("specialize:call_location");
    defBuiltin(m, "look_inside_iff",
               flagFactory("rpython.rlib.jit.look_inside_iff",
                           "_jit_look_inside_iff_",
                           [callLocation](Interpreter &in, Args a) -> Object * {
                             if (!in.checkArgs(a, "look_inside_iff", 1, 1) ||
                                 !in.setAttr(a.args[0], "_annspecialcase_",
                                             callLocation, a.loc))
                               return nullptr;
                             return a.args[0];
                           },
                           {{"_jit_unroll_safe_", sp.trueObject()},
                            {"_annspecialcase_", callLocation}}));
    defBuiltin(m, "conditional_call", [](Interpreter &in, Args a) -> Object * {
      if (a.args.size() < 2)
        return in.raise(in.objectSpace().typeErrorClass,
                        "conditional_call() needs a condition and "
                        "a function",
                        a.loc);
      int truth = in.isTrue(a.args[0]);
      if (truth < 0)
        return nullptr;
      if (!truth)
        return in.objectSpace().none();
      CallArgs inner;
      inner.args.assign(a.args.begin() + 2, a.args.end());
      inner.loc = a.loc;
      return in.call(a.args[1], inner);
    });
    return m;
  }

  if (name == "rpython.rlib.rarithmetic") {
    ModuleObject *m = rlibModule("rarithmetic");
    sp.rUIntClass->module = m;
    sp.rUIntClass->construct = [](Interpreter &in, Args a) -> Object * {
      if (!in.checkArgs(a, "r_uint", 0, 1))
        return nullptr;
      uint64_t v = 0;
      if (!a.args.empty() && !wrap64(in, a.args[0], v, a.loc))
        return nullptr;
      return in.objectSpace().newUInt(v);
    };
    m->globals.set("r_uint", sp.rUIntClass);
    m->globals.set("r_ulonglong", sp.rUIntClass);
    auto intmask = [](Interpreter &in, Args a) -> Object * {
      if (!in.checkArgs(a, "intmask", 1, 1))
        return nullptr;
      if (isa<FloatObject>(a.args[0]))
        return in.raise(in.objectSpace().typeErrorClass,
                        "intmask() of a float: use int() first", a.loc);
      uint64_t v;
      if (!wrap64(in, a.args[0], v, a.loc))
        return nullptr;
      return in.objectSpace().newInt((int64_t)v);
    };
    defBuiltin(m, "intmask", intmask);
    // r_int/r_longlong wrap like intmask; their results are plain ints here
    // (ints are machine words once translated anyway).
    defBuiltin(m, "r_longlong", intmask);
    defBuiltin(m, "r_int", intmask);
    m->globals.set("r_int64", sp.intClass);
    defBuiltin(m, "ovfcheck", [](Interpreter &in, Args a) -> Object * {
      if (!in.checkArgs(a, "ovfcheck", 1, 1))
        return nullptr;
      if (isa<UIntObject>(a.args[0]))
        return in.raise(in.objectSpace().typeErrorClass,
                        "ovfcheck() on an unsigned value", a.loc);
      if (isa<LongObject>(a.args[0]))
        return in.raise(in.objectSpace().overflowErrorClass,
                        "signed integer expression did overflow", a.loc);
      return a.args[0];
    });
    defBuiltin(m, "widen", identity("widen"));
    defBuiltin(m, "is_valid_int", [](Interpreter &in, Args a) -> Object * {
      if (!in.checkArgs(a, "is_valid_int", 1, 1))
        return nullptr;
      Object *x = a.args[0];
      return in.objectSpace().newBool(isa<IntObject>(x) || isa<BoolObject>(x));
    });
    defBuiltin(m, "int_between", [](Interpreter &in, Args a) -> Object * {
      if (!in.checkArgs(a, "int_between", 3, 3))
        return nullptr;
      Object *lo = in.compare(CmpOpKind::LtE, a.args[0], a.args[1], a.loc);
      if (!lo)
        return nullptr;
      int first = in.isTrue(lo);
      if (first <= 0)
        return first < 0 ? nullptr : in.objectSpace().falseObject();
      return in.compare(CmpOpKind::Lt, a.args[1], a.args[2], a.loc);
    });
    m->globals.set("LONG_BIT", sp.newInt(64));
    m->globals.set("LONG_MASK", sp.newInt128(((__int128)1 << 64) - 1));
    m->globals.set("LONG_TEST", sp.newInt128((__int128)1 << 63));
    m->globals.set("maxint", sp.newInt(INT64_MAX));
    return m;
  }

  if (name == "rpython.rlib.objectmodel") {
    ModuleObject *m = rlibModule("objectmodel");
    // specialize.argtype(0) etc.: decorator factories setting
    // _annspecialcase_ the way PyPy spells it ("specialize:argtype(0,1)").
    ClassObject *specializeClass = sp.newBuiltinClass(
        "rpython.rlib.objectmodel._Specialize", {sp.objectClass});
    specializeClass->module = m;
    InstanceObject *specialize = sp.newInstance(specializeClass);
    for (const char *kind :
         {"memo", "arg", "argtype", "argtypes", "arg_or_var", "call_location",
          "ll", "ll_and_arg", "semierased", "fnname"}) {
      std::string k = kind;
      specialize->dict.set(
          kind, sp.newBuiltin(
                    "rpython.rlib.objectmodel.specialize." + k,
                    flagFactory("rpython.rlib.objectmodel.specialize." + k,
                                "_annspecialcase_",
                                [k](Interpreter &in, Args a) -> Object * {
                                  std::string text = "specialize:" + k;
                                  if (!a.args.empty()) {
                                    text += "(";
                                    for (size_t i = 0; i < a.args.size(); ++i) {
                                      std::string r;
                                      if (!in.reprOf(a.args[i], r, a.loc))
                                        return nullptr;
                                      text += (i ? "," : "") + r;
                                    }
                                    text += ")";
                                  }
                                  return in.objectSpace().newStr(text);
                                })));
    }
    m->globals.set("specialize", specialize);

    defBuiltin(m, "we_are_translated", returns(sp.falseObject()));
    defBuiltin(m, "we_are_translated_to_c", returns(sp.falseObject()));
    defBuiltin(m, "is_annotation_constant", returns(sp.falseObject()));
    defBuiltin(m, "always_inline", flagDecorator("_always_inline_", true));
    defBuiltin(m, "dont_inline", flagDecorator("_dont_inline_", true));
    defBuiltin(m, "not_rpython", flagDecorator("_not_rpython_", true));
    defBuiltin(m, "enforceargs",
               flagFactory("rpython.rlib.objectmodel.enforceargs",
                           "_annenforceargs_",
                           [](Interpreter &in, Args a) -> Object * {
                             return in.objectSpace().newTuple(a.args);
                           }));
    defBuiltin(m, "likely", identity("likely"));
    defBuiltin(m, "unlikely", identity("unlikely"));
    defBuiltin(m, "keepalive_until_here", returns(sp.none()));
    defBuiltin(m, "resizelist_hint", returns(sp.none()));
    defBuiltin(m, "newlist_hint", [](Interpreter &in, Args a) -> Object * {
      return in.objectSpace().newList();
    });
    defBuiltin(m, "compute_hash", [](Interpreter &in, Args a) -> Object * {
      if (!in.checkArgs(a, "compute_hash", 1, 1))
        return nullptr;
      int64_t h;
      if (!in.hashOf(a.args[0], h, a.loc))
        return nullptr;
      return in.objectSpace().newInt(h);
    });
    auto identityHash = [](Interpreter &in, Args a) -> Object * {
      if (!in.checkArgs(a, "compute_identity_hash", 1, 1))
        return nullptr;
      return in.objectSpace().newInt(
          (int64_t)(reinterpret_cast<uintptr_t>(a.args[0]) >> 4));
    };
    defBuiltin(m, "compute_identity_hash", identityHash);
    defBuiltin(m, "compute_unique_id", identityHash);
    defBuiltin(m, "current_object_addr_as_int", identityHash);
    defBuiltin(m, "instantiate", [](Interpreter &in, Args a) -> Object * {
      ObjectSpace &sp = in.objectSpace();
      if (a.args.empty() || !isa<ClassObject>(a.args[0]))
        return in.raise(sp.typeErrorClass, "instantiate() expects a class",
                        a.loc);
      auto *cls = cast<ClassObject>(a.args[0]);
      if (cls->isBuiltin && !cls->isSubclassOf(sp.baseExceptionClass) &&
          cls != sp.objectClass)
        return in.raise(sp.typeErrorClass, "instantiate() of a built-in class",
                        a.loc);
      return sp.newInstance(cls);
    });
    defBuiltin(m, "import_from_mixin", [](Interpreter &in, Args a) -> Object * {
      return in.importFromMixin(a);
    });
    return m;
  }

  if (name == "rpython.rlib.unroll") {
    ModuleObject *m = rlibModule("unroll");
    ClassObject *cls = sp.newBuiltinClass(
        "rpython.rlib.unroll.unrolling_iterable", {sp.objectClass});
    cls->module = m;
    cls->construct = [cls](Interpreter &in, Args a) -> Object * {
      ObjectSpace &sp = in.objectSpace();
      if (!in.checkArgs(a, "unrolling_iterable", 1, 1))
        return nullptr;
      std::vector<Object *> items;
      if (!in.unpackIterable(a.args[0], items, a.loc))
        return nullptr;
      InstanceObject *inst = sp.newInstance(cls);
      inst->dict.set("_items", sp.newTuple(std::move(items)));
      return inst;
    };
    cls->dict.set(
        "__iter__",
        sp.newBuiltin("rpython.rlib.unroll.unrolling_iterable.__iter__",
                      [](Interpreter &in, Args a) -> Object * {
                        auto *self = dyn_cast<InstanceObject>(a.args[0]);
                        Object *items =
                            self ? self->dict.get("_items") : nullptr;
                        if (!items)
                          return in.raise(in.objectSpace().typeErrorClass,
                                          "bad unrolling_iterable", a.loc);
                        return in.getIter(items, a.loc);
                      }));
    cls->dict.set(
        "__len__",
        sp.newBuiltin("rpython.rlib.unroll.unrolling_iterable.__len__",
                      [](Interpreter &in, Args a) -> Object * {
                        auto *self = dyn_cast<InstanceObject>(a.args[0]);
                        auto *items = self ? dyn_cast<TupleObject>(
                                                 self->dict.get("_items"))
                                           : nullptr;
                        return in.objectSpace().newInt(
                            items ? (int64_t)items->items.size() : 0);
                      }));
    m->globals.set("unrolling_iterable", cls);
    return m;
  }

  if (name == "rpython.rlib.rstring") {
    ModuleObject *m = rlibModule("rstring");
    for (const char *className : {"StringBuilder", "UnicodeBuilder"}) {
      ClassObject *cls = sp.newBuiltinClass(
          std::string("rpython.rlib.rstring.") + className, {sp.objectClass});
      cls->module = m;
      cls->construct = [cls](Interpreter &in, Args a) -> Object * {
        if (!in.checkArgs(a, "StringBuilder", 0, 1))
          return nullptr;
        InstanceObject *inst = in.objectSpace().newInstance(cls);
        inst->dict.set("_value", in.objectSpace().newStr(""));
        return inst;
      };
      std::string prefix = cls->fullName + ".";
      // At import time the builder keeps its text in `_value`.
      auto text = [](Interpreter &in, Args a, std::string *&out) -> bool {
        auto *self =
            a.args.empty() ? nullptr : dyn_cast<InstanceObject>(a.args[0]);
        auto *value =
            self ? dyn_cast<StrObject>(self->dict.get("_value")) : nullptr;
        if (!value) {
          in.raise(in.objectSpace().typeErrorClass, "bad StringBuilder", a.loc);
          return false;
        }
        out = &value->value;
        return true;
      };
      cls->dict.set(
          "append",
          sp.newBuiltin(
              prefix + "append", [text](Interpreter &in, Args a) -> Object * {
                std::string *s;
                if (!in.checkArgs(a, "append", 2, 2) || !text(in, a, s))
                  return nullptr;
                auto *part = dyn_cast<StrObject>(a.args[1]);
                if (!part)
                  return in.raise(in.objectSpace().typeErrorClass,
                                  "StringBuilder.append expects a "
                                  "str, got " +
                                      typeName(a.args[1]),
                                  a.loc);
                *s += part->value;
                return in.objectSpace().none();
              }));
      cls->dict.set(
          "append_slice",
          sp.newBuiltin(
              prefix + "append_slice",
              [text](Interpreter &in, Args a) -> Object * {
                std::string *s;
                int64_t start, end;
                if (!in.checkArgs(a, "append_slice", 4, 4) || !text(in, a, s) ||
                    !isa<StrObject>(a.args[1]) ||
                    !in.toInt64(a.args[2], start, a.loc) ||
                    !in.toInt64(a.args[3], end, a.loc))
                  return in.pendingException()
                             ? nullptr
                             : in.raise(in.objectSpace().typeErrorClass,
                                        "append_slice(str, int, "
                                        "int)",
                                        a.loc);
                const std::string &src = cast<StrObject>(a.args[1])->value;
                if (start < 0 || end < start || (size_t)end > src.size())
                  return in.raise(in.objectSpace().valueErrorClass,
                                  "append_slice: need 0 <= start <= end <= "
                                  "len(s), got start=" +
                                      std::to_string(start) +
                                      " end=" + std::to_string(end) +
                                      " len=" + std::to_string(src.size()),
                                  a.loc);
                *s += src.substr(start, end - start);
                return in.objectSpace().none();
              }));
      cls->dict.set(
          "append_multiple_char",
          sp.newBuiltin(
              prefix + "append_multiple_char",
              [text](Interpreter &in, Args a) -> Object * {
                std::string *s;
                int64_t times;
                if (!in.checkArgs(a, "append_multiple_char", 3, 3) ||
                    !text(in, a, s) || !isa<StrObject>(a.args[1]) ||
                    !in.toInt64(a.args[2], times, a.loc))
                  return in.pendingException()
                             ? nullptr
                             : in.raise(in.objectSpace().typeErrorClass,
                                        "append_multiple_char(str, "
                                        "int)",
                                        a.loc);
                const std::string &c = cast<StrObject>(a.args[1])->value;
                if (c.size() != 1 && codePointCount(c) != 1)
                  return in.raise(in.objectSpace().valueErrorClass,
                                  "append_multiple_char needs a single "
                                  "character, got " +
                                      reprString(c),
                                  a.loc);
                if (times < 0)
                  return in.raise(in.objectSpace().valueErrorClass,
                                  "append_multiple_char: negative count " +
                                      std::to_string(times),
                                  a.loc);
                for (int64_t i = 0; i < times && i < (1 << 26); ++i)
                  *s += c;
                return in.objectSpace().none();
              }));
      cls->dict.set("build",
                    sp.newBuiltin(prefix + "build",
                                  [text](Interpreter &in, Args a) -> Object * {
                                    std::string *s;
                                    if (!text(in, a, s))
                                      return nullptr;
                                    return in.objectSpace().newStr(*s);
                                  }));
      cls->dict.set("getlength",
                    sp.newBuiltin(prefix + "getlength",
                                  [text](Interpreter &in, Args a) -> Object * {
                                    std::string *s;
                                    if (!text(in, a, s))
                                      return nullptr;
                                    return in.objectSpace().newInt(
                                        (int64_t)s->size());
                                  }));
      m->globals.set(className, cls);
    }
    return m;
  }

  if (name == "rpython.rlib.debug") {
    ModuleObject *m = rlibModule("debug");
    for (const char *noop :
         {"debug_print", "debug_start", "debug_stop", "debug_flush",
          "make_sure_not_resized", "make_sure_not_modified", "check_annotation",
          "debug_offset", "have_debug_prints"})
      defBuiltin(m, noop, returns(sp.none()));
    defBuiltin(m, "check_nonneg", [](Interpreter &in, Args a) -> Object * {
      if (!in.checkArgs(a, "check_nonneg", 1, 1))
        return nullptr;
      Object *neg = in.compare(CmpOpKind::Lt, a.args[0],
                               in.objectSpace().newInt(0), a.loc);
      if (!neg)
        return nullptr;
      int truth = in.isTrue(neg);
      if (truth < 0)
        return nullptr;
      if (truth)
        return in.raise(in.objectSpace().assertionErrorClass,
                        "check_nonneg: negative value", a.loc);
      return a.args[0];
    });
    defBuiltin(m, "ll_assert", [](Interpreter &in, Args a) -> Object * {
      if (!in.checkArgs(a, "ll_assert", 2, 2))
        return nullptr;
      int truth = in.isTrue(a.args[0]);
      if (truth < 0)
        return nullptr;
      if (!truth)
        return in.raiseObject(
            in.newException(in.objectSpace().assertionErrorClass, {a.args[1]}),
            a.loc);
      return in.objectSpace().none();
    });
    return m;
  }

  if (name == "rpython.tool" || name == "rpython.tool.sourcetools") {
    ModuleObject *parent = name == "rpython.tool"
                               ? importModule("rpython", Loc{})
                               : importModule("rpython.tool", Loc{});
    ModuleObject *m = newLibraryModule(name, name == "rpython.tool");
    parent->globals.set(name == "rpython.tool" ? "tool" : "sourcetools", m);
    if (name == "rpython.tool")
      return m;
    // func_with_new_name(f, name): a copy of f under another name, the
    // way PyPy specialises helpers made in loops.
    defBuiltin(
        m, "func_with_new_name", [](Interpreter &in, Args a) -> Object * {
          if (!in.checkArgs(a, "func_with_new_name", 2, 2))
            return nullptr;
          auto *name = dyn_cast<StrObject>(a.args[1]);
          auto *fn = dyn_cast<FunctionObject>(a.args[0]);
          if (!fn || !name)
            return in.raise(in.objectSpace().typeErrorClass,
                            "func_with_new_name(function, str)", a.loc);
          FunctionObject *copy = in.copyFunction(fn);
          copy->name = name->value;
          size_t dot = fn->qualname.rfind('.');
          copy->qualname = dot == std::string::npos
                               ? name->value
                               : fn->qualname.substr(0, dot + 1) + name->value;
          return copy;
        });
    defBuiltin(m, "func_renamer", [](Interpreter &in, Args a) -> Object * {
      if (!in.checkArgs(a, "func_renamer", 1, 1))
        return nullptr;
      Object *name = a.args[0];
      return in.objectSpace().newBuiltin(
          "rpython.tool.sourcetools.func_renamer.<decorator>",
          [name](Interpreter &in, Args d) -> Object * {
            if (!in.checkArgs(d, "decorator", 1, 1))
              return nullptr;
            Object *rename = in.findModule("rpython.tool.sourcetools")
                                 ->globals.get("func_with_new_name");
            return in.call(rename, {d.args[0], name}, d.loc);
          });
    });
    return m;
  }

  if (name == "operator") {
    ModuleObject *m = newLibraryModule(name, false);
    const std::pair<const char *, BinOpKind> binary[] = {
        {"add", BinOpKind::Add},           {"sub", BinOpKind::Sub},
        {"mul", BinOpKind::Mul},           {"truediv", BinOpKind::Div},
        {"floordiv", BinOpKind::FloorDiv}, {"mod", BinOpKind::Mod},
        {"pow", BinOpKind::Pow},           {"lshift", BinOpKind::LShift},
        {"rshift", BinOpKind::RShift},     {"and_", BinOpKind::BitAnd},
        {"or_", BinOpKind::BitOr},         {"xor", BinOpKind::BitXor}};
    for (const auto &[fname, op] : binary) {
      BinOpKind kind = op;
      std::string n = fname;
      defBuiltin(m, fname, [kind, n](Interpreter &in, Args a) -> Object * {
        if (!in.checkArgs(a, n.c_str(), 2, 2))
          return nullptr;
        return in.binaryOp(kind, a.args[0], a.args[1], a.loc);
      });
    }
    const std::pair<const char *, CmpOpKind> comparisons[] = {
        {"lt", CmpOpKind::Lt},  {"le", CmpOpKind::LtE},
        {"eq", CmpOpKind::Eq},  {"ne", CmpOpKind::NotEq},
        {"gt", CmpOpKind::Gt},  {"ge", CmpOpKind::GtE},
        {"is_", CmpOpKind::Is}, {"is_not", CmpOpKind::IsNot}};
    for (const auto &[fname, op] : comparisons) {
      CmpOpKind kind = op;
      std::string n = fname;
      defBuiltin(m, fname, [kind, n](Interpreter &in, Args a) -> Object * {
        if (!in.checkArgs(a, n.c_str(), 2, 2))
          return nullptr;
        return in.compare(kind, a.args[0], a.args[1], a.loc);
      });
    }
    const std::pair<const char *, UnaryOpKind> unary[] = {
        {"neg", UnaryOpKind::Neg},
        {"pos", UnaryOpKind::Pos},
        {"invert", UnaryOpKind::Invert},
        {"not_", UnaryOpKind::Not}};
    for (const auto &[fname, op] : unary) {
      UnaryOpKind kind = op;
      std::string n = fname;
      defBuiltin(m, fname, [kind, n](Interpreter &in, Args a) -> Object * {
        if (!in.checkArgs(a, n.c_str(), 1, 1))
          return nullptr;
        return in.unaryOp(kind, a.args[0], a.loc);
      });
    }
    defBuiltin(m, "getitem", [](Interpreter &in, Args a) -> Object * {
      if (!in.checkArgs(a, "getitem", 2, 2))
        return nullptr;
      return in.getItem(a.args[0], a.args[1], a.loc);
    });
    defBuiltin(m, "contains", [](Interpreter &in, Args a) -> Object * {
      if (!in.checkArgs(a, "contains", 2, 2))
        return nullptr;
      int c = in.contains(a.args[0], a.args[1], a.loc);
      return c < 0 ? nullptr : in.objectSpace().newBool(c);
    });
    defBuiltin(m, "truth", [](Interpreter &in, Args a) -> Object * {
      if (!in.checkArgs(a, "truth", 1, 1))
        return nullptr;
      int c = in.isTrue(a.args[0]);
      return c < 0 ? nullptr : in.objectSpace().newBool(c);
    });
    return m;
  }

  if (name == "typing") {
    // Only so that annotation-only imports work: annotations are never
    // evaluated, and `List[int]`-style aliases evaluate to the same marker.
    ModuleObject *m = newLibraryModule(name, false);
    ClassObject *special =
        sp.newBuiltinClass("typing._SpecialForm", {sp.objectClass});
    special->module = m;
    special->dict.set("__getitem__",
                      sp.newBuiltin("typing._SpecialForm.__getitem__",
                                    [](Interpreter &, Args a) -> Object * {
                                      return a.args[0];
                                    }));
    for (const char *form :
         {"Any", "List", "Dict", "Tuple", "Set", "Optional", "Union",
          "Callable", "Iterable", "Iterator", "Sequence", "Mapping", "Type",
          "ClassVar", "Final", "NoReturn"})
      m->globals.set(form, sp.newInstance(special));
    m->globals.set("TYPE_CHECKING", sp.falseObject());
    defBuiltin(m, "cast", [](Interpreter &in, Args a) -> Object * {
      if (!in.checkArgs(a, "cast", 2, 2))
        return nullptr;
      return a.args[1];
    });
    return m;
  }

  if (name == "os") {
    ModuleObject *m = newLibraryModule(name, false);
    for (const char *fn : {"read", "write", "open", "close", "lseek", "isatty",
                           "getenv", "getpid", "urandom", "unlink", "fsync",
                           "strerror", "system", "_exit"})
      runTimeOnly(m, fn);
    const std::pair<const char *, int64_t> constants[] = {
        {"O_RDONLY", 0},    {"O_WRONLY", 1},     {"O_RDWR", 2},
        {"O_CREAT", 0100},  {"O_EXCL", 0200},    {"O_NOCTTY", 0400},
        {"O_TRUNC", 01000}, {"O_APPEND", 02000}, {"O_NONBLOCK", 04000},
        {"SEEK_SET", 0},    {"SEEK_CUR", 1},     {"SEEK_END", 2}};
    for (const auto &[key, value] : constants)
      m->globals.set(key, sp.newInt(value));
    m->globals.set("sep", sp.newStr("/"));
    m->globals.set("linesep", sp.newStr("\n"));
    m->globals.set("name", sp.newStr("posix"));
    return m;
  }

  if (name == "sys") {
    ModuleObject *m = newLibraryModule(name, false);
    m->globals.set("maxsize", sp.newInt(INT64_MAX));
    m->globals.set("maxint", sp.newInt(INT64_MAX));
    m->globals.set("byteorder", sp.newStr("little"));
    m->globals.set("platform", sp.newStr("linux"));
    m->globals.set("version_info",
                   sp.newTuple({sp.newInt(3), sp.newInt(11), sp.newInt(0),
                                sp.newStr("final"), sp.newInt(0)}));
    m->globals.set("path", sp.newList({sp.newStr(rootDir)}));
    runTimeOnly(m, "exit");
    defBuiltin(m, "setrecursionlimit", returns(sp.none()));
    defBuiltin(m, "getrecursionlimit", returns(sp.newInt(recursionLimit)));
    ClassObject *stream = sp.newBuiltinClass("sys._Stream", {sp.objectClass});
    stream->module = m;
    stream->dict.set(
        "write",
        sp.newBuiltin(
            "sys._Stream.write", [](Interpreter &in, Args a) -> Object * {
              if (!in.checkArgs(a, "write", 2, 2))
                return nullptr;
              auto *s = dyn_cast<StrObject>(a.args[1]);
              if (!s)
                return in.raise(in.objectSpace().typeErrorClass,
                                "write() argument must be str, "
                                "not " +
                                    typeName(a.args[1]),
                                a.loc);
              in.writeImportTimeOutput(s->value);
              return in.objectSpace().newInt((int64_t)s->value.size());
            }));
    stream->dict.set("flush",
                     sp.newBuiltin("sys._Stream.flush", returns(sp.none())));
    for (const char *streamName : {"stdout", "stderr", "stdin"}) {
      InstanceObject *inst = sp.newInstance(stream);
      inst->dict.set("name", sp.newStr(std::string("<") + streamName + ">"));
      m->globals.set(streamName, inst);
    }
    return m;
  }

  if (name == "time") {
    ModuleObject *m = newLibraryModule(name, false);
    for (const char *fn : {"time", "perf_counter", "clock", "monotonic",
                           "process_time", "sleep"})
      runTimeOnly(m, fn);
    return m;
  }

  if (name == "math") {
    ModuleObject *m = newLibraryModule(name, false);
    m->globals.set("pi", sp.newFloat(M_PI));
    m->globals.set("e", sp.newFloat(M_E));
    m->globals.set("tau", sp.newFloat(2 * M_PI));
    m->globals.set("inf", sp.newFloat(INFINITY));
    m->globals.set("nan", sp.newFloat(NAN));
    defBuiltin(m, "sqrt",
               mathFunction("sqrt", [](double x) { return std::sqrt(x); }));
    defBuiltin(m, "exp",
               mathFunction("exp", [](double x) { return std::exp(x); }));
    defBuiltin(m, "sin",
               mathFunction("sin", [](double x) { return std::sin(x); }));
    defBuiltin(m, "cos",
               mathFunction("cos", [](double x) { return std::cos(x); }));
    defBuiltin(m, "tan",
               mathFunction("tan", [](double x) { return std::tan(x); }));
    defBuiltin(m, "asin",
               mathFunction("asin", [](double x) { return std::asin(x); }));
    defBuiltin(m, "acos",
               mathFunction("acos", [](double x) { return std::acos(x); }));
    defBuiltin(m, "atan",
               mathFunction("atan", [](double x) { return std::atan(x); }));
    defBuiltin(m, "sinh",
               mathFunction("sinh", [](double x) { return std::sinh(x); }));
    defBuiltin(m, "cosh",
               mathFunction("cosh", [](double x) { return std::cosh(x); }));
    defBuiltin(m, "tanh",
               mathFunction("tanh", [](double x) { return std::tanh(x); }));
    defBuiltin(m, "fabs",
               mathFunction("fabs", [](double x) { return std::fabs(x); }));
    defBuiltin(m, "log10", [](Interpreter &in, Args a) -> Object * {
      double x;
      if (!in.checkArgs(a, "log10", 1, 1) || !in.toDouble(a.args[0], x, a.loc))
        return nullptr;
      if (x <= 0)
        return in.raise(in.objectSpace().valueErrorClass, "math domain error",
                        a.loc);
      return in.objectSpace().newFloat(std::log10(x));
    });
    defBuiltin(m, "log2", [](Interpreter &in, Args a) -> Object * {
      double x;
      if (!in.checkArgs(a, "log2", 1, 1) || !in.toDouble(a.args[0], x, a.loc))
        return nullptr;
      if (x <= 0)
        return in.raise(in.objectSpace().valueErrorClass, "math domain error",
                        a.loc);
      return in.objectSpace().newFloat(std::log2(x));
    });
    defBuiltin(m, "log", [](Interpreter &in, Args a) -> Object * {
      double x, base = 0;
      if (!in.checkArgs(a, "log", 1, 2) || !in.toDouble(a.args[0], x, a.loc))
        return nullptr;
      if (a.args.size() > 1 && !in.toDouble(a.args[1], base, a.loc))
        return nullptr;
      if (x <= 0 || (a.args.size() > 1 && (base <= 0 || base == 1)))
        return in.raise(
            base == 1 ? in.objectSpace().zeroDivisionErrorClass
                      : in.objectSpace().valueErrorClass,
            base == 1 ? "float division by zero" : "math domain error", a.loc);
      double r = std::log(x);
      if (a.args.size() > 1)
        r /= std::log(base);
      return in.objectSpace().newFloat(r);
    });
    auto toInt = [](const char *fname, double (*round)(double)) {
      return [fname, round](Interpreter &in, Args a) -> Object * {
        ObjectSpace &sp = in.objectSpace();
        if (!in.checkArgs(a, fname, 1, 1))
          return nullptr;
        __int128 iv;
        if (intLikeValue(a.args[0], iv))
          return sp.newInt128(iv);
        double x;
        if (!in.toDouble(a.args[0], x, a.loc))
          return nullptr;
        if (std::isnan(x))
          return in.raise(sp.valueErrorClass,
                          "cannot convert float NaN to integer", a.loc);
        if (std::isinf(x))
          return in.raise(sp.overflowErrorClass,
                          "cannot convert float infinity to integer", a.loc);
        double r = round(x);
        if (std::fabs(r) >= 1.7e38)
          return in.raise(sp.overflowErrorClass,
                          "int too large for import-time evaluation", a.loc);
        return sp.newInt128((__int128)r);
      };
    };
    defBuiltin(m, "floor",
               toInt("floor", [](double x) { return std::floor(x); }));
    defBuiltin(m, "ceil", toInt("ceil", [](double x) { return std::ceil(x); }));
    defBuiltin(m, "trunc",
               toInt("trunc", [](double x) { return std::trunc(x); }));
    auto binary = [](const char *fname, double (*fn)(double, double),
                     bool domain) {
      return [fname, fn, domain](Interpreter &in, Args a) -> Object * {
        double x, y;
        if (!in.checkArgs(a, fname, 2, 2) ||
            !in.toDouble(a.args[0], x, a.loc) ||
            !in.toDouble(a.args[1], y, a.loc))
          return nullptr;
        double r = fn(x, y);
        ObjectSpace &sp = in.objectSpace();
        if (domain && std::isnan(r) && !std::isnan(x) && !std::isnan(y))
          return in.raise(sp.valueErrorClass, "math domain error", a.loc);
        if (domain && std::isinf(r) && std::isfinite(x) && std::isfinite(y))
          return in.raise(sp.overflowErrorClass, "math range error", a.loc);
        return sp.newFloat(r);
      };
    };
    defBuiltin(m, "atan2",
               binary(
                   "atan2", [](double x, double y) { return std::atan2(x, y); },
                   false));
    defBuiltin(
        m, "pow",
        binary(
            "pow", [](double x, double y) { return std::pow(x, y); }, true));
    defBuiltin(
        m, "fmod",
        binary(
            "fmod", [](double x, double y) { return std::fmod(x, y); }, true));
    defBuiltin(m, "hypot",
               binary(
                   "hypot", [](double x, double y) { return std::hypot(x, y); },
                   true));
    defBuiltin(m, "copysign",
               binary(
                   "copysign",
                   [](double x, double y) { return std::copysign(x, y); },
                   false));
    auto predicate = [](const char *fname, bool (*fn)(double)) {
      return [fname, fn](Interpreter &in, Args a) -> Object * {
        double x;
        if (!in.checkArgs(a, fname, 1, 1) || !in.toDouble(a.args[0], x, a.loc))
          return nullptr;
        return in.objectSpace().newBool(fn(x));
      };
    };
    defBuiltin(m, "isnan",
               predicate("isnan", [](double x) { return std::isnan(x); }));
    defBuiltin(m, "isinf",
               predicate("isinf", [](double x) { return std::isinf(x); }));
    defBuiltin(m, "isfinite", predicate("isfinite", [](double x) {
                 return (bool)std::isfinite(x);
               }));
    defBuiltin(
        m, "degrees",
        mathFunction(
            "degrees", [](double x) { return x * 180.0 / M_PI; }, false));
    defBuiltin(
        m, "radians",
        mathFunction(
            "radians", [](double x) { return x * M_PI / 180.0; }, false));
    defBuiltin(m, "modf", [](Interpreter &in, Args a) -> Object * {
      double x, ip;
      if (!in.checkArgs(a, "modf", 1, 1) || !in.toDouble(a.args[0], x, a.loc))
        return nullptr;
      double fp = std::modf(x, &ip);
      ObjectSpace &sp = in.objectSpace();
      return sp.newTuple({sp.newFloat(fp), sp.newFloat(ip)});
    });
    defBuiltin(m, "frexp", [](Interpreter &in, Args a) -> Object * {
      double x;
      if (!in.checkArgs(a, "frexp", 1, 1) || !in.toDouble(a.args[0], x, a.loc))
        return nullptr;
      int e;
      double mant = std::frexp(x, &e);
      ObjectSpace &sp = in.objectSpace();
      return sp.newTuple({sp.newFloat(mant), sp.newInt(e)});
    });
    defBuiltin(m, "ldexp", [](Interpreter &in, Args a) -> Object * {
      double x;
      int64_t e;
      if (!in.checkArgs(a, "ldexp", 2, 2) ||
          !in.toDouble(a.args[0], x, a.loc) || !in.toInt64(a.args[1], e, a.loc))
        return nullptr;
      e = std::max<int64_t>(std::min<int64_t>(e, 100000), -100000);
      double r = std::ldexp(x, (int)e);
      if (std::isinf(r) && std::isfinite(x))
        return in.raise(in.objectSpace().overflowErrorClass, "math range error",
                        a.loc);
      return in.objectSpace().newFloat(r);
    });
    defBuiltin(m, "gcd", [](Interpreter &in, Args a) -> Object * {
      __int128 g = 0;
      for (Object *arg : a.args) {
        __int128 v;
        if (!intLikeValue(arg, v))
          return in.raise(in.objectSpace().typeErrorClass,
                          "'" + typeName(arg) +
                              "' object cannot be interpreted as an integer",
                          a.loc);
        if (v < 0)
          v = -v;
        while (v) {
          __int128 t = g % v;
          g = v;
          v = t;
        }
      }
      return in.objectSpace().newInt128(g);
    });
    defBuiltin(m, "factorial", [](Interpreter &in, Args a) -> Object * {
      int64_t n;
      if (!in.checkArgs(a, "factorial", 1, 1) ||
          !in.toInt64(a.args[0], n, a.loc))
        return nullptr;
      if (n < 0)
        return in.raise(in.objectSpace().valueErrorClass,
                        "factorial() not defined for negative values", a.loc);
      __int128 r = 1;
      for (int64_t i = 2; i <= n; ++i)
        if (__builtin_mul_overflow(r, (__int128)i, &r))
          return in.raise(in.objectSpace().overflowErrorClass,
                          "integer result too large for import-time "
                          "evaluation",
                          a.loc);
      return in.objectSpace().newInt128(r);
    });
    return m;
  }
  return nullptr;
}

Object *Interpreter::importFromMixin(const CallArgs &a) {
  // PyPy's import_from_mixin: copy the mixin's methods (fresh function
  // objects) into the namespace of the class body that calls it.
  auto *mixin = a.args.empty() ? nullptr : dyn_cast<ClassObject>(a.args[0]);
  if (!mixin)
    return raise(space.typeErrorClass, "import_from_mixin() expects a class",
                 a.loc);
  std::vector<std::string> special{"__init__", "__del__"};
  Object *specialArg =
      a.args.size() > 1 ? a.args[1] : a.kwarg("special_methods");
  if (specialArg) {
    std::vector<Object *> items;
    if (!unpackIterable(specialArg, items, a.loc))
      return nullptr;
    special.clear();
    for (Object *item : items)
      if (auto *s = dyn_cast<StrObject>(item))
        special.push_back(s->value);
  }
  if (frames.empty() || !frames.back()->ns ||
      frames.back()->scope->kind != ScopeInfo::Kind::Class)
    return fatal("import_from_mixin() must be called in a class body", a.loc);
  AttrDict &target = *frames.back()->ns;

  auto copy = [&](FunctionObject *fn) { return copyFunction(fn); };
  AttrDict flat;
  for (ClassObject *base : mixin->mro) {
    if (base == space.objectClass)
      continue;
    for (const auto &[key, value] : base->dict) {
      bool dunder = key.size() > 4 && key.compare(0, 2, "__") == 0 &&
                    key.compare(key.size() - 2, 2, "__") == 0;
      if (dunder &&
          std::find(special.begin(), special.end(), key) == special.end())
        continue;
      if (flat.contains(key))
        continue;
      Object *copied = value;
      if (auto *fn = dyn_cast<FunctionObject>(value))
        copied = copy(fn);
      else if (auto *sm = dyn_cast<StaticMethodObject>(value))
        if (auto *fn = dyn_cast<FunctionObject>(sm->function))
          copied = space.make<StaticMethodObject>(copy(fn));
      if (isa<ClassMethodObject>(value))
        return raise(space.assertionErrorClass,
                     "classmethods not supported in 'import_from_mixin'",
                     a.loc);
      flat.set(key, copied);
    }
  }
  for (const auto &[key, value] : flat) {
    if (target.contains(key))
      return raise(space.exceptionClass,
                   "import_from_mixin: would overwrite the value already "
                   "defined locally for '" +
                       key + "'",
                   a.loc);
    if (key == "_mixin_")
      return raise(space.exceptionClass,
                   "import_from_mixin(M): class M should not have '_mixin_ = "
                   "True'",
                   a.loc);
    target.set(key, value);
  }
  return space.none();
}

FunctionObject *Interpreter::copyFunction(FunctionObject *fn) {
  auto *copy = space.make<FunctionObject>();
  copy->name = fn->name;
  copy->qualname = fn->qualname;
  copy->def = fn->def;
  copy->lambda = fn->lambda;
  copy->module = fn->module;
  copy->defaults = fn->defaults;
  copy->kwDefaults = fn->kwDefaults;
  copy->closure = fn->closure;
  copy->dict = fn->dict;
  copy->loc = fn->loc;
  return copy;
}
