# bench: default=9 quick=6
"""N queens (the nqueens workload): every placement of n non-attacking queens, found by
filtering all permutations with generator expressions and sets, then checked against a
recursive backtracking count.

Usage: nqueens.py [N]
"""

import sys
from itertools import permutations


def by_permutations(n):
    cols = range(n)
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


def by_backtracking(n):
    count = 0
    placed = []
    used_cols = [False] * n
    used_up = [False] * (2 * n)
    used_down = [False] * (2 * n)

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if not used_cols[c] and not used_up[row + c] and not used_down[row - c + n]:
                used_cols[c] = used_up[row + c] = used_down[row - c + n] = True
                placed.append(c)
                place(row + 1)
                placed.pop()
                used_cols[c] = used_up[row + c] = used_down[row - c + n] = False

    place(0)
    return count


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    solutions = list(by_permutations(n))
    check = by_backtracking(n)
    if check != len(solutions):
        raise RuntimeError("solution counts disagree")
    digest = 0
    for s in solutions:
        for c in s:
            digest = (digest * 10 + c) % 1000000007
    print("%d queens: %d solutions, first %s, last %s, digest %d" % (
        n, len(solutions), solutions[0] if solutions else None,
        solutions[-1] if solutions else None, digest))


main()
