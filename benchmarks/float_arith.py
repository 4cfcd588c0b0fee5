# Float arithmetic in a function (an n-body-like integration step over local lists).
import sys


def simulate(steps):
    xs = [0.0, 1.0, 2.5, -1.0, 4.0]
    vs = [0.5, -0.25, 0.0, 1.0, -0.5]
    n = len(xs)
    dt = 0.001
    energy = 0.0
    for _ in range(steps):
        for i in range(n):
            force = 0.0
            xi = xs[i]
            for j in range(n):
                if i != j:
                    d = xs[j] - xi
                    force += d / (d * d + 0.01)
            vs[i] += force * dt
        for i in range(n):
            xs[i] += vs[i] * dt
            energy += 0.5 * vs[i] * vs[i]
    return energy


scale = int(sys.argv[1]) if len(sys.argv) > 1 else 10
print(f"{simulate(2000 * scale):.6f}")
