def check(x):
    assert x > 0, "x must be positive, got %d" % x
    assert x != 5
    return x


for v in [3, -1, 5]:
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError:", repr(e), e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args)


class Msg:
    def __repr__(self):
        return "Msg()"


try:
    assert False, Msg()
except AssertionError as e:
    print(e.args, str(e))
assert True, "never evaluated" + 1
print("done")
