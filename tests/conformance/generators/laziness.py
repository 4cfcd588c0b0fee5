events = []
def src():
    for i in range(3):
        events.append("produce " + str(i))
        yield i
def mapper(g):
    for x in g:
        events.append("map " + str(x))
        yield x * 10
m = mapper(src())
print(events)
print(next(m), events)
print(list(m))
print(events)
def gen_state():
    print("body started")
    yield 1
g = gen_state()
print("created, not started")
print(next(g))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
def reraise():
    yield 1
    raise ValueError("inside generator")
r = reraise()
print(next(r))
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
print(next(r, "finished"))
def recursive_gen(n):
    if n > 0:
        yield n
        yield from recursive_gen(n - 1)
print(list(recursive_gen(5)))
