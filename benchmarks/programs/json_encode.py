# bench: default=3000 quick=30
"""JSON encoding written in Python (the json_dumps workload): nested dicts, lists, strings
with escapes and non-ASCII text, ints, floats and literals serialised compactly, with
sorted keys, and pretty-printed with indentation.

Usage: json_encode.py [DOCUMENTS]
"""

import random
import sys

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b",
           "\f": "\\f"}


def encode_string(s, ascii_only):
    out = ['"']
    for ch in s:
        esc = ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
            continue
        code = ord(ch)
        if code < 0x20:
            out.append("\\u%04x" % code)
        elif code < 0x7F or not ascii_only:
            out.append(ch)
        elif code < 0x10000:
            out.append("\\u%04x" % code)
        else:
            code -= 0x10000
            out.append("\\u%04x\\u%04x" % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF)))
    out.append('"')
    return "".join(out)


class Encoder:
    def __init__(self, indent=None, sort_keys=False, ascii_only=True):
        self.indent = indent
        self.sort_keys = sort_keys
        self.ascii_only = ascii_only

    def encode(self, value):
        parts = []
        self.emit(value, parts, 0)
        return "".join(parts)

    def newline(self, parts, depth):
        if self.indent is not None:
            parts.append("\n" + " " * (self.indent * depth))

    def emit(self, value, parts, depth):
        if value is None:
            parts.append("null")
        elif value is True:
            parts.append("true")
        elif value is False:
            parts.append("false")
        elif isinstance(value, str):
            parts.append(encode_string(value, self.ascii_only))
        elif isinstance(value, int):
            parts.append(int.__repr__(value))
        elif isinstance(value, float):
            if value != value or value in (float("inf"), float("-inf")):
                raise ValueError("out of range float values are not JSON compliant")
            parts.append(float.__repr__(value))
        elif isinstance(value, (list, tuple)):
            self.emit_list(value, parts, depth)
        elif isinstance(value, dict):
            self.emit_dict(value, parts, depth)
        else:
            raise TypeError("Object of type %s is not JSON serializable" % type(value).__name__)

    def emit_list(self, items, parts, depth):
        if not items:
            parts.append("[]")
            return
        parts.append("[")
        sep = "," if self.indent is not None else ", "
        for i, item in enumerate(items):
            if i:
                parts.append(sep)
            self.newline(parts, depth + 1)
            self.emit(item, parts, depth + 1)
        self.newline(parts, depth)
        parts.append("]")

    def emit_dict(self, d, parts, depth):
        if not d:
            parts.append("{}")
            return
        parts.append("{")
        keys = sorted(d) if self.sort_keys else list(d)
        sep = "," if self.indent is not None else ", "
        for i, k in enumerate(keys):
            if not isinstance(k, str):
                raise TypeError("keys must be str, not %s" % type(k).__name__)
            if i:
                parts.append(sep)
            self.newline(parts, depth + 1)
            parts.append(encode_string(k, self.ascii_only))
            parts.append(": ")
            self.emit(d[k], parts, depth + 1)
        self.newline(parts, depth)
        parts.append("}")


WORDS = ["alpha", "beta", "gamma", "delta", "caf\u00e9", "na\u00efve", "\u65e5\u672c",
         "emoji \U0001F600", "tab\there", "quote\"d", "back\\slash", "line\nbreak"]


def make_document(rng, depth):
    if depth == 0:
        return {"k%d" % i: make_document(rng, 1) for i in range(10)}
    kind = rng.randrange(10 if depth < 4 else 5)
    if kind == 0:
        return rng.randrange(-10 ** 6, 10 ** 6)
    if kind == 1:
        return rng.randrange(-10 ** 6, 10 ** 6) / 64.0
    if kind == 2:
        return rng.choice(WORDS) + str(rng.randrange(100))
    if kind == 3:
        return rng.choice([None, True, False])
    if kind == 4:
        return rng.choice(WORDS)
    if kind < 8:
        return [make_document(rng, depth + 1) for _ in range(rng.randrange(6))]
    return {rng.choice(WORDS) + str(i): make_document(rng, depth + 1)
            for i in range(rng.randrange(6))}


def text_digest(s, digest):
    for ch in s:
        digest = (digest * 33 + ord(ch)) % 1000000007
    return digest


def main():
    documents = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    rng = random.Random(7)
    docs = [make_document(rng, 0) for _ in range(40)]
    compact = Encoder(sort_keys=True)
    pretty = Encoder(indent=2, ascii_only=False)
    length = 0
    digest = 0
    for i in range(documents):
        doc = docs[i % len(docs)]
        a = compact.encode(doc)
        b = pretty.encode({"id": i, "body": doc, "tags": ["x", i * 1.25, [None]]})
        length += len(a) + len(b)
        if i < len(docs):
            digest = text_digest(a, digest)
            digest = text_digest(b, digest)
    print("documents", documents, "characters", length, "digest", digest)
    print(compact.encode(docs[1])[:200])
    try:
        compact.encode({"bad": float("nan")})
    except ValueError as e:
        print("ValueError:", e)


main()
