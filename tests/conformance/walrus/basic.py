if (n := 10) > 5:
    print("n is", n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) > 10], y)
total = 0
vals = iter([3, 1, 4, 1, 5, 0, 9])
while (v := next(vals)) != 0:
    total += v
    print("v", v, "total", total)
print((a := 5) + a, a)
print([last := i for i in range(4)], last)
def f(x):
    return (z := x + 1) * z
print(f(3))
print(any((hit := w) == "needle" for w in ["hay", "needle", "more"]), hit)
stack = [1, 2, 3]
while stack and (top := stack.pop()) != 2:
    print("popped", top)
print(stack, top)
if not (m := []) and (k := len(m)) == 0:
    print("empty", m, k)
