VALUE = "pkg"
__all__ = ["VALUE", "helper"]


def helper():
    return "helper from " + __name__


_private = 1
