from ..sub_b import B as NESTED_B
