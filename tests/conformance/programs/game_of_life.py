def step(live, width, height):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx == 0 and dy == 0:
                    continue
                nx, ny = (x + dx) % width, (y + dy) % height
                counts[(nx, ny)] = counts.get((nx, ny), 0) + 1
    new = set()
    for cell, n in counts.items():
        if n == 3 or (n == 2 and cell in live):
            new.add(cell)
    return new


def render(live, width, height):
    for y in range(height):
        print("".join("#" if (x, y) in live else "." for x in range(width)))


W, H = 10, 8
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
state = set(glider)
for gen in range(5):
    print("generation", gen, "population", len(state))
    render(state, W, H)
    state = step(state, W, H)
for _ in range(35):
    state = step(state, W, H)
print("after 40 generations:", sorted(state))
blinker = {(1, 0), (1, 1), (1, 2)}
b1 = step(blinker, 5, 5)
b2 = step(b1, 5, 5)
print(sorted(b1), sorted(b2), b2 == blinker)
block = {(0, 0), (0, 1), (1, 0), (1, 1)}
print("block stable:", step(block, 6, 6) == block)
