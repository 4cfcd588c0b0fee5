# bench: default=150000 quick=3000
"""A chaos game on curved maps (the chaos workload): a point repeatedly jumps through one of
three maps, each built on a cubic Bezier curve of 2-D vector objects; the visited pixels are
counted on a grid.

Usage: chaos.py [ITERATIONS]
"""

import random
import sys
from math import sqrt


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def length(self):
        return sqrt(self.x * self.x + self.y * self.y)

    def lerp(self, other, t):
        return Vec(self.x + (other.x - self.x) * t, self.y + (other.y - self.y) * t)


class Bezier:
    def __init__(self, p0, p1, p2, p3):
        self.points = [p0, p1, p2, p3]

    def at(self, t):
        # de Casteljau: repeated interpolation between neighbouring points.
        pts = self.points
        while len(pts) > 1:
            pts = [pts[i].lerp(pts[i + 1], t) for i in range(len(pts) - 1)]
        return pts[0]

    def tangent(self, t):
        p0, p1, p2, p3 = self.points
        s = 1.0 - t
        return ((p1 - p0) * (3 * s * s) + (p2 - p1) * (6 * s * t) + (p3 - p2) * (3 * t * t))


class CurveMap:
    """Maps (u, v) in the unit square to the band of half-width `width` along a curve."""

    def __init__(self, curve, width, weight):
        self.curve = curve
        self.width = width
        self.weight = weight

    def apply(self, u, v):
        base = self.curve.at(u)
        tan = self.curve.tangent(u)
        n = tan.length()
        if n == 0.0:
            return base
        normal = Vec(-tan.y / n, tan.x / n)
        return base + normal * ((v - 0.5) * self.width)


def build_maps():
    return [
        CurveMap(Bezier(Vec(0.05, 0.1), Vec(0.3, 0.9), Vec(0.5, 0.9), Vec(0.6, 0.2)), 0.2, 3),
        CurveMap(Bezier(Vec(0.4, 0.05), Vec(0.5, 0.5), Vec(0.8, 0.3), Vec(0.95, 0.8)), 0.15, 2),
        CurveMap(Bezier(Vec(0.1, 0.6), Vec(0.4, 0.4), Vec(0.6, 0.7), Vec(0.9, 0.45)), 0.1, 1),
    ]


def chaos_game(iterations, width, height, rng):
    maps = build_maps()
    table = []
    for m in maps:
        table.extend([m] * m.weight)
    grid = [[0] * width for _ in range(height)]
    u, v = 0.5, 0.5
    for _ in range(iterations):
        m = rng.choice(table)
        p = m.apply(u, v)
        # Fold the point back into the unit square.
        u = min(max(p.x, 0.0), 1.0)
        v = min(max(p.y, 0.0), 1.0)
        col = int(u * (width - 1))
        row = int(v * (height - 1))
        grid[row][col] += 1
    return grid


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 150000
    rng = random.Random(1234)
    grid = chaos_game(iterations, 64, 48, rng)
    lit = 0
    checksum = 0
    for r, row in enumerate(grid):
        for c, count in enumerate(row):
            if count:
                lit += 1
                checksum = (checksum * 31 + r * 64 + c + count) % 1000000007
    print("iterations", iterations, "lit pixels", lit, "checksum", checksum)


main()
