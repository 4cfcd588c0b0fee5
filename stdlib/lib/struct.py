# struct: the native _struct under its public name.
from _struct import *
from _struct import _clearcache

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack',
           'Struct', 'error']
