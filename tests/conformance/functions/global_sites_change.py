# One global-name site in a loop while the names change under it: a global rebound, deleted and
# re-created, a builtin shadowed by a global and unshadowed, globals() edited directly, and
# functions run with other globals by exec.
def read_x():
    return x


def use_len(s):
    return len(s)


x = 1
out = []
for step in range(6):
    out.append(read_x())
    if step == 0:
        x = "rebound"
    elif step == 1:
        del x
        try:
            read_x()
        except NameError as e:
            out.append(str(e))
        x = "recreated"
    elif step == 2:
        globals()["x"] = "via globals()"
    elif step == 3:
        globals().update({"y": 1, "z": 2, "x": "after update"})
print(out)

lens = []
for step in range(5):
    lens.append(use_len("abc"))
    if step == 0:
        len = lambda s: "shadowed"
    elif step == 1:
        del len
    elif step == 2:
        globals()["len"] = lambda s: "set through globals()"
    elif step == 3:
        globals().pop("len")
print(lens)

namespace = {"x": "exec globals"}
exec("def f():\n    return x\n", namespace)
results = []
for i in range(3):
    results.append(namespace["f"]())
    results.append(read_x())
    namespace["x"] = f"exec {i}"
print(results)


def count_up(n):
    total = 0
    for i in range(n):
        total += abs(-i) + max(i, 0)
    return total


print(count_up(100))
for name in [f"g{i}" for i in range(40)]:
    globals()[name] = len(name)
print(read_x(), g39, count_up(10))
