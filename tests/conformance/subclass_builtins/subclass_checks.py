class MyList(list): pass
class MyDict(dict): pass
class MyInt(int): pass
class MyStr(str): pass
class MyErr(LookupError): pass


objs = [MyList([1]), MyDict(a=1), MyInt(3), MyStr("s"), MyErr("e")]
for o in objs:
    t = type(o)
    base = t.__bases__[0]
    print(t.__name__, base.__name__, isinstance(o, base), type(o) is base, t.__mro__[-1].__name__)
print(issubclass(MyErr, Exception), issubclass(MyErr, KeyError))
print(issubclass(MyInt, (str, int)), issubclass(bool, int))
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class MyNone(type(None)):
        pass
except TypeError as e:
    print("TypeError:", e)
print(MyInt(3) == 3, MyStr("s") == "s", MyList([1]) == [1], MyDict(a=1) == {"a": 1})
print(repr(MyInt(3)), repr(MyStr("s")), repr(MyList([1])), repr(MyDict(a=1)))
print(MyErr("e").args, str(MyErr("e")), repr(MyErr("e")))
print(MyInt(10) + MyInt(5), type(MyInt(10) + MyInt(5)).__name__)
print(MyStr("a") + MyStr("b"), type(MyStr("a") + MyStr("b")).__name__)
print(type(MyList([1]) + MyList([2])).__name__, type(MyDict(a=1).copy()).__name__)
print(type(MyInt(5).__class__(7)).__name__, MyInt("42"), MyInt("ff", 16))
m = MyList()
m.attr = "has dict"
print(m.attr, m, len(m))
