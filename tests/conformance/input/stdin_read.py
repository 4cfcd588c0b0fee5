import sys
data = sys.stdin.read()
print(repr(data), len(data))
print(repr(sys.stdin.readline()))
for line in sys.stdin:
    print("never", line)
print("done")
