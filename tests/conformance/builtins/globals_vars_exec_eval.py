x = 10
g = globals()
print(g["x"], "x" in g, "nonexistent" in g, g["__name__"])
g["injected"] = 99
print(injected)
print(eval("x * 2"), eval("1 + 2 * 3"), eval("[i for i in range(3)]"), eval("len('abc')"))
print(eval("a + b", {"a": 1, "b": 2}), eval("x", {"x": "from dict"}), eval("y", {}, {"y": "local"}))
exec("z = x + 5")
print(z)
ns = {}
exec("def sq(n):\n    return n * n\nresult = sq(7)", ns)
print(ns["result"], ns["sq"](3))
exec("for i in range(3): print('exec loop', i)")
code = "total = 0\nfor k in range(5):\n    total += k\n"
env = {}
exec(code, env)
print(env["total"])
def f():
    local_v = 1
    return sorted(locals().items())
print(f())
class Obj:
    pass
o = Obj()
o.a = 1
o.b = "two"
print(vars(o))
print(eval("  42  "), exec("pass"))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError caught")
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
