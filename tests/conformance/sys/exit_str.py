import sys

print("before")
sys.exit("fatal: bad thing")
