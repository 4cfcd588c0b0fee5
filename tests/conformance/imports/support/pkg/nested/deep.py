from .. import sub_b
from ..sub_b import B
from . import NESTED_B

DEEP = (sub_b.B, B, NESTED_B, __name__, __package__)


def too_far():
    from ... import anything
