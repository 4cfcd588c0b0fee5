a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, a is not None)
print(1 in a, 3 in a, 3 not in a, not 3 in a)
print("b" in "abc", "bc" in "abc", "ac" in "abc", "" in "")
print(2 in (1, 2), 2 in {2: "x"}, "x" in {2: "x"}, 2 in {1, 2}, 2 in range(3), 2.0 in [2])
print([1] in [[1], [2]], (1,) in [(1,)], None in [None], float("nan") in [float("nan")])
n = float("nan")
print(n in [n], [n] == [n], (n,) == (n,))
t = ()
u = ()
print(type(t) is tuple, type(1) is int, type(True) is bool, type(None) is type(None))
