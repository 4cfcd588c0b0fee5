def ret_in_try():
    try:
        return "try"
    finally:
        print("finally after return")

def ret_override():
    try:
        return "try"
    finally:
        return "finally"

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def ret_value_evaluated_first():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)

print(ret_in_try())
print(ret_override())
print(swallow())
print(ret_value_evaluated_first())
