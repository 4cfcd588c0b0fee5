import sys
for code in [0, 1, 2, "msg", None]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print("SystemExit caught, code =", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("no-arg exit code", e.code)
try:
    raise SystemExit(7)
except SystemExit as e:
    print("raised", e.code, e.args)
def cleanup():
    try:
        sys.exit(4)
    finally:
        print("finally before exit")
cleanup()
