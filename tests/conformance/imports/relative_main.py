# A relative import in a script run as __main__: no parent package.
print(__package__, __spec__)
from . import sibling
