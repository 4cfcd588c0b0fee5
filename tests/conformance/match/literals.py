def lit(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.5:
            return "minus two and a half"
        case "a" "b":
            return "ab"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 100000000000000000000:
            return "big"
        case _:
            return "other"


for v in [0, 0.0, -1, -1.0, 1.5, -2.5, "ab", b"raw", bytearray(b"raw"), None, True, False,
          1, 10 ** 20, "zero", [], (), 2]:
    print(repr(v), lit(v))

# True/False/None compare by identity; numbers by ==.
match 1:
    case True:
        print("1 is True?")
    case 1:
        print("1 matched 1")
match True:
    case 1:
        print("True == 1")
match 0.0:
    case False:
        print("0.0 is False?")
    case 0:
        print("0.0 == 0")


class Eq:
    def __eq__(self, other):
        print("__eq__ called with", other)
        return other == "yes"


match Eq():
    case "no":
        print("no")
    case "yes":
        print("yes")
