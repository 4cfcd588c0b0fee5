cases = [
    (1, "a"), ("a", 1), ([1], (1,)), (None, None), ({}, {}), (1.5, "x"), ([], 1), ("x", None)
]
for a, b in cases:
    for op in ["+", "-", "*", "/", "<"]:
        try:
            r = eval("a " + op + " b")
            print(repr(a), op, repr(b), "=", repr(r))
        except TypeError as e:
            print(repr(a), op, repr(b), "TypeError:", e)
