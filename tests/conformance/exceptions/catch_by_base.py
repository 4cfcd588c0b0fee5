def trigger(kind):
    if kind == "zero":
        return 1 // 0
    if kind == "index":
        return [][1]
    if kind == "key":
        return {}["missing"]
    if kind == "overflow":
        return 2.0 ** 10000
    if kind == "type":
        return "a" + 1
    if kind == "value":
        return int("x")
    if kind == "attr":
        return None.foo
    if kind == "name":
        return undefined_name
    if kind == "unicode":
        return b"\xff".decode("utf-8")
    if kind == "recursion":
        def f():
            return f()
        return f()
    return "ok"


for kind in ["zero", "index", "key", "overflow", "type", "value", "attr", "name", "unicode", "recursion", "none"]:
    try:
        result = trigger(kind)
    except ArithmeticError as e:
        print(kind, "ArithmeticError branch:", type(e).__name__)
    except LookupError as e:
        print(kind, "LookupError branch:", type(e).__name__, e)
    except (TypeError, AttributeError) as e:
        print(kind, "Type/Attr branch:", type(e).__name__)
    except ValueError as e:
        print(kind, "ValueError branch:", type(e).__name__)
    except RuntimeError as e:
        print(kind, "RuntimeError branch:", type(e).__name__)
    except Exception as e:
        print(kind, "Exception branch:", type(e).__name__, e)
    else:
        print(kind, "no exception:", result)
