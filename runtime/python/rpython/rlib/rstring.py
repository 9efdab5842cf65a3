"""Untranslated ``rpython.rlib.rstring``: the ``StringBuilder``.

Translated, a StringBuilder is a growable character buffer; untranslated it
collects the pieces in a list and joins them on ``build()``.
"""


class StringBuilder(object):
    """Builds a str piece by piece, in amortised linear time."""

    def __init__(self, init_size=-1):
        # init_size is only a capacity hint for the translated buffer.
        self._pieces = []
        self._length = 0

    def append(self, s):
        _check_str(s, "append")
        self._pieces.append(s)
        self._length += len(s)

    def append_slice(self, s, start, end):
        _check_str(s, "append_slice")
        # PyPy asserts in-range bounds: the translated code does not clamp.
        if not 0 <= start <= end <= len(s):
            raise ValueError("append_slice: need 0 <= start <= end <= len(s),"
                             " got start=%d end=%d len=%d"
                             % (start, end, len(s)))
        self.append(s[start:end])

    def append_multiple_char(self, c, times):
        _check_str(c, "append_multiple_char")
        if len(c) != 1:
            raise ValueError("append_multiple_char needs a single character,"
                             " got %r" % (c,))
        if times < 0:
            raise ValueError("append_multiple_char: negative count %d"
                             % (times,))
        self.append(c * times)

    def getlength(self):
        return self._length

    def build(self):
        result = "".join(self._pieces)
        # Keep the joined string so repeated build() calls stay cheap.
        self._pieces = [result]
        return result


def _check_str(s, method):
    if not isinstance(s, str):
        raise TypeError("StringBuilder.%s expects a str, got %s"
                        % (method, type(s).__name__))
