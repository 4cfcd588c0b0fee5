# Circular imports: the partially initialised module is visible, and names missing from it
# give CPython's circular-import messages.
import sys

sys.path.insert(0, sys.path[0] + "/support")

import circ_a

print(circ_a.A, circ_a.get_b(), sys.modules["circ_b"].SEEN)

try:
    import circ_bad_a
except ImportError as e:
    msg = str(e)
    print(type(e).__name__, msg[: msg.index(" (most")] if "(most" in msg else msg)
    print("circular import" in msg, e.name, e.path.endswith("circ_bad_a.py"))
print("circ_bad_a" in sys.modules, "circ_bad_b" in sys.modules)

try:
    import circ_attr_a
except AttributeError as e:
    print(type(e).__name__, e)
print("circ_attr_a" in sys.modules, "circ_attr_b" in sys.modules)
