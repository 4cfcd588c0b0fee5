class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        print("type:", exc_type)
        print("value:", repr(exc_value))
        print("isinstance:", isinstance(exc_value, exc_type) if exc_type else None)
        print("tb is None:", traceback is None)
        if exc_value is not None:
            print("args:", exc_value.args)
        return True


with Inspect():
    pass
print("--")
with Inspect():
    raise KeyError("key", 2)
print("--")
with Inspect():
    raise StopIteration
print("--")
with Inspect():
    1 / 0
print("--")


class MyErr(Exception):
    def __repr__(self):
        return "MyErr!"


with Inspect():
    raise MyErr("custom")
