def f(x):
    match x:
        case [a, b] | (b, a, _):
            return ("pair-ish", a, b)
        case {"k": v} | [_, _, _, v]:
            return ("v", v)
        case (1 | 2 | 3) as small:
            return ("small", small)
        case [(1 | 2) as first, *_] as whole:
            return ("starts small", first, whole)
        case str() | bytes() as s:
            return ("text", s)
    return None


for v in [[1, 2], (1, 2, 3), {"k": 4}, [5, 6, 7, 8], 2, [1, 9, 9], [9, 9, 9, 9, 9], "s", b"b", 7]:
    print(f(v))

calls = []


def guard(name, result):
    calls.append(name)
    return result


match 5:
    case int(n) if guard("first", n > 10):
        print("big")
    case int(n) if guard("second", n > 1):
        print("medium", n)
    case _ if guard("third", True):
        print("default")
print(calls)

# Names are bound even when the guard then fails.
match (1, 2):
    case (p, q) if p > q:
        print("never")
    case _:
        print("p, q =", p, q)

match 3:
    case x if x > 5:
        print("big")
    case x:
        print("irrefutable last case", x)

match []:
    case _ if False:
        print("no")
    case _:
        print("wildcard after guarded wildcard")

match 0:
    case 1 | 2:
        print("no")
print("nothing matched, no error")
