# Recursion inside native container operations raises RecursionError with the message
# of CPython's check at that site, and leaves the interpreter usable.
def nested(make, depth):
    x = make(None)
    for _ in range(depth):
        x = make(x)
    return x

def attempt(label, f):
    try:
        r = f()
    except RecursionError as e:
        print(label, '-> RecursionError:', e)
    else:
        print(label, '->', r)

deep_list = nested(lambda x: [x], 100000)
deep_list2 = nested(lambda x: [x], 100000)
deep_tuple = nested(lambda x: (x,), 100000)
deep_dict = nested(lambda x: {'k': x}, 100000)
deep_dict2 = nested(lambda x: {'k': x}, 100000)
attempt('list repr', lambda: len(repr(deep_list)))
attempt('tuple repr', lambda: len(repr(deep_tuple)))
attempt('dict repr', lambda: len(repr(deep_dict)))
attempt('list str', lambda: len(str(deep_list)))
attempt('list ==', lambda: deep_list == deep_list2)
attempt('list !=', lambda: deep_list != deep_list2)
attempt('list <', lambda: deep_list < deep_list2)
attempt('dict ==', lambda: deep_dict == deep_dict2)
attempt('list in', lambda: deep_list2 in [deep_list])

# Moderate nesting still works.
a = nested(lambda x: [x], 100)
b = nested(lambda x: [x], 100)
attempt('shallow ==', lambda: a == b)
attempt('shallow repr', lambda: repr(a).count('['))
attempt('shallow dict ==', lambda: nested(lambda x: {1: x}, 100) == nested(lambda x: {1: x}, 100))
attempt('shallow tuple <', lambda: nested(lambda x: (x, 1), 100) < nested(lambda x: (x, 2), 100))
print(sum(range(10)))
