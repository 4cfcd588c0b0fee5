# A user sys.excepthook is called for an uncaught exception.
import sys


def hook(t, v, tb):
    print("hook:", t.__name__, v, tb is not None)


sys.excepthook = hook
raise RuntimeError("boom")
