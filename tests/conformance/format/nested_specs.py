values = [3.14159, 2.71828, 1.41421, 1234.5]
for width in [8, 10, 12]:
    for prec in [1, 3]:
        print(f"[{values[0]:{width}.{prec}f}] [{values[3]:>{width},.{prec}f}] [{values[1]:<{width}.{prec}e}]")
fill, align = "*", "^"
print(f"{'mid':{fill}{align}11}", "{:{}{}{}}".format("x", "-", ">", 5))
for sign in ["+", "-", " "]:
    print(f"|{5:{sign}}|{-5:{sign}}|{2.5:{sign}.1f}|")
spec = ">10.2f"
print(f"[{3.14159:{spec}}]", format(3.14159, spec), "{:{s}}".format(2.0, s=spec))
for base in ["b", "o", "x", "X", "d"]:
    print(base, f"{255:{base}}", f"{255:#{base}}", f"{255:#012{base}}")
