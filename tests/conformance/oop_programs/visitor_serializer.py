class Visitor:
    def visit(self, obj, depth=0):
        for klass in type(obj).__mro__:
            method = getattr(self, "visit_" + klass.__name__, None)
            if method is not None:
                return method(obj, depth)
        raise TypeError("%s cannot visit %s" % (type(self).__name__, type(obj).__name__))

class Serializer(Visitor):
    def visit_NoneType(self, obj, depth):
        return "null"

    def visit_bool(self, obj, depth):
        return "true" if obj else "false"

    def visit_int(self, obj, depth):
        return str(obj)

    def visit_float(self, obj, depth):
        return repr(obj)

    def visit_str(self, obj, depth):
        out = '"'
        for ch in obj:
            out += {'"': '\\"', "\\": "\\\\", "\n": "\\n"}.get(ch, ch)
        return out + '"'

    def visit_list(self, obj, depth):
        return "[" + ", ".join(self.visit(v, depth + 1) for v in obj) + "]"

    visit_tuple = visit_list

    def visit_dict(self, obj, depth):
        items = []
        for k in sorted(obj):
            if not isinstance(k, str):
                raise TypeError("keys must be str, not " + type(k).__name__)
            items.append(self.visit_str(k, depth) + ": " + self.visit(obj[k], depth + 1))
        return "{" + ", ".join(items) + "}"

    def visit_Serializable(self, obj, depth):
        d = obj.to_dict()
        d["__type__"] = type(obj).__name__
        return self.visit(d, depth)

class Counter(Visitor):
    def __init__(self):
        self.counts = {}

    def bump(self, name):
        self.counts[name] = self.counts.get(name, 0) + 1

    def visit_object(self, obj, depth):
        self.bump(type(obj).__name__)
        if isinstance(obj, (list, tuple)):
            for v in obj:
                self.visit(v, depth + 1)
        elif isinstance(obj, dict):
            for v in obj.values():
                self.visit(v, depth + 1)
        return self.counts

class Serializable:
    fields = ()

    def to_dict(self):
        return {f: getattr(self, f) for f in self.fields}

class User(Serializable):
    fields = ("name", "age", "tags")

    def __init__(self, name, age, tags):
        self.name, self.age, self.tags = name, age, tags

class Admin(User):
    fields = User.fields + ("level",)

    def __init__(self, name, age, level):
        super().__init__(name, age, ["admin"])
        self.level = level

class Opaque:
    pass

class MyInt(int):
    pass

s = Serializer()
data = {"users": [User("ann", 31, ["a", "b"]), Admin("root", 99, 7)],
        "ok": True, "none": None, "pi": 3.25, "nested": {"t": (1, 2), "q": 'say "hi"\n'},
        "sub": MyInt(5), "flag": False}
print(s.visit(data))
print(s.visit([1, [2, [3, []]]]))
for bad in [Opaque(), {1: "x"}, [1, {2}]]:
    try:
        s.visit(bad)
    except TypeError as e:
        print("TypeError:", e)
c = Counter()
print(sorted(c.visit(data).items()))
