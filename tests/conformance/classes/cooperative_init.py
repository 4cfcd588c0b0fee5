log = []


class Base:
    def __init__(self, **kw):
        log.append("Base")
        self.rest = sorted(kw.items())


class Named(Base):
    def __init__(self, name=None, **kw):
        log.append("Named")
        self.name = name
        super().__init__(**kw)


class Sized(Base):
    def __init__(self, size=0, **kw):
        log.append("Sized")
        self.size = size
        super().__init__(**kw)


class Thing(Named, Sized):
    def __init__(self, **kw):
        log.append("Thing")
        super().__init__(**kw)


t = Thing(name="box", size=3, color="red")
print(log)
print(t.name, t.size, t.rest)
print([c.__name__ for c in Thing.__mro__])
log.clear()
Sized(size=9)
print(log)
log.clear()
Named(name="n", other=1)
print(log)
