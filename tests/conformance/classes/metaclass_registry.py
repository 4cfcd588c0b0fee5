class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            Registry.classes.append(name)
        fields = sorted(k for k, v in ns.items() if isinstance(v, int) and not k.startswith("_"))
        cls._fields = fields
        return cls

    def __len__(cls):
        return len(cls._fields)

    def __iter__(cls):
        return iter(cls._fields)

    def __repr__(cls):
        return "<model " + cls.__name__ + ">"

    def __getitem__(cls, key):
        return getattr(cls, key)

class Model(metaclass=Registry):
    pass

class User(Model):
    age = 0
    score = 10
    name = "n/a"

class Admin(User):
    level = 3

print(Registry.classes)
print(User._fields, Admin._fields)
print(len(User), len(Admin), list(User))
print(User, Admin, [Model])
print(User["score"], Admin["level"])
print(type(Admin).__name__)
print(Registry.__mro__)

class M1(type):
    pass

class M2(type):
    pass

class X(metaclass=M1):
    pass

class Y(metaclass=M2):
    pass

try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)

class M3(M1):
    pass

class W(metaclass=M3):
    pass

class V(X, W):
    pass

print(type(V).__name__)
