class C:
    pass
five = 5
text = "s"
cases = [
    ("'1' + 1", lambda: "1" + 1),
    ("1 + '1'", lambda: 1 + "1"),
    ("[][5]", lambda: [][5]),
    ("{}['k']", lambda: {}["k"]),
    ("None.x", lambda: None.x),
    ("int('abc')", lambda: int("abc")),
    ("1/0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("{[]: 1}", lambda: {[]: 1}),
    ("five()", lambda: five()),
    ("text()", lambda: text()),
    ("len(1)", lambda: len(1)),
    ("(1).foo", lambda: (1).foo),
    ("C().missing", lambda: C().missing),
    ("[1, 2].push", lambda: [1, 2].push),
    ("'abc'.index('z')", lambda: "abc".index("z")),
    ("float('x')", lambda: float("x")),
    ("'%d' % 'x'", lambda: "%d" % "x"),
    ("[1] * [2]", lambda: [1] * [2]),
    ("-'s'", lambda: -"s"),
    ("'a' < 1", lambda: "a" < 1),
    ("[1, 2].remove(3)", lambda: [1, 2].remove(3)),
    ("(1, 2)[9]", lambda: (1, 2)[9]),
    ("'abc'[10]", lambda: "abc"[10]),
    ("iter(1)", lambda: iter(1)),
    ("next(iter([]))", lambda: next(iter([]))),
    ("int(None)", lambda: int(None)),
    ("chr('a')", lambda: chr("a")),
    ("sorted([1, 'a'])", lambda: sorted([1, "a"])),
    ("2 % 0.0", lambda: 2 % 0.0),
    ("undefined", lambda: undefined),
    ("tuple()[0]", lambda: tuple()[0]),
    ("{}.pop(1)", lambda: {}.pop(1)),
    ("'x'.join([1])", lambda: "x".join([1])),
    ("list.append()", lambda: [].append()),
    ("dict(1)", lambda: dict(1)),
    ("range('a')", lambda: range("a")),
    ("'abc'.decode", lambda: "abc".decode),
    ("b'a' + 'b'", lambda: b"a" + "b"),
    ("int('2', 2)", lambda: int("2", 2)),
    ("max()", lambda: max()),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("1 << -1", lambda: 1 << -1),
    ("hash([])", lambda: hash([])),
    ("set([[1]])", lambda: set([[1]])),
]
for label, fn in cases:
    try:
        r = fn()
        print(label, "=> no error:", repr(r))
    except Exception as e:
        print(label, "=>", type(e).__name__ + ":", str(e))
