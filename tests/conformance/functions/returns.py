def multi():
    return 1, "two", [3]
a, b, c = multi()
print(multi(), a, b, c)
def early(x):
    if x > 0:
        return "positive"
    print("not positive branch")
print(early(1), early(-1))
def loop_return(items):
    for i, x in enumerate(items):
        if x == "stop":
            return i
    return -1
print(loop_return(["a", "stop", "b"]), loop_return([]))
def finally_return():
    try:
        return "try"
    finally:
        print("finally runs")
print(finally_return())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
def nested():
    def inner(x):
        return x * 2
    return inner(21)
print(nested())
def fn_attrs(a, b=2, *c, d, **e):
    "docstring here"
    return a
print(fn_attrs.__name__, fn_attrs.__doc__, fn_attrs(1, d=4))
def returns_func():
    return len
print(returns_func()("abcd"))
