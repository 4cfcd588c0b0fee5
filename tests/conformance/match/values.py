class Color:
    RED = 1
    GREEN = 2

    class Inner:
        BLUE = 3


def name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Color.Inner.BLUE:
            return "blue"
        case _:
            return "unknown"


print([name(i) for i in range(5)])


class Lookups:
    def __getattr__(self, n):
        print("lookup", n)
        return len(n)


ns = Lookups()
match 3:
    case ns.ab:
        print("ab")
    case ns.abc:
        print("abc")
    case ns.abcd:
        print("abcd")

# A dotted name is a value pattern, a bare name is a capture.
RED = 99
match 5:
    case Color.RED:
        print("no")
    case RED:
        print("captured", RED)
