# A bank: classes with methods, an exception class with a message, a dict
# of accounts.
# RUN: %{differential}
import sys


class InsufficientFunds(Exception):
    pass


class Account(object):
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds("%s has only %d" % (self.owner, self.balance))
        self.balance -= amount
        return self.balance

    def deposit(self, amount):
        self.balance += amount


def main(argv):
    accounts = {}
    for name in ["ann", "bob", "cy"]:
        accounts[name] = Account(name, 100)
    accounts["bob"].deposit(50)
    for name in ["ann", "bob", "cy"]:
        try:
            left = accounts[name].withdraw(120)
            print(name, "left", left)
        except InsufficientFunds as e:
            print("refused:", name)
    total = 0
    for name in accounts.keys():
        total += accounts[name].balance
    print("total", total)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
