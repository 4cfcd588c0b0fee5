def outer(v):
    match v:
        case [x, y]:
            pass
        case _:
            x = y = None

    def inner():
        return x, y

    return inner()


print(outer([1, 2]), outer(3))

counter = 0


def set_global(v):
    global counter
    match v:
        case int(counter):
            pass
    return counter


print(set_global(7), counter)


class C:
    match (1, 2):
        case (a, b):
            total = a + b


print(C.a, C.b, C.total)


def unbound():
    match 1:
        case 2 as z:
            pass
    try:
        print(z)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


unbound()


def in_loop():
    out = []
    for item in [1, "a", [2], None]:
        match item:
            case int():
                continue
            case str():
                out.append("s")
            case [n]:
                out.append(n)
                break
        out.append("after")
    return out


print(in_loop())


def returns(v):
    match v:
        case 1:
            return "one"
        case _:
            pass
    return "fell through"


print(returns(1), returns(2))
print([y for x in [[1], [2, 3]] for y in (x if len(x) > 1 else [0])])
