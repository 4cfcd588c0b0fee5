x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x /= 3; print(x)
x = 100
x //= 7; print(x)
x %= 5; print(x)
x **= 10; print(x)
x >>= 2; print(x)
x <<= 5; print(x)
x &= 0xFF0; print(x)
x |= 0x7; print(x)
x ^= 0x55; print(x)
s = "ab"
s += "cd"; s *= 2
print(s)
l = [1]
l2 = l
l += [2]
print(l, l2, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
d = {"k": 1}
d["k"] += 10
d["k"] *= 2
print(d)
arr = [1, 2, 3]
i = 0
arr[i] += 100
arr[-1] -= 1
print(arr)
f = 1.5
f **= 2; f //= 1; print(f)
st = {1, 2}
st |= {3}; st &= {1, 3}; st -= {1}; st ^= {5}
print(st)
n = 2 ** 62
n += n; print(n)
n *= n; print(n)
