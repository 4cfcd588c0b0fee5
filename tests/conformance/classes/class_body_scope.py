x = "global x"


class A:
    x = "class x"
    y = x + "!"
    items = [i * 2 for i in range(3)]
    total = sum(items)

    def get_x(self):
        return x

    def get_cls_x(self):
        return self.x


print(A.y, A.items, A.total)
print(A().get_x())
print(A().get_cls_x())


def outer():
    v = "closure v"

    class B:
        w = v + " in class"

        def m(self):
            return v

    return B


B = outer()
print(B.w, B().m())


class C:
    n = 5
    try:
        lst = [n for _ in range(2)]
    except NameError as e:
        err = "NameError: " + str(e)


print(C.err)


class D:
    print("executing D body")
    a = 1
    if a:
        b = 2
    else:
        c = 3
    for i in range(3):
        pass
    del a


print(sorted(k for k in D.__dict__ if not k.startswith("__")))
print(D.b, D.i)
