# bench: default=2000 quick=20
"""JSON decoding written in Python (the json_loads workload): a recursive-descent parser for
objects, arrays, strings with escapes and surrogate pairs, numbers and literals, run over
generated documents; reports parse errors with their position.

Usage: json_decode.py [PARSES]
"""

import random
import sys

WHITESPACE = " \t\n\r"
SIMPLE_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
                  "t": "\t"}
NUMBER_CHARS = "+-0123456789.eE"


class DecodeError(ValueError):
    def __init__(self, msg, pos):
        ValueError.__init__(self, "%s: char %d" % (msg, pos))
        self.pos = pos


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip(self):
        text = self.text
        pos = self.pos
        while pos < len(text) and text[pos] in WHITESPACE:
            pos += 1
        self.pos = pos

    def parse(self):
        value = self.value()
        self.skip()
        if self.pos != len(self.text):
            raise DecodeError("Extra data", self.pos)
        return value

    def value(self):
        self.skip()
        if self.pos >= len(self.text):
            raise DecodeError("Expecting value", self.pos)
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        if ch in "-0123456789":
            return self.number()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        raise DecodeError("Expecting value", self.pos)

    def obj(self):
        self.pos += 1
        out = {}
        self.skip()
        if self.text[self.pos] == "}":
            self.pos += 1
            return out
        while True:
            self.skip()
            if self.text[self.pos] != '"':
                raise DecodeError("Expecting property name enclosed in double quotes", self.pos)
            key = self.string()
            self.skip()
            if self.text[self.pos] != ":":
                raise DecodeError("Expecting ':' delimiter", self.pos)
            self.pos += 1
            out[key] = self.value()
            self.skip()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return out
            if ch != ",":
                raise DecodeError("Expecting ',' delimiter", self.pos - 1)

    def array(self):
        self.pos += 1
        out = []
        self.skip()
        if self.text[self.pos] == "]":
            self.pos += 1
            return out
        while True:
            out.append(self.value())
            self.skip()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return out
            if ch != ",":
                raise DecodeError("Expecting ',' delimiter", self.pos - 1)

    def hex4(self, at):
        digits = self.text[at:at + 4]
        if len(digits) != 4:
            raise DecodeError("Invalid \\uXXXX escape", at)
        try:
            return int(digits, 16)
        except ValueError:
            raise DecodeError("Invalid \\uXXXX escape", at) from None

    def string(self):
        text = self.text
        pos = self.pos + 1
        chunks = []
        start = pos
        while True:
            end = text.find('"', pos)
            slash = text.find("\\", pos, end if end >= 0 else len(text))
            if end < 0:
                raise DecodeError("Unterminated string starting at", self.pos)
            if slash < 0:
                chunks.append(text[start:end])
                self.pos = end + 1
                return "".join(chunks)
            chunks.append(text[start:slash])
            esc = text[slash + 1]
            if esc == "u":
                code = self.hex4(slash + 2)
                pos = slash + 6
                if 0xD800 <= code < 0xDC00 and text.startswith("\\u", pos):
                    low = self.hex4(pos + 2)
                    if 0xDC00 <= low < 0xE000:
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        pos += 6
                chunks.append(chr(code))
            else:
                ch = SIMPLE_ESCAPES.get(esc)
                if ch is None:
                    raise DecodeError("Invalid \\escape", slash)
                chunks.append(ch)
                pos = slash + 2
            start = pos

    def number(self):
        text = self.text
        start = pos = self.pos
        while pos < len(text) and text[pos] in NUMBER_CHARS:
            pos += 1
        token = text[start:pos]
        self.pos = pos
        if "." in token or "e" in token or "E" in token:
            return float(token)
        return int(token)


def gen_text(rng, depth, out):
    """Writes a random JSON document into the list out."""
    kind = 8 if depth == 0 else rng.randrange(9 if depth < 5 else 5)
    if kind == 0:
        out.append(str(rng.randrange(-10 ** 9, 10 ** 9)))
    elif kind == 1:
        out.append("%d.%03de%d" % (rng.randrange(-999, 999), rng.randrange(1000),
                                   rng.randrange(-5, 6)))
    elif kind == 2:
        out.append('"plain text %d"' % rng.randrange(1000))
    elif kind == 3:
        out.append(rng.choice(['"esc\\"aped\\n\\t"', '"caf\\u00e9"', '"\\ud83d\\ude00 smile"',
                               '"slash\\/ and \\\\"', '"\u65e5\u672c raw"']))
    elif kind == 4:
        out.append(rng.choice(["true", "false", "null"]))
    elif kind < 7:
        out.append("[ ")
        for i in range(rng.randrange(7)):
            if i:
                out.append(", ")
            gen_text(rng, depth + 1, out)
        out.append("]")
    else:
        out.append("{\n")
        for i in range(12 if depth == 0 else rng.randrange(7)):
            if i:
                out.append(",\n")
            out.append('  "key%d": ' % i)
            gen_text(rng, depth + 1, out)
        out.append("\n}")


def summarise(value, acc):
    """Folds a parsed value into acc = [values, int sum, float digest, string digest]."""
    acc[0] += 1
    if isinstance(value, dict):
        for k, v in value.items():
            acc[3] = (acc[3] * 7 + len(k)) % 1000000007
            summarise(v, acc)
    elif isinstance(value, list):
        for v in value:
            summarise(v, acc)
    elif isinstance(value, str):
        for ch in value:
            acc[3] = (acc[3] * 31 + ord(ch)) % 1000000007
    elif isinstance(value, bool) or value is None:
        acc[1] += 1 if value else 0
    elif isinstance(value, int):
        acc[1] += value
    else:
        acc[2] = (acc[2] * 3 + int(value * 1000)) % 1000000007


def main():
    parses = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    rng = random.Random(11)
    texts = []
    for _ in range(20):
        out = []
        gen_text(rng, 0, out)
        texts.append("".join(out))
    acc = [0, 0, 0, 0]
    for i in range(parses):
        summarise(Parser(texts[i % len(texts)]).parse(), acc)
    print("parses", parses, "characters", sum(len(t) for t in texts))
    print("values %d int sum %d float digest %d string digest %d" % tuple(acc))
    for bad in ('{"a": 1,}', "[1, 2", '"abc', "[1 2]", '{"x" 1}', "tru", '"\\q"', "[] x"):
        try:
            Parser(bad).parse()
            print("parsed?!", bad)
        except DecodeError as e:
            print("DecodeError:", e)
        except IndexError:
            print("IndexError at end of", repr(bad))


main()
