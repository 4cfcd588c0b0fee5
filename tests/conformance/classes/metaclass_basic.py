class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], kw)
        ns["added_by_meta"] = name.lower()
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
        cls.initialized = True

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        inst = super().__call__(*args, **kwargs)
        inst.via_meta = True
        return inst

    def describe(cls):
        return "class " + cls.__name__


class A(metaclass=Meta):
    def __init__(self, v):
        print("A.__init__", v)
        self.v = v


class B(A, flag=1):
    pass


print(A.added_by_meta, B.added_by_meta, B.initialized)
a = A(1)
print(a.v, a.via_meta)
b = B(2)
print(type(B) is Meta, type(b) is B)
print(A.describe(), B.describe())
print(hasattr(a, "describe"))
print(isinstance(A, Meta), isinstance(A, type))
print(type(A))
