def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a!r}"
        case [a, b]:
            return f"two {a!r} {b!r}"
        case [a, *mid, b] if len(mid) > 2:
            return f"long {a!r} {mid!r} {b!r}"
        case [a, *rest]:
            return f"head {a!r} rest {rest!r}"
        case _:
            return "not a sequence"


for v in [[], [1], (1, 2), [1, 2, 3], range(6), range(3), "ab", b"ab", bytearray(b"ab"),
          {1: 2}, {1, 2}, iter([1, 2]), (x for x in [1]), 42]:
    print(type(v).__name__, seq(v))


class L(list):
    pass


class T(tuple):
    pass


print(seq(L([7, 8])), seq(T((9,))))


class NotSeq:
    def __getitem__(self, i):
        return i

    def __len__(self):
        return 2


print(seq(NotSeq()))

match [1, 2, 3, 4, 5]:
    case [1, *_, 5]:
        print("ends 1..5")
match [1, 2, 3, 4, 5]:
    case [_, _, *_, x, y]:
        print("last two", x, y)
match (1, 2):
    case [*_]:
        print("any sequence")
match [0, [1, (2, 3)], 4]:
    case [0, [a, (b, c)], d]:
        print(a, b, c, d)
match [1, 2, 3]:
    case [*first, 3]:
        print("first", first)
match [1, 2, 3]:
    case (1, *rest):
        print("rest is a list:", rest)
match range(10):
    case [0, 1, *others]:
        print(type(others).__name__, others)


class Loud(list):
    def __len__(self):
        print("len called")
        return super().__len__()

    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)


match Loud([1, 2, 3]):
    case [a, *_, c]:
        print(a, c)
