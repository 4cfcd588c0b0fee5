# object's methods and attributes: dir() of object(), of a plain class and its instance;
# object.__doc__ and class docstrings; object's __lt__/__le__/__gt__/__ge__ returning
# NotImplemented without changing how comparisons fail or dispatch; __subclasshook__;
# __getstate__ (no state, dict, slots, slots with dict); __sizeof__'s type; __class__ as a
# getset of object; __reduce_ex__ deferring to an overridden __reduce__.


class Plain:
    pass


print(dir(object()))
print(dir(Plain))
print(dir(Plain()))
print([n for n in dir(Plain()) if n not in dir(object())])

# Docstrings: object's own text; a class without one has None, even though object has one.
print(repr(object.__doc__))
print(Plain.__doc__, Plain().__doc__)


class Documented:
    """Documented's docstring."""


class Undocumented(Documented):
    pass


print(Documented.__doc__, Documented().__doc__)
print(Undocumented.__doc__, Undocumented().__doc__)
Plain.__doc__ = "set later"
print(Plain.__doc__, Plain().__doc__)
try:
    del Plain.__doc__
except TypeError as e:
    print("TypeError:", e)
try:
    object().__doc__ = "x"
except AttributeError as e:
    print("AttributeError:", e)

# The ordering methods of object decline; the protocol then raises CPython's error.
o = object()
print(o.__lt__(o), o.__le__(1), o.__gt__(o), o.__ge__(None))
print(object.__lt__(1, 2), Plain().__gt__(Plain()))
try:
    object.__lt__()
except TypeError as e:
    print("TypeError:", e)
try:
    o.__ge__()
except TypeError as e:
    print("TypeError:", e)
for a, b in [(Plain(), Plain()), (Plain(), 1), (o, o)]:
    try:
        a < b
    except TypeError as e:
        print("TypeError:", e)
try:
    sorted([Plain(), Plain()])
except TypeError as e:
    print("TypeError:", e)
try:
    Plain() >= Plain()
except TypeError as e:
    print("TypeError:", e)


class Ordered:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v


class OnlyGt:
    def __gt__(self, other):
        return "OnlyGt.__gt__"


class Child(Ordered):
    def __gt__(self, other):
        return "Child.__gt__"


print([x.v for x in sorted([Ordered(3), Ordered(1), Ordered(2)])])
print(Plain() < OnlyGt(), OnlyGt() > Plain())
print(Ordered(1) < Child(2))
print(Ordered(1).__le__(Ordered(2)))

# __subclasshook__ is a classmethod with no opinion.
print(object.__subclasshook__(), Plain.__subclasshook__(int), object.__subclasshook__(1, 2))

# __getstate__: None without state, the instance dict itself, slot values beside it.
print(object().__getstate__(), Plain().__getstate__(), (5).__getstate__())
p = Plain()
p.x = 1
state = p.__getstate__()
print(state, state is p.__dict__)
del p.x
print(p.__getstate__())


class Slotted:
    __slots__ = ("b", "a", "__hidden")


class SlottedChild(Slotted):
    __slots__ = "c"


s = Slotted()
print(s.__getstate__())
s.a = 1
s._Slotted__hidden = 2
print(s.__getstate__())
sc = SlottedChild()
sc.c = 3
sc.b = 4
print(sc.__getstate__())
print(SlottedChild.__slotnames__, "__slotnames__" in Plain.__dict__)


class SlotsAndDict:
    __slots__ = ("a", "__dict__")


sd = SlotsAndDict()
print(sd.__getstate__())
sd.a = 1
print(sd.__getstate__())
sd.z = 2
print(sd.__getstate__())
try:
    object().__getstate__(1)
except TypeError as e:
    print("TypeError:", e)

# __sizeof__ answers an int (its value is implementation-specific).
print(isinstance(object().__sizeof__(), int), isinstance(s.__sizeof__(), int))
try:
    object().__sizeof__(1)
except TypeError as e:
    print("TypeError:", e)

# __class__ is a data descriptor of object: it beats the instance dict.
print(object.__dict__["__class__"])
p = Plain()
p.__dict__["__class__"] = "shadow"
print(p.__class__, Plain.__class__, super(Plain, p).__class__)
p.__class__ = Documented
print(type(p).__name__)
try:
    del p.__class__
except TypeError as e:
    print("TypeError:", e)
try:
    Plain.__class__ = Documented
except TypeError as e:
    print("TypeError:", e)


# __reduce_ex__ calls an overridden __reduce__.
class Reducible:
    def __reduce__(self):
        return (Reducible, ())


print(Reducible().__reduce_ex__(2) == (Reducible, ()))
try:
    Reducible().__reduce_ex__("2")
except TypeError as e:
    print("TypeError:", e)
