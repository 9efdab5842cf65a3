"""Untranslated ``rpython.rlib.objectmodel``: annotations for the translator
that are plain decorators or identities on CPython."""

import sys
import types


class _Specialize(object):
    """Decorator factories that attach PyPy's ``_annspecialcase_`` tag,
    telling the annotator how to make copies of a function:

        @specialize.argtype(0)      # one copy per type of argument 0
        def f(x): ...
    """

    def memo(self):
        """One result per combination of constant (prebuilt) arguments;
        the call is replaced by a look-up of the result."""
        return _tagger("specialize:memo")

    def arg(self, *args):
        """One copy per combination of the constant values at positions
        args."""
        return _tagger("specialize:arg" + _positions(args))

    def argtype(self, *args):
        """One copy per combination of the types at positions args."""
        return _tagger("specialize:argtype" + _positions(args))

    def call_location(self):
        """One copy per call site."""
        return _tagger("specialize:call_location")

    def ll(self):
        """Like argtype over every argument, at the low-level type level."""
        return _tagger("specialize:ll")


def _positions(args):
    # PyPy's spelling: "(0)", "(0,1)".
    return "(" + ",".join([repr(a) for a in args]) + ")"


def _tagger(tag):
    def decorator(func):
        func._annspecialcase_ = tag
        return func
    return decorator


specialize = _Specialize()


def we_are_translated():
    """False on CPython; the translator folds it to True."""
    return False


def always_inline(func):
    """Inline func at every call site, whatever its size (the translator's
    inliner, not the JIT)."""
    func._always_inline_ = True
    return func


def dont_inline(func):
    """Never inline func."""
    func._dont_inline_ = True
    return func


def not_rpython(func):
    """func is only called at import time (or untranslated); the annotator
    reports an error if the translated program can reach it."""
    func._not_rpython_ = True
    return func


def compute_hash(x):
    """RPython's hash(x) for an immutable value (int, float, str, tuple,
    None) or an instance (identity hash).

    Untranslated this is Python's hash(), so string hashes change between
    runs unless PYTHONHASHSEED is fixed; programs that print hashes do not
    compare byte for byte.
    """
    return hash(x)


def instantiate(cls):
    """A new instance of cls without calling its __init__."""
    # cls.__new__ rather than object.__new__: exception classes need
    # BaseException.__new__.
    return cls.__new__(cls)


def import_from_mixin(M, special_methods=("__init__", "__del__")):
    """Copy the methods and class attributes of M (and its bases) into the
    class being defined; call it in a class body.

    Functions are copied, so each class gets its own version for the
    annotator.  Dunder names are skipped except special_methods.  It is an
    error to overwrite a name already defined in the class body.
    """
    flatten = {}
    for base in M.__mro__:
        if base is object:
            continue
        for key, value in base.__dict__.items():
            if key.startswith("__") and key.endswith("__"):
                if key not in special_methods:
                    continue
            if key in flatten:
                continue  # an override in a more derived class wins
            if isinstance(value, types.FunctionType):
                value = _copy_function(value)
            elif isinstance(value, staticmethod):
                value = staticmethod(_copy_function(value.__func__))
            elif isinstance(value, classmethod):
                raise TypeError("import_from_mixin: classmethod %r of %s is "
                                "not supported" % (key, M.__name__))
            flatten[key] = value
    # A class body's frame keeps its namespace in f_locals, a real dict.
    target = sys._getframe(1).f_locals
    for key, value in flatten.items():
        if key in target:
            raise TypeError("import_from_mixin: would overwrite the value "
                            "already defined locally for %r" % (key,))
        target[key] = value


def _copy_function(func):
    copy = types.FunctionType(func.__code__, func.__globals__, func.__name__,
                              func.__defaults__, func.__closure__)
    copy.__kwdefaults__ = func.__kwdefaults__
    copy.__dict__.update(func.__dict__)
    copy.__doc__ = func.__doc__
    copy.__qualname__ = func.__qualname__
    copy.__module__ = func.__module__
    return copy
