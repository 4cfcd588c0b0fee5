print(1 == 1.0 == True, 0 == False == 0.0, "1" == 1, [1] == (1,), None == False)
print([1, 2] == [1, 2], (1, [2]) == (1, [2]), {1: [2]} == {1: [2]}, {1, 2} == frozenset({2, 1}))
print(1 < 2.5 < 3, -1 < False, True > 0.5, 2 ** 100 > 1e29, 2 ** 100 < 1e31)
print([1, 2] < [1, 2, 3], [1, 3] > [1, 2, 99], (2,) > (1, 100), "abc" < "abd" < "b")
print(max(1, 2.5, True), min(-1, -1.0), sorted([2, 1.5, True, 0]))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {3} > set(), frozenset() == set())
for op in ["<", "<=", ">", ">="]:
    try:
        eval("[1] " + op + " 'a'")
    except TypeError as e:
        print(op, "TypeError:", e)
one = 1
print(1 != 1.0, "a" != "A", [] != [], None != None, one is not None)
