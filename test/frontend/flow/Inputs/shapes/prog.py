# Main file of modules-inputs.test: imports resolve next to this file, not
# in the current directory.
from geometry import area
from geometry.units import SCALE


def main(argv):
    return area(len(argv)) * SCALE
