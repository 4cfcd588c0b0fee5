import sys

attempts = getattr(sys, "_failing_attempts", 0) + 1
sys._failing_attempts = attempts
PARTIAL = "set before the error"
if attempts < 2:
    raise ValueError("failing on attempt %d" % attempts)
DONE = attempts
