"""Untranslated ``rpython.rlib.unroll``.

The translator unrolls a ``for`` loop over a prebuilt ``unrolling_iterable``;
untranslated it is an ordinary loop over the items.
"""


class unrolling_iterable(object):
    """An iterable whose ``for`` loops the translator unrolls."""

    def __init__(self, iterable):
        # A tuple: the items are fixed once built, as the translator assumes.
        self._items = tuple(iterable)

    def __iter__(self):
        return iter(self._items)

    def _freeze_(self):
        # PyPy's marker for prebuilt constants that are never mutated.
        return True
