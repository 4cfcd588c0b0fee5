def append_to(x, bucket=[]):
    bucket.append(x)
    return bucket
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def count_calls(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]
print(count_calls(), count_calls(), count_calls({}), count_calls())
print(append_to.__defaults__)
