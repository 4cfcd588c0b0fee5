def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch in "+-*/%()^":
            tokens.append(("op", ch))
            i += 1
        else:
            raise ValueError("bad character %r at %d" % (ch, i))
    tokens.append(("end", None))
    return tokens


def make_parser(tokens):
    return {"tokens": tokens, "pos": 0}


def peek(p):
    return p["tokens"][p["pos"]]


def take(p):
    tok = p["tokens"][p["pos"]]
    p["pos"] += 1
    return tok


def parse_expr(p):
    value = parse_term(p)
    while peek(p) in (("op", "+"), ("op", "-")):
        op = take(p)[1]
        rhs = parse_term(p)
        value = value + rhs if op == "+" else value - rhs
    return value


def parse_term(p):
    value = parse_power(p)
    while peek(p) in (("op", "*"), ("op", "/"), ("op", "%")):
        op = take(p)[1]
        rhs = parse_power(p)
        if op == "*":
            value *= rhs
        elif op == "/":
            value /= rhs
        else:
            value %= rhs
    return value


def parse_power(p):
    base = parse_unary(p)
    if peek(p) == ("op", "^"):
        take(p)
        return base ** parse_power(p)
    return base


def parse_unary(p):
    if peek(p) == ("op", "-"):
        take(p)
        return -parse_unary(p)
    return parse_atom(p)


def parse_atom(p):
    kind, val = take(p)
    if kind == "num":
        return val
    if (kind, val) == ("op", "("):
        v = parse_expr(p)
        if take(p) != ("op", ")"):
            raise SyntaxError("expected )")
        return v
    raise SyntaxError("unexpected token " + repr(val))


def evaluate(src):
    p = make_parser(tokenize(src))
    v = parse_expr(p)
    if peek(p)[0] != "end":
        raise SyntaxError("trailing input")
    return v


exprs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + 7",
         "2 ^ 100", "1.5 * 4", "((((7))))", "3 - -3", "100 - 5 * (3 + 4) / 7",
         "1 / 0", "2 +", "4 $ 4", "(1 + 2"]
print(tokenize("12 + 3.5*(4)"))
for e in exprs:
    try:
        print("%-25s = %r" % (e, evaluate(e)))
    except (ZeroDivisionError, SyntaxError, ValueError) as err:
        print("%-25s ! %s: %s" % (e, type(err).__name__, err))
