# Cycle collection: `python cycles.py N` runs N iterations, each making two instances that point
# at each other and a dict that holds itself, then dropping all three (rebinding the names). Only
# a cycle collector frees them: under CPython the peak RSS stays flat as N grows; without one it
# grows with N. Prints a checksum computed from the objects. Builtins and sys only.
import sys


class Node:
    def __init__(self, i):
        self.i = i
        self.other = None


def main():
    n = int(sys.argv[1])
    total = 0
    a = b = d = None
    for i in range(n):
        a = Node(i)
        b = Node(i + 1)
        a.other = b
        b.other = a
        d = {"i": i}
        d["self"] = d
        total = (total + a.other.i + b.other.i + d["self"]["i"]) % 1000000007
    print("cycles", n, total)


main()
