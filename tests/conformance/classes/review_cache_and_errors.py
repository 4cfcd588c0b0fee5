# Review findings kept fixed: a descriptor whose class gains __set__ after attribute sites warmed
# up, __mro__/__bases__ assignment and deletion errors, AttributeError name/obj from every path.
class D:
    def __get__(self, o, t=None): return 'D.get'
class A:
    x = D()
a = A()
a.x = 'inst'            # D is a non-data descriptor: goes to the instance
def rd(o): return o.x
def wr(o, v): o.x = v
for i in range(3): rd(a); wr(a, 'inst')
D.__set__ = lambda self, o, v: print('D.set', v)   # D is now a data descriptor
print(rd(a))
wr(a, 'w')
print(a.__dict__)

class A0: pass
class B: pass
class C(A0): pass
for stmt in ["C.__mro__ = ()", "del C.__mro__", "del C.__bases__"]:
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__, e)

class A2: pass
a = A2()
try: a.missing
except AttributeError as e: print(e.name, e.obj is a, e)
try: getattr(a, 'm2')
except AttributeError as e: print(e.name, e.obj is a)
try: A2.nope
except AttributeError as e: print(e.name, e.obj is A2, e)
try: (1).nope
except AttributeError as e: print(e.name, e.obj, e)
class G:
    def __getattr__(self, n): raise AttributeError(n)
try: G().zz
except AttributeError as e: print(repr(e.name), type(e.obj).__name__, e)
try: object.__getattribute__(a, 5)
except TypeError as e: print(e)
try: del a.nothing
except AttributeError as e: print(e, e.name)
