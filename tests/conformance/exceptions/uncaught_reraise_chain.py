class StageError(Exception):
    pass


def stage(n):
    if n == 0:
        raise ZeroDivisionError("base failure")
    try:
        stage(n - 1)
    except Exception as e:
        raise StageError("stage %d failed" % n) from e


try:
    stage(2)
except StageError as e:
    chain = []
    c = e
    while c:
        chain.append(str(c))
        c = c.__cause__
    print(chain)
stage(3)
