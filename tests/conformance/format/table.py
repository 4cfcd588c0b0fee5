rows = [("apple", 3, 1.25), ("banana", 12, 0.5), ("cherry", 100, 10.0), ("kiwi", 7, 0.333)]
print(f"{'name':<10}|{'qty':>5}|{'price':>8}|{'total':>9}")
print("-" * 35)
grand = 0.0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<10}|{qty:>5d}|{price:>8.2f}|{total:>9.3f}")
print("-" * 35)
print(f"{'TOTAL':<10}|{'':>5}|{'':>8}|{grand:>9.3f}")
for n in [1, 12, 123, 1234, 12345, 123456]:
    print("{:>8,}|{:<8}|{:^8}|{:08.2f}".format(n, n, n, n / 7))
