class LoudList(list):
    def __getitem__(self, i):
        print("LoudList.__getitem__", i)
        return super().__getitem__(i)

    def __len__(self):
        print("LoudList.__len__")
        return super().__len__()

    def __iter__(self):
        print("LoudList.__iter__")
        return super().__iter__()

    def __contains__(self, x):
        print("LoudList.__contains__", x)
        return super().__contains__(x)


l = LoudList([1, 2, 3])
print(l[0])
print(len(l))
print(2 in l)
print([x * 2 for x in l])
print(sum(x for x in l))
a, b, c = l
print(a, b, c)
for x in l:
    print("loop", x)
print(l[1:])


class AppendCounter(list):
    appends = 0

    def append(self, x):
        AppendCounter.appends += 1
        super().append(x)


ac = AppendCounter()
ac.append(1)
ac.extend([2, 3])
ac += [4]
ac.insert(0, 0)
print(ac, AppendCounter.appends)


class ValidDict(dict):
    def __setitem__(self, k, v):
        if not isinstance(v, int):
            raise TypeError("int values only")
        super().__setitem__(k, v)


vd = ValidDict()
vd["a"] = 1
try:
    vd["b"] = "x"
except TypeError as e:
    print("TypeError:", e)
vd.update(c="sneaky")
vd.setdefault("d", "also")
print(sorted(vd.items()))
