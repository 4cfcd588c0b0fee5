# Instance-heavy code: class instantiation with __init__, attribute loads and stores on self,
# method calls and a small class hierarchy, so attribute lookup and object creation dominate.
import sys


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        self.steps = 0

    def step(self):
        self.pos = self.pos.add(self.vel)
        self.steps += 1


class Heavy(Particle):
    def __init__(self, pos, vel, mass):
        super().__init__(pos, vel)
        self.mass = mass

    def energy(self):
        return self.mass * self.vel.dot(self.vel)


def simulate(n):
    particles = []
    for i in range(20):
        p = Vec(i, -i)
        v = Vec(1, i % 3)
        if i % 2:
            particles.append(Heavy(p, v, i))
        else:
            particles.append(Particle(p, v))
    total = 0
    for _ in range(n):
        for q in particles:
            q.step()
            if isinstance(q, Heavy):
                total += q.energy()
    return total, sum(q.pos.x + q.pos.y for q in particles)


scale = int(sys.argv[1]) if len(sys.argv) > 1 else 10
print(simulate(1500 * scale))
