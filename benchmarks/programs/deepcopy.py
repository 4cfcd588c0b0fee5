# bench: default=1500 quick=20
"""Deep copies (the deepcopy workload): copy.deepcopy of nested dicts, lists, tuples and
instances, with shared references and a cycle, then checks that the copy is equal but
disjoint and keeps the sharing.

Usage: deepcopy.py [COPIES]
"""

import copy
import sys


class Record:
    def __init__(self, name, tags, scores, parent=None):
        self.name = name
        self.tags = tags
        self.scores = scores
        self.parent = parent


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def build():
    shared = [1, 2, 3, (4, 5)]
    root = Record("root", ["a", "b"], {"x": 1.5, "y": -2})
    records = [Record("r%d" % i, ["t%d" % (i % 5), shared], {"n": i, "half": i / 2}, root)
               for i in range(20)]
    data = {
        "records": records,
        "shared_twice": (shared, shared),
        "matrix": [[i * j for j in range(8)] for i in range(8)],
        "points": [Slotted(i, -i) for i in range(10)],
        "text": "immutable strings are shared",
        "frozen": frozenset(range(5)),
        "bytes": b"\x00\x01\x02",
        "nested": {"a": {"b": {"c": [None, True, False, 3j]}}},
    }
    data["self"] = data
    return data


def count_nodes(obj, seen):
    # Only mutable objects have an identity worth tracking: whether equal immutable values
    # share one object is up to the implementation.
    if isinstance(obj, (dict, list, tuple, Record, Slotted)):
        if id(obj) in seen:
            return 0
        seen.add(id(obj))
    n = 1
    if isinstance(obj, dict):
        for k, v in obj.items():
            n += count_nodes(v, seen)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            n += count_nodes(v, seen)
    elif isinstance(obj, Record):
        n += count_nodes(obj.__dict__, seen)
    elif isinstance(obj, Slotted):
        n += count_nodes(obj.x, seen) + count_nodes(obj.y, seen)
    return n


def check(orig, dup):
    assert dup is not orig
    assert dup["self"] is dup
    assert dup["records"][0] is not orig["records"][0]
    assert dup["records"][0].tags[1] is dup["records"][1].tags[1]
    assert dup["shared_twice"][0] is dup["shared_twice"][1]
    assert dup["shared_twice"][0] is dup["records"][3].tags[1]
    assert dup["records"][0].parent is dup["records"][5].parent
    assert dup["text"] is orig["text"]
    assert dup["matrix"] == orig["matrix"] and dup["matrix"] is not orig["matrix"]
    assert dup["points"][3].y == -3 and dup["points"][3] is not orig["points"][3]
    assert dup["nested"] == orig["nested"]


def main():
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 1500
    data = build()
    total = 0
    last = None
    for i in range(copies):
        last = copy.deepcopy(data)
        last["records"][i % 20].scores["n"] += 1
        total += last["records"][i % 20].scores["n"]
    check(data, last)
    shallow = 0
    for _ in range(copies):
        c = copy.copy(data["records"])
        shallow += len(c)
    print("copies", copies, "objects per copy", count_nodes(last, set()))
    print("score total", total, "shallow", shallow, "original untouched",
          data["records"][0].scores["n"] == 0)


main()
