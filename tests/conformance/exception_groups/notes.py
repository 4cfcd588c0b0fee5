e = ValueError("x")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__, e.__dict__)
for bad in [3, None, b"bytes"]:
    try:
        e.add_note(bad)
    except TypeError as err:
        print("TypeError:", err)
e.__notes__ = ("tuple",)
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError:", err)


class NoteList(list):
    pass


e.__notes__ = NoteList(["a"])
e.add_note("b")
print(e.__notes__, type(e.__notes__).__name__)
del e.__notes__
e.add_note("fresh")
print(e.__notes__)
try:
    e.add_note()
except TypeError as err:
    print("TypeError:", err)
try:
    raise e
except ValueError as caught:
    print(caught.__notes__)
for call in [lambda: e.add_note("a", "b"), lambda: e.add_note(note="x"),
             lambda: ExceptionGroup("g", [e]).split(), lambda: ExceptionGroup("g", [e]).subgroup(1, 2),
             lambda: ExceptionGroup("g", [e]).derive()]:
    try:
        call()
    except TypeError as err:
        print("TypeError:", err)
