print("checking")
assert [1, 2]
assert not []
assert 1 + 1 == 3
