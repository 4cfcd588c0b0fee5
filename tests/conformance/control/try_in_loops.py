results = []
for token in ["1", "2", "x", "4", "", "6"]:
    try:
        n = int(token)
    except ValueError:
        results.append(None)
        continue
    else:
        results.append(n * n)
    finally:
        results.append("|")
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise RuntimeError("try again " + str(attempts))
        print("succeeded after", attempts)
        break
    except RuntimeError as e:
        print("failed:", e)
def find_first_error(items):
    for i, item in enumerate(items):
        try:
            1 / item
        except ZeroDivisionError:
            return i
        except TypeError as e:
            return "type error at " + str(i) + ": " + str(e)
    return -1
print(find_first_error([1, 2, 0, 3]), find_first_error([1, "a"]), find_first_error([1]))
total = 0
for i in range(5):
    try:
        if i == 3:
            break
        total += i
    finally:
        total += 100
print(total)
