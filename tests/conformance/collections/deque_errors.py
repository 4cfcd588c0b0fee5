from collections import deque

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = deque([1, 2, 3])
t(lambda: deque().pop())
t(lambda: deque().popleft())
t(lambda: d[3])
t(lambda: d[-4])
t(lambda: d['a'])
t(lambda: d[1:2])
t(lambda: d.index(7))
t(lambda: d.remove(7))
t(lambda: deque([1], maxlen=1).insert(0, 2))
t(lambda: d + [1])
t(lambda: d.rotate('x'))
t(lambda: deque([], 'a'))
t(lambda: deque([], -1))
t(lambda: deque([], 1.5))
t(lambda: deque(1))
t(lambda: deque([], 1, 2))
t(lambda: deque(x=1))
t(lambda: d * 'a')
t(lambda: d.__hash__)
t(lambda: d.append())
t(lambda: d.index())
def mutate():
    dd = deque([1, 2, 3])
    for x in dd:
        dd.append(x)
t(mutate)
def mutate2():
    dd = deque([1, 2, 3])
    it = iter(dd)
    next(it)
    dd.popleft()
    next(it)
t(mutate2)
class Evil:
    def __eq__(self, other):
        dd.clear()
        return False
dd = deque([1, Evil(), 3])
t(lambda: dd.count(3))
dd = deque([Evil(), 1])
t(lambda: dd.index(1))
dd = deque([Evil(), 1])
t(lambda: dd.remove(1))
del d[0]
t(lambda: d)
it = iter(deque([1, 2, 3]))
print(it.__length_hint__(), next(it), it.__length_hint__())
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)
t(lambda: deque.maxlen.__get__(deque([], 5)))
t(lambda: setattr(deque(), 'maxlen', 3))
