data = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1), ("f", 2)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: -t[1]))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums, key=abs), min(nums, key=abs), max(nums, key=abs))
big = [(i * 7919) % 101 for i in range(50)]
print(big)
big.sort()
print(big)
print(sorted([3.5, 1, 2.25, -1, True]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(sorted([[2, 1], [1, 2], [1], []]))
print(sorted("hello world"))
