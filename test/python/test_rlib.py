"""Unit tests for the untranslated rpython.rlib stand-ins (runtime/python).

Run from the repository root:
    PYTHONPATH=runtime/python python3 -m unittest discover -s test/python -t .
"""

import unittest

from rpython.rlib import jit, objectmodel, rstring, unroll
from rpython.rlib.rarithmetic import (LONG_BIT, intmask, maxint, ovfcheck,
                                      r_int64, r_longlong, r_uint)

WORD = 2 ** 64


class JitDriverTest(unittest.TestCase):

    def make_driver(self):
        return jit.JitDriver(greens=["pc", "code"], reds=["frame"])

    def test_hints_accept_exact_live_variables(self):
        driver = self.make_driver()
        driver.jit_merge_point(pc=0, code="x", frame=None)
        driver.can_enter_jit(pc=0, code="x", frame=None)
        driver.jit_merge_point(pc=0, code="x", frame=None)

    def test_missing_variable_is_an_error(self):
        driver = self.make_driver()
        with self.assertRaises(jit.JitHintError):
            driver.jit_merge_point(pc=0, code="x")
        with self.assertRaises(jit.JitHintError):
            driver.can_enter_jit(pc=0, frame=None)

    def test_extra_variable_is_an_error(self):
        driver = self.make_driver()
        with self.assertRaises(jit.JitHintError):
            driver.jit_merge_point(pc=0, code="x", frame=None, other=1)

    def test_code_between_can_enter_jit_and_merge_point_is_an_error(self):
        driver = self.make_driver()
        driver.can_enter_jit(pc=3, code="x", frame=None)
        with self.assertRaises(jit.JitHintError):
            driver.jit_merge_point(pc=4, code="x", frame=None)

    def test_a_variable_may_be_called_self(self):
        driver = jit.JitDriver(greens=["pc"], reds=["self"])
        driver.can_enter_jit(pc=0, self=driver)
        driver.jit_merge_point(pc=0, self=driver)

    def test_dotted_names_are_not_passed(self):
        driver = jit.JitDriver(greens=["frame.pc"], reds=["frame"])
        driver.jit_merge_point(frame=None)

    def test_auto_reds(self):
        driver = jit.JitDriver(greens=["pc"], reds="auto")
        driver.jit_merge_point(pc=1)
        with self.assertRaises(jit.JitHintError):
            driver.can_enter_jit(pc=1)

    def test_needs_greens_and_reds(self):
        with self.assertRaises(jit.JitHintError):
            jit.JitDriver(greens=["pc"])

    def test_virtualizables_must_be_reds(self):
        jit.JitDriver(greens=[], reds=["frame"], virtualizables=["frame"])
        with self.assertRaises(jit.JitHintError):
            jit.JitDriver(greens=["pc"], reds=["frame"],
                          virtualizables=["pc"])

    def test_get_printable_location_is_kept(self):
        def where(pc):
            return "pc=%d" % pc
        driver = jit.JitDriver(greens=["pc"], reds=[],
                               get_printable_location=where)
        self.assertIs(driver.get_printable_location, where)


class JitHintTest(unittest.TestCase):

    def test_identities(self):
        marker = object()
        self.assertIs(jit.promote(marker), marker)
        self.assertEqual(jit.promote_string("abc"), "abc")
        self.assertIs(jit.hint(marker, promote=True, concrete=True), marker)
        self.assertFalse(jit.we_are_jitted())
        self.assertFalse(jit.isconstant(5))

    def test_decorators_mark_and_return_the_function(self):
        def f(x):
            return x + 1
        self.assertIs(jit.elidable(f), f)
        self.assertTrue(f._elidable_function_)
        self.assertIs(jit.unroll_safe(f), f)
        self.assertTrue(f._jit_unroll_safe_)
        self.assertIs(jit.dont_look_inside(f), f)
        self.assertFalse(f._jit_look_inside_)
        self.assertIs(jit.look_inside(f), f)
        self.assertTrue(f._jit_look_inside_)

    def test_elidable_promote(self):
        @jit.elidable_promote()
        def add(x, y):
            return x + y
        self.assertEqual(add(2, 3), 5)
        self.assertTrue(add._elidable_function_)

    def test_look_inside_iff(self):
        @jit.look_inside_iff(lambda n: jit.isconstant(n))
        def count(n):
            return n * 2
        self.assertEqual(count(4), 8)
        self.assertTrue(count._jit_unroll_safe_)


