items = [1, 2, 3]
print(sum(items))
total = "total: " + sum(items)
print(total)
