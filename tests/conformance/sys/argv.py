import sys
print(sys.argv[0])
print(len(sys.argv), sys.argv[1:])
print(type(sys.argv).__name__)
