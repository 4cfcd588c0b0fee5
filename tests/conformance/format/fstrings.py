x = 42
pi = 3.14159265
name = "World"
print(f"Hello, {name}!", f"{x}", f"{x + 1}", f"{x * 2 = }")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:e} {x:05d} {x:x} {x:#b}")
print(f"{name!r} {name!s} {name:>8} {name:_<8} {name:^9}|")
w, p = 10, 3
print(f"[{pi:{w}.{p}f}]", f"[{x:{w}}]", f"[{name:{'>'}{w}}]")
items = [1, 2, 3]
d = {"a": 1}
print(f"{items} {items[0]} {d['a']} {len(items)} {sum(items)/len(items):.2f}")
print(f"{'nested'} {'q' + 'uote'!r} {{braces}} {x}{x}")
print(f"{1234567:,} {1234567.5:,.1f} {0.5:%} {-5:+} {5:+} {-0.0}")
print(f"{x if x > 40 else 0} {[i * i for i in range(4)]}")
print(f"{3.0} {1e20} {1/3} {True} {None} {b'x'}")
a = "multi"
print(f"{a}"
      f"-{a.upper()}")
val = 7
print(f"{val=}", f"{val = }", f"{val=:03d}", f"{name=!s}")
