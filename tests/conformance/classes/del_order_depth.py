# __del__ order details: owners before what they own, depth first; slots before the __dict__;
# list.clear() last to first; globals such as modules still usable by __del__ at exit.
import sys

class N:
    def __init__(self, name, child=None): self.name = name; self.child = child
    def __del__(self): print('del', self.name)
lst = [N('A', N('C')), N('B', N('D'))]
del lst

class N2:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
class S:
    __slots__ = ('a', '__dict__')
s = S(); s.x = N2('dict attr'); s.a = N2('slot attr')
del s

class N3:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
l = [N3(0), N3(1), N3(2)]
l.clear()

class LastWords:
    def __del__(self):
        sys.stdout.write('last words at exit\n')


keeper = LastWords()
