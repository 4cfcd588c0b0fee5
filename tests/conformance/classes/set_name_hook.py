order = []


class Field:
    counter = 0

    def __init__(self, default):
        self.default = default
        Field.counter += 1
        self.index = Field.counter

    def __set_name__(self, owner, name):
        order.append((owner.__name__, name, self.index))
        self.name = name

    def __get__(self, obj, cls):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


class Record:
    b = Field(2)
    a = Field(1)
    c = Field(3)

    def fields(self):
        return [(f.name, getattr(self, f.name)) for f in
                sorted((v for v in type(self).__dict__.values() if isinstance(v, Field)),
                       key=lambda f: f.index)]


print(order)
r = Record()
print(r.fields())
r.a = 100
print(r.fields())
f = Field(9)
Record.late = f
print(hasattr(f, "name"))
f.__set_name__(Record, "late")
print(r.late, order[-1])


class Plain:
    pass


T = type("T", (), {"x": Field(5), "y": Field(6)})
print(order[-2:])
t = T()
print(t.x, t.y)
