"""A Brainfuck interpreter in RPython 3.

Usage: bf.py PROGRAM.b

The tape has 30000 cells holding 0..255 (arithmetic wraps).  ',' reads one
byte from standard input and leaves the cell unchanged at end of input.
Every character other than the eight commands is a comment.
"""

import os
import sys

from rpython.rlib.jit import JitDriver

TAPE_SIZE = 30000
COMMANDS = "+-<>[].,"


class BfError(Exception):
    """A program that cannot run: unbalanced brackets, tape overrun."""

    def __init__(self, message):
        self.message = message


def get_location(pc, program, bracket_map):
    # Shown in JIT logs: the position and the command there.
    return "%d: %s" % (pc, program[pc])


# The greens identify a point in the user's program; the reds are the
# interpreter's mutable state.
jitdriver = JitDriver(greens=["pc", "program", "bracket_map"],
                      reds=["ptr", "tape"],
                      get_printable_location=get_location)


def strip_comments(text):
    """The commands of text, without the comment characters."""
    commands = []
    for c in text:
        if c in COMMANDS:
            commands.append(c)
    return "".join(commands)


def make_bracket_map(program):
    """For each '[' the index of its ']' and vice versa; 0 elsewhere.

    Computed once, so a jump is a single list look-up at run time.
    """
    bracket_map = [0] * len(program)
    open_brackets = []
    for pc in range(len(program)):
        c = program[pc]
        if c == "[":
            open_brackets.append(pc)
        elif c == "]":
            if len(open_brackets) == 0:
                raise BfError("unmatched ']' at command %d" % pc)
            start = open_brackets.pop()
            bracket_map[start] = pc
            bracket_map[pc] = start
    if len(open_brackets) > 0:
        raise BfError("unmatched '[' at command %d" % open_brackets[-1])
    return bracket_map


def read_byte():
    """The next byte of standard input, or -1 at its end."""
    data = os.read(0, 1)
    if len(data) == 0:
        return -1
    return ord(data.decode("latin-1"))


def run(program, bracket_map):
    tape = [0] * TAPE_SIZE
    ptr = 0
    pc = 0
    while pc < len(program):
        jitdriver.jit_merge_point(pc=pc, program=program,
                                  bracket_map=bracket_map, ptr=ptr, tape=tape)
        c = program[pc]
        if c == "+":
            tape[ptr] = (tape[ptr] + 1) & 255
        elif c == "-":
            tape[ptr] = (tape[ptr] - 1) & 255
        elif c == ">":
            ptr += 1
            if ptr == TAPE_SIZE:
                raise BfError("moved right off the tape at command %d" % pc)
        elif c == "<":
            ptr -= 1
            if ptr < 0:
                raise BfError("moved left off the tape at command %d" % pc)
        elif c == "[":
            if tape[ptr] == 0:
                pc = bracket_map[pc]
        elif c == "]":
            if tape[ptr] != 0:
                # A backward jump, to just after the matching '[': where
                # the JIT may enter a loop.
                pc = bracket_map[pc] + 1
                jitdriver.can_enter_jit(pc=pc, program=program,
                                        bracket_map=bracket_map, ptr=ptr,
                                        tape=tape)
                continue
        elif c == ".":
            print(chr(tape[ptr]), end="")
        elif c == ",":
            byte = read_byte()
            if byte >= 0:
                tape[ptr] = byte
        pc += 1


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
        print("usage: %s PROGRAM.b" % argv[0])
        return 2
    try:
        program = strip_comments(read_file(argv[1]))
        bracket_map = make_bracket_map(program)
        run(program, bracket_map)
    except BfError as e:
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
