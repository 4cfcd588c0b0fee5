def repeat(n):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def ping(x):
    return "ping" + str(x)
print(ping(1))
def prefix(p, sep=": "):
    def deco(func):
        def wrapper(*a, **k):
            return p + sep + func(*a, **k)
        return wrapper
    return deco
@prefix("INFO")
def msg(text):
    return text
@prefix("WARN", sep=" - ")
def warn(text):
    return text
print(msg("started"), "|", warn("careful"))
def validate(lo, hi):
    def deco(func):
        def wrapper(x):
            if not lo <= x <= hi:
                return "out of range: " + str(x)
            return func(x)
        return wrapper
    return deco
@validate(0, 10)
def square(x):
    return x * x
print(square(3), square(11), square(-1))
