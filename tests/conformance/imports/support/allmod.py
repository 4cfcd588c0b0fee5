__all__ = ["one", "_hidden"]
one = 1
two = 2
_hidden = 3
