class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name
        self.slot = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return "descriptor " + self.name + " on " + objtype.__name__
        return getattr(obj, self.slot, "unset")

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(self.name + " must be " + self.kind.__name__)
        setattr(obj, self.slot, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.slot)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


print("class created")
p = Person("Ann", 30)
print(p.name, p.age)
print(Person.name)
print(Person.age)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
p.age = 31
print(p.age)
print(sorted(p.__dict__.items()))
del p.age
print(p.age)
p.__dict__["name"] = "shadow"
print(p.name)
