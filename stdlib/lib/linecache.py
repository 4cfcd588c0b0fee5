# linecache: the lines of source files, read once and kept (getline, getlines, updatecache,
# checkcache, clearcache, lazycache). Files are read through open(), with the encoding their BOM
# or coding declaration names; pyvm's embedded modules ("<frozen name>") from their source, and
# modules whose loader has get_source() through it.

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname), or (get_lines,) for a lazily read module.
cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    # Drop the entries whose file changed size or time, or went away.
    if filename is None:
        filenames = list(cache)
    elif filename in cache:
        filenames = [filename]
    else:
        return
    import os
    for name in filenames:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _split(text):
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def _frozen_lines(filename):
    # "<frozen name>": one of pyvm's embedded modules.
    if not filename.startswith('<frozen ') or not filename.endswith('>'):
        return None
    import _imp
    source = _imp._frozen_source(filename[8:-1])
    return None if source is None else _split(source)


def _source_encoding(data):
    # A BOM, or a PEP 263 declaration on one of the first two lines; UTF-8 otherwise.
    if data.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    for line in data.split(b'\n', 2)[:2]:
        text = line.decode('latin-1').strip()
        if not text.startswith('#'):
            if text:
                break
            continue
        at = text.find('coding')
        if at >= 0 and text[at + 6:at + 7] in (':', '='):
            rest = text[at + 7:].lstrip()
            name = ''
            for ch in rest:
                if not (ch.isalnum() or ch in '-_.'):
                    break
                name += ch
            if name:
                return name
    return 'utf-8'


def updatecache(filename, module_globals=None):
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        lines = _frozen_lines(filename) if filename else None
        if lines is None:
            return []
        cache[filename] = (len(''.join(lines)), None, lines, filename)
        return lines
    import os
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                lines = _split(data)
                cache[filename] = (len(data), None, lines, fullname)
                return lines
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, filename)
            except (TypeError, AttributeError):
                continue
            try:
                st = os.stat(fullname)
                break
            except (OSError, ValueError):
                pass
        else:
            return []
    try:
        with open(fullname, 'rb') as f:
            data = f.read()
        lines = _split(data.decode(_source_encoding(data)))
    except (OSError, UnicodeDecodeError, LookupError, SyntaxError):
        return []
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    # Note how to get the lines of a module whose loader can give its source, without reading
    # them yet.
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        spec = module_globals.get('__spec__')
        loader = getattr(spec, 'loader', None) or module_globals.get('__loader__')
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            cache[filename] = (lambda: get_source(name),)
            return True
    return False
