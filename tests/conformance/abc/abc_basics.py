from abc import ABC, ABCMeta, abstractmethod, abstractproperty, abstractclassmethod, abstractstaticmethod, get_cache_token
import abc

class Base(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name()} {self.area()}"

try:
    Base()
except TypeError as e:
    print(e)
print(sorted(Base.__abstractmethods__))

class Half(Base):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print(e)

class Full(Half):
    def name(self): return "full"
print(Full().describe(), Full.__abstractmethods__)

class P(ABC):
    @property
    @abstractmethod
    def value(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
print(sorted(P.__abstractmethods__))

class Old(metaclass=ABCMeta):
    @abstractproperty
    def p(self): ...
    @abstractclassmethod
    def c(cls): ...
    @abstractstaticmethod
    def s(): ...
print(sorted(Old.__abstractmethods__))

class Registered(ABC):
    pass
class Plain:
    pass
print(issubclass(Plain, Registered), isinstance(Plain(), Registered))
print(Registered.register(Plain) is Plain)
print(issubclass(Plain, Registered), isinstance(Plain(), Registered))
Registered.register(int)
print(isinstance(3, Registered), issubclass(bool, Registered))
try:
    Registered.register(3)
except TypeError as e:
    print(e)
class Child(Registered):
    pass
try:
    Child.register(Registered)
except RuntimeError as e:
    print(e)
try:
    issubclass(3, Registered)
except TypeError as e:
    print(e)

class Hooked(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hooked:
            return hasattr(C, 'quack')
        return NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Hooked), isinstance(Duck(), Hooked), issubclass(int, Hooked))
print(type(get_cache_token()).__name__)
print(type(ABC), ABC.__slots__, isinstance(Base, ABCMeta))

class C(ABC):
    @abstractmethod
    def f(self): pass
C.f = lambda self: 1
abc.update_abstractmethods(C)
print(C.__abstractmethods__, C().f())
