class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return "%s: %s" % (self.field, self.problem)


class RangeError(ValidationError):
    def __init__(self, field, value, lo, hi):
        super().__init__(field, "%r not in [%r, %r]" % (value, lo, hi))
        self.value = value


class MissingError(ValidationError):
    pass


def validate(rec):
    if "name" not in rec:
        raise MissingError("name", "required")
    age = rec.get("age", 0)
    if not 0 <= age <= 150:
        raise RangeError("age", age, 0, 150)
    return "valid"


for rec in [{"name": "a", "age": 5}, {"age": 3}, {"name": "b", "age": 200}, {"name": "c", "age": -1}]:
    try:
        print(validate(rec))
    except RangeError as e:
        print("RangeError ->", e, "| value =", e.value, "| args =", e.args)
    except ValidationError as e:
        print(type(e).__name__, "->", e, "| field =", e.field)

errs = []
for rec in [{}, {"name": "x", "age": 999}]:
    try:
        validate(rec)
    except Exception as e:
        errs.append(e)
print([type(e).__name__ for e in errs])
print([str(e) for e in errs])
print(repr(MissingError("f", "p")))


class Empty(Exception):
    """An exception with just a docstring."""


try:
    raise Empty
except Empty as e:
    print(repr(e), str(e) == "", e.args, Empty.__doc__)
