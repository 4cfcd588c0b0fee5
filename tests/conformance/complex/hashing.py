# hash(complex) and complex keys in dicts and sets mixing ints and floats.
print(hash(1 + 2j), hash(-1 + 0j), hash(1j), hash(-1j), hash(complex(0.5, 0.25)))
print(hash(complex(3, 0)) == hash(3), hash(complex(2.5, 0)) == hash(2.5), hash(0j) == hash(0))
print(hash(complex(10**20, 0)) == hash(float(10**20)), hash(complex(-1, 0)) == hash(-1))
print(hash(complex(float("inf"), 0)), hash(complex(0, float("-inf"))), hash(complex(1e300, 1e300)))
d = {1: "int", 2.5: "float", 3j: "complex"}
print(d[1 + 0j], d[complex(2.5, 0)], d[3j], 1.0 + 0j in d, 4j in d)
d[1 + 0j] = "replaced"
print(d)
s = {1, 1.0, 1 + 0j, 2j, 2j, complex(0, 2)}
print(len(s), 1 in s, 2j in s, True in {1j ** 4})
print(1 + 0j == 1, 1 + 0j == 1.0, 1 + 0j == True, 1j == 1, 2 + 0j != 2, 2 == 2 + 0j, 2.0 == complex(2))
print(complex(10**20, 0) == 10**20, complex(2**53 + 1, 0) == 2**53 + 1, complex(2**53, 0) == 2**53)
print(complex(1e300, 0) == 10**300, complex(float("inf"), 0) == 10**400, 1j == None, 1j != "1j")
print(complex(float("nan"), 0) == complex(float("nan"), 0), [1j] == [1j], (1j, 2) == (1j, 2.0))
print({1j: 1} == {1j + 0: 1}, [0j].count(0), [1, 0j, 0.0].index(0j), 0 in [0j], (0j).__eq__(0))
print((1j).__eq__("x"), (1j).__ne__(1j), (1j).__lt__(2j), (1j).__ge__(0))
print(sorted([3, 1, 2], key=lambda v: abs(v * 1j)), max([1j, 3 + 4j, -2], key=abs))
