import warnings
import sys

class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

def show(log):
    for w in log:
        print(w.category.__name__, str(w.message), w.lineno, w.filename.endswith('warn_filters.py'))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('plain')
    warnings.warn('dep', DeprecationWarning)
    warnings.warn(RuntimeWarning('instance'))
    def helper():
        warnings.warn('from helper', UserWarning, stacklevel=2)
    helper()
show(log)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('repeated')
    for i in range(2):
        warnings.warn('other line')
print(len(log))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('once msg')
    warnings.warn('once msg')
print(len(log))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('module')
    warnings.warn('mod msg')
    warnings.warn('mod msg')
print(len(log))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('ignore')
    warnings.warn('ignored')
    warnings.simplefilter('error', UserWarning)
    try:
        warnings.warn('boom')
    except UserWarning as e:
        print('raised', e)
    warnings.warn('still ignored', RuntimeWarning)
print(len(log))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='skip')
    warnings.filterwarnings('error', category=RuntimeWarning)
    warnings.warn('skip this one')
    warnings.warn('SKIP case-insensitive')
    warnings.warn('keep')
    try:
        warnings.warn('rt', RuntimeWarning)
    except RuntimeWarning as e:
        print('error action', e)
    warnings.filterwarnings('ignore', module='__main__')
    warnings.warn('module filtered')
show(log)

print(warnings.formatwarning('msg', UserWarning, 'file.py', 12, 'line text  '))
print(repr(warnings.formatwarning('msg', DeprecationWarning, 'nofile.py', 3)))
out = Out()
warnings.showwarning('shown', UserWarning, 'f.py', 7, out, 'the line')
print(out.parts)

with warnings.catch_warnings():
    warnings.simplefilter('always')
    old = warnings.showwarning
    def custom(message, category, filename, lineno, file=None, line=None):
        print('custom:', message, category.__name__, lineno)
    warnings.showwarning = custom
    warnings.warn('to custom')
print(warnings.showwarning is old)

for bad in [lambda: warnings.simplefilter('bogus'), lambda: warnings.warn('x', 5),
            lambda: warnings.filterwarnings('ignore', category=5), lambda: warnings.simplefilter('ignore', lineno=-1)]:
    try:
        bad()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)
w = warnings.WarningMessage('m', UserWarning, 'f.py', 1)
print(w)
print([f[0] for f in warnings.filters[:5]], [f[2].__name__ for f in warnings.filters[:5]])
warnings.warn('to stderr at the end')
warnings.warn_explicit('final', UserWarning, 'nofile.py', 1)
