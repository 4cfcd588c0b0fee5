from collections import deque
import weakref

d = deque([1, 2, 3])
print(d, len(d), d[0], d[-1], 2 in d, 9 in d)
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft('xy')
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); print(d)
d.rotate(100); print(d)
print(d.count('a'), d.index('a'), d.index(2, 1), d.index(3, -6, -1))
d.insert(1, 'I'); d.insert(-1, 'J'); d.insert(100, 'K'); d.insert(-100, 'L')
print(d)
d.remove('I'); print(d)
d.reverse(); print(d)
d[0] = 'first'; d[-1] = 'last'
del d[1]
print(d)
c = d.copy()
print(c == d, c is d, type(c))
d.clear(); print(d, bool(d), bool(c))

m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10); print(m)
m.appendleft(-1); print(m)
m.extend([20, 21]); print(m)
m.extendleft([30]); print(m)
print(deque(maxlen=0), deque('abc', 0), deque('abc', maxlen=None).maxlen)
z = deque(maxlen=0); z.append(1); z.extend([1, 2]); print(z)

print(deque([1, 2]) + deque([3]), deque([1, 2]) * 3, 2 * deque('ab'), deque('ab') * 0)
print(deque('abcd', maxlen=3) * 2, deque('abcd', maxlen=3) + deque('xy'))
e = deque([1]); e += [2, 3]; print(e)
e *= 2; print(e)
e += e; print(e)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) != deque([2]))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) < deque([1, 2, 0]), deque([2]) >= deque([1, 9]))
print(list(reversed(deque('abc'))), list(iter(deque('abc'))))

r = deque(); r.append(r); print(r)
class D(deque):
    pass
sd = D([1, 2], maxlen=4)
print(sd, type(sd.copy()).__name__, sd.copy(), type(sd + sd).__name__)
print(repr(D()), isinstance(sd, deque))
w = weakref.ref(sd)
print(w() is sd)



