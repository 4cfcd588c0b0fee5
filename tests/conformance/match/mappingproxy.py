class A:
    x = 1


match A.__dict__:
    case {"x": value}:
        print("mappingproxy is a mapping", value)
match A.__dict__:
    case [*_]:
        print("no")
    case _:
        print("not a sequence")
match {"a": 1}.keys():
    case {}:
        print("keys views are not mappings")
    case [*_]:
        print("nor sequences")
    case _:
        print("neither")
