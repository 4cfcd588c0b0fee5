def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


f100 = factorial(100)
print("100! =", f100)
print("digits:", len(str(f100)), "digit sum:", sum(int(d) for d in str(f100)))
trailing = len(str(f100)) - len(str(f100).rstrip("0"))
print("trailing zeros:", trailing)
p = 2 ** 1000
print("2**1000 digit sum:", sum(map(int, str(p))), "digits:", len(str(p)))
print("first 20 digits:", str(p)[:20], "last 20 digits:", str(p)[-20:])
print("2**1000 % 1000007 =", p % 1000007, "bit_length:", p.bit_length())
print(factorial(30) // factorial(28), factorial(50) % (10 ** 9 + 7))


def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


print("isqrt(10**50) =", isqrt(10 ** 50), "isqrt(2*10**40) =", isqrt(2 * 10 ** 40))
print("sqrt2 digits:", str(isqrt(2 * 10 ** 100)))


def binomial(n, k):
    return factorial(n) // (factorial(k) * factorial(n - k))


print("C(100, 50) =", binomial(100, 50))
print("pascal row 20:", [binomial(20, k) for k in range(21)])
m = 2 ** 127 - 1
print("M127 =", m, "pow(3, m - 1, m) == 1:", pow(3, m - 1, m) == 1)
x = 1
for i in range(1, 40):
    x = x * 31 + i
print("hash-like:", x, x % 2 ** 64, x >> 100, -x // 12345)
