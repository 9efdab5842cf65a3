"""Untranslated ``rpython.rlib.rarithmetic``: machine-integer arithmetic.

Translated, an RPython int is a signed 64-bit machine word.  Untranslated it
is a Python int, so code that relies on word-sized behaviour says so:
``r_uint`` wraps modulo 2**64, ``intmask`` folds a Python int back into the
signed word range, ``ovfcheck`` raises OverflowError where the translated
program would overflow.
"""

LONG_BIT = 64
LONG_MASK = (1 << LONG_BIT) - 1
LONG_TEST = 1 << (LONG_BIT - 1)
maxint = LONG_TEST - 1


def _fold_signed(n):
    """n modulo 2**64, as a signed 64-bit value (a plain int)."""
    n &= LONG_MASK
    if n >= LONG_TEST:
        n -= 1 << LONG_BIT
    return n


class _fixed_int(int):
    """A word-sized integer: every operation wraps the result to BITS bits.

    Mixing with a plain int (or bool) gives this type, as in PyPy; mixing
    an unsigned with a signed fixed-size type is an error; anything else
    (float, list...) is left to the other operand's type.
    """

    BITS = LONG_BIT
    MASK = LONG_MASK
    SIGNED = False

    def __new__(cls, value=0):
        return int.__new__(cls, cls._wrap(int(value)))

    @classmethod
    def _wrap(cls, n):
        if cls.SIGNED:
            return _fold_signed(n)
        return n & cls.MASK

    def _result_type(self, other):
        """The type of self <op> other, or None to decline the operation."""
        if type(other) is type(self) or type(other) in (int, bool):
            return type(self)
        if isinstance(other, _fixed_int):
            raise TypeError("cannot mix %s and %s in one operation"
                            % (type(self).__name__, type(other).__name__))
        if isinstance(other, int):
            return type(self)
        return None

    def _binary(self, other, op):
        cls = self._result_type(other)
        if cls is None:
            return NotImplemented
        return cls(op(int(self), int(other)))

    def __add__(self, other):
        return self._binary(other, lambda x, y: x + y)

    def __radd__(self, other):
        return self._binary(other, lambda x, y: y + x)

    def __sub__(self, other):
        return self._binary(other, lambda x, y: x - y)

    def __rsub__(self, other):
        return self._binary(other, lambda x, y: y - x)

    def __mul__(self, other):
        return self._binary(other, lambda x, y: x * y)

    def __rmul__(self, other):
        return self._binary(other, lambda x, y: y * x)

    def __floordiv__(self, other):
        return self._binary(other, lambda x, y: x // y)

    def __rfloordiv__(self, other):
        return self._binary(other, lambda x, y: y // x)

    def __mod__(self, other):
        return self._binary(other, lambda x, y: x % y)

    def __rmod__(self, other):
        return self._binary(other, lambda x, y: y % x)

    def __divmod__(self, other):
        cls = self._result_type(other)
        if cls is None:
            return NotImplemented
        q, r = divmod(int(self), int(other))
        return cls(q), cls(r)

    def __rdivmod__(self, other):
        cls = self._result_type(other)
        if cls is None:
            return NotImplemented
        q, r = divmod(int(other), int(self))
        return cls(q), cls(r)

    def __pow__(self, other, modulo=None):
        cls = self._result_type(other)
        if cls is None:
            return NotImplemented
        return cls(pow(int(self), int(other), modulo))

    def __rpow__(self, other):
        return self._binary(other, lambda x, y: y ** x)

    # A shift keeps the type of the value shifted, whatever the count's.
    def __lshift__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        return type(self)(int(self) << int(n))

    def __rlshift__(self, n):
        return self._binary(n, lambda x, y: y << x)

    def __rshift__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        return type(self)(int(self) >> int(n))

    def __rrshift__(self, n):
        return self._binary(n, lambda x, y: y >> x)

    def __and__(self, other):
        return self._binary(other, lambda x, y: x & y)

    __rand__ = __and__

    def __or__(self, other):
        return self._binary(other, lambda x, y: x | y)

    __ror__ = __or__

    def __xor__(self, other):
        return self._binary(other, lambda x, y: x ^ y)

    __rxor__ = __xor__

    def __neg__(self):
        return type(self)(-int(self))

    def __pos__(self):
        return self

    def __abs__(self):
        return type(self)(abs(int(self)))

    def __invert__(self):
        return type(self)(~int(self))

    # repr and str are int's: r_uint(5) prints as 5, as the translated
    # program prints it (PyPy's untranslated repr is long's '5L').


class r_uint(_fixed_int):
    """An unsigned machine word: arithmetic wraps modulo 2**64."""

    SIGNED = False


class r_int(_fixed_int):
    """A signed machine word whose arithmetic wraps modulo 2**64, as the
    translated program's does.  (PyPy raises OverflowError instead when
    untranslated.)"""

    SIGNED = True


# On a 64-bit target these coincide with the word types, as in PyPy, where
# r_int64 is plain int because r_longlong is the machine word.
r_longlong = r_int
r_ulonglong = r_uint
r_int64 = int


def intmask(n):
    """n wrapped to a signed machine word, as a plain int."""
    if isinstance(n, float):
        raise TypeError("intmask() of a float: use int() first")
    return _fold_signed(int(n))


def ovfcheck(r):
    """r, if it fits a signed machine word; else raise OverflowError.

    Wrap the operation whose overflow should be detected:
    ``ovfcheck(x + y)``.  Translated, it becomes the overflow-checking
    form of that operation.
    """
    if isinstance(r, r_uint):
        raise TypeError("ovfcheck() on an unsigned value")
    if isinstance(r, r_int):
        raise TypeError("ovfcheck() on an r_longlong value")
    if not -maxint - 1 <= r <= maxint:
        raise OverflowError("signed integer expression did overflow")
    return r

