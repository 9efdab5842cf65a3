"""A small stack-based bytecode language in RPython 3.

Usage: stack.py PROGRAM.stk

The assembler turns the text format into one list of ints holding the code
of every function; the interpreter runs it with one Frame per call, linked
to the caller's frame, so deep recursion in the user's program does not
recurse in the interpreter.

Text format, one instruction per line; ';' or '#' starts a comment:

    func NAME NARGS     starts a function; its arguments arrive in locals
                        0 .. NARGS-1, and it has as many locals as the
                        highest index that load/store use, plus one
    LABEL:              names the next instruction (labels are local to
                        their function)
    push N              pushes the integer N
    load I / store I    pushes local I / pops into local I
    add sub mul lt      pop b, pop a, push a+b, a-b, a*b, (1 if a<b else 0)
    jmp LABEL           jumps
    jz LABEL            pops; jumps if the value is 0
    call NAME NARGS     pops NARGS arguments (the last one on top) and calls
    ret                 pops the result and returns it to the caller
    print               pops and prints the value on a line of its own
    halt                stops the program

Execution starts at the function 'main', which takes no arguments; it ends
at 'halt' or when 'main' returns.
"""

import os
import sys

from rpython.rlib.jit import JitDriver

# Opcodes; each is followed by its operands in the code list.
PUSH = 0    # value
LOAD = 1    # local index
STORE = 2   # local index
ADD = 3
SUB = 4
MUL = 5
LT = 6
JMP = 7     # target pc
JZ = 8      # target pc
CALL = 9    # function index, argument count
RET = 10
PRINT = 11
HALT = 12

OPCODES = {"push": PUSH, "load": LOAD, "store": STORE, "add": ADD,
           "sub": SUB, "mul": MUL, "lt": LT, "jmp": JMP, "jz": JZ,
           "call": CALL, "ret": RET, "print": PRINT, "halt": HALT}

# Operand count of each opcode, indexed by opcode.
OPERAND_COUNTS = [1, 1, 1, 0, 0, 0, 0, 1, 1, 2, 0, 0, 0]

# Bounds the user's recursion, which lives on the heap, not the C stack.
MAX_CALL_DEPTH = 100000


class StackError(Exception):
    """An error in the user's program, found by the assembler or at run
    time."""

    def __init__(self, message):
        self.message = message


class Function(object):

    def __init__(self, name, nargs, entry):
        self.name = name
        self.nargs = nargs
        self.nlocals = nargs
        self.entry = entry


class Program(object):
    """The assembled program: all the code and the function table."""

    def __init__(self, code, functions, main):
        self.code = code
        self.functions = functions
        self.main = main


class Frame(object):
    """The activation of one function: its locals and operand stack, and
    where to resume the caller."""

    def __init__(self, function, parent, return_pc, depth):
        self.function = function
        self.parent = parent
        self.return_pc = return_pc
        self.depth = depth
        self.locals = [0] * function.nlocals
        self.stack = []

    def push(self, value):
        self.stack.append(value)

    def pop(self):
        if len(self.stack) == 0:
            raise StackError("stack underflow in %s" % self.function.name)
        return self.stack.pop()


# ____________________________________________________________
# The assembler

def strip_comment(line):
    for i in range(len(line)):
        if line[i] == ";" or line[i] == "#":
            return line[:i]
    return line


def is_space(c):
    return c == " " or c == "\t" or c == "\r"


def tokenize(line):
    """The words of line, without its comment."""
    text = strip_comment(line)
    words = []
    word_start = 0
    # One step past the end, so the last word is closed like the others.
    for i in range(len(text) + 1):
        if i == len(text) or is_space(text[i]):
            if word_start < i:
                words.append(text[word_start:i])
            word_start = i + 1
    return words


def parse_int(word, lineno):
    digits = word
    if word.startswith("-"):
        digits = word[1:]
    if len(digits) == 0 or not digits.isdigit():
        raise StackError("line %d: expected an integer, got '%s'"
                         % (lineno, word))
    return int(word)


class LabelUse(object):
    """A jump operand to patch once its function's labels are known."""

    def __init__(self, position, label, lineno):
        self.position = position
        self.label = label
        self.lineno = lineno


