# time: clocks and calendar functions. The clocks and conversions are native (_time); this
# module adds struct_time, asctime/ctime, strptime and the zone constants.

from _time import (time, time_ns, perf_counter, perf_counter_ns, monotonic, monotonic_ns,
                   process_time, process_time_ns, thread_time, thread_time_ns, sleep)
import _time

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
           'tm_yday', 'tm_isdst')


class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = len(seq)
        if n < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % n)
        if n > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % n)
        self = tuple.__new__(cls, seq[:9])
        extra = seq[9:] + (None,) * (11 - n)
        if dict is not None:
            extra = (dict.get('tm_zone', extra[0]), dict.get('tm_gmtoff', extra[1]))
        self._zone, self._gmtoff = extra
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __repr__(self):
        parts = ', '.join('%s=%r' % (name, value) for name, value in zip(_FIELDS, self))
        return 'time.struct_time(%s)' % parts

    def __reduce__(self):
        return (struct_time, (tuple(self), {'tm_zone': self._zone, 'tm_gmtoff': self._gmtoff}))


struct_time.__module__ = 'time'


def gmtime(secs=None):
    return struct_time(_time.gmtime(secs))


def localtime(secs=None):
    return struct_time(_time.localtime(secs))


def mktime(t):
    return _time.mktime(t)


def strftime(format, t=None):
    if t is None:
        t = localtime()
    if isinstance(t, struct_time):
        return _time.strftime(format, t, t.tm_zone, t.tm_gmtoff)
    return _time.strftime(format, t, None, None)


_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


def asctime(t=None):
    if t is None:
        t = localtime()
    elif not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError('asctime(): illegal time tuple argument')
    y, mon, mday, h, mi, s, wday = t[:7]
    if not 1 <= mon <= 12 and mon != 0:
        raise ValueError('month out of range')
    if not 0 <= mday <= 31:
        raise ValueError('day of month out of range')
    if not 0 <= h <= 23:
        raise ValueError('hour out of range')
    if not 0 <= mi <= 59:
        raise ValueError('minute out of range')
    if not 0 <= s <= 61:
        raise ValueError('seconds out of range')
    if wday < 0:
        raise ValueError('day of week out of range')
    return '%s %s%3d %.2d:%.2d:%.2d %d' % (_DAYS[wday % 7], _MONTHS[max(mon, 1) - 1],
                                          max(mday, 1), h, mi, s, y)


def ctime(secs=None):
    return asctime(localtime(secs))


def tzset():
    global timezone, altzone, daylight, tzname
    timezone, altzone, daylight, tzname = _time.zone_info()


tzset()


class _ClockInfo:
    def __init__(self, implementation, monotonic, adjustable, resolution):
        self.implementation = implementation
        self.monotonic = monotonic
        self.adjustable = adjustable
        self.resolution = resolution

    def __repr__(self):
        return ('namespace(implementation=%r, monotonic=%r, adjustable=%r, resolution=%r)'
                % (self.implementation, self.monotonic, self.adjustable, self.resolution))


def get_clock_info(name):
    if name == 'time':
        return _ClockInfo('clock_gettime(CLOCK_REALTIME)', False, True, 1e-09)
    if name in ('monotonic', 'perf_counter'):
        return _ClockInfo('clock_gettime(CLOCK_MONOTONIC)', True, False, 1e-09)
    if name == 'process_time':
        return _ClockInfo('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False, 1e-09)
    if name == 'thread_time':
        return _ClockInfo('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, False, 1e-09)
    raise ValueError('unknown clock')


def strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    from _strptime import _strptime_time
    return _strptime_time(data_string, format)
