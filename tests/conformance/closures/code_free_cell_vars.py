# A code object names its free and cell variables and the globals/attributes it uses.
def outer():
    a = 1
    b = 2
    def inner():
        nonlocal a
        a += b
        return len([a])
    return inner
f = outer()
print(f.__code__.co_freevars, outer.__code__.co_cellvars, f.__code__.co_names, f.__code__.co_varnames, outer.__code__.co_freevars)
print(f(), [c.cell_contents for c in f.__closure__])
