# copy: shallow and deep copies through __copy__/__deepcopy__, __reduce_ex__/__reduce__, or
# (for plain instances and subclasses of builtins) object's default reduction: a new object
# from cls.__new__, its state from __getstate__, and list or dict items.

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, bytes, str, type, range, type(Ellipsis),
           type(NotImplemented), property, type(len), type(lambda: None),
           type((lambda: None).__code__))
try:
    _ATOMIC += (complex,)
except NameError:
    pass


def _is_atomic(cls):
    if cls in _ATOMIC:
        return True
    try:
        import weakref
        return cls is weakref.ref
    except ImportError:
        return False


def _own_attr(cls, name):
    # The class in the MRO that defines `name`, for telling an override from object's default.
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass
    return None


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _default_reduce(x):
    cls = type(x)
    if isinstance(x, (set, frozenset)):
        # As set.__reduce__: rebuilt from a list of the items.
        return cls, (list(x),), getattr(x, '__dict__', None) or None, None, None
    args = ()
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        args = tuple(getnewargs(x))
    else:
        for base in (int, float, str, bytes, tuple):
            if isinstance(x, base):
                args = (base(x),)
                break
    getstate = getattr(x, '__getstate__', None)
    state = getstate() if getstate is not None else getattr(x, '__dict__', None)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return _newobj, (cls,) + args, state, listitems, dictitems


def _reduce(x):
    cls = type(x)
    owner = _own_attr(cls, '__reduce_ex__')
    if owner is not None and owner is not object:
        return x.__reduce_ex__(4)
    owner = _own_attr(cls, '__reduce__')
    if owner is not None and owner is not object:
        return x.__reduce__()
    return _default_reduce(x)


def copy(x):
    cls = type(x)
    if _is_atomic(cls):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if cls is tuple or cls is frozenset:
        return x
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(cls) or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple that contains itself through a list was copied while copying its items.
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(x, items)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            rv = _reduce(x)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # The memo holds the originals too, so their ids cannot be reused during the copy.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
