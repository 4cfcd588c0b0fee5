import heapq
from heapq import *

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heappush(h, x)
print(h, heappop(h), h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapify(data)
print(data, [heappop(data) for _ in range(len(data))])
h = [1, 3, 5]
print(heapreplace(h, 4), h, heappushpop(h, 0), h, heappushpop(h, 10), h)
print(nsmallest(3, [5, 1, 8, 3, 9, 2]), nlargest(3, [5, 1, 8, 3, 9, 2]))
print(nsmallest(2, ['bb', 'a', 'ccc', 'dd'], key=len), nlargest(2, ['bb', 'a', 'ccc', 'dd'], key=len))
print(nsmallest(1, [3, 1, 2]), nlargest(1, []), nsmallest(0, [1]), nlargest(10, [1, 3, 2]))
print(nsmallest(3, iter([4, 4, 1, 1, 2, 2])), nlargest(3, iter(range(20))))
pairs = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd'), (1, 'e')]
print(nsmallest(3, pairs, key=lambda p: p[0]), nlargest(3, pairs, key=lambda p: p[0]))
print(nsmallest(3, iter(pairs), key=lambda p: p[0]), nlargest(3, iter(pairs), key=lambda p: p[0]))
print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(merge([1, 3], [], [2, 2, 4])), list(merge()), list(merge([1])))
print(list(merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
print(list(merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(merge([(1, 'x'), (2, 'x')], [(1, 'y'), (2, 'y')], key=lambda p: p[0])))
print(list(merge([5, 3], [4, 1], key=lambda v: -v)))
print(list(merge([(3, 'a')], [(3, 'b')], key=lambda p: p[0], reverse=True)))

class Rec:
    def __init__(self, k, tag): self.k, self.tag = k, tag
    def __lt__(self, other):
        log.append((self.tag, other.tag))
        return self.k < other.k
    def __repr__(self): return self.tag
log = []
items = [Rec(k, t) for k, t in [(3, 'a'), (1, 'b'), (3, 'c'), (1, 'd'), (2, 'e'), (1, 'f')]]
hp = []
for r in items:
    heappush(hp, r)
print(hp, len(log))
print([heappop(hp) for _ in range(len(hp))])
print(log)
log.clear()
hp2 = items[:]
heapify(hp2)
print(hp2, log)

def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: heappop([]))
t(lambda: heapreplace([], 1))
t(lambda: heappush((), 1))
t(lambda: heapify(None))
t(lambda: heappush([1], 'a'))
print(sorted(heapq.__all__))
t(lambda: heappop(()))
t(lambda: heapreplace(None, 1))
