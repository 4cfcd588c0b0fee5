class Box:
    def __init__(self):
        self._w = 1

    def get_w(self):
        return self._w

    def set_w(self, v):
        self._w = max(0, v)

    def del_w(self):
        print("deleting w")
        del self._w

    width = property(get_w, set_w, del_w, "the width")
    readonly = property(lambda self: "ro:" + str(self._w))


b = Box()
print(b.width)
b.width = -5
print(b.width)
b.width = 7
print(b.width, b.readonly)
print(Box.width.__doc__)
del b.width
print(hasattr(b, "_w"))
try:
    b.width
except AttributeError as e:
    print("AttributeError:", e)


class Sub(Box):
    @Box.width.getter
    def width(self):
        return self._w * 100


s = Sub()
print(s.width)
s.width = 3
print(s.width, s._w)
print(Box.width.fget is Sub.width.fget)
print(Box.width.fset is Sub.width.fset)
b.__dict__["width"] = "shadow?"
b.width = 4
print(b.width, b.__dict__["width"])
