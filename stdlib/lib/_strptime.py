# _strptime: time.strptime for the C locale, written without the re module: the format is
# walked directive by directive and each field is read from the data with CPython's widths
# and ranges.

_DAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')
_MONTHS = ('january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
           'september', 'october', 'november', 'december')
_EXPAND = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S', 'D': '%m/%d/%y',
           'T': '%H:%M:%S', 'R': '%H:%M', 'r': '%I:%M:%S %p', 'F': '%Y-%m-%d'}
# directive: (max digits, min value, max value)
_NUMBERS = {'Y': (4, 0, 9999), 'm': (2, 1, 12), 'd': (2, 1, 31), 'H': (2, 0, 23),
            'I': (2, 1, 12), 'M': (2, 0, 59), 'S': (2, 0, 61), 'y': (2, 0, 99),
            'j': (3, 1, 366), 'f': (6, 0, 999999), 'w': (1, 0, 6), 'u': (1, 1, 7),
            'U': (2, 0, 53), 'W': (2, 0, 53), 'G': (4, 0, 9999), 'V': (2, 1, 53)}


class _NoMatch(Exception):
    pass


def _expand(fmt):
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == '%' and i + 1 < len(fmt) and fmt[i + 1] in _EXPAND:
            out.append(_expand(_EXPAND[fmt[i + 1]]))
            i += 2
            continue
        if c == '%' and i + 1 < len(fmt):
            out.append(fmt[i:i + 2])
            i += 2
            continue
        out.append(c)
        i += 1
    return ''.join(out)


def _name(data, pos, names):
    low = data[pos:].lower()
    for full in (True, False):
        for i, n in enumerate(names):
            key = n if full else n[:3]
            if low.startswith(key):
                return i, pos + len(key)
    raise _NoMatch


def _number(data, pos, width):
    end = pos
    while end < len(data) and end - pos < width and data[end].isdigit():
        end += 1
    if end == pos:
        raise _NoMatch
    return int(data[pos:end]), end


def _parse(data, fmt, original_format):
    found = {}
    pos = 0
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c.isspace():
            # Whitespace in the format matches any run of whitespace (or none at the end).
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            start = pos
            while pos < len(data) and data[pos].isspace():
                pos += 1
            if pos == start and pos < len(data):
                raise _NoMatch
            continue
        if c != '%':
            if pos >= len(data) or data[pos] != c:
                raise _NoMatch
            pos += 1
            i += 1
            continue
        if i + 1 >= len(fmt):
            raise ValueError("stray %% in format '%s'" % original_format)
        d = fmt[i + 1]
        i += 2
        if d == '%':
            if data[pos:pos + 1] != '%':
                raise _NoMatch
            pos += 1
        elif d in _NUMBERS:
            width, lo, hi = _NUMBERS[d]
            if d in 'dmHIMS' and data[pos:pos + 1] == ' ':
                pos += 1
                width = 1
            start = pos
            value, pos = _number(data, pos, width)
            if d in 'YyG' and pos - start != width:
                raise _NoMatch
            # As CPython's alternations: the longest prefix that is in range.
            while not lo <= value <= hi and pos - start > 1:
                pos -= 1
                value = int(data[start:pos])
            if not lo <= value <= hi:
                raise _NoMatch
            found[d] = value
        elif d in 'aA':
            found['a'], pos = _name(data, pos, _DAYS)
        elif d in 'bBh':
            found['b'], pos = _name(data, pos, _MONTHS)
        elif d == 'p':
            word = data[pos:pos + 2].lower()
            if word not in ('am', 'pm'):
                raise _NoMatch
            found['p'] = word
            pos += 2
        elif d == 'z':
            pos = _parse_offset(data, pos, found)
        elif d == 'Z':
            end = pos
            while end < len(data) and data[end].isalpha():
                end += 1
            name = data[pos:end]
            import time
            known = {'utc', 'gmt'} | {n.lower() for n in time.tzname}
            if name.lower() not in known:
                raise _NoMatch
            found['Z'] = name
            pos = end
        else:
            raise ValueError("'%s' is a bad directive in format '%s'" % (d, '%' + d))
    return found, pos


def _parse_offset(data, pos, found):
    if data[pos:pos + 1] == 'Z':
        found['z'] = 0
        return pos + 1
    sign = data[pos:pos + 1]
    if sign not in ('+', '-'):
        raise _NoMatch
    pos += 1
    digits = []
    while pos < len(data) and (data[pos].isdigit() or data[pos] in ':.'):
        digits.append(data[pos])
        pos += 1
    text = ''.join(digits).replace(':', '')
    if len(text) < 4 or not text[:4].isdigit():
        raise _NoMatch
    hours, minutes = int(text[:2]), int(text[2:4])
    seconds = int(text[4:6]) if len(text) >= 6 and text[4:6].isdigit() else 0
    offset = hours * 3600 + minutes * 60 + seconds
    found['z'] = -offset if sign == '-' else offset
    return pos


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ordinal(y, m, d):
    months = (31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28,
              31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    return _days_before_year(y) + sum(months[:m - 1]) + d


def _strptime(data_string, format):
    for name, value in (('data_string', data_string), ('format', format)):
        if not isinstance(value, str):
            raise TypeError('strptime() argument %d must be str, not %s'
                            % (1 if name == 'data_string' else 2, type(value).__name__))
    try:
        found, pos = _parse(data_string, _expand(format), format)
    except _NoMatch:
        raise ValueError('time data %r does not match format %r' % (data_string, format)) from None
    if pos != len(data_string):
        raise ValueError('unconverted data remains: %s' % data_string[pos:])
    year = found.get('Y')
    if year is None and 'y' in found:
        y = found['y']
        year = y + (2000 if y <= 68 else 1900)
    leap_default = year is None
    if year is None:
        year = 1900
    month = found.get('b', -1) + 1 if 'b' in found else found.get('m', 1)
    day = found.get('d', 1)
    hour = found.get('H', 0)
    if 'I' in found:
        hour = found['I'] % 12
        if found.get('p') == 'pm':
            hour += 12
    minute = found.get('M', 0)
    second = found.get('S', 0)
    if 'j' in found and 'm' not in found and 'b' not in found:
        first = _ordinal(year, 1, 1)
        ordinal = first + found['j'] - 1
        # Back to a date.
        month = 1
        while month < 12 and _ordinal(year, month + 1, 1) <= ordinal:
            month += 1
        day = ordinal - _ordinal(year, month, 1) + 1
    # Feb 29 without a year: days are counted in 1904 (a leap year), the year stays 1900.
    calc_year = 1904 if leap_default and month == 2 and day == 29 else year
    if not 1 <= day <= (_ordinal(calc_year, month + 1, 1) - _ordinal(calc_year, month, 1)
                        if month < 12 else 31):
        raise ValueError('day is out of range for month')
    ordinal = _ordinal(calc_year, month, day)
    weekday = (ordinal + 6) % 7
    yday = ordinal - _ordinal(calc_year, 1, 1) + 1
    isdst = -1
    zone = found.get('Z')
    gmtoff = found.get('z')
    if zone is not None:
        import time
        low = zone.lower()
        if low in ('utc', 'gmt'):
            isdst = 0
        elif time.daylight and low == time.tzname[1].lower():
            isdst = 1
        elif low == time.tzname[0].lower():
            isdst = 0
    return (year, month, day, hour, minute, second, weekday, yday, isdst, zone, gmtoff)


def _strptime_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    import time
    fields = _strptime(data_string, format)
    return time.struct_time(fields)
