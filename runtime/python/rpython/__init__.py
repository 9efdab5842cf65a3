"""Untranslated stand-ins for PyPy's ``rpython`` package.

RPython 3 programs import ``rpython.rlib.*`` under PyPy's names.  The
translator gives these names their translated meaning; this package gives
them their untranslated meaning, so the same program runs on CPython and
produces the same output.
"""
