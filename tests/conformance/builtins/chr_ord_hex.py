print(chr(65), chr(97), chr(8364), chr(0x1F600), ord("A"), ord("€"), ord("😀"))
print(hex(255), hex(-255), hex(0), hex(2 ** 64), oct(8), oct(-8), oct(0), bin(5), bin(-5), bin(0), bin(2 ** 65))
print([chr(c) for c in range(ord("a"), ord("f"))])
print("".join(chr(ord(c) + 1) for c in "HAL"))
for bad in ["chr(-1)", "chr(0x110000)", "ord('ab')", "ord('')", "hex(1.5)"]:
    try:
        eval(bad)
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__ + ":", e)
print(format(255, "x"), format(10, "b"), format(8, "o"), format(65, "c"))
