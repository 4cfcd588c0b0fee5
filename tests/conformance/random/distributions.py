# Needs math (built on another branch): every distribution, number for number.
import random

r = random.Random(2024)
print([repr(r.gauss(0, 1)) for _ in range(5)])
print(repr(r.gauss_next))
print([repr(r.normalvariate(10, 2)) for _ in range(3)])
print([repr(r.lognormvariate(0, 0.5)) for _ in range(3)])
print([repr(r.expovariate(1.5)) for _ in range(3)])
print([repr(r.vonmisesvariate(1.0, 4.0)) for _ in range(3)], repr(r.vonmisesvariate(1.0, 0)))
for a in (0.5, 1.0, 3.0):
    print([repr(r.gammavariate(a, 2.0)) for _ in range(3)])
print([repr(r.betavariate(2.0, 5.0)) for _ in range(3)])
print([repr(r.paretovariate(3.0)) for _ in range(3)])
print([repr(r.weibullvariate(1.0, 1.5)) for _ in range(3)])
print([repr(r.triangular(0, 10, 3)) for _ in range(3)], repr(r.triangular()), r.triangular(2, 2, 2))
print(r.sample(range(10**16), 3))
st = r.getstate()
g1 = r.gauss()
r.setstate(st)
print(g1 == r.gauss())
try:
    r.gammavariate(0, 1)
except ValueError as e:
    print(e)
