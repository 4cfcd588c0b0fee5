def numbered(items, start=1, *, fmt="{}. {}"):
    for i, item in enumerate(items, start):
        yield fmt.format(i, item)
print(list(numbered(["a", "b"])))
print(list(numbered("xy", 0, fmt="{}:{}")))
def apply_all(funcs, *args, **kwargs):
    return [fn(*args, **kwargs) for fn in funcs]
print(apply_all([max, min, sorted], [3, 1, 2]))
print(apply_all([sorted], [3, 1, 2], reverse=True))
def recurse_sum(*nums):
    if not nums:
        return 0
    return nums[0] + recurse_sum(*nums[1:])
print(recurse_sum(1, 2, 3, 4, 5))
def deep(n, acc=()):
    if n == 0:
        return acc
    return deep(n - 1, acc + (n,))
print(deep(6))
