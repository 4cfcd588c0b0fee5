import sys as _sys

public = "public"
_private = "private"


def func():
    return "func"
