runs = globals().get("runs", 0) + 1
FRESH = "fresh %d" % runs
