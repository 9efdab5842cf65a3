"""Untranslated ``rpython.rlib.jit``: the JIT hints.

Every hint here is a no-op (or the identity) when the program runs on
CPython.  The translator reads them to build the JIT.  The JitDriver still
checks that ``jit_merge_point``/``can_enter_jit`` are called with exactly
the declared variables, as PyPy does untranslated, so a misplaced hint
fails on CPython before it reaches the translator.
"""


class JitHintError(Exception):
    """Inconsistency in the JIT hints."""


def hint(x, **kwds):
    """Hint for the JIT about x (``promote=True``, ``promote_string=True``,
    ``access_directly=True``, ``concrete=True``, ``deepfreeze=True``...);
    returns x unchanged."""
    return x


def promote(x):
    """Turn x into a constant in the JIT's residual code."""
    return hint(x, promote=True)


promote._annspecialcase_ = "specialize:argtype(0)"


def promote_string(x):
    """Like promote, but promotes a string by value, not by identity."""
    return hint(x, promote_string=True)


def we_are_jitted():
    """True in code produced by the JIT; never true untranslated."""
    return False


def isconstant(value):
    """While specialising: whether value is known to be a constant."""
    return False


isconstant._annspecialcase_ = "specialize:call_location"


def elidable(func):
    """The result of func depends only on its arguments (side effects, if
    any, are idempotent, e.g. caching), so the JIT may fold or remove calls
    with constant arguments."""
    func._elidable_function_ = True
    return func


def elidable_promote(promote_args="all"):
    """Decorator factory: promote the arguments (all of them, or the
    comma-separated positions in promote_args), then call the elidable
    function.  Untranslated, promotion is the identity, so the function is
    only marked elidable."""
    def decorator(func):
        return elidable(func)
    return decorator


def unroll_safe(func):
    """The JIT may unroll the loops in func without code explosion."""
    func._jit_unroll_safe_ = True
    return func


def dont_look_inside(func):
    """The JIT calls func instead of tracing into it."""
    func._jit_look_inside_ = False
    return func


def look_inside(func):
    """The JIT traces into func even if its module is not visible to it."""
    func._jit_look_inside_ = True
    return func


def look_inside_iff(predicate):
    """Decorator factory: the JIT looks inside (and unrolls) func only when
    predicate(*args) is true for the call's arguments.  Untranslated the
    call simply goes to func."""
    def decorator(func):
        unroll_safe(func)
        # As in PyPy: both are specialised per call site, so the predicate
        # sees the same argument types as func.
        func._annspecialcase_ = "specialize:call_location"
        predicate._annspecialcase_ = "specialize:call_location"
        return func
    return decorator


class JitDriver(object):
    """Declares an interpreter's main loop to the JIT.

    greens: the variables that identify a position in the user's program
    (the program counter and the code it indexes); reds: every other live
    variable of the loop.  Call ``jit_merge_point(**vars)`` at the top of
    the dispatch loop and ``can_enter_jit(**vars)`` just before each
    backward jump, passing every green and red by keyword.
    """

    virtualizables = []
    name = "jitdriver"

    def __init__(self, greens=None, reds=None, virtualizables=None,
                 get_jitcell_at=None, set_jitcell_at=None,
                 get_printable_location=None, confirm_enter_jit=None,
                 can_never_inline=None, should_unroll_one_iteration=None,
                 name="jitdriver", check_untranslated=True,
                 get_unique_id=None, is_recursive=False):
        # Subclasses may declare greens and reds as class attributes.
        if greens is not None:
            self.greens = greens
        if reds == "auto":
            # The translator finds the reds itself; only greens are passed.
            self.autoreds = True
            self.reds = []
            if confirm_enter_jit is not None:
                raise JitHintError(
                    "reds='auto' is not compatible with confirm_enter_jit")
        else:
            if reds is not None:
                self.reds = reds
            self.autoreds = False
        if not hasattr(self, "greens") or not hasattr(self, "reds"):
            raise JitHintError("JitDriver needs both 'greens' and 'reds'")
        if virtualizables is not None:
            self.virtualizables = virtualizables
        for v in self.virtualizables:
            if v not in self.reds:
                raise JitHintError("virtualizable %r is not a red" % (v,))
        self.name = name
        self.get_printable_location = get_printable_location
        self.confirm_enter_jit = confirm_enter_jit
        self.can_never_inline = can_never_inline
        self.should_unroll_one_iteration = should_unroll_one_iteration
        self.get_unique_id = get_unique_id
        self.is_recursive = is_recursive
        self.check_untranslated = check_untranslated
        # Names like 'frame.pc' are read from a red, not passed by keyword.
        self._livevar_names = frozenset(
            n for n in list(self.greens) + list(self.reds) if "." not in n)
        self._last_enter_jit = None

    def _freeze_(self):
        return True

    def _bad_arguments(self, livevars, hint_name):
        return JitHintError(
            "%s.%s() expects the keyword arguments %s, got %s"
            % (self.name, hint_name, sorted(self._livevar_names),
               sorted(livevars)))

    # Both hints run once per interpreted instruction on CPython, so the
    # common case is kept to one comparison.  The receiver is '_self', as
    # in PyPy, so that a green or red may be called 'self'.

    def jit_merge_point(_self, **livevars):
        if not _self.check_untranslated:
            return
        if livevars.keys() != _self._livevar_names:
            raise _self._bad_arguments(livevars, "jit_merge_point")
        # As in PyPy: can_enter_jit must be followed directly by the merge
        # point, with nothing changing the live variables in between.
        if _self._last_enter_jit is not None:
            last, _self._last_enter_jit = _self._last_enter_jit, None
            if last != livevars:
                raise JitHintError(
                    "bad can_enter_jit() placement: there should not be any "
                    "code in between can_enter_jit() and jit_merge_point()")

    def can_enter_jit(_self, **livevars):
        if _self.autoreds:
            raise JitHintError(
                "cannot call can_enter_jit on a driver with reds='auto'")
        if not _self.check_untranslated:
            return
        if livevars.keys() != _self._livevar_names:
            raise _self._bad_arguments(livevars, "can_enter_jit")
        _self._last_enter_jit = livevars

    def loop_header(self):
        """Marks a loop header for drivers with reds='auto'."""


def set_param(driver, name, value):
    """Set a tunable JIT parameter; nothing to tune untranslated."""


set_param._annspecialcase_ = "specialize:arg(0,1)"
