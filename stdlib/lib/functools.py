"""Higher-order functions and operations on callables (pyvm's own implementation of the
documented behaviour of CPython's functools; reduce and partial are native, in _functools)."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from _functools import reduce, partial as _partial

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Set last, so that a __wrapped__ copied from `wrapped`'s dict is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


class partial(_partial):
    """partial(func, *args, **keywords): func with some arguments already given."""

    __class_getitem__ = classmethod(lambda cls, item: _alias(cls, item))


def _alias(cls, item):
    alias = list[item]
    alias.__origin__ = cls
    return alias


# ----- total_ordering -----

# For each root operation, the other three derived from it and ==. Each derived operation
# returns NotImplemented when the root does.
def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r


_DERIVED = {
    '__lt__': {'__gt__': _gt_from_lt, '__le__': _le_from_lt, '__ge__': _ge_from_lt},
    '__le__': {'__ge__': _ge_from_le, '__lt__': _lt_from_le, '__gt__': _gt_from_le},
    '__gt__': {'__lt__': _lt_from_gt, '__ge__': _ge_from_gt, '__le__': _le_from_gt},
    '__ge__': {'__le__': _le_from_ge, '__gt__': _gt_from_ge, '__lt__': _lt_from_ge},
}


def total_ordering(cls):
    """Class decorator filling in the missing ordering methods from one that is defined."""
    roots = {op for op in _DERIVED if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for name, func in _DERIVED[root].items():
        if name not in roots:
            def method(self, other, _f=func):
                return _f(self, other)
            method.__name__ = name
            method.__qualname__ = f'{cls.__qualname__}.{name}'
            setattr(cls, name, method)
    return cls


# ----- cmp_to_key -----

def cmp_to_key(mycmp):
    """Turns an old-style comparison function into a key function."""
    class K(object):
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    K.__name__ = K.__qualname__ = 'KeyWrapper'
    return K


# ----- partialmethod -----

class partialmethod(object):
    """A partial for methods: binds like the wrapped descriptor, then applies the arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f"{k}={v!r}" for k, v in self.keywords.items())
        cls = type(self)
        return f"{cls.__module__}.{cls.__qualname__}({', '.join(parts)})"

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(lambda cls, item: _alias(cls, item))


# ----- lru_cache -----

_CacheInfo = None


def _cache_info_type():
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])
        _CacheInfo.__module__ = "functools"
    return _CacheInfo


class _KwdMark:
    __slots__ = ()


_KWD_MARK = (_KwdMark(),)
_FAST_KEY_TYPES = frozenset([int, str])


def _make_key(args, kwds, typed):
    """The cache key of a call: equal for calls that must share a result."""
    key = args
    if kwds:
        key += _KWD_MARK
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    elif len(key) == 1 and type(key[0]) in _FAST_KEY_TYPES:
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    """Decorator memoizing a function's results, keeping the `maxsize` most recent."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def _lru_wrapper(user_function, maxsize, typed):
    if not callable(user_function):
        raise TypeError('the first argument must be callable')
    cache = {}
    stats = [0, 0]  # hits, misses
    make_key = _make_key
    get = cache.get
    missing = object()

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = make_key(args, kwds, typed)
            result = get(key, missing)
            if result is not missing:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        # A circular doubly linked list of [prev, next, key, result] links, oldest first
        # after the root; the dict maps keys to links.
        root = []
        root[:] = [root, root, None, None]
        full = [False]

        def wrapper(*args, **kwds):
            nonlocal root
            key = make_key(args, kwds, typed)
            link = get(key)
            if link is not None:
                prev, nxt, _, result = link
                prev[1] = nxt
                nxt[0] = prev
                last = root[0]
                last[1] = root[0] = link
                link[0] = last
                link[1] = root
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # A recursive call cached this key meanwhile: keep that entry.
                pass
            elif full[0]:
                oldroot = root
                oldroot[2] = key
                oldroot[3] = result
                root = oldroot[1]
                oldkey = root[2]
                root[2] = root[3] = None
                del cache[oldkey]
                cache[key] = oldroot
            else:
                last = root[0]
                link = [last, root, key, result]
                last[1] = root[0] = cache[key] = link
                full[0] = len(cache) >= maxsize
            return result

    def cache_info():
        return _cache_info_type()(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        nonlocal root
        cache.clear()
        stats[0] = stats[1] = 0
        if maxsize is not None and maxsize > 0:
            root[:] = [root, root, None, None]
            full[0] = False

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    """An unbounded lru_cache."""
    return lru_cache(maxsize=None)(user_function)


# ----- singledispatch -----

def _compose_mro(cls, types):
    """cls's MRO with the registered abstract classes it derives from (virtually) inserted
    after the last class of the MRO that derives from each."""
    mro = list(cls.__mro__)
    extra = [t for t in types
             if t not in mro and isinstance(t, type) and issubclass(cls, t)]
    # More specific ABCs first, so that their bases land after them.
    extra.sort(key=lambda t: -sum(1 for u in extra if issubclass(u, t)))
    for t in extra:
        at = 0
        for i, c in enumerate(mro):
            if c is not t and issubclass(c, t):
                at = i + 1
        mro.insert(at, t)
    return mro


def _find_impl(cls, registry):
    mro = _compose_mro(cls, registry.keys())
    match = None
    for t in mro:
        if match is not None:
            if (t in registry and t not in cls.__mro__ and match not in cls.__mro__
                    and not issubclass(match, t)):
                raise RuntimeError(f"Ambiguous dispatch: {match} or {t}")
            break
        if t in registry:
            match = t
    return registry.get(match)


def singledispatch(func):
    """Turns a function into a generic function dispatching on its first argument's type."""
    import abc
    registry = {}
    dispatch_cache = {}
    token = [None]

    def dispatch(cls):
        if token[0] is not None:
            current = abc.get_cache_token()
            if token[0] != current:
                dispatch_cache.clear()
                token[0] = current
        try:
            impl = dispatch_cache[cls]
        except KeyError:
            try:
                impl = registry[cls]
            except KeyError:
                impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        if isinstance(cls, type):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. "
                                f"{cls!r} is not a class.")
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            func = cls
            argname, cls = next(iter(ann.items()))
            if not isinstance(cls, type):
                raise TypeError(f"Invalid annotation for {argname!r}. "
                                f"{cls!r} is not a class.")
        registry[cls] = func
        if token[0] is None and hasattr(cls, '__abstractmethods__'):
            token[0] = abc.get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = type(type.__dict__)(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ----- cached_property -----

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance, then kept in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            ) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                raise TypeError(
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f"does not support item assignment for caching {self.attrname!r} property."
                ) from None
        return val

    __class_getitem__ = classmethod(lambda cls, item: _alias(cls, item))
