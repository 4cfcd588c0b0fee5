import sys

print("printer ran as", __name__, "argv", sys.argv[1:], "spec", __spec__ and __spec__.name)
if __name__ == "__main__":
    print("main guard taken")
