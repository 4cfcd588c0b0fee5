# gc.callbacks: each callback gets ("start"|"stop", info) around an explicit collection;
# info has the generation, and on "stop" the collected/uncollectable counts. Automatic
# collection is off so only explicit collections call them.
import gc

gc.disable()
gc.collect()


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


def make_pair():
    a = Node("a")
    b = Node("b")
    a.other = b
    b.other = a


log = []


def cb(phase, info):
    log.append((phase, sorted(info.items())))
    if phase == "stop":
        print("cb", phase, info["generation"], info["collected"], info["uncollectable"])
    else:
        print("cb", phase, info["generation"])


def second(phase, info):
    print("second", phase)


print("callbacks", gc.callbacks, type(gc.callbacks).__name__)
gc.callbacks.append(cb)
print("collect ->", gc.collect())
make_pair()
print("collect ->", gc.collect())
make_pair()
make_pair()
print("collect(0) ->", gc.collect(0))
print("collect(1) ->", gc.collect(1))
print("start info", log[0])
print("stop info", log[3])

gc.callbacks.append(second)
make_pair()
print("both ->", gc.collect())
gc.callbacks.remove(cb)
print("only second ->", gc.collect())
gc.callbacks.clear()
print("none ->", gc.collect())
print("callbacks now", gc.callbacks)


# a callback that raises: the exception is reported on stderr as unraisable, the collection
# and the other callbacks go on
def noisy(phase, info):
    if phase == "stop":
        raise RuntimeError("boom in gc callback")


def after(phase, info):
    print("after", phase)


gc.callbacks.append(noisy)
gc.callbacks.append(after)
make_pair()
print("noisy ->", gc.collect())
gc.callbacks.clear()
print("done")
