# A regular-expression engine: a recursive-descent parser for literals,
# ".", classes "[a-z0-9_]" (negated too), "*", "+", "?", "|", groups and
# anchors, compiled to a list of instructions (char, any, class, split,
# jmp, match) and run as a Thompson VM over thread lists (leftmost-longest
# matches), plus search, findall and sub built on it; syntax errors raise.
# RUN: %{differential}
import sys

CHAR, ANY, CLASS, SPLIT, JMP, MATCH, BOL, EOL = 0, 1, 2, 3, 4, 5, 6, 7
NAMES = ["char", "any", "class", "split", "jmp", "match", "bol", "eol"]


class RegexError(Exception):
    pass


class Inst(object):
    def __init__(self, op, text, x, y):
        self.op = op
        self.text = text      # the character, or the class's ranges
        self.negated = False
        self.x = x
        self.y = y

    def show(self):
        if self.op == SPLIT:
            return "split %d, %d" % (self.x, self.y)
        if self.op == JMP:
            return "jmp %d" % self.x
        if self.op == CHAR or self.op == CLASS:
            neg = "^" if self.negated else ""
            return "%s %s%s" % (NAMES[self.op], neg, self.text)
        return NAMES[self.op]


class Compiler(object):
    def __init__(self, pattern):
        self.pattern = pattern
        self.pos = 0
        self.code = []

    def emit(self, op, text, x, y):
        self.code.append(Inst(op, text, x, y))
        return len(self.code) - 1

    def peek(self):
        return self.pattern[self.pos] if self.pos < len(self.pattern) else ""

    def compile(self):
        self.alternation()
        if self.pos < len(self.pattern):
            raise RegexError("unbalanced ')' at %d" % self.pos)
        self.emit(MATCH, "", 0, 0)
        return self.code

    def alternation(self):
        start = len(self.code)
        self.sequence()
        if self.peek() != "|":
            return
        self.pos += 1
        # Moves the first branch one slot down to make room for the split.
        self.code.insert(start, Inst(SPLIT, "", start + 1, 0))
        self.shift(start + 1)
        jump = self.emit(JMP, "", 0, 0)
        self.code[start].y = len(self.code)
        self.alternation()
        self.code[jump].x = len(self.code)

    def sequence(self):
        while self.peek() != "" and self.peek() != "|" and self.peek() != ")":
            self.repeat()

    def repeat(self):
        start = len(self.code)
        self.atom()
        c = self.peek()
        if c == "*" or c == "+" or c == "?":
            self.pos += 1
            if len(self.code) == start + 1 and self.code[start].op >= BOL:
                raise RegexError("nothing to repeat at %d" % (self.pos - 1))
        if c == "*":
            self.code.insert(start, Inst(SPLIT, "", start + 1, 0))
            self.shift(start + 1)
            self.emit(JMP, "", start, 0)
            self.code[start].y = len(self.code)
        elif c == "+":
            self.emit(SPLIT, "", start, len(self.code) + 1)
        elif c == "?":
            self.code.insert(start, Inst(SPLIT, "", start + 1, 0))
            self.shift(start + 1)
            self.code[start].y = len(self.code)

    def shift(self, first):
        for inst in self.code[first:]:
            if inst.op == SPLIT or inst.op == JMP:
                inst.x += 1
                inst.y += 1

    def atom(self):
        c = self.peek()
        self.pos += 1
        if c == "(":
            self.alternation()
            if self.peek() != ")":
                raise RegexError("missing ')' at %d" % self.pos)
            self.pos += 1
        elif c == "[":
            end = self.pattern.find("]", self.pos)
            if end < 0:
                raise RegexError("unterminated class at %d" % (self.pos - 1))
            text = self.pattern[self.pos:end]
            negated = text.startswith("^")
            if negated:
                text = text[1:]
            index = self.emit(CLASS, text, 0, 0)
            self.code[index].negated = negated
            self.pos = end + 1
        elif c == "*" or c == "+" or c == "?":
            raise RegexError("nothing to repeat at %d" % (self.pos - 1))
        elif c == ".":
            self.emit(ANY, "", 0, 0)
        elif c == "^":
            self.emit(BOL, "", 0, 0)
        elif c == "$":
            self.emit(EOL, "", 0, 0)
        else:
            if c == "\\" and self.pos < len(self.pattern):
                c = self.pattern[self.pos]
                self.pos += 1
            self.emit(CHAR, c, 0, 0)


