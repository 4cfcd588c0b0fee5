class CalcError(Exception): pass
class LexError(CalcError): pass
class ParseError(CalcError): pass
class EvalError(CalcError): pass

class Token:
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos
    def __repr__(self):
        return "%s:%s" % (self.kind, self.value)

class Lexer:
    SINGLE = {"+": "PLUS", "-": "MINUS", "*": "STAR", "/": "SLASH",
              "(": "LP", ")": "RP", "=": "ASSIGN", "^": "CARET"}
    def __init__(self, text):
        self.text = text
    def __iter__(self):
        i, t = 0, self.text
        while i < len(t):
            ch = t[i]
            if ch.isspace():
                i += 1
            elif ch.isdigit():
                j = i
                while j < len(t) and t[j].isdigit():
                    j += 1
                yield Token("NUM", int(t[i:j]), i)
                i = j
            elif ch.isalpha():
                j = i
                while j < len(t) and t[j].isalnum():
                    j += 1
                yield Token("NAME", t[i:j], i)
                i = j
            elif ch in self.SINGLE:
                yield Token(self.SINGLE[ch], ch, i)
                i += 1
            else:
                raise LexError("unexpected %r at %d" % (ch, i))
        yield Token("EOF", None, i)

class Node:
    def __repr__(self):
        fields = ", ".join(repr(v) for v in self.__dict__.values())
        return "%s(%s)" % (type(self).__name__, fields)

class Num(Node):
    def __init__(self, value):
        self.value = value
    def eval(self, env):
        return self.value

class Var(Node):
    def __init__(self, name):
        self.name = name
    def eval(self, env):
        if self.name not in env:
            raise EvalError("undefined variable " + self.name)
        return env[self.name]

class BinOp(Node):
    OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
           "*": lambda a, b: a * b, "^": lambda a, b: a ** b}
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right
    def eval(self, env):
        a, b = self.left.eval(env), self.right.eval(env)
        if self.op == "/":
            if b == 0:
                raise EvalError("division by zero")
            return a // b
        return self.OPS[self.op](a, b)

class Neg(Node):
    def __init__(self, operand):
        self.operand = operand
    def eval(self, env):
        return -self.operand.eval(env)

class Assign(Node):
    def __init__(self, name, expr):
        self.name, self.expr = name, expr
    def eval(self, env):
        env[self.name] = self.expr.eval(env)
        return env[self.name]

class Parser:
    def __init__(self, tokens):
        self.tokens = list(tokens)
        self.i = 0
    def peek(self, ahead=0):
        return self.tokens[self.i + ahead]
    def take(self, kind=None):
        tok = self.tokens[self.i]
        if kind and tok.kind != kind:
            raise ParseError("expected %s, got %r" % (kind, tok))
        self.i += 1
        return tok
    def parse(self):
        if self.peek().kind == "NAME" and self.peek(1).kind == "ASSIGN":
            name = self.take().value
            self.take("ASSIGN")
            node = Assign(name, self.expr())
        else:
            node = self.expr()
        self.take("EOF")
        return node
    def expr(self):
        node = self.term()
        while self.peek().kind in ("PLUS", "MINUS"):
            node = BinOp(self.take().value, node, self.term())
        return node
    def term(self):
        node = self.factor()
        while self.peek().kind in ("STAR", "SLASH"):
            node = BinOp(self.take().value, node, self.factor())
        return node
    def factor(self):
        base = self.unary()
        if self.peek().kind == "CARET":
            self.take()
            return BinOp("^", base, self.factor())
        return base
    def unary(self):
        tok = self.peek()
        if tok.kind == "MINUS":
            self.take()
            return Neg(self.unary())
        if tok.kind == "NUM":
            return Num(self.take().value)
        if tok.kind == "NAME":
            return Var(self.take().value)
        if tok.kind == "LP":
            self.take()
            node = self.expr()
            self.take("RP")
            return node
        raise ParseError("unexpected token %r" % (tok,))

class Interpreter:
    def __init__(self):
        self.env = {}
    def run(self, line):
        try:
            tree = Parser(Lexer(line)).parse()
            return repr(tree.eval(self.env))
        except CalcError as e:
            return "%s: %s" % (type(e).__name__, e)

print(list(Lexer("x = 3 * (y + 42)")))
print(Parser(Lexer("1 + 2 * -x")).parse())
interp = Interpreter()
for line in ["x = 4", "y = x * 2 + 1", "(x + y) * 2", "2 ^ 3 ^ 2", "-2 ^ 2",
             "y / (x - 4)", "z + 1", "7 / 2", "3 $ 4", "(1 + 2", "1 2", "big = 2 ^ 100"]:
    print("%-16s => %s" % (line, interp.run(line)))
print(sorted(interp.env.items()))
