import warnings

def old():
    warnings.warn('old() is deprecated', DeprecationWarning, stacklevel=2)

old()
old()
print('done')
warnings.warn('pending', PendingDeprecationWarning)
warnings.warn('the last one', UserWarning)
warnings.warn_explicit('final', UserWarning, 'nofile.py', 2)
