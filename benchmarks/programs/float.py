# bench: default=150000 quick=2000
"""Float arithmetic on many small objects (the float workload): points built from sin and
cos, normalised, then reduced to their component-wise maximum.

Usage: float.py [POINTS]
"""

import sys
from math import cos, sin, sqrt


class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        length = sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= length
        self.y /= length
        self.z /= length

    def widen(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self

    def __repr__(self):
        return "Point(%.9f, %.9f, %.9f)" % (self.x, self.y, self.z)


def run(count):
    points = [Point(i) for i in range(count)]
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best = best.widen(p)
    total = 0.0
    for p in points:
        total += p.x + p.y - p.z
    return best, total


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 150000
    for _ in range(3):
        best, total = run(count)
    print(best)
    print("sum %.6f" % total)


main()
