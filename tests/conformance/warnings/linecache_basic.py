# linecache: lines of files (kept until checked), of modules through their loader, encodings.
import linecache
import os
import sys

D = "linecache_tmp"
if not os.path.isdir(D):
    os.mkdir(D)
P = os.path.join(D, "src.py")
with open(P, "w") as f:
    f.write("first\n  second\n\nlast without newline")

print(repr(linecache.getline(P, 1)), repr(linecache.getline(P, 2)), repr(linecache.getline(P, 3)))
print(repr(linecache.getline(P, 4)), repr(linecache.getline(P, 5)), repr(linecache.getline(P, 0)),
      repr(linecache.getline(P, -1)))
print(linecache.getlines(P))
print(P in linecache.cache, len(linecache.cache[P]), linecache.cache[P][0], linecache.cache[P][3] == P)

# The cache keeps the old text until checkcache() sees the file changed.
with open(P, "w") as f:
    f.write("changed\n")
print(repr(linecache.getline(P, 1)))
linecache.checkcache(P)
print(P in linecache.cache, repr(linecache.getline(P, 1)))
linecache.checkcache("not cached at all")
os.remove(P)
print(repr(linecache.getline(P, 1)))
linecache.checkcache()
print(P in linecache.cache, repr(linecache.getline(P, 1)))

# Unreadable names give nothing.
for name in ["<string>", "<stdin>", "", "no/such/file.py", "/no/such/abs.py"]:
    print(repr(name), repr(linecache.getline(name, 1)), linecache.getlines(name))

# Relative names are looked for on sys.path.
with open(os.path.join(D, "found.py"), "w") as f:
    f.write("on the path\n")
sys.path.append(os.path.abspath(D))
print(repr(linecache.getline("found.py", 1)))
print(linecache.cache["found.py"][3] == os.path.join(os.path.abspath(D), "found.py"))
sys.path.pop()
os.remove(os.path.join(D, "found.py"))

# Coding declarations and BOMs.
with open(os.path.join(D, "latin.py"), "wb") as f:
    f.write(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n")
print(repr(linecache.getline(os.path.join(D, "latin.py"), 2)))
with open(os.path.join(D, "bom.py"), "wb") as f:
    f.write(b"\xef\xbb\xbfy = '\xc3\xa9'\n")
print(repr(linecache.getline(os.path.join(D, "bom.py"), 1)))
with open(os.path.join(D, "bad.py"), "wb") as f:
    f.write(b"z = '\xff'\n")
print(repr(linecache.getline(os.path.join(D, "bad.py"), 1)))
for n in ["latin.py", "bom.py", "bad.py"]:
    os.remove(os.path.join(D, n))


# Modules whose file cannot be read, through their loader.
class Loader:
    def get_source(self, name):
        print("get_source", name)
        return "def f():\n    return %r" % name


g = {"__name__": "mod", "__loader__": Loader()}
print(linecache.lazycache("virtual.py", g), linecache.lazycache("virtual.py", g))
print(len(linecache.cache["virtual.py"]))
print(repr(linecache.getline("virtual.py", 2)))
print(repr(linecache.getline("virtual.py", 2)))
print(linecache.lazycache("virtual.py", g), linecache.cache["virtual.py"][1])
print(linecache.lazycache("<string>", g), linecache.lazycache("x.py", {}), linecache.lazycache("y.py", None))
print(repr(linecache.getline("other_virtual.py", 1, g)))
print(repr(linecache.getline("none_source.py", 1,
                             {"__name__": "m", "__loader__": type("N", (), {"get_source": lambda s, n: None})()})))

linecache.clearcache()
print(linecache.cache)
os.rmdir(D)
