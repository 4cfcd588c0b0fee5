class Tracker:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        print("  enter", self.tag)
        return self.tag

    def __exit__(self, t, e, tb):
        print("  exit", self.tag, t.__name__ if t else "-")


for i in range(5):
    with Tracker(i) as t:
        if t == 1:
            print("  continue at", t)
            continue
        if t == 3:
            print("  break at", t)
            break
        print("  body", t)
print("after for")


def find(items, target):
    for idx, item in enumerate(items):
        with Tracker("item-" + item):
            if item == target:
                return idx
    return -1


print("found at", find(["a", "b", "c"], "b"))
print("found at", find(["x"], "z"))
n = 0
while True:
    with Tracker("w%d" % n):
        n += 1
        if n >= 2:
            break
print("while done", n)


def nested_return():
    with Tracker("outer"):
        for j in range(3):
            with Tracker("inner%d" % j):
                if j == 1:
                    return "returned from inner%d" % j


print(nested_return())
