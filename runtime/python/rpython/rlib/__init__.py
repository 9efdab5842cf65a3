"""The untranslated ``rpython.rlib`` library: jit, rarithmetic, objectmodel,
unroll and rstring, with PyPy's names and untranslated semantics."""
