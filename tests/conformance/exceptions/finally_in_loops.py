for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("loop done")

def loop_return():
    for i in range(10):
        try:
            try:
                if i == 2:
                    return i
            finally:
                print("inner finally", i)
        finally:
            print("outer finally", i)

print(loop_return())

def break_cancels_exception():
    for i in range(3):
        try:
            raise RuntimeError("dropped")
        finally:
            break
    return "exception cancelled by break"

print(break_cancels_exception())

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out

print(continue_in_finally())
count = 0
while True:
    try:
        count += 1
        if count > 3:
            break
    finally:
        print("while finally", count)
