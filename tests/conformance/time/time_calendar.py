import time

def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

g = time.gmtime(0)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_wday, g.tm_yday, g.tm_isdst, g.tm_zone, g.tm_gmtoff, len(g), g[0], g[-1], tuple(g))
y, m, d, *rest = time.gmtime(1234567890)
print(y, m, d, rest, type(g).__name__, isinstance(g, tuple))
for ts in [86399, 86400, -1, -86401, 951782400, 4102444800, 1e9 + 0.9, -0.5, 2**40, -2**40]:
    print(ts, tuple(time.gmtime(ts)))
t(time.gmtime, float('nan')); t(time.gmtime, 'x'); t(time.gmtime, 2**70); t(time.gmtime, 1e300)
fixed = (2009, 2, 13, 23, 31, 30, 4, 44, 0)
for fmt in ['%Y-%m-%d %H:%M:%S', '%a %A %b %B %h', '%c', '%x %X', '%D %T %R %r', '%j %U %W %w %u %V %G %g',
            '%y %C %e %I %p %M', '%%', '%n%t', '', 'plain text', '%-d %_m %5Y %^a %#p']:
    print(repr(fmt), repr(time.strftime(fmt, fixed)))
print(time.strftime('%Y %Z %z', time.gmtime(0)))
for tup in [(2020, 1, 1, 0, 0, 0, 2, 1, 0), (2021, 1, 3, 0, 0, 0, 6, 3, 0), (2020, 12, 31, 0, 0, 0, 3, 366, 0),
            (2024, 12, 30, 12, 0, 0, 0, 365, 0), (2000, 0, 0, 0, 0, 0, 0, 0, 0)]:
    print(time.strftime('%G-W%V-%u %U %W %j %a', tup))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0),
            (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 367, 0),
            (1, 2, 3), 'abc', (2020, 1, 1, 0, 0, 0, 0, 1.5, 0)]:
    t(time.strftime, '%Y', bad)
print(time.asctime(fixed), time.asctime(time.gmtime(0)), time.asctime((2020, 0, 0, 0, 0, 0, 0, 0, 0)))
s = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0))
print(s, s.tm_zone, s.tm_gmtoff)
t(time.struct_time, (1, 2)); t(time.struct_time, tuple(range(12)))
print(time.struct_time(tuple(range(11))).tm_zone)
st = time.strptime('2009-02-13 23:31:30', '%Y-%m-%d %H:%M:%S')
print(st)
print(tuple(time.strptime('13 Feb 09', '%d %b %y')), tuple(time.strptime('Friday, March 5 1999', '%A, %B %d %Y')))
print(tuple(time.strptime('12:30 PM', '%I:%M %p')), tuple(time.strptime('2024-060', '%Y-%j')), tuple(time.strptime('29 Feb', '%d %b')))
print(tuple(time.strptime('Fri Feb 13 23:31:30 2009')))
t(time.strptime, '2009', '%Y-%m'); t(time.strptime, '2009-02x', '%Y-%m'); t(time.strptime, '30 Feb 2009', '%d %b %Y')
t(time.strptime, '1', '%'); t(time.strptime, '13', '%m')
t(time.sleep, -1); t(time.sleep, 'x'); t(time.sleep, float('nan')); t(time.sleep, 0)
print(time.get_clock_info('monotonic').monotonic, time.get_clock_info('time').adjustable)
t(time.get_clock_info, 'nope')
a = time.perf_counter(); b = time.perf_counter(); print(b >= a)
a = time.monotonic_ns(); b = time.monotonic_ns(); print(b >= a, type(a).__name__)
print(type(time.time()).__name__, type(time.time_ns()).__name__, time.time() > 1.6e9, type(time.process_time()).__name__)
print(time.thread_time() >= 0, isinstance(time.timezone, int), isinstance(time.tzname, tuple), time.daylight in (0, 1))
print(time.mktime(time.localtime(1000000)), time.localtime(0).tm_year in (1969, 1970))
t(time.mktime, (1, 2)); t(time.mktime, 5)
