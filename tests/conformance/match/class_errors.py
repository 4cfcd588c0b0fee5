def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


class NoArgs:
    pass


class ListArgs:
    __match_args__ = ["a"]


class BadElem:
    __match_args__ = ("a", 2)
    a = 1


class Two:
    __match_args__ = ("a", "b")
    a = 1
    b = 2


def t1():
    match NoArgs():
        case NoArgs(x):
            pass


def t2():
    match ListArgs():
        case ListArgs(x):
            pass


def t3():
    match BadElem():
        case BadElem(x, y):
            pass


def t4():
    match Two():
        case Two(1, 2, 3):
            pass


def t5():
    match Two():
        case Two(1, a=1):
            pass


def t6():
    not_a_type = len
    match 3:
        case not_a_type():
            pass


def t7():
    match 3:
        case int(1, 2):
            pass


def t8():
    match Two():
        case Two(b=2, a=1):
            print("keywords in any order")


def t9():
    match BadElem():
        case BadElem(x):
            print("only the used elements are checked:", x)


def t10():
    match "x":
        case ListArgs(x):
            pass
    print("isinstance is checked first")


for t in [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10]:
    attempt(t)
