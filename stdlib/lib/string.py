# string: character constants, capwords, Template ($-substitution) and Formatter, written
# without the re module: templates are scanned by hand with the default identifier rule.

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace",
           "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = frozenset('_' + ascii_letters)
_ID_CHAR = frozenset('_' + ascii_letters + digits)
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'


class Template:
    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None

    def __init_subclass__(cls):
        super().__init_subclass__()
        if ('pattern' in cls.__dict__ or cls.idpattern != _DEFAULT_IDPATTERN
                or cls.braceidpattern is not None):
            raise NotImplementedError(
                'string.Template subclasses with their own pattern or idpattern need the re '
                'module, which pyvm does not have yet')

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # Yields (kind, start, end, name): kind is 'text', 'escaped', 'named' or 'invalid'.
        t = self.template
        delim = self.delimiter
        n = len(t)
        i = 0
        text_start = 0
        while True:
            j = t.find(delim, i)
            if j < 0:
                break
            if j > text_start:
                yield 'text', text_start, j, None
            k = j + len(delim)
            if t.startswith(delim, k):
                yield 'escaped', j, k + len(delim), None
                i = text_start = k + len(delim)
                continue
            if k < n and t[k] in _ID_START:
                e = k + 1
                while e < n and t[e] in _ID_CHAR:
                    e += 1
                yield 'named', j, e, t[k:e]
                i = text_start = e
                continue
            if k < n and t[k] == '{' and k + 1 < n and t[k + 1] in _ID_START:
                e = k + 2
                while e < n and t[e] in _ID_CHAR:
                    e += 1
                if e < n and t[e] == '}':
                    yield 'named', j, e + 1, t[k + 1:e]
                    i = text_start = e + 1
                    continue
            yield 'invalid', j, k, None
            i = text_start = k
        if text_start < n:
            yield 'text', text_start, n, None

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping={}, /, **kws):
        if kws:
            mapping = _ChainMap(kws, mapping) if mapping else kws
        out = []
        t = self.template
        for kind, start, end, name in self._scan():
            if kind == 'text':
                out.append(t[start:end])
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'named':
                out.append('%s' % (mapping[name],))
            else:
                self._invalid(end)
        return ''.join(out)

    def safe_substitute(self, mapping={}, /, **kws):
        if kws:
            mapping = _ChainMap(kws, mapping) if mapping else kws
        out = []
        t = self.template
        for kind, start, end, name in self._scan():
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'named':
                try:
                    out.append('%s' % (mapping[name],))
                except KeyError:
                    out.append(t[start:end])
            else:
                out.append(t[start:end])
        return ''.join(out)

    def is_valid(self):
        return all(kind != 'invalid' for kind, _, _, _ in self._scan())

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._scan():
            if kind == 'named' and name not in ids:
                ids.append(name)
            elif kind == 'invalid':
                self._invalid(end)
        return ids


class _ChainMap:
    # The keyword arguments first, then the mapping (what collections.ChainMap gives).
    def __init__(self, first, second):
        self.first, self.second = first, second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


def _parse_format(s):
    # (literal_text, field_name, format_spec, conversion) as str.format parses it.
    out = []
    i, n = 0, len(s)
    literal = []
    while i < n:
        c = s[i]
        if c == '{':
            if s[i + 1:i + 2] == '{':
                literal.append('{')
                i += 2
                continue
            depth = 1
            j = i + 1
            while j < n and depth:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j - 1]
            spec = ''
            conversion = None
            # The field name ends at the first ! or : outside brackets.
            k = 0
            bracket = False
            while k < len(field):
                ch = field[k]
                if ch == '[':
                    bracket = True
                elif ch == ']':
                    bracket = False
                elif not bracket and ch in '!:':
                    break
                k += 1
            name, rest = field[:k], field[k:]
            if rest.startswith('!'):
                if len(rest) < 2:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(':'):
                    raise ValueError('expected \':\' after conversion specifier')
            if rest.startswith(':'):
                spec = rest[1:]
            out.append((''.join(literal), name, spec, conversion))
            literal = []
            i = j
        elif c == '}':
            if s[i + 1:i + 2] == '}':
                literal.append('}')
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        out.append((''.join(literal), None, None, None))
    return out


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.split('.')[0].split('[')[0].isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first


def _split_field(name):
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    first = int(first) if first.isdigit() else first
    rest = []
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            rest.append((True, name[i + 1:j]))
            i = j
        else:
            j = name.index(']', i)
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    return first, rest
