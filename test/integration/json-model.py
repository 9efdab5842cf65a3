# A JSON-like value model: a class per kind (literal, number, string, list,
# object) with overridden methods, a recursive-descent parser raising
# a custom exception, a compact and an indented serializer built with
# StringBuilder, string escapes and path lookups.
# RUN: %{differential}
import sys
from rpython.rlib.rstring import StringBuilder


class JsonError(Exception):
    pass


# Subclasses name their fields apart: rpy types self in overrides as JValue.
class JValue(object):
    def __init__(self, tag):
        self.tag = tag

    def dump(self, out, indent, depth):
        raise NotImplementedError

    def child(self, key):
        raise JsonError("cannot index %s with '%s'" % (self.tag, key))


class JLiteral(JValue):
    def __init__(self, tag, word):
        JValue.__init__(self, tag)
        self.word = word

    def dump(self, out, indent, depth):
        out.append(self.word)


class JNumber(JValue):
    def __init__(self, value):
        JValue.__init__(self, "number")
        self.number = value

    def dump(self, out, indent, depth):
        whole = self.number == float(int(self.number))
        out.append(str(int(self.number)) if whole else repr(self.number))


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}
UNESCAPES = {"n": "\n", "t": "\t"}


def quote(out, text):
    out.append('"')
    for c in text:
        out.append(ESCAPES.get(c, c))
    out.append('"')


class JString(JValue):
    def __init__(self, value):
        JValue.__init__(self, "string")
        self.text = value

    def dump(self, out, indent, depth):
        quote(out, self.text)


def newline(out, indent, depth):
    if indent > 0:
        out.append("\n")
        out.append_multiple_char(" ", indent * depth)


def close(out, count, bracket, indent, depth):
    if count > 0:
        newline(out, indent, depth)
    out.append(bracket)


class JList(JValue):
    def __init__(self, items):
        JValue.__init__(self, "list")
        self.items = items

    def dump(self, out, indent, depth):
        out.append("[")
        for i, item in enumerate(self.items):
            if i > 0:
                out.append(",")
            newline(out, indent, depth + 1)
            item.dump(out, indent, depth + 1)
        close(out, len(self.items), "]", indent, depth)

    def child(self, key):
        if not key.isdigit() or int(key) >= len(self.items):
            raise JsonError("bad list index '%s'" % key)
        return self.items[int(key)]


class JObject(JValue):
    def __init__(self, fields):
        JValue.__init__(self, "object")
        self.fields = fields

    def dump(self, out, indent, depth):
        out.append("{")
        for i, key in enumerate(self.fields.keys()):
            if i > 0:
                out.append(",")
            newline(out, indent, depth + 1)
            quote(out, key)
            out.append(": " if indent > 0 else ":")
            self.fields[key].dump(out, indent, depth + 1)
        close(out, len(self.fields), "}", indent, depth)

    def child(self, key):
        if key not in self.fields:
            raise JsonError("no key '%s'" % key)
        return self.fields[key]


class Parser(object):
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \n\t":
            self.pos += 1

    def fail(self, message):
        raise JsonError("%s at offset %d" % (message, self.pos))

    def next_char(self):
        self.skip()
        if self.pos >= len(self.text):
            self.fail("unexpected end")
        return self.text[self.pos]

    def expect(self, c):
        if self.next_char() != c:
            self.fail("expected '%s'" % c)
        self.pos += 1

    def value(self):
        c = self.next_char()
        if c == "{":
            self.pos += 1
            fields = {}
            if self.next_char() != "}":
                while True:
                    key = self.string()
                    self.expect(":")
                    fields[key] = self.value()
                    if self.next_char() != ",":
                        break
                    self.pos += 1
            self.expect("}")
            return JObject(fields)
        if c == "[":
            self.pos += 1
            items = []
            if self.next_char() != "]":
                items.append(self.value())
                while self.next_char() == ",":
                    self.pos += 1
                    items.append(self.value())
            self.expect("]")
            return JList(items)
        if c == '"':
            return JString(self.string())
        if c == "t" or c == "f" or c == "n":
            word = "true" if c == "t" else ("false" if c == "f" else "null")
            # startswith(word, self.pos) fails in rpy.
            if self.text[self.pos:self.pos + len(word)] != word:
                self.fail("bad literal")
            self.pos += len(word)
            return JLiteral("null" if c == "n" else "bool", word)
        start = self.pos
        while (self.pos < len(self.text) and
               self.text[self.pos] in "+-.eE0123456789"):
            self.pos += 1
        if start == self.pos:
            self.fail("unexpected '%s'" % c)
        try:
            return JNumber(float(self.text[start:self.pos]))
        except ValueError:
            self.fail("bad number")

    def string(self):
        self.expect('"')
        out = StringBuilder()
        while True:
            if self.pos >= len(self.text):
                self.fail("unterminated string")
            c = self.text[self.pos]
            self.pos += 1
            if c == '"':
                return out.build()
            if c == "\\":
                c = UNESCAPES.get(self.text[self.pos], self.text[self.pos])
                self.pos += 1
            out.append(c)


def parse(text):
    parser = Parser(text)
    result = parser.value()
    parser.skip()
    if parser.pos != len(text):
        parser.fail("trailing data")
    return result


def serialize(value, indent):
    out = StringBuilder()
    value.dump(out, indent, 0)
    return out.build()


DOCUMENT = """{"name": "rpy", "version": 1.5, "tags": ["mlir", "python\\tc"],
 "stable": false, "owner": null, "stats": {"files": 120, "ratio": -0.25,
 "big": 2.5e3, "note": "say \\"hi\\"\\n"}, "empty": [], "none": {}}"""
BAD = ['{"a": 1,}', '[1, 2', '{"a" 1}', 'tru', '"abc', '[1] x', '[-]', '@']


def main(argv):
    doc = parse(DOCUMENT)
    compact = serialize(doc, 0)
    print(compact)
    print(serialize(doc, 2))
    print("round trip:", serialize(parse(compact), 0) == compact)
    for path in ["name", "tags.1", "stats.files", "stats.ratio", "stats.note",
                 "owner", "tags.7", "stats.size", "name.x"]:
        try:
            found = doc
            for key in path.split("."):
                found = found.child(key)
            print("%-12s %-7s %s" % (path, found.tag, serialize(found, 0)))
        except JsonError as e:
            print("%-12s error: %s" % (path, str(e)))
    for text in BAD:
        try:
            print(serialize(parse(text), 0))
        except JsonError as e:
            print("%-10s -> %s" % (text, str(e)))
    assert isinstance(doc, JObject)
    print(sorted([value.tag for value in doc.fields.values()]), len(argv))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
