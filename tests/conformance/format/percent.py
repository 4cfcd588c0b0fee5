print("%d %s %r" % (42, "str", "repr"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255))
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.000123, 0.0001, 1e20))
print("%s and %s" % ("a", "b"), "%s" % "single", "%s" % (("tuple",),))
print("%c%c" % (72, "i"), "100%%" % (), "%i" % 7, "%u" % 8)
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % [1, 2], "%s" % None, "%r" % 1.5, "%d" % 3.99, "%d" % True)
print("%.3s|%5s|%-5s|" % ("abcdef", "ab", "ab"))
print("%d" % -(2 ** 70), "%x" % 2 ** 70)
for bad in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2))]:
    try:
        print(bad[0] % bad[1])
    except TypeError as e:
        print("TypeError:", e)
