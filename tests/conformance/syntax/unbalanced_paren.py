print("this line is fine")
x = (1 + 2
print(x)
