def stub():
    pass
print(stub())
for i in range(2):
    pass
print(i)
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
a, b, c = 1, 2, 3
del a, b
print(c)
lst = [1, 2, 3, 4]
del lst[0], lst[-1]
print(lst)
if True:
    pass
elif False:
    pass
while False:
    pass
else:
    print("while False else")
i = 10
while i:
    i -= 3
    if i < 0:
        print("negative", i)
        break
else:
    print("no break")
print(i)
