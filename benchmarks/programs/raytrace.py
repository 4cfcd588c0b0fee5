# bench: default=200 quick=20
"""A recursive ray tracer (the raytrace workload): spheres and a checkered floor, point
lights with shadows, diffuse and specular shading and mirror reflections, all with a small
3-D vector class. Prints checksums of the 8-bit image.

Usage: raytrace.py [WIDTH] -- the image is WIDTH x WIDTH*3/4 pixels.
"""

import sys
from math import sqrt

EPSILON = 1e-5
MAX_DEPTH = 4


class V3:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return V3(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return V3(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return V3(self.x * k, self.y * k, self.z * k)

    def mul(self, o):
        return V3(self.x * o.x, self.y * o.y, self.z * o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return V3(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z,
                  self.x * o.y - self.y * o.x)

    def norm(self):
        return sqrt(self.dot(self))

    def unit(self):
        return self.scale(1.0 / self.norm())

    def reflect(self, normal):
        return self - normal.scale(2.0 * self.dot(normal))


BLACK = V3(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.unit()

    def at(self, t):
        return self.origin + self.direction.scale(t)


class Material:
    def __init__(self, colour, diffuse, specular, shininess, mirror):
        self.colour = colour
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.mirror = mirror

    def colour_at(self, point):
        return self.colour


class Checker(Material):
    def __init__(self, a, b, size, diffuse, mirror):
        Material.__init__(self, a, diffuse, 0.0, 1, mirror)
        self.other = b
        self.size = size

    def colour_at(self, point):
        cell = int((point.x + 1000.0) / self.size) + int((point.z + 1000.0) / self.size)
        return self.colour if cell % 2 == 0 else self.other


class Sphere:
    def __init__(self, centre, radius, material):
        self.centre = centre
        self.radius = radius
        self.material = material

    def hit(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.centre).unit()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.unit()
        self.material = material

    def hit(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = 0.1

    def nearest(self, ray):
        best = None
        best_t = 1e30
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and t < best_t:
                best = obj
                best_t = t
        return best, best_t

    def shadowed(self, point, light):
        to_light = light - point
        dist = to_light.norm()
        ray = Ray(point, to_light)
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return V3(0.2, 0.3, 0.5).scale(0.5 + 0.5 * ray.direction.y)
        point = ray.at(t)
        normal = obj.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = normal.scale(-1.0)
        mat = obj.material
        base = mat.colour_at(point)
        colour = base.scale(self.ambient)
        for light in self.lights:
            if self.shadowed(point, light):
                continue
            to_light = (light - point).unit()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                colour = colour + base.scale(mat.diffuse * lambert)
            if mat.specular > 0.0:
                half = (to_light - ray.direction).unit()
                s = normal.dot(half)
                if s > 0.0:
                    power = 1.0
                    for _ in range(mat.shininess):
                        power *= s
                    colour = colour + V3(1.0, 1.0, 1.0).scale(mat.specular * power)
        if mat.mirror > 0.0 and depth < MAX_DEPTH:
            bounce = Ray(point, ray.direction.reflect(normal))
            colour = colour + self.trace(bounce, depth + 1).scale(mat.mirror)
        return colour


def build_scene():
    s = Scene()
    s.objects.append(Plane(V3(0.0, 0.0, 0.0), V3(0.0, 1.0, 0.0),
                           Checker(V3(0.9, 0.9, 0.9), V3(0.1, 0.1, 0.1), 1.0, 0.8, 0.2)))
    s.objects.append(Sphere(V3(0.0, 1.0, 5.0), 1.0,
                            Material(V3(0.8, 0.2, 0.2), 0.6, 0.5, 20, 0.3)))
    s.objects.append(Sphere(V3(-2.2, 0.7, 6.5), 0.7,
                            Material(V3(0.2, 0.8, 0.3), 0.7, 0.3, 10, 0.1)))
    s.objects.append(Sphere(V3(2.0, 1.5, 7.0), 1.5,
                            Material(V3(0.9, 0.9, 1.0), 0.2, 0.8, 40, 0.7)))
    s.objects.append(Sphere(V3(0.6, 0.3, 3.2), 0.3,
                            Material(V3(0.9, 0.7, 0.1), 0.8, 0.2, 8, 0.0)))
    s.lights.append(V3(-5.0, 8.0, -2.0))
    s.lights.append(V3(6.0, 5.0, 1.0))
    return s


def to_byte(c):
    if c <= 0.0:
        return 0
    if c >= 1.0:
        return 255
    return int(c * 255.0 + 0.5)


def render(width, height):
    scene = build_scene()
    eye = V3(0.0, 1.5, -1.0)
    forward = (V3(0.0, 1.0, 5.0) - eye).unit()
    right = V3(0.0, 1.0, 0.0).cross(forward).unit()
    up = forward.cross(right)
    pixels = []
    for row in range(height):
        y = (height / 2.0 - row - 0.5) / height
        for col in range(width):
            x = (col + 0.5 - width / 2.0) / height
            d = forward + right.scale(x) + up.scale(y)
            c = scene.trace(Ray(eye, d), 0)
            pixels.append((to_byte(c.x), to_byte(c.y), to_byte(c.z)))
    return pixels


def main():
    width = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    height = width * 3 // 4
    pixels = render(width, height)
    total = [0, 0, 0]
    digest = 0
    for r, g, b in pixels:
        total[0] += r
        total[1] += g
        total[2] += b
        digest = (digest * 16777619 + (r << 16 | g << 8 | b)) % 4294967291
    print("image %dx%d rgb sums %d %d %d digest %d" % (width, height, total[0], total[1],
                                                       total[2], digest))


main()
