x = "global"
def read_global():
    return x
def shadow():
    x = "local"
    return x
print(read_global(), shadow(), x)
def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    undefined_function()
except NameError as e:
    print("NameError:", e)
def uses_later():
    return later_defined
later_defined = 42
print(uses_later())
def delete_local():
    y = 1
    del y
    return y
try:
    delete_local()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
