match = [1, 2]
case = "case"
print(match, case)


def match_fn(*args):
    return args


match_fn(1)
print(match[0], match[1:])
_ = 5
match match:
    case [case, _]:
        print("case bound to", case)


class match_cls:
    case = 3


print(match_cls.case)
match = {"match": "case"}
match match:
    case {"match": case}:
        print(case)
print([match for match in range(3)])


def g(match, case=None):
    return match, case


print(g(1, case=2))
