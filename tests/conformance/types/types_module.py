import types
import sys

def f():
    pass
def g():
    yield 1
class C:
    def m(self):
        pass
print(type(f) is types.FunctionType, types.LambdaType is types.FunctionType, isinstance(g(), types.GeneratorType))
print(isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType))
print(isinstance(f.__code__, types.CodeType), isinstance(type.__dict__, types.MappingProxyType))
print(types.NoneType, types.EllipsisType, types.NotImplementedType, types.GenericAlias)
print(types.NoneType is type(None), type(...) is types.EllipsisType)
m = types.ModuleType('mymod', 'docs')
print(m.__name__, m.__doc__, repr(m))
m.x = 1
print(m.x)
try:
    types.ModuleType(5)
except TypeError as e:
    print(e)
bm = types.MethodType(lambda self, y: (self, y), 10)
print(bm(2))
try:
    types.MethodType(5, 1)
except TypeError as e:
    print(e)
ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x'), ns != types.SimpleNamespace(a=2))
ns.c = [ns]
print(ns)
del ns.c
print(repr(types.SimpleNamespace()), ns.__dict__)
class NS(types.SimpleNamespace):
    pass
print(NS(z=1))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(type(e).__name__)
try:
    hash(ns)
except TypeError as e:
    print('unhashable')
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType))

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['made_by'] = 'Meta'
        return super().__new__(mcls, name, bases, ns)
def body(ns):
    ns['x'] = 42
K = types.new_class('K', (C,), {'metaclass': Meta}, body)
print(K.__name__, K.x, K.made_by, type(K).__name__, K.__bases__[0] is C)
print(types.prepare_class('P', (), {'metaclass': Meta, 'flag': 1})[2])
print(types.resolve_bases((C, int)))
class Entry:
    def __mro_entries__(self, bases):
        return (C,)
print(types.resolve_bases((Entry(), int)))
Z = types.new_class('Z', (Entry(),))
print(Z.__bases__ == (C,), Z.__orig_bases__[0].__class__.__name__)

class Dyn:
    @types.DynamicClassAttribute
    def name(self):
        return 'inst'
print(Dyn().name)
try:
    Dyn.name
except AttributeError:
    print('class access raises AttributeError')
async_ok = hasattr(types, 'CoroutineType')
try:
    types.coroutine(5)
except TypeError as e:
    print(e)
def plain():
    return 7
print(types.coroutine(plain)())
