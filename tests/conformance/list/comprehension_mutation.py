a = [1, 2, 3, 4, 5, 6]
b = [x for x in a if x % 2]
a[:] = [x * 10 for x in a]
print(a, b)
stack = []
for i in range(5):
    stack.append(i)
while stack:
    print("pop", stack.pop(), stack)
queue = [1, 2, 3]
while queue:
    item = queue.pop(0)
    if item < 3:
        queue.append(item + 10)
    print("item", item, queue)
lst = list(range(10))
for i in range(len(lst) - 1, -1, -1):
    if lst[i] % 3 == 0:
        del lst[i]
print(lst)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
matrix[0], matrix[2] = matrix[2], matrix[0]
print(matrix, [row[::-1] for row in matrix])
x = [3, 1, 2]
y = sorted(x)
x.sort()
print(x == y, x is y, x.sort() is None)
