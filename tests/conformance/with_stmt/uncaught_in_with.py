class Closer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, t, e, tb):
        print("close", self.name, "due to", t.__name__ if t else None)
        if t is KeyError:
            raise RuntimeError("cleanup of %s failed" % self.name)
        return False


with Closer("one"):
    print("fine")
with Closer("db"):
    print("about to fail")
    {}["missing"]
print("never")
