import sys
print("exit(True) means 1")
sys.exit(True)
