def numbers():
    n = 0
    while True:
        n += 1
        yield n
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squares(src):
    for x in src:
        yield x * x
def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x
print(list(take(8, squares(evens(numbers())))))
lines = ["# comment", "alpha 1", "", "beta 22", "gamma 333", "# end"]
def strip_comments(ls):
    for l in ls:
        if l and not l.startswith("#"):
            yield l
def parse(ls):
    for l in ls:
        name, val = l.split()
        yield name, int(val)
print(dict(parse(strip_comments(lines))))
def running_total(src):
    t = 0
    for x in src:
        t += x
        yield t
print(list(running_total(range(1, 11))))
def chunk(seq, size):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf
print(list(chunk(range(10), 3)))
gen = (x for x in range(3))
print(list(zip(gen, "abcdef")), list(gen))
