import sys
def main():
    print("main running")
    for i in range(5):
        if i == 2:
            sys.exit(i + 40)
        print("i", i)
main()
print("unreachable")
