def rpn(expr):
    stack = []
    ops = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a / b,
        "//": lambda a, b: a // b,
        "%": lambda a, b: a % b,
        "**": lambda a, b: a ** b,
    }
    for tok in expr.split():
        if tok in ops:
            if len(stack) < 2:
                raise ValueError("stack underflow at " + repr(tok))
            b = stack.pop()
            a = stack.pop()
            stack.append(ops[tok](a, b))
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    if len(stack) != 1:
        raise ValueError("leftover stack " + repr(stack))
    return stack[0]


def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in pairs:
            if not stack or stack[-1][0] != pairs[ch]:
                return "mismatch at %d" % i
            stack.pop()
    return "ok" if not stack else "unclosed %r at %d" % stack[-1]


for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 **", "7 2 /", "7 2 //", "-7 2 %", "2 dup *",
          "1 2 swap -", "1.5 2 *", "1 +", "1 2 3", "4 0 /", "x 1 +"]:
    try:
        print("%-22s -> %r" % (e, rpn(e)))
    except (ValueError, ZeroDivisionError, IndexError) as err:
        print("%-22s !! %s: %s" % (e, type(err).__name__, err))
for s in ["(a[b]{c})", "([)]", "((", "}{", "", "f(x[1], {2: 3})"]:
    print(repr(s), balanced(s))
