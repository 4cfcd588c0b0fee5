try:
    line = input("prompt> ")
    print("read", line)
except EOFError as e:
    print()
    print("EOFError caught:", repr(str(e)))
lines = []
while True:
    try:
        lines.append(input())
    except EOFError:
        break
print("lines read:", lines)
