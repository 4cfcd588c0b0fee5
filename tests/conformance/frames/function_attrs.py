# Function attributes, including __code__ assignment.
def f(a, b=2, *, c=3):
    "the doc"
    return a + b + c


print(f.__name__, f.__qualname__, f.__module__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__, f.__globals__ is globals(), f.__closure__)
print(type(f.__dict__).__name__, f.__dict__, f.__annotations__)
print(f.__builtins__ is __builtins__ or type(f.__builtins__).__name__)
f.__defaults__ = (10,)
f.__kwdefaults__ = {"c": 100}
print(f(1), f.__defaults__, f.__kwdefaults__)
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print("TypeError", e)
f.__defaults__ = (2,)
for name, bad in [("__defaults__", [1]), ("__kwdefaults__", 5), ("__name__", 3), ("__qualname__", None), ("__code__", 1)]:
    try:
        setattr(f, name, bad)
    except TypeError as e:
        print(name, "TypeError", e)
for name in ("__globals__", "__closure__", "__builtins__"):
    try:
        setattr(f, name, {})
    except AttributeError as e:
        print(name, "AttributeError", e)
f.__name__ = "g"
f.__qualname__ = "G.g"
f.__doc__ = None
f.custom = 7
print(f.__name__, f.__qualname__, f.__doc__, f.__dict__)


def other(a, b=0, *, c=0):
    return a * 1000


f.__code__ = other.__code__
print(f(3), f.__name__, f.__code__.co_name)


def make(n):
    def add(x):
        return x + n
    return add


add5 = make(5)
print(add5(1), len(add5.__closure__), type(add5.__closure__[0]).__name__, add5.__closure__[0].cell_contents)
print(add5.__code__.co_freevars)


def mul(x):
    return x * 2


try:
    add5.__code__ = mul.__code__
except ValueError as e:
    print("ValueError", e)
try:
    mul.__code__ = add5.__code__
except ValueError as e:
    print("ValueError", e)
add7 = make(7)
add5.__code__ = make(0).__code__
print(add5(1))


def twice(n):
    def mul_n(x):
        return x * n
    return mul_n


add7.__code__ = twice(0).__code__
print(add7(3))


def deco(fn):
    def wrapper(*a):
        return fn(*a)
    wrapper.__wrapped__ = fn
    return wrapper


w = deco(mul)
print(w.__wrapped__ is mul, w(4), "__wrapped__" in w.__dict__)
