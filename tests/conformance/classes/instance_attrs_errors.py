# Error details around instance attribute access: AttributeError .name/.obj
# on get/getattr/delete, TypeError messages for non-str names in the getattr
# family, and dir() of an instance listing __dict__, __class__ and own attrs.


class C:
    pass


c = C()
c.a = 1
try:
    c.zz
except AttributeError as e:
    print(repr(e.name), e.obj is c, e.args)
try:
    getattr(c, "yy")
except AttributeError as e:
    print(repr(e.name), e.obj is c, e.args)
try:
    del c.zz
except AttributeError as e:
    print(repr(e.name), e.obj is c, e.args)
del c.a
try:
    c.a
except AttributeError as e:
    print(repr(e.name), e.obj is c, str(e))

for label, f in (
    ("setattr", lambda: setattr(c, 1, 2)),
    ("getattr", lambda: getattr(c, None)),
    ("getattr default", lambda: getattr(c, 1, 0)),
    ("delattr", lambda: delattr(c, 1)),
    ("hasattr", lambda: hasattr(c, 1.5)),
    ("object.__setattr__", lambda: object.__setattr__(c, 1, 2)),
    ("object.__getattribute__", lambda: object.__getattribute__(c, 1)),
    ("object.__delattr__", lambda: object.__delattr__(c, 1)),
    ("vars", lambda: vars(1)),
):
    try:
        f()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

d = C()
d.own = 1
names = dir(d)
print([n for n in ("__class__", "__dict__", "__module__", "__weakref__", "own") if n in names])
print(names == sorted(names))
