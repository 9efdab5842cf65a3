from .units import SCALE


def area(side):
    return side * side * SCALE