class CallUse(object):
    """A call operand to patch once every function is known."""

    def __init__(self, position, name, nargs, lineno):
        self.position = position
        self.name = name
        self.nargs = nargs
        self.lineno = lineno


class Assembler(object):

    def __init__(self):
        self.code = []
        self.functions = []
        self.function_index = {}
        self.current = None
        self.labels = {}
        self.label_uses = []
        self.call_uses = []

    def assemble(self, text):
        lines = text.split("\n")
        for i in range(len(lines)):
            self.assemble_line(tokenize(lines[i]), i + 1)
        self.finish_function()
        self.resolve_calls()
        if "main" not in self.function_index:
            raise StackError("no function 'main'")
        main = self.functions[self.function_index["main"]]
        if main.nargs != 0:
            raise StackError("'main' must take no arguments")
        return Program(self.code, self.functions, main)

    def assemble_line(self, words, lineno):
        if len(words) == 0:
            return
        first = words[0]
        if first == "func":
            self.start_function(words, lineno)
            return
        if self.current is None:
            raise StackError("line %d: code outside a function" % lineno)
        if first.endswith(":") and len(first) > 1:
            self.define_label(first[:len(first) - 1], lineno)
            words = words[1:]
            if len(words) == 0:
                return
        self.assemble_instruction(words, lineno)

    def start_function(self, words, lineno):
        if len(words) != 3:
            raise StackError("line %d: expected 'func NAME NARGS'" % lineno)
        name = words[1]
        if name in self.function_index:
            raise StackError("line %d: function '%s' defined twice"
                             % (lineno, name))
        nargs = parse_int(words[2], lineno)
        if nargs < 0:
            raise StackError("line %d: negative argument count" % lineno)
        self.finish_function()
        self.current = Function(name, nargs, len(self.code))
        self.function_index[name] = len(self.functions)
        self.functions.append(self.current)

    def define_label(self, label, lineno):
        if label in self.labels:
            raise StackError("line %d: label '%s' defined twice"
                             % (lineno, label))
        self.labels[label] = len(self.code)

    def assemble_instruction(self, words, lineno):
        name = words[0]
        if name not in OPCODES:
            raise StackError("line %d: unknown instruction '%s'"
                             % (lineno, name))
        opcode = OPCODES[name]
        if len(words) - 1 != OPERAND_COUNTS[opcode]:
            raise StackError("line %d: '%s' takes %d operand(s)"
                             % (lineno, name, OPERAND_COUNTS[opcode]))
        self.code.append(opcode)
        if opcode == PUSH:
            self.code.append(parse_int(words[1], lineno))
        elif opcode == LOAD or opcode == STORE:
            self.code.append(self.local_index(words[1], lineno))
        elif opcode == JMP or opcode == JZ:
            self.label_uses.append(LabelUse(len(self.code), words[1],
                                            lineno))
            self.code.append(-1)
        elif opcode == CALL:
            nargs = parse_int(words[2], lineno)
            self.call_uses.append(CallUse(len(self.code), words[1], nargs,
                                          lineno))
            self.code.append(-1)
            self.code.append(nargs)

    def local_index(self, word, lineno):
        index = parse_int(word, lineno)
        if index < 0:
            raise StackError("line %d: negative local index" % lineno)
        if index >= self.current.nlocals:
            self.current.nlocals = index + 1
        return index

    def finish_function(self):
        """Patches the jumps of the current function, whose labels are
        now all known, and checks that it cannot run off its end."""
        if self.current is None:
            return
        for use in self.label_uses:
            if use.label not in self.labels:
                raise StackError("line %d: unknown label '%s'"
                                 % (use.lineno, use.label))
            self.code[use.position] = self.labels[use.label]
        end = len(self.code)
        last_opcode = self.last_opcode()
        for target in self.labels.values():
            if target == end:
                last_opcode = -1  # a label after the last instruction
        if last_opcode != RET and last_opcode != HALT and \
                last_opcode != JMP:
            raise StackError("function '%s' does not end with ret, halt or "
                             "jmp" % self.current.name)
        self.labels = {}
        self.label_uses = []

    def last_opcode(self):
        """The opcode of the current function's last instruction, or -1."""
        pc = self.current.entry
        opcode = -1
        while pc < len(self.code):
            opcode = self.code[pc]
            pc += 1 + OPERAND_COUNTS[opcode]
        return opcode

    def resolve_calls(self):
        for use in self.call_uses:
            if use.name not in self.function_index:
                raise StackError("line %d: unknown function '%s'"
                                 % (use.lineno, use.name))
            index = self.function_index[use.name]
            if self.functions[index].nargs != use.nargs:
                raise StackError("line %d: '%s' takes %d argument(s), "
                                 "not %d" % (use.lineno, use.name,
                                             self.functions[index].nargs,
                                             use.nargs))
            self.code[use.position] = index


