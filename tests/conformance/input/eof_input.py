print("asking for input")
name = input()
print("got", name)
