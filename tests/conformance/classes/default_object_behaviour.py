class Plain:
    pass


a = Plain()
b = Plain()
print(a == a, a == b, a != b, a is a)
print(a.__eq__(b), a.__ne__(a))
print(a.__eq__(1) is NotImplemented)
print(hash(a) == hash(a))
print(type(hash(a)).__name__)
d = {a: "a", b: "b"}
print(d[a], d[b], len(d))
print(bool(a))
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
print(str(a) == repr(a))
print(repr(a).startswith("<__main__.Plain object at "))
print(format(a, "") == str(a))
try:
    format(a, "d")
except TypeError as e:
    print("TypeError:", e)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(o).__name__, isinstance(a, object), issubclass(Plain, object))
print(Plain.__bases__)
print(sorted(k for k in ("__init__", "__repr__", "__eq__", "__hash__") if hasattr(a, k)))
print(a.__class__.__name__)
try:
    len(a)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(a)
except TypeError as e:
    print("TypeError:", e)
try:
    a()
except TypeError as e:
    print("TypeError:", e)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a[0]
except TypeError as e:
    print("TypeError:", e)
