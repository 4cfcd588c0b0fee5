# compile(..., 'single'): expression statements go through sys.displayhook.
import sys

exec(compile("1 + 2", "<s>", "single"))
print("_ is", _)
exec(compile("None", "<s>", "single"))
print("_ still", _)
exec(compile("'text'", "<s>", "single"))
exec(compile("x = 5", "<s>", "single"))
exec(compile("x * 3", "<s>", "single"))
exec(compile("if x:\n    x + 1\n    x + 2\n", "<s>", "single"))
exec(compile("for i in range(3): i\n", "<s>", "single"))
exec(compile("def f():\n    42\n", "<s>", "single"))
print(f())
exec(compile("[1, 'a', None]", "<s>", "single"))
print(_)
seen = []
sys.displayhook = seen.append
exec(compile("7", "<s>", "single"))
exec(compile("None", "<s>", "single"))
sys.displayhook = sys.__displayhook__
print(seen)
sys.__displayhook__(None)
sys.__displayhook__(99)
print(_)
del sys.displayhook
try:
    exec(compile("1", "<s>", "single"))
except RuntimeError as e:
    print("RuntimeError", e)
sys.displayhook = sys.__displayhook__
c = compile("a = 1; a", "<s>", "single")
exec(c)
print(type(c).__name__, c.co_name, c.co_filename)
print(eval(compile("2 ** 10", "<s>", "single")))
