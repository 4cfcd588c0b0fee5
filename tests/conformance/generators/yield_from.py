def inner():
    yield 1
    yield 2
    return "inner-result"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [10, 20]
    yield from "ab"
    yield from range(2)
    return "outer-result"
g = outer()
print(list(g))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, 4], []], [[5]], 6])))
def delegate():
    result = yield from outer()
    yield result
print(list(delegate()))
def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield "node" + str(depth)
    yield from tree(depth - 1)
    yield from tree(depth - 1)
print(list(tree(2)))
