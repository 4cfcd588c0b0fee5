import io, sys

print(repr(sys.stdout), repr(sys.stderr), repr(sys.stdin))
print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors, sys.stdin.mode, sys.stdout.name)
print(isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdout, io.TextIOBase))
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable())
print(sys.stdout.write("direct\n"))
sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.flush()
print(sys.stdout.fileno(), sys.stdin.fileno())
sys.stderr.write("to stderr\n")
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), list(sys.stdin))

saved = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print("captured", 1)
sys.stdout.write("also\n")
sys.stdout = saved
print(repr(buf.getvalue()))
sys.stdout = None
print("dropped")
sys.stdout = saved
print(sys.__stdout__ is saved)
print("end", flush=True)
try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
