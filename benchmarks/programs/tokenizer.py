# bench: default=40000 quick=300
"""A tokenizer for Python-like source (a lexer workload): names, keywords, numbers (ints,
floats, hex, exponents), strings with escapes, operators, comments, and INDENT/DEDENT from
leading whitespace, over generated source text scanned character by character.

Usage: tokenizer.py [LINES]
"""

import random
import sys

KEYWORDS = frozenset(["def", "return", "if", "elif", "else", "while", "for", "in", "not",
                      "and", "or", "class", "pass", "None", "True", "False", "lambda"])
OPERATORS = ["**=", "//=", "->", "**", "//", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=",
             "+", "-", "*", "/", "%", "<", ">", "=", "(", ")", "[", "]", "{", "}", ",", ":",
             ".", "@"]
NAME_START = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"
NAME_CHARS = NAME_START + "0123456789"
DIGITS = "0123456789"
HEX = "0123456789abcdefABCDEF"


class TokenError(Exception):
    pass


class Token:
    __slots__ = ("kind", "text", "line", "col")

    def __init__(self, kind, text, line, col):
        self.kind = kind
        self.text = text
        self.line = line
        self.col = col


def tokenize(source):
    tokens = []
    indents = [0]
    depth = 0  # open brackets: newlines inside them do not end a statement
    for lineno, line in enumerate(source.split("\n"), 1):
        i = 0
        n = len(line)
        while i < n and line[i] == " ":
            i += 1
        if i == n or line[i] == "#":
            if i < n:
                tokens.append(Token("COMMENT", line[i:], lineno, i))
            continue
        if depth == 0:
            if i > indents[-1]:
                indents.append(i)
                tokens.append(Token("INDENT", "", lineno, 0))
            while i < indents[-1]:
                indents.pop()
                tokens.append(Token("DEDENT", "", lineno, 0))
            if i != indents[-1]:
                raise TokenError("inconsistent dedent at line %d" % lineno)
        while i < n:
            ch = line[i]
            start = i
            if ch == " ":
                i += 1
                continue
            if ch == "#":
                tokens.append(Token("COMMENT", line[i:], lineno, i))
                break
            if ch in NAME_START:
                while i < n and line[i] in NAME_CHARS:
                    i += 1
                word = line[start:i]
                tokens.append(Token("KEYWORD" if word in KEYWORDS else "NAME", word, lineno,
                                    start))
                continue
            if ch in DIGITS or (ch == "." and i + 1 < n and line[i + 1] in DIGITS):
                i = scan_number(line, i)
                tokens.append(Token("NUMBER", line[start:i], lineno, start))
                continue
            if ch == '"' or ch == "'":
                i += 1
                while i < n and line[i] != ch:
                    i += 2 if line[i] == "\\" else 1
                if i >= n:
                    raise TokenError("unterminated string at line %d" % lineno)
                i += 1
                tokens.append(Token("STRING", line[start:i], lineno, start))
                continue
            for op in OPERATORS:
                if line.startswith(op, i):
                    break
            else:
                raise TokenError("bad character %r at line %d" % (ch, lineno))
            i += len(op)
            if op in "([{":
                depth += 1
            elif op in ")]}":
                depth -= 1
            tokens.append(Token("OP", op, lineno, start))
        if depth == 0:
            tokens.append(Token("NEWLINE", "", lineno, n))
    while len(indents) > 1:
        indents.pop()
        tokens.append(Token("DEDENT", "", 0, 0))
    tokens.append(Token("ENDMARKER", "", 0, 0))
    return tokens


def scan_number(line, i):
    n = len(line)
    if line.startswith("0x", i):
        i += 2
        while i < n and line[i] in HEX:
            i += 1
        return i
    while i < n and line[i] in DIGITS:
        i += 1
    if i < n and line[i] == ".":
        i += 1
        while i < n and line[i] in DIGITS:
            i += 1
    if i < n and line[i] in "eE":
        i += 1
        if i < n and line[i] in "+-":
            i += 1
        while i < n and line[i] in DIGITS:
            i += 1
    return i


def generate(lines, rng):
    names = ["alpha", "beta", "x", "y_1", "total", "_tmp", "Node", "value", "items", "k"]
    exprs = ["%s + %s * 3", "(%s - %s) // 2", "%s[%s]", "f(%s, %s)", "%s ** 2 != %s",
             "[%s, %s, 0x1F]", "{%s: %s}", "%s.attr >= %s", "'s\\'q' if %s else %s",
             "lambda: %s or %s", '"d\\"q %%d" %% %s + %s', "%s @ %s", "1.5e-3 * %s - .25 * %s"]
    out = []
    depth = 0
    for _ in range(lines):
        r = rng.randrange(10)
        pad = "    " * depth
        a, b = rng.choice(names), rng.choice(names)
        e = rng.choice(exprs) % (a, b)
        if r == 0 and depth < 4:
            out.append(pad + "def %s(%s, %s=None) -> int:" % (a, b, rng.choice(names)))
            depth += 1
        elif r == 1 and depth < 4:
            out.append(pad + "if %s:" % e)
            depth += 1
        elif r == 2 and depth > 0:
            out.append(pad + "return " + e)
            depth -= rng.randrange(1, depth + 1)
        elif r == 3:
            out.append(pad + "# comment about " + a)
        elif r == 4:
            out.append(pad + "%s = (%s," % (a, e))
            out.append(pad + "     %s)  # continued" % rng.choice(names))
        else:
            out.append(pad + "%s %s %s" % (a, rng.choice(["=", "+=", "**=", "//="]), e))
    return "\n".join(out) + "\n"


def main():
    lines = int(sys.argv[1]) if len(sys.argv) > 1 else 40000
    rng = random.Random(3)
    source = generate(lines, rng)
    tokens = tokenize(source)
    counts = {}
    digest = 0
    for t in tokens:
        counts[t.kind] = counts.get(t.kind, 0) + 1
        for ch in t.text:
            digest = (digest * 131 + ord(ch)) % 1000000007
        digest = (digest + t.line * 7 + t.col) % 1000000007
    print("characters", len(source), "tokens", len(tokens), "digest", digest)
    print(" ".join("%s=%d" % (k, counts[k]) for k in sorted(counts)))
    for bad in ("x = 'open", "y = 3 $ 4", "if x:\n        a\n    b"):
        try:
            tokenize(bad)
        except TokenError as e:
            print("TokenError:", e)


main()
