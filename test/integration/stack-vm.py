# A small stack machine: a program as a list of tuples, a dict of handlers
# by name, a loop with a program counter.
# RUN: %{differential}
import sys

PROGRAM = [("push", 10), ("push", 1), ("sub", 0), ("dup", 0),
           ("print", 0), ("jnz", 1), ("halt", 0)]


def run(program):
    stack = []
    pc = 0
    steps = 0
    while True:
        op, arg = program[pc]
        pc += 1
        steps += 1
        if op == "push":
            stack.append(arg)
        elif op == "sub":
            b = stack.pop()
            a = stack.pop()
            stack.append(a - b)
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "print":
            print(stack.pop())
        elif op == "jnz":
            if stack[-1] != 0:
                pc = arg
        elif op == "halt":
            break
    return steps


def main(argv):
    print("steps", run(PROGRAM))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
