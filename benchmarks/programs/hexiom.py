# bench: default=60 quick=3
"""A hexagonal tile puzzle solver (the hexiom workload): numbered tiles must be placed on a
hex board so that each tile's number equals its count of occupied neighbours. Solved by
constraint propagation over candidate bitmasks and backtracking, counting every solution.

Usage: hexiom.py [PUZZLES] -- puzzles are generated from seeds 0, 1, ...
"""

import random
import sys

EMPTY_BIT = 1 << 7
TILE_BITS = (1 << 7) - 1
RADIUS, FILL, HINTS = 2, 12, 3


def hex_board(radius):
    cells = []
    index = {}
    for q in range(-radius, radius + 1):
        for r in range(-radius, radius + 1):
            if -radius <= q + r <= radius:
                index[(q, r)] = len(cells)
                cells.append((q, r))
    neighbours = []
    for q, r in cells:
        ns = []
        for dq, dr in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1)):
            j = index.get((q + dq, r + dr))
            if j is not None:
                ns.append(j)
        neighbours.append(ns)
    return cells, neighbours


def make_puzzle(neighbours, fill, hints, seed):
    """Picks occupied cells at random; the tiles are their neighbour counts. Returns the
    tile counts and `hints` cells whose content is given (as candidate masks)."""
    rng = random.Random(seed)
    n = len(neighbours)
    occupied = [False] * n
    for i in rng.sample(range(n), fill):
        occupied[i] = True
    tiles = [0] * 7
    for i in range(n):
        if occupied[i]:
            tiles[sum(1 for j in neighbours[i] if occupied[j])] += 1
    given = {}
    for i in rng.sample(range(n), hints):
        given[i] = 1 << sum(1 for j in neighbours[i] if occupied[j]) if occupied[i] else EMPTY_BIT
    return tiles, given


def bits_of(mask):
    out = []
    v = 0
    while mask:
        if mask & 1:
            out.append(v)
        mask >>= 1
        v += 1
    return out


class Solver:
    def __init__(self, neighbours, tiles):
        self.neighbours = neighbours
        self.tiles = tiles
        self.empties = len(neighbours) - sum(tiles)
        self.nodes = 0
        self.solutions = 0
        self.first = None

    def propagate(self, cand):
        """Narrows the candidates in place; returns False on a contradiction."""
        nbrs = self.neighbours
        n = len(cand)
        changed = True
        while changed:
            changed = False
            placed = [0] * 8
            for i in range(n):
                m = cand[i]
                if m == 0:
                    return False
                if m & (m - 1) == 0:
                    placed[m.bit_length() - 1] += 1
            # A value whose tiles are all placed is no longer a candidate elsewhere.
            full = 0
            for v in range(7):
                if placed[v] > self.tiles[v]:
                    return False
                if placed[v] == self.tiles[v]:
                    full |= 1 << v
            if placed[7] > self.empties:
                return False
            if placed[7] == self.empties:
                full |= EMPTY_BIT
            for i in range(n):
                m = cand[i]
                if m & (m - 1) and m & full:
                    cand[i] = m & ~full
                    changed = True
            for i in range(n):
                m = cand[i]
                lo = hi = 0
                for j in nbrs[i]:
                    c = cand[j]
                    if c & TILE_BITS:
                        hi += 1
                        if not c & EMPTY_BIT:
                            lo += 1
                keep = m & EMPTY_BIT
                for v in range(7):
                    if m >> v & 1 and lo <= v <= hi:
                        keep |= 1 << v
                if keep != m:
                    if keep == 0:
                        return False
                    cand[i] = keep
                    changed = True
                    m = keep
                if m & EMPTY_BIT or m & (m - 1):
                    continue
                # A placed tile whose count is already met forces its open neighbours
                # empty; one that needs every open neighbour forces them occupied.
                v = m.bit_length() - 1
                if v == lo or v == hi:
                    for j in nbrs[i]:
                        c = cand[j]
                        if c & TILE_BITS and c & EMPTY_BIT:
                            cand[j] = EMPTY_BIT if v == lo else c & TILE_BITS
                            changed = True
        return True

    def solve(self, cand):
        self.nodes += 1
        if not self.propagate(cand):
            return
        best = -1
        best_count = 99
        for i in range(len(cand)):
            m = cand[i]
            if m & (m - 1):
                k = len(bits_of(m))
                if k < best_count:
                    best = i
                    best_count = k
        if best < 0:
            self.solutions += 1
            if self.first is None:
                self.first = cand[:]
            return
        for v in bits_of(cand[best]):
            trial = cand[:]
            trial[best] = 1 << v
            self.solve(trial)


def main():
    puzzles = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    cells, neighbours = hex_board(RADIUS)
    total_nodes = total_solutions = 0
    digest = 0
    for seed in range(puzzles):
        tiles, given = make_puzzle(neighbours, FILL, HINTS, seed)
        solver = Solver(neighbours, tiles)
        start = [0] * len(cells)
        for i in range(len(cells)):
            start[i] = EMPTY_BIT
            for v in range(7):
                if tiles[v]:
                    start[i] |= 1 << v
        for i, m in given.items():
            start[i] = m
        solver.solve(start)
        total_nodes += solver.nodes
        total_solutions += solver.solutions
        layout = "".join("." if m == EMPTY_BIT else str(m.bit_length() - 1)
                         for m in solver.first)
        for ch in layout:
            digest = (digest * 131 + ord(ch)) % 1000000007
        print("puzzle %d: %d solutions, %d nodes, first %s" % (
            seed, solver.solutions, solver.nodes, layout))
    print("total", total_solutions, "solutions", total_nodes, "nodes digest", digest)


main()
