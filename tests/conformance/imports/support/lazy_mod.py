EAGER = 1


def __getattr__(name):
    if name == "LAZY":
        return "computed " + name
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["LAZY", "EAGER", "zzz"]
