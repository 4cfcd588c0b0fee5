import atexit

def first():
    print('first registered, runs last')

def second(a, b=0):
    print('second', a, b)

def dropped():
    print('should not run')

def bad():
    raise ValueError('boom in atexit')

atexit.register(first)
atexit.register(second, 1, b=2)
atexit.register(dropped)
atexit.unregister(dropped)
atexit.register(bad)

@atexit.register
def decorated():
    print('decorated runs first')
try:
    atexit.register(5)
except TypeError as e:
    print(e)
print('main done')
