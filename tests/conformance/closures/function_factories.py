def multiplier(n):
    def mul(x):
        return x * n
    return mul
double, triple = multiplier(2), multiplier(3)
print(double(5), triple(5), [multiplier(i)(10) for i in range(4)])
def make_stack():
    items = []
    def push(x):
        items.append(x)
    def pop():
        return items.pop()
    def size():
        return len(items)
    return push, pop, size
push, pop, size = make_stack()
push(1); push(2); push(3)
print(size(), pop(), size())
def memoize(f):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return inner, cache
def slow_square(n):
    print("computing", n)
    return n * n
fast, cache = memoize(slow_square)
print(fast(4), fast(4), fast(5), cache)
def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(20)(300))
def rebinding():
    x = 1
    def get():
        return x
    x = 2
    return get()
print(rebinding())
