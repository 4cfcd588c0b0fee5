class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, str(value).upper())

    def shout(self):
        return self + "!"


u = Upper("hello")
print(u, len(u), u.shout(), type(u.shout()).__name__)
print(u == "HELLO", isinstance(u, str), type(u).__name__)
print(u.lower(), type(u.lower()).__name__)
print(u[1:3], type(u[1:3]).__name__)
print(repr(u), str(u), type(str(u)).__name__)
print({u: 1}["HELLO"])
print(Upper(123), Upper(None))


class Tagged(str):
    def __init__(self, value, tag="none"):
        self.tag = tag

    def __new__(cls, value, tag="none"):
        return super().__new__(cls, value)

    def __repr__(self):
        return "Tagged(%s, tag=%s)" % (str.__repr__(self), self.tag)


t = Tagged("text", tag="important")
print(t, repr(t), t.tag)
print([t])
print(t + "x", "x" + t, t * 2)
print(t.split("x"), "".join([t, t]))
print(f"{t:>8}|", "%s" % t, "{}".format(t))


class CaseInsensitive(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.lower())


c = CaseInsensitive("AbC")
print(c == "abc", c == "ABC", c != "abd", "abc" == c)
print(c in ["x", "ABC"])
