def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)), sum(count_up(101)))
g = count_up(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration raised")
print(next(g, "exhausted"))
def with_return():
    yield 1
    yield 2
    return "done"
g = with_return()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, repr(e.args))
def trace():
    print("start")
    yield "a"
    print("middle")
    yield "b"
    print("end")
for v in trace():
    print("got", v)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for n in fib():
    if n > 1000:
        break
    out.append(n)
print(out)
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
