# bench: default=50000 quick=300
"""String formatting (a text-building workload): printf-style % formatting, str.format with
alignment, fill, sign, thousands separators and nested fields, f-strings with format specs
and conversions, and joins of the results into a table.

Usage: string_format.py [ROWS]
"""

import sys


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        text = "%d.%02d" % divmod(abs(self.cents), 100)
        if self.cents < 0:
            text = "-" + text
        return format(text, spec or ">10")

    def __repr__(self):
        return "Money(%d)" % self.cents


def row_percent(i, name, value, ratio):
    return "%5d|%-8s|%+10.3f|%08.2e|%x|%o|%5.1f%%|%r|%c" % (
        i, name, value, ratio, i * 7919, i, ratio * 100, name[:3], 65 + i % 26)


def row_format(i, name, value, ratio):
    return "{0:>6}|{1:^10}|{2:,.2f}|{3:.4g}|{4:#x}|{4:#b}|{name!r:>12}|{5:*<7}|{6:+}".format(
        i, name, value * 1000, ratio, i % 4096, name[-2:], -i, name=name)


def row_fstring(i, name, value, ratio, money):
    width = 6 + i % 5
    return f"{i:0{width}d}|{name.upper():<9}|{value:{width}.{i % 4}f}|{ratio:.3%}|{money}|" \
           f"{i:_}|{name!s:.3}|{i * 1.5:g}|{-value:e}|{money:<9}"


NAMES = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]


def digest_of(text, digest):
    for ch in text:
        digest = (digest * 131 + ord(ch)) % 1000000007
    return digest


def main():
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
    digest = 0
    total_len = 0
    samples = []
    for i in range(rows):
        name = NAMES[i % len(NAMES)]
        value = (i * 37 % 1000) / 8 - 50.0
        ratio = (i % 97) / 97
        money = Money(i * 13 - 5000)
        lines = [row_percent(i, name, value, ratio), row_format(i, name, value, ratio),
                 row_fstring(i, name, value, ratio, money)]
        line = " ".join(lines)
        total_len += len(line)
        if i % 1000 == 7:
            samples.append(line)
        if i < 500:
            digest = digest_of(line, digest)
    print("rows", rows, "characters", total_len, "digest", digest)
    for s in samples[:3]:
        print(s)
    print("{:=^30}".format(" end "), "%s and %s" % ("a", ("tuple",)), format(1234567.891, ",.1f"),
          "{!a}".format("caf\u00e9"), "{0[1]}{1[k]}".format("xy", {"k": "z"}))


main()
