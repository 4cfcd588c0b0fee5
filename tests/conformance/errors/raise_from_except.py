try:
    {}["missing"]
except KeyError as e:
    print("caught", repr(e))
    raise RuntimeError("lookup failed") from e
