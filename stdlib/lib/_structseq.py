"""Struct sequences for the sys module (sys.version_info, sys.flags, ...): tuples with named,
read-only fields whose type cannot be instantiated from Python, as CPython's structseq types;
and the simple namespace that sys.implementation is."""


def structseq(qualname, fields, values):
    """An instance of a new struct sequence type named `qualname` ('sys.flags')."""
    module, _, name = qualname.rpartition(".")

    def __new__(cls, *args, **kwargs):
        raise TypeError(f"cannot create '{qualname}' instances")

    def __repr__(self):
        parts = ", ".join(f"{f}={v!r}" for f, v in zip(fields, self))
        return f"{qualname}({parts})"

    def __setattr__(self, name, value):
        if name in fields:
            raise AttributeError("readonly attribute")
        raise AttributeError(f"'{qualname}' object has no attribute '{name}'")

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{qualname}' object")

    namespace = {
        "__module__": module,
        "__slots__": (),
        "__new__": __new__,
        "__repr__": __repr__,
        "__setattr__": __setattr__,
        "__reduce__": __reduce__,
        "n_fields": len(fields),
        "n_sequence_fields": len(fields),
        "n_unnamed_fields": 0,
        "__match_args__": tuple(fields),
    }
    for i, field in enumerate(fields):
        namespace[field] = property(lambda self, i=i: tuple.__getitem__(self, i))
    cls = type(name, (tuple,), namespace)
    return tuple.__new__(cls, values)


class SimpleNamespace:
    """types.SimpleNamespace: attributes given as keywords, shown in order."""

    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"namespace({items})"

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


SimpleNamespace.__module__ = "types"
