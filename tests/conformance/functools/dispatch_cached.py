from functools import singledispatch, singledispatchmethod, cached_property, partialmethod, partial
import collections.abc as cabc

@singledispatch
def show(x):
    return f"object {x!r}"
@show.register(int)
def _(x):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list of {len(x)}"
def show_seq(x):
    return "sequence"
show.register(cabc.Sequence, show_seq)
@show.register(float)
@show.register(complex if False else bool)
def _(x):
    return f"float-or-bool {x}"
print(show(1), show(True), show(1.5), show([1, 2]), show((1,)), show('s'), show({}), show(None))
print(show.dispatch(int).__name__, show.dispatch(str) is show_seq, sorted(t.__name__ for t in show.registry))
class MyInt(int): pass
print(show(MyInt(5)))
show.register(MyInt, lambda x: "myint")
print(show(MyInt(5)))
class Custom: pass
cabc.Sequence.register(Custom)
print(show(Custom()))
try:
    show()
except TypeError as e:
    print(e)
try:
    show.register(lambda x: x)
except TypeError as e:
    print('TypeError', str(e)[:40])
print(show.__name__, show.__wrapped__.__name__)

class Neg:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")
    @neg.register(int)
    def _(self, arg):
        return -arg
    @neg.register(bool)
    def _(self, arg):
        return not arg
print(Neg().neg(5), Neg().neg(True))
try:
    Neg().neg('x')
except NotImplementedError as e:
    print(e)

class Data:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    @cached_property
    def total(self):
        "Sum it."
        self.calls += 1
        return sum(range(self.n))
d = Data(10)
print(d.total, d.total, d.calls, 'total' in d.__dict__, Data.total.__doc__, type(Data.total).__name__)
del d.total
print(d.total, d.calls)
d.total = 5
print(d.total)
cp = cached_property(lambda self: 1)
try:
    cp.__get__(d, Data)
except TypeError as e:
    print(e)
try:
    class Two:
        a = cp
        b = cp
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e.__cause__ if e.__cause__ else e)
class Slotted:
    __slots__ = ('x',)
    @cached_property
    def val(self):
        return 1
try:
    Slotted().val
except TypeError as e:
    print(e)

class Cell:
    def __init__(self): self.alive = False
    def set_state(self, state): self.alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell()
c.set_alive(); print(c.alive)
c.set_dead(); print(c.alive)
print(repr(partialmethod(Cell.set_state, 1))[:35])
try:
    partialmethod(1)
except TypeError as e:
    print(e)
