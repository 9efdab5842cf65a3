# A three-level class hierarchy: overrides at each level, a base method
# calling an overridden one, isinstance against each level.
# RUN: %{differential}
import sys


class Animal(object):
    def __init__(self, name):
        self.name = name

    def sound(self):
        raise NotImplementedError("abstract")

    def speak(self):
        return self.name + " says " + self.sound()


class Dog(Animal):
    def sound(self):
        return "woof"


class Puppy(Dog):
    def sound(self):
        return "yip"


class Cat(Animal):
    def sound(self):
        return "meow"


def main(argv):
    animals = [Dog("rex"), Puppy("bit"), Cat("tom")]
    for a in animals:
        print(a.speak(), isinstance(a, Dog), isinstance(a, Puppy),
              isinstance(a, Cat))
    try:
        Animal("x").speak()
    except NotImplementedError:
        print("abstract animal")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
