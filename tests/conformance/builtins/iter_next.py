it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
s = iter("ab")
print(list(s), next(s, "empty"))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
r = iter(range(2))
print(next(r), next(r), next(r, -1))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
calls = [0]
def tick():
    calls[0] += 1
    return calls[0]
print(list(iter(tick, 5)))
it2 = iter([10, 20])
print(iter(it2) is it2)
for x in it2:
    print("loop", x)
