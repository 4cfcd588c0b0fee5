"""Future statements after a docstring."""
from __future__ import annotations, division
from __future__ import generator_stop
import __future__

x: list[int] = []
print(__annotations__)
print(__future__.annotations, __future__.annotations.getMandatoryRelease())
print(__future__.division.getOptionalRelease(), __future__.all_feature_names[-1])
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
for src, mode in [
    ("from __future__ import braces", "exec"),
    ("from __future__ import nonexistent", "exec"),
    ("x = 1\nfrom __future__ import annotations", "exec"),
    ("def f():\n    from __future__ import division", "exec"),
]:
    try:
        exec(src, {})
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
