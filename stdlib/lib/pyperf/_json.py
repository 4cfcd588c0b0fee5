# pyperf._json: JSON text for pyperf's result files (pyvm has no json module yet). dumps()
# writes what CPython's json.dumps(obj, sort_keys=True, separators=(',', ':')) writes (ASCII
# only, floats by repr, NaN/Infinity as json's allow_nan does); loads() reads any JSON document.

_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b',
            '\f': '\\f'}


def _string(text):
    out = ['"']
    for ch in text:
        code = ord(ch)
        if 32 <= code < 127 and ch != '"' and ch != '\\':
            out.append(ch)
        elif ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif code > 0xFFFF:
            code -= 0x10000
            out.append('\\u%04x\\u%04x' % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF)))
        else:
            out.append('\\u%04x' % code)
    out.append('"')
    return ''.join(out)


def _float(value):
    if value != value:
        return 'NaN'
    if value == float('inf'):
        return 'Infinity'
    if value == -float('inf'):
        return '-Infinity'
    return repr(value)


def _key(key):
    # As json: keys of these types are written as the JSON text of their value, in quotes.
    if isinstance(key, str):
        return key
    if key is True or key is False or key is None:
        return {True: 'true', False: 'false', None: 'null'}[key]
    if isinstance(key, int):
        return int.__repr__(key)
    if isinstance(key, float):
        return _float(key)
    raise TypeError('keys must be str, int, float, bool or None, not %s' % type(key).__name__)


def _encode(value, out):
    if value is None:
        out.append('null')
    elif value is True:
        out.append('true')
    elif value is False:
        out.append('false')
    elif isinstance(value, str):
        out.append(_string(value))
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(_float(value))
    elif isinstance(value, dict):
        out.append('{')
        first = True
        for key in sorted(value):
            if not first:
                out.append(',')
            first = False
            out.append(_string(_key(key)))
            out.append(':')
            _encode(value[key], out)
        out.append('}')
    elif isinstance(value, (list, tuple)):
        out.append('[')
        for index, item in enumerate(value):
            if index:
                out.append(',')
            _encode(item, out)
        out.append(']')
    else:
        raise TypeError('Object of type %s is not JSON serializable' % type(value).__name__)


def dumps(value):
    out = []
    _encode(value, out)
    return ''.join(out)


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        line = doc.count('\n', 0, pos) + 1
        column = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, line, column, pos))


_WS = ' \t\n\r'
_CONSTANTS = {'null': None, 'true': True, 'false': False, 'NaN': float('nan'),
              'Infinity': float('inf'), '-Infinity': -float('inf')}
_UNESCAPE = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
             't': '\t'}


class _Reader:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def fail(self, msg, pos=None):
        raise JSONDecodeError(msg, self.text, self.pos if pos is None else pos)

    def skip(self):
        text = self.text
        pos = self.pos
        while pos < len(text) and text[pos] in _WS:
            pos += 1
        self.pos = pos

    def value(self):
        self.skip()
        text = self.text
        if self.pos >= len(text):
            self.fail('Expecting value')
        ch = text[self.pos]
        if ch == '{':
            return self.object()
        if ch == '[':
            return self.array()
        if ch == '"':
            self.pos += 1
            return self.string()
        for word, constant in _CONSTANTS.items():
            if text.startswith(word, self.pos):
                self.pos += len(word)
                return constant
        return self.number()

    def object(self):
        self.pos += 1
        result = {}
        self.skip()
        if self.text[self.pos:self.pos + 1] == '}':
            self.pos += 1
            return result
        while True:
            self.skip()
            if self.text[self.pos:self.pos + 1] != '"':
                self.fail('Expecting property name enclosed in double quotes')
            self.pos += 1
            key = self.string()
            self.skip()
            if self.text[self.pos:self.pos + 1] != ':':
                self.fail("Expecting ':' delimiter")
            self.pos += 1
            result[key] = self.value()
            self.skip()
            ch = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if ch == '}':
                return result
            if ch != ',':
                self.fail("Expecting ',' delimiter", self.pos - 1)

    def array(self):
        self.pos += 1
        result = []
        self.skip()
        if self.text[self.pos:self.pos + 1] == ']':
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip()
            ch = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if ch == ']':
                return result
            if ch != ',':
                self.fail("Expecting ',' delimiter", self.pos - 1)

    def string(self):
        text = self.text
        start = self.pos
        parts = []
        pos = start
        while True:
            end = pos
            while end < len(text) and text[end] != '"' and text[end] != '\\':
                if text[end] < ' ':
                    self.fail('Invalid control character at', end)
                end += 1
            parts.append(text[pos:end])
            if end >= len(text):
                self.fail('Unterminated string starting at', start - 1)
            if text[end] == '"':
                self.pos = end + 1
                return ''.join(parts)
            esc = text[end + 1:end + 2]
            if esc == 'u':
                code = self.hex4(end + 2)
                pos = end + 6
                if 0xD800 <= code < 0xDC00 and text[pos:pos + 2] == '\\u':
                    low = self.hex4(pos + 2)
                    if 0xDC00 <= low < 0xE000:
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        pos += 6
                parts.append(chr(code))
            elif esc in _UNESCAPE:
                parts.append(_UNESCAPE[esc])
                pos = end + 2
            else:
                self.fail('Invalid \\escape', end)

    def hex4(self, pos):
        digits = self.text[pos:pos + 4]
        if len(digits) != 4 or any(c not in '0123456789abcdefABCDEF' for c in digits):
            self.fail('Invalid \\uXXXX escape', pos - 1)
        return int(digits, 16)

    def number(self):
        text = self.text
        start = pos = self.pos
        if text[pos:pos + 1] == '-':
            pos += 1
        digits = pos
        while pos < len(text) and text[pos].isdigit():
            pos += 1
        if pos == digits:
            self.fail('Expecting value', start)
        is_float = False
        if text[pos:pos + 1] == '.' and text[pos + 1:pos + 2].isdigit():
            is_float = True
            pos += 1
            while pos < len(text) and text[pos].isdigit():
                pos += 1
        if text[pos:pos + 1] in ('e', 'E'):
            exp = pos + 1
            if text[exp:exp + 1] in ('+', '-'):
                exp += 1
            if text[exp:exp + 1].isdigit():
                is_float = True
                pos = exp
                while pos < len(text) and text[pos].isdigit():
                    pos += 1
        self.pos = pos
        word = text[start:pos]
        return float(word) if is_float else int(word)


def loads(text):
    reader = _Reader(text)
    value = reader.value()
    reader.skip()
    if reader.pos != len(text):
        reader.fail('Extra data')
    return value
