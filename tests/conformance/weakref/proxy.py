# weakref.proxy: attribute reads and writes, method calls, operators, len/iter/contains,
# item access and calls go to the referent; after death every use raises ReferenceError;
# callable proxies; proxies are not hashable; proxy types; callbacks get the proxy.
import gc
import weakref

gc.disable()


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.items = [x, y]

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __len__(self):
        return 2

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, v):
        return v in self.items

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __str__(self):
        return "Vec(%d, %d)" % (self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def norm1(self):
        return abs(self.x) + abs(self.y)


v = Vec(3, 4)
p = weakref.proxy(v)
print("attr", p.x, p.y)
p.x = 10
print("write through", v.x)
print("method", p.norm1())
print("add", str(p + Vec(1, 1)), "sub", str(p - Vec(1, 1)), "mul", str(p * 2))
print("radd with proxy on right", str(Vec(1, 1) + p))
print("eq", p == Vec(10, 4), p == v, "lt", p < Vec(11, 0))
print("len", len(p), "iter", list(p), "contains", 4 in p, 5 in p)
p[0] = 7
print("item", p[0], v.items)
print("str", str(p), "bool", bool(p))
print("type", type(p).__name__, isinstance(p, Vec), type(p) is weakref.ProxyType)
print("proxy class attr", p.__class__.__name__)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
print("getweakrefcount", weakref.getweakrefcount(v))
print("same proxy", weakref.proxy(v) is p)
del v
for action, fn in [("attr", lambda: p.x), ("method", lambda: p.norm1()), ("len", lambda: len(p)),
                   ("add", lambda: p + Vec(1, 1)), ("str", lambda: str(p)), ("bool", lambda: bool(p)),
                   ("setattr", lambda: setattr(p, "x", 1)), ("item", lambda: p[0])]:
    try:
        fn()
        print(action, "no error")
    except ReferenceError as e:
        print(action, "ReferenceError:", e)

# callable referents give a callable proxy
def add(a, b):
    return a + b


cp = weakref.proxy(add)
print("callable proxy", cp(2, 3), type(cp).__name__, type(cp) is weakref.CallableProxyType)
print("proxy types", weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, step=1):
        self.n += step
        return self.n


cnt = Counter()
pc = weakref.proxy(cnt)
print("callable instance", pc(), pc(5), type(pc).__name__)
del cnt
try:
    pc()
except ReferenceError as e:
    print("call dead:", e)

# a proxy callback receives the proxy
got = []
w = Vec(1, 2)
pw = weakref.proxy(w, lambda pr: got.append(pr is pw))
del w
print("proxy callback", got)

# proxies cannot be made to unreferenceable objects
try:
    weakref.proxy([1, 2])
except TypeError as e:
    print("TypeError:", e)
