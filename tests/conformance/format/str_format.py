print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=5))
print("{0[1]} {d[k]}".format([10, 20], d={"k": "v"}))
print("{:>6}|{:<6}|{:^6}|{:*^7}|{:06}".format("ab", "ab", "ab", "ab", 42))
print("{:.3f} {:8.2f} {:+d} {: d} {:,} {:_}".format(3.14159, 2.5, 5, 5, 1234567, 1234567))
print("{:x} {:#x} {:o} {:#o} {:b} {:#b} {:X} {:#X}".format(255, 255, 8, 8, 5, 5, 255, 255))
print("{:e} {:.2e} {:g} {:.3g} {:%} {:.1%}".format(12345.678, 12345.678, 0.00001, 1234567, 0.25, 0.125))
print("{!r} {!s} {!a}".format("hi", "hi", "é"))
print("{{literal}} {}".format("x"))
print("{:10.4}|{:<10.2f}|{:>+10.1e}".format("abcdefg", 1.0, 12.0))
print("{0:{1}}|{0:>{1}}".format("z", 5))
print("{:,.2f} {:08.3f} {:=+8d}".format(1234567.891, -3.14159, 42))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{:d}".format("s")
except ValueError as e:
    print("ValueError:", e)
