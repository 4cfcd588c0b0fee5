def binary_search(arr, target):
    lo, hi = 0, len(arr) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if arr[mid] == target:
            return mid, steps
        if arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps


def merge_sort(a):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quicksort(a):
    if len(a) <= 1:
        return a
    pivot = a[len(a) // 2]
    return quicksort([x for x in a if x < pivot]) + [x for x in a if x == pivot] + quicksort([x for x in a if x > pivot])


def insertion_sort(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a


seed = 12345
data = []
for _ in range(40):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    data.append(seed % 1000 - 500)
print("data:", data)
ms, qs, ins = merge_sort(data), quicksort(data), insertion_sort(data)
print("merge:", ms)
print("all agree:", ms == qs == ins == sorted(data))
for t in [ms[0], ms[17], ms[-1], 1001, -501, 0]:
    print("search", t, "->", binary_search(ms, t))
words = "pear apple fig banana kiwi cherry date grape".split()
print(merge_sort(words), quicksort(words))
print(merge_sort([]), quicksort([1]), insertion_sort([2, 1]), merge_sort([3, 3, 1, 1]))
print("evens first:", sorted(data[:10], key=lambda x: (x % 2, x)))
