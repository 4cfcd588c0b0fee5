# bench: default=9 quick=6
"""Pancake flipping (the fannkuch workload): for every permutation of 1..n, count how many
prefix reversals bring 1 to the front; prints the maximum and a signed checksum.

Usage: fannkuch.py [N]
"""

import sys


def flips_of(perm):
    p = perm[:]
    flips = 0
    first = p[0]
    while first != 0:
        # Reverse the first `first + 1` items.
        p[:first + 1] = p[first::-1]
        flips += 1
        first = p[0]
    return flips


def fannkuch(n):
    perm = list(range(n))
    counts = list(range(1, n + 1))
    most = 0
    checksum = 0
    index = 0
    while True:
        if perm[0] != 0:
            f = flips_of(perm)
            if f > most:
                most = f
            checksum += f if index % 2 == 0 else -f
        index += 1
        # Next permutation in rotation order: rotate the first r+1 items left until a
        # position's counter has not wrapped.
        r = 1
        while True:
            if r == n:
                return most, checksum, index
            head = perm[0]
            perm[:r] = perm[1:r + 1]
            perm[r] = head
            counts[r] -= 1
            if counts[r] > 0:
                break
            counts[r] = r + 1
            r += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    most, checksum, count = fannkuch(n)
    print("permutations", count)
    print("checksum", checksum)
    print("Pfannkuchen(%d) = %d" % (n, most))


main()
