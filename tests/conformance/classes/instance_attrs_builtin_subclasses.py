# Instances of builtin subclasses (list, dict, int, str, float, tuple, Exception)
# carry instance attributes in __dict__ separate from their builtin contents;
# exception instances keep attributes across raise/except.


class L(list):
    pass


lst = L([1, 2, 3])
lst.tag = "t"
print(lst, lst.tag, vars(lst), len(lst))
lst.append(4)
lst.tag2 = 2
print(lst, list(vars(lst)))
del lst.tag
print(vars(lst), lst)
lst.__dict__["via_dict"] = 1
print(lst.via_dict)


class D(dict):
    pass


dd = D(a=1)
dd.attr = "attr"
dd["key"] = "item"
print(dd, vars(dd), dd.attr)
print("attr" in dd, "key" in vars(dd))
try:
    dd.key
except AttributeError as e:
    print("AttributeError:", e)


class I(int):
    pass


i = I(7)
i.unit = "cm"
print(i + 1, i.unit, vars(i), type(i + 1).__name__)
j = I(7)
print(i == j, hasattr(j, "unit"))


class S(str):
    pass


s = S("hello")
s.lang = "en"
print(s.upper(), s.lang, vars(s), s == "hello")
print(hasattr(s.upper(), "lang"))


class F(float):
    pass


f = F(1.5)
f.note = "n"
print(f * 2, f.note, vars(f))


class T(tuple):
    pass


t = T((1, 2))
t.name = "pair"
print(t, t.name, vars(t))


class MyErr(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


try:
    raise MyErr("boom", 42)
except MyErr as e:
    print(e, e.code, e.args, vars(e))
    e.added = "later"
    saved = e
print(saved.added, sorted(vars(saved)))


class Plain(Exception):
    pass


try:
    err = Plain("x")
    err.context_info = {"line": 3}
    raise err
except Plain as e:
    print(e.context_info, e is err, vars(e))

# Built-in exception instances have a __dict__ too
ve = ValueError("bad")
ve.extra = 1
print(ve.extra, vars(ve), ve.args)
ke = KeyError("k")
ke.__dict__["more"] = 2
print(ke.more, vars(ke))
try:
    raise ve
except ValueError as e:
    print(e.extra, e is ve)

# Exception attribute vs args
e2 = MyErr("m", 1)
e2.args = ("changed",)
print(e2, e2.code, vars(e2))
e2.__dict__ = {"code": 99}
print(e2.code, e2)


# Subclass of object with builtin-like name attrs


class Box(list):
    def __init__(self, items, label):
        super().__init__(items)
        self.label = label
        self.count = len(items)


boxes = [Box(range(n), "b%d" % n) for n in range(4)]
print([(b.label, b.count, list(b)) for b in boxes])
boxes[2].label = "changed"
print([b.label for b in boxes], [vars(b) for b in boxes][2])

# Plain builtins have no instance dict
for val in ([], {}, 1, "s", 1.0, (), ValueError):
    try:
        val.newattr = 1
        print("set ok", type(val).__name__)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# uncaught exception carrying attributes
final = MyErr("final failure", 7)
final.detail = "d"
print(final.detail)
raise final