# ____________________________________________________________
# The interpreter

def get_location(pc, program):
    # Shown in JIT logs.
    return "pc %d: opcode %d" % (pc, program.code[pc])


# pc and program identify a point in the user's program (greens); the
# frame holds everything that changes (red).
jitdriver = JitDriver(greens=["pc", "program"], reds=["frame"],
                      get_printable_location=get_location)


def call(program, frame, function_index, nargs, return_pc):
    """The frame for a call from frame, with the arguments moved over."""
    callee = program.functions[function_index]
    if frame.depth + 1 >= MAX_CALL_DEPTH:
        raise StackError("call stack too deep in %s" % callee.name)
    new_frame = Frame(callee, frame, return_pc, frame.depth + 1)
    i = nargs - 1
    while i >= 0:
        new_frame.locals[i] = frame.pop()
        i -= 1
    return new_frame


def run(program):
    code = program.code
    frame = Frame(program.main, None, -1, 0)
    pc = program.main.entry
    while True:
        jitdriver.jit_merge_point(pc=pc, program=program, frame=frame)
        opcode = code[pc]
        if opcode == PUSH:
            frame.push(code[pc + 1])
            pc += 2
        elif opcode == LOAD:
            frame.push(frame.locals[code[pc + 1]])
            pc += 2
        elif opcode == STORE:
            frame.locals[code[pc + 1]] = frame.pop()
            pc += 2
        elif opcode == ADD:
            b = frame.pop()
            a = frame.pop()
            frame.push(a + b)
            pc += 1
        elif opcode == SUB:
            b = frame.pop()
            a = frame.pop()
            frame.push(a - b)
            pc += 1
        elif opcode == MUL:
            b = frame.pop()
            a = frame.pop()
            frame.push(a * b)
            pc += 1
        elif opcode == LT:
            b = frame.pop()
            a = frame.pop()
            if a < b:
                frame.push(1)
            else:
                frame.push(0)
            pc += 1
        elif opcode == JMP:
            target = code[pc + 1]
            if target <= pc:
                pc = target
                jitdriver.can_enter_jit(pc=pc, program=program, frame=frame)
            else:
                pc = target
        elif opcode == JZ:
            target = code[pc + 1]
            if frame.pop() != 0:
                pc += 2
            elif target <= pc:
                pc = target
                jitdriver.can_enter_jit(pc=pc, program=program, frame=frame)
            else:
                pc = target
        elif opcode == CALL:
            frame = call(program, frame, code[pc + 1], code[pc + 2], pc + 3)
            pc = frame.function.entry
        elif opcode == RET:
            result = frame.pop()
            parent = frame.parent
            if parent is None:
                return
            parent.push(result)
            pc = frame.return_pc
            frame = parent
        elif opcode == PRINT:
            print(frame.pop())
            pc += 1
        elif opcode == HALT:
            return
        else:
            raise StackError("bad opcode %d at pc %d" % (opcode, pc))


# ____________________________________________________________

def read_file(path):
    """The whole file at path, one character per byte."""
    fd = os.open(path, os.O_RDONLY, 0o777)
    chunks = []
    while True:
        data = os.read(fd, 4096)
        if len(data) == 0:
            break
        # os.read gives bytes on CPython 3; latin-1 maps each byte to the
        # character with the same code.
        chunks.append(data.decode("latin-1"))
    os.close(fd)
    return "".join(chunks)


def entry_point(argv):
    if len(argv) != 2:
        print("usage: %s PROGRAM.stk" % argv[0])
        return 2
    try:
        program = Assembler().assemble(read_file(argv[1]))
        run(program)
    except StackError as e:
        print("error: %s" % e.message)
        return 1
    except OSError:
        print("error: cannot read %s" % argv[1])
        return 1
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
