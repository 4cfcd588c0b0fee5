s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-3:-1])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[2:8:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
print(s[None:4], s[4:None], s[::None])
for step in [1, 2, 3, -1, -2, -4]:
    print(step, s[::step], s[1:9:step], s[9:1:step])
u = "αβγδεζ"
print(u[1:4], u[::-1], u[::2], u[-2:])
print(s[slice(1, 6, 2)], s[slice(3)], s[slice(None, None, -3)])