def class_matches(inst, c):
    text = inst.text
    found = False
    i = 0
    while i < len(text):
        if i + 2 < len(text) and text[i + 1] == "-":
            found = found or text[i] <= c <= text[i + 2]
            i += 3
        else:
            found = found or text[i] == c
            i += 1
    return found != inst.negated


def add_thread(code, threads, marks, pc, generation, pos, text):
    if marks[pc] == generation:
        return
    marks[pc] = generation
    inst = code[pc]
    if inst.op == JMP:
        add_thread(code, threads, marks, inst.x, generation, pos, text)
    elif inst.op == SPLIT:
        add_thread(code, threads, marks, inst.x, generation, pos, text)
        add_thread(code, threads, marks, inst.y, generation, pos, text)
    elif inst.op == BOL:
        if pos == 0:
            add_thread(code, threads, marks, pc + 1, generation, pos, text)
    elif inst.op == EOL:
        if pos == len(text):
            add_thread(code, threads, marks, pc + 1, generation, pos, text)
    else:
        threads.append(pc)


def match_at(code, text, start):
    # Returns the end of the longest match starting at start, or -1.
    marks = [-1] * len(code)
    threads = []
    generation = 0
    add_thread(code, threads, marks, 0, generation, start, text)
    longest = -1
    pos = start
    while len(threads) > 0:
        following = []
        generation += 1
        for pc in threads:
            inst = code[pc]
            if inst.op == MATCH:
                longest = pos
                continue
            if pos >= len(text):
                continue
            c = text[pos]
            if (inst.op == ANY or (inst.op == CHAR and inst.text == c) or
                    (inst.op == CLASS and class_matches(inst, c))):
                add_thread(code, following, marks, pc + 1, generation,
                           pos + 1, text)
        threads = following
        pos += 1
    return longest


def findall(code, text):
    found = []
    pos = 0
    while pos <= len(text):
        end = match_at(code, text, pos)
        if end > pos:
            found.append(text[pos:end])
            pos = end
        else:
            pos += 1
    return found


def sub(code, text, replacement):
    out = []
    pos = 0
    while pos < len(text):
        end = match_at(code, text, pos)
        if end > pos:
            out.append(replacement)
            pos = end
        else:
            out.append(text[pos])
            pos += 1
    return "".join(out)


TEXT = "The year 1987 had 365 days; in 2024, there were 366. Call 555-0199!"
PATTERNS = ["[0-9]+", "[A-Z][a-z]*", "(ab|a)*c", "th(e|ere)", "^The",
            "[^a-z ]+", "colou?r", "a|b|c", "\\.", "x*", "(a", "a)", "*a",
            "[abc", "^*"]
SUBJECTS = ["abac", "abababc", "aac", "color", "colour", "colouur", "c"]


def main(argv):
    for pattern in PATTERNS:
        try:
            code = Compiler(pattern).compile()
        except RegexError as e:
            print("%-12s error: %s" % (pattern, str(e)))
            continue
        print("%-12s %2d insts" % (pattern, len(code)), findall(code, TEXT))
        matched = [s for s in SUBJECTS if match_at(code, s, 0) == len(s)]
        print("%12s full: %s" % ("", ",".join(matched)))
    code = Compiler("(ab|a)*c").compile()
    for i, inst in enumerate(code):
        print("  %2d %s" % (i, inst.show()))
    print(sub(Compiler("[0-9]").compile(), TEXT, "#"))
    vowels = Compiler("[aeiou]+").compile()
    print(sub(vowels, "queueing sequoia" * len(argv), "_"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
