ages = {"ann": 31, "bob": 42}
for name in ["ann", "bob", "cy"]:
    print(name, ages[name])
