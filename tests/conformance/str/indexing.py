s = "hello, world"
print(s[0], s[4], s[-1], s[-5], len(s))
u = "héllo wörld ☃ 日本語"
print(len(u), u[1], u[7], u[-1], u[-3], u[12])
for i in range(len(u)):
    print(i, u[i], ord(u[i]))
try:
    s[100]
except IndexError as e:
    print("IndexError:", e)
try:
    s[-13]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
print("".join(reversed("abc")), "abc"[::-1], u[::-1])
e = "\U0001F600x"
print(len(e), e[1], ord(e[0]))
