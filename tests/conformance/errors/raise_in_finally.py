def f():
    try:
        print("in try")
        return 1
    finally:
        print("in finally")
print(f())
try:
    print("outer try")
    raise TypeError("first")
finally:
    print("outer finally runs before the traceback")
