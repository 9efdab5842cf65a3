# A linked list of instances: None checks narrow to the class.
# RUN: %{differential}
import sys


class Node(object):
    def __init__(self, value, next):
        self.value = value
        self.next = next


def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


def total(node):
    t = 0
    while node is not None:
        t += node.value
        node = node.next
    return t


def main(argv):
    head = build(100)
    print(total(head), head.value, head.next.value)
    empty = None
    print(total(empty))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
