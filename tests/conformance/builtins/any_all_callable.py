print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any(x > 5 for x in range(10)), all(x < 10 for x in range(10)), any("abc"), all(""))
print(callable(len), callable(print), callable(lambda: 0), callable(1), callable("s"), callable(int), callable(None))
class K:
    pass
print(callable(K), callable(K()))
def short_circuit():
    seen = []
    def check(x):
        seen.append(x)
        return x > 2
    any(check(x) for x in [1, 3, 5])
    all(check(x) for x in [5, 1, 9])
    return seen
print(short_circuit())
