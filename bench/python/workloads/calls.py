# Function calls and attribute access: a small class with methods and a property, a module-level
# helper, object creation on every step.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


def step(v, k):
    return v.add(Vec(k, -k))


def run(n):
    acc = 0
    v = Vec(1, 2)
    for i in range(n):
        w = step(v, i & 15)
        acc = (acc + w.dot(v) + w.norm1) & 0xFFFFFFFF
        v = Vec(w.y & 1023, w.x & 1023)
    return acc
