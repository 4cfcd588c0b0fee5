x = "outer"
squares = [x * 2 for x in range(3)]
print(x, squares)
i = 100
total = sum(i for i in range(5))
print(i, total)
y = 10
print([y + k for k in range(3)])
def f():
    n = 5
    return [n * k for k in range(3)]
print(f())
class_like = {"base": 3}
print([class_like["base"] * k for k in range(4)])
try:
    [undefined_var for _ in range(1)]
except NameError as e:
    print("NameError:", e)
nested = [[j for j in range(i)] for i in range(4)]
print(nested)
print([(lambda: k)() for k in range(3)])
fs = [lambda: k for k in range(3)]
print([g() for g in fs])
