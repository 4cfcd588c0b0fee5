# Generators still suspended inside try/finally when the program ends are closed at exit, in
# the order the module defined them: finally blocks and GeneratorExit handlers run.
def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


def h():
    try:
        yield "x"
    except GeneratorExit:
        print("GeneratorExit seen")
        raise


it = g()
print(next(it))
it2 = h()
print(next(it2))
print("end")
