def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9))
counter = 10
def snap(x=counter):
    return x
counter = 20
print(snap(), snap(5))
def none_default(items=None):
    if items is None:
        items = []
    items.append(1)
    return items
print(none_default(), none_default(), none_default([0]))
print(greet.__defaults__, power.__name__)
