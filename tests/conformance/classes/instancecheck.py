class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__)
        return all(hasattr(obj, m) for m in cls.required)

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return all(any(m in k.__dict__ for k in sub.__mro__) for m in cls.required)


class Sized(metaclass=DuckMeta):
    required = ("__len__",)


class Quacker(metaclass=DuckMeta):
    required = ("quack", "walk")


class Duck:
    def quack(self):
        return "quack"

    def walk(self):
        return "waddle"


class Robot:
    def walk(self):
        return "roll"


print(isinstance([1, 2], Sized))
print(isinstance(5, Sized))
print(isinstance(Duck(), Quacker))
print(isinstance(Robot(), Quacker))
print(issubclass(dict, Sized))
print(issubclass(Duck, Quacker))
print(issubclass(Robot, Quacker))
print(isinstance(Duck(), (int, Quacker)))
