from . import sub_b
from .sub_b import B
from . import VALUE as PARENT_VALUE

A = "a sees " + B
PACKAGE = __package__
PARENT = PARENT_VALUE