class RUintTest(unittest.TestCase):

    def test_construction_wraps(self):
        self.assertEqual(r_uint(-1), WORD - 1)
        self.assertEqual(r_uint(WORD + 5), 5)
        self.assertIsInstance(r_uint(3), int)

    def test_arithmetic_wraps_and_keeps_the_type(self):
        cases = [
            (r_uint(0) - 1, WORD - 1),
            (r_uint(WORD - 1) + 2, 1),
            (r_uint(2 ** 63) * 2, 0),
            (r_uint(7) // 2, 3),
            (r_uint(7) % 4, 3),
            (r_uint(1) << 64, 0),
            (r_uint(1) << 63, 2 ** 63),
            (r_uint(WORD - 1) >> 60, 15),
            (r_uint(12) & 10, 8),
            (r_uint(12) | 3, 15),
            (r_uint(12) ^ 4, 8),
            (~r_uint(0), WORD - 1),
            (-r_uint(1), WORD - 1),
            (r_uint(3) ** 41, 3 ** 41 % WORD),
        ]
        for got, expected in cases:
            self.assertIs(type(got), r_uint)
            self.assertEqual(got, expected)

    def test_mixing_with_int_on_either_side(self):
        self.assertIs(type(5 + r_uint(1)), r_uint)
        self.assertEqual(1 - r_uint(2), WORD - 1)
        self.assertEqual(3 * r_uint(2), 6)
        self.assertEqual(10 // r_uint(3), 3)
        self.assertEqual(10 % r_uint(3), 1)
        self.assertEqual(1 << r_uint(3), 8)
        self.assertIs(type(1 << r_uint(3)), r_uint)
        self.assertEqual(divmod(r_uint(7), 2), (3, 1))

    def test_mixing_with_float_gives_float(self):
        self.assertEqual(r_uint(2) * 1.5, 3.0)
        self.assertEqual(1.5 + r_uint(2), 3.5)

    def test_mixing_signedness_is_an_error(self):
        with self.assertRaises(TypeError):
            r_uint(1) + r_longlong(1)

    def test_division_by_zero(self):
        with self.assertRaises(ZeroDivisionError):
            r_uint(1) // 0

    def test_printing_and_comparison(self):
        self.assertEqual(str(r_uint(5)), "5")
        self.assertEqual(repr(r_uint(5)), "5")
        self.assertEqual("%d" % r_uint(WORD - 1), str(WORD - 1))
        self.assertTrue(r_uint(-1) > 0)
        self.assertEqual(hash(r_uint(5)), hash(5))
        self.assertEqual([10, 20, 30][r_uint(1)], 20)


class SignedTest(unittest.TestCase):

    def test_constants(self):
        self.assertEqual(LONG_BIT, 64)
        self.assertEqual(maxint, 2 ** 63 - 1)
        self.assertIs(r_int64, int)

    def test_intmask(self):
        self.assertEqual(intmask(maxint + 1), -maxint - 1)
        self.assertEqual(intmask(WORD - 1), -1)
        self.assertEqual(intmask(-1), -1)
        self.assertEqual(intmask(r_uint(-5)), -5)
        self.assertIs(type(intmask(r_uint(3))), int)
        with self.assertRaises(TypeError):
            intmask(1.5)

    def test_ovfcheck(self):
        self.assertEqual(ovfcheck(maxint), maxint)
        self.assertEqual(ovfcheck(-maxint - 1), -maxint - 1)
        with self.assertRaises(OverflowError):
            ovfcheck(maxint + 1)
        with self.assertRaises(OverflowError):
            ovfcheck(-maxint - 2)
        with self.assertRaises(TypeError):
            ovfcheck(r_uint(1))

    def test_r_longlong_wraps_like_a_machine_word(self):
        self.assertEqual(r_longlong(maxint) + 1, -maxint - 1)
        self.assertIs(type(r_longlong(1) + 1), r_longlong)
        self.assertEqual(r_longlong(-7) // 2, -4)
        self.assertEqual(r_longlong(-1) >> 1, -1)
        self.assertEqual(r_longlong(WORD - 1), -1)


class ObjectModelTest(unittest.TestCase):

    def test_specialize_tags(self):
        specialize = objectmodel.specialize
        cases = [
            (specialize.argtype(0), "specialize:argtype(0)"),
            (specialize.argtype(0, 2), "specialize:argtype(0,2)"),
            (specialize.arg(1), "specialize:arg(1)"),
            (specialize.memo(), "specialize:memo"),
            (specialize.call_location(), "specialize:call_location"),
            (specialize.ll(), "specialize:ll"),
        ]
        for decorator, tag in cases:
            def f(x):
                return x
            self.assertIs(decorator(f), f)
            self.assertEqual(f._annspecialcase_, tag)

    def test_flags(self):
        def f():
            return 1
        self.assertIs(objectmodel.always_inline(f), f)
        self.assertIs(objectmodel.dont_inline(f), f)
        self.assertIs(objectmodel.not_rpython(f), f)
        self.assertTrue(f._always_inline_)
        self.assertTrue(f._dont_inline_)
        self.assertTrue(f._not_rpython_)
        self.assertFalse(objectmodel.we_are_translated())

    def test_compute_hash(self):
        self.assertEqual(objectmodel.compute_hash(42), hash(42))
        self.assertEqual(objectmodel.compute_hash(("a", 1)), hash(("a", 1)))

    def test_instantiate_skips_init(self):
        class Counted(object):
            def __init__(self):
                raise AssertionError("__init__ must not run")

        class Failure(Exception):
            pass

        self.assertIsInstance(objectmodel.instantiate(Counted), Counted)
        self.assertIsInstance(objectmodel.instantiate(Failure), Failure)

    def test_import_from_mixin(self):
        class Base(object):
            def greet(self):
                return "base " + self.name()

        class Mixin(Base):
            kind = "mixin"

            def __init__(self, value):
                self.value = value

            def name(self):
                return "mixin %d" % self.value

            @staticmethod
            def helper(x):
                return x * 2

            def __repr__(self):
                return "not copied"

        class User(object):
            objectmodel.import_from_mixin(Mixin)

            def extra(self):
                return self.helper(self.value)

        user = User(4)
        self.assertEqual(user.greet(), "base mixin 4")
        self.assertEqual(user.extra(), 8)
        self.assertEqual(User.kind, "mixin")
        self.assertFalse(issubclass(User, Mixin))
        self.assertNotIn("__repr__", User.__dict__)
        # Functions are copies, so each class is annotated separately.
        self.assertIsNot(User.__dict__["name"], Mixin.__dict__["name"])

    def test_import_from_mixin_refuses_to_overwrite(self):
        class Mixin(object):
            def f(self):
                return 1

        with self.assertRaises(TypeError):
            class User(object):
                def f(self):
                    return 2
                objectmodel.import_from_mixin(Mixin)


class UnrollTest(unittest.TestCase):

    def test_iterates_repeatedly(self):
        items = unroll.unrolling_iterable(x * x for x in range(4))
        self.assertEqual(list(items), [0, 1, 4, 9])
        self.assertEqual(list(items), [0, 1, 4, 9])
        self.assertIsInstance(items._items, tuple)


class StringBuilderTest(unittest.TestCase):

    def test_build(self):
        sb = rstring.StringBuilder()
        sb.append("ab")
        sb.append_slice("xyzw", 1, 3)
        sb.append_multiple_char("-", 3)
        sb.append_multiple_char("+", 0)
        self.assertEqual(sb.getlength(), 7)
        self.assertEqual(sb.build(), "abyz---")
        sb.append("!")
        self.assertEqual(sb.build(), "abyz---!")
        self.assertEqual(sb.getlength(), 8)

    def test_init_size_is_only_a_hint(self):
        sb = rstring.StringBuilder(1)
        sb.append("longer than one")
        self.assertEqual(sb.build(), "longer than one")
        self.assertEqual(rstring.StringBuilder().build(), "")

    def test_misuse(self):
        sb = rstring.StringBuilder()
        with self.assertRaises(TypeError):
            sb.append(5)
        with self.assertRaises(ValueError):
            sb.append_slice("abc", 2, 1)
        with self.assertRaises(ValueError):
            sb.append_slice("abc", 0, 4)
        with self.assertRaises(ValueError):
            sb.append_multiple_char("ab", 2)
        with self.assertRaises(ValueError):
            sb.append_multiple_char("a", -1)


if __name__ == "__main__":
    unittest.main()
