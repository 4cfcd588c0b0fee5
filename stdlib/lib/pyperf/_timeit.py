# pyperf._timeit: Runner.timeit's statement timer. The statements (str, or a sequence of str
# lines; setup and teardown may also be callables) become the body of a generated function
# whose loop runs the statement `loops` times between two clock reads.

from time import perf_counter


def _lines(stmt, what):
    if callable(stmt):
        return stmt
    if isinstance(stmt, str):
        stmt = (stmt,)
    elif not isinstance(stmt, (list, tuple)):
        raise ValueError('%s is neither a string nor callable' % what)
    return [line.rstrip() for line in stmt if line.rstrip()]


def _indent(lines, depth, call_name):
    pad = ' ' * depth
    if callable(lines):
        return pad + call_name + '()'
    if not lines:
        return pad + 'pass'
    return '\n'.join(pad + line.replace('\n', '\n' + pad) for line in lines)


def _describe(lines):
    return ' '.join(repr(line) for line in lines)


def make_timer(stmt, setup, teardown, duplicate, globals):
    """(task, metadata): task(loops) runs stmt loops times and returns the seconds taken."""
    stmt = _lines(stmt, 'stmt')
    setup = _lines(setup, 'setup')
    teardown = _lines(teardown, 'teardown')
    if not callable(stmt) and not stmt:
        raise ValueError('need at least one statement')
    metadata = {}
    if not callable(setup) and setup:
        metadata['timeit_setup'] = _describe(setup)
    if not callable(teardown) and teardown:
        metadata['timeit_teardown'] = _describe(teardown)
    if not callable(stmt):
        metadata['timeit_stmt'] = _describe(stmt)
        if duplicate and duplicate > 1:
            stmt = stmt * duplicate
    source = ('def _pyperf_inner(_it, _timer, _setup=None, _stmt=None, _teardown=None):\n'
              '%s\n'
              '    _t0 = _timer()\n'
              '    for _i in _it:\n'
              '%s\n'
              '    _t1 = _timer()\n'
              '%s\n'
              '    return _t1 - _t0\n'
              % (_indent(setup, 4, '_setup'), _indent(stmt, 8, '_stmt'),
                 _indent(teardown, 4, '_teardown')))
    namespace = dict(globals) if globals is not None else {}
    exec(source, namespace)
    inner = namespace['_pyperf_inner']
    callables = {}
    for key, value in (('_setup', setup), ('_stmt', stmt), ('_teardown', teardown)):
        if callable(value):
            callables[key] = value

    def task(loops):
        from itertools import repeat
        return inner(repeat(None, loops), perf_counter, **callables)
    return task, metadata
