print("before")
def divide(a, b):
    return a / b
print(divide(10, 4))
print(divide(1, 0))
print("never")
