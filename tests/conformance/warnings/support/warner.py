import warnings


def deprecated_call():
    warnings.warn("old api", DeprecationWarning, stacklevel=1)


def blame_caller():
    warnings.warn("caller's fault", UserWarning, stacklevel=2)
