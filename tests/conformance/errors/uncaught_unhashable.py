cache = {}
key = (1, 2)
cache[key] = "ok"
print(cache)
key = [1, 2]
cache[key] = "fails"
