def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 10, 99, 100, 10 ** 10]:
    print(n, classify(n))
x = 7
if x:
    print("truthy")
if not x:
    print("never")
else:
    print("else branch")
if x > 5:
    if x > 6:
        if x > 7:
            print("gt7")
        else:
            print("eq7")
if []:
    print("no")
elif {}:
    print("no")
elif "":
    print("no")
else:
    print("all falsy")
if x == 7: print("one-line if")
