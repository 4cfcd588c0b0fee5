vals = [0, 1, -1, 0.0, -0.0, 0.5, "", "a", " ", [], [0], (), (None,), {}, {0: 0}, set(), {0},
        None, True, False, range(0), range(1), b"", b"\x00", float("nan"), 2 ** 100, frozenset()]
for v in vals:
    print(repr(v), bool(v), not v, "T" if v else "F")
print(True and 3, 0 and 3, None or "x", "" or 0 or [], 1 or 1 / 0, 0 and 1 / 0)
print(not None, not not 5, (1 and 2) or 3, 1 and 0 or 4)
