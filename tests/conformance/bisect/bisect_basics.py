import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right, insort

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 4, 8, 9]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 2, 2), bisect_right(a, 2, 0, 3), bisect_left(a, 8, 0, 3), bisect_right(a, 2, hi=2))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort(b, x)
print(b)
insort_left(b, 5); insort_right(b, 5, 0, 3); print(b)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect_left(recs, 3, key=lambda r: r[1]), bisect_right(recs, 3, key=lambda r: r[1]))
insort_left(recs, ('x', 3), key=lambda r: r[1]); insort_right(recs, ('y', 3), key=lambda r: r[1])
print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect_right(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: bisect_left(a, 1, -1))
t(lambda: bisect_right(a, 1, -5, 3))
t(lambda: insort_left(a, 1, -1))
t(lambda: bisect_left(a, 'x'))
t(lambda: bisect_left(a, 1, 100))
class L(list):
    def insert(self, i, x):
        print('insert', i, x)
        super().insert(i, x)
l = L([1, 3])
insort(l, 2)
print(l)
print(bisect_left(range(0, 100, 5), 42), bisect_right('acegik', 'f'), bisect_left((1, 2, 3), 2.5))
