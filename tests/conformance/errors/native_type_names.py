# Types written in C carry a module-qualified name (tp_name) that CPython's messages use,
# while __name__, __qualname__ and the reprs of their instances use the short one.
import array
import collections
import io
import itertools
import operator
import struct
import weakref


def t(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


d = collections.deque([1])
t("hash deque", lambda: hash(d))
t("dict key", lambda: {d: 1})
t("len count", lambda: len(itertools.count()))
t("array + int", lambda: array.array("i") + 1)
t("array < int", lambda: array.array("i") < 1)
t("StringIO[0]", lambda: io.StringIO()[0])
t("BytesIO[0]", lambda: io.BytesIO()[0])
t("TextIOWrapper[0]", lambda: io.TextIOWrapper(io.BytesIO())[0])
t("IOBase[0]", lambda: io.IOBase()[0])
t("deque + int", lambda: d + 1)
t("deque < int", lambda: d < 1)
t("list < deque", lambda: [] < d)
t("int + deque", lambda: 1 + d)
t("list + deque", lambda: [] + d)
t("deque.foo", lambda: d.foo)
t("count.foo", lambda: itertools.count().foo)
t("StringIO.x", lambda: io.StringIO().x)
t("setattr deque", lambda: setattr(d, "x", 1))
t("itemgetter + 1", lambda: operator.itemgetter(1) + 1)
t("attrgetter()", lambda: operator.methodcaller("m") - 1)
t("next deque", lambda: next(d))
t("call deque", lambda: d())
t("int(deque)", lambda: int(d))
t("abs(deque)", lambda: abs(d))
t("-deque", lambda: -d)
t("round(deque)", lambda: round(d))
t("divmod", lambda: divmod(d, 1))
t("%d", lambda: "%d" % d)
t("join", lambda: "x".join([d]))
t("format", lambda: format(d, "x"))
t("len Struct", lambda: len(struct.Struct("i")))
t("iter repeat", lambda: iter(itertools.repeat(1)) + 1)
t("not a base", lambda: type("X", (operator.itemgetter,), {}))
t("object.__new__", lambda: object.__new__(collections.deque))
t("object.__new__ io", lambda: object.__new__(io.StringIO))


class D(collections.deque):
    pass


class A(array.array):
    pass


class E(collections.deque):
    def __new__(cls):
        return object.__new__(cls)


t("python __new__", lambda: E())
t("subclass hash", lambda: hash(D()))
t("subclass attr", lambda: D().foo)
t("object.__new__ sub", lambda: object.__new__(D))
t("array subclass < int", lambda: A("i") < 1)
t("weakref repr", lambda: repr(weakref.ref(d)).split(" at ")[0] + "; to " + repr(weakref.ref(d)).split("; to ")[1].split(" at ")[0])

print(collections.deque.__name__, collections.deque.__qualname__, collections.deque.__module__)
print(array.array.__name__, itertools.count.__qualname__, io.StringIO.__name__, io.StringIO.__module__)
print(repr(collections.deque), repr(io.StringIO), repr(itertools.count))
for v in [d, D([2]), array.array("i", [1]), A("b"), itertools.count(3), itertools.count(1, 2),
          itertools.repeat("a", 2), collections.deque([], maxlen=3), operator.itemgetter(1),
          operator.attrgetter("a"), operator.methodcaller("m", 1)]:
    print(repr(v))
