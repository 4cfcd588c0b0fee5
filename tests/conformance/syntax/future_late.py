print("never printed")
from __future__ import annotations
