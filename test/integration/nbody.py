# Floating-point simulation: the n-body benchmark (bodies as instances,
# pairs as a list of tuples, math.sqrt, energy before and after), a linear
# system solved by Gaussian elimination with partial pivoting, and summary
# statistics, printed with %-formatting and f-string specs (f, e, g, sign,
# width) so every digit is compared with CPython's.
# RUN: %{differential}
import sys
import math

PI = 3.14159265358979323
SOLAR_MASS = 4.0 * PI * PI
DAYS_PER_YEAR = 365.24


class Body(object):
    def __init__(self, name, x, y, z, vx, vy, vz, mass):
        self.name = name
        self.x = x
        self.y = y
        self.z = z
        self.vx = vx * DAYS_PER_YEAR
        self.vy = vy * DAYS_PER_YEAR
        self.vz = vz * DAYS_PER_YEAR
        self.mass = mass * SOLAR_MASS


def make_system():
    return [
        Body("sun", 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
        Body("jupiter", 4.84143144246472090e+00, -1.16032004402742839e+00,
             -1.03622044471123109e-01, 1.66007664274403694e-03,
             7.69901118419740425e-03, -6.90460016972063023e-05,
             9.54791938424326609e-04),
        Body("saturn", 8.34336671824457987e+00, 4.12479856412430479e+00,
             -4.03523417114321381e-01, -2.76742510726862411e-03,
             4.99852801234917238e-03, 2.30417297573763929e-05,
             2.85885980666130812e-04),
        Body("uranus", 1.28943695621391310e+01, -1.51111514016986312e+01,
             -2.23307578892655734e-01, 2.96460137564761618e-03,
             2.37847173959480950e-03, -2.96589568540237556e-05,
             4.36624404335156298e-05),
        Body("neptune", 1.53796971148509165e+01, -2.59193146099879641e+01,
             1.79258772950371181e-01, 2.68067772490389322e-03,
             1.62824170038242295e-03, -9.51592254519715870e-05,
             5.15138902046611451e-05),
    ]


def make_pairs(bodies):
    pairs = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            pairs.append((bodies[i], bodies[j]))
    return pairs


def offset_momentum(bodies):
    px = py = pz = 0.0
    for b in bodies:
        px -= b.vx * b.mass
        py -= b.vy * b.mass
        pz -= b.vz * b.mass
    sun = bodies[0]
    sun.vx = px / SOLAR_MASS
    sun.vy = py / SOLAR_MASS
    sun.vz = pz / SOLAR_MASS


def energy(bodies, pairs):
    e = 0.0
    for b in bodies:
        e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz)
    for pair in pairs:
        b1 = pair[0]
        b2 = pair[1]
        dx = b1.x - b2.x
        dy = b1.y - b2.y
        dz = b1.z - b2.z
        e -= b1.mass * b2.mass / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, pairs, dt, steps):
    for step in range(steps):
        for pair in pairs:
            b1 = pair[0]
            b2 = pair[1]
            dx = b1.x - b2.x
            dy = b1.y - b2.y
            dz = b1.z - b2.z
            dist2 = dx * dx + dy * dy + dz * dz
            mag = dt / (dist2 * math.sqrt(dist2))
            m1 = b1.mass * mag
            m2 = b2.mass * mag
            b1.vx -= dx * m2
            b1.vy -= dy * m2
            b1.vz -= dz * m2
            b2.vx += dx * m1
            b2.vy += dy * m1
            b2.vz += dz * m1
        for b in bodies:
            b.x += dt * b.vx
            b.y += dt * b.vy
            b.z += dt * b.vz


def solve(matrix, rhs):
    # Gaussian elimination with partial pivoting on copies; raises
    # ZeroDivisionError for a singular system.
    n = len(rhs)
    a = [row[:] for row in matrix]
    b = rhs[:]
    for col in range(n):
        pivot = col
        for r in range(col + 1, n):
            if abs(a[r][col]) > abs(a[pivot][col]):
                pivot = r
        if abs(a[pivot][col]) < 1e-12:
            raise ZeroDivisionError("singular matrix at column %d" % col)
        a[col], a[pivot] = a[pivot], a[col]
        b[col], b[pivot] = b[pivot], b[col]
        for r in range(col + 1, n):
            factor = a[r][col] / a[col][col]
            for c in range(col, n):
                a[r][c] -= factor * a[col][c]
            b[r] -= factor * b[col]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        total = b[r]
        for c in range(r + 1, n):
            total -= a[r][c] * x[c]
        x[r] = total / a[r][r]
    return x


def statistics(values):
    n = float(len(values))
    mean = sum_floats(values) / n
    var = 0.0
    for v in values:
        var += (v - mean) * (v - mean)
    low = high = values[0]
    for v in values:  # min(list) and max(list) are not supported by rpy yet
        low = min(low, v)
        high = max(high, v)
    return mean, math.sqrt(var / n), low, high


def sum_floats(values):
    total = 0.0
    for v in values:
        total += v
    return total


def main(argv):
    bodies = make_system()
    pairs = make_pairs(bodies)
    offset_momentum(bodies)
    print("%d bodies, %d pairs" % (len(bodies), len(pairs)))
    print("%.9f" % energy(bodies, pairs))
    for steps in [1, 10, 100 * len(argv)]:
        advance(bodies, pairs, 0.01, steps)
        print("after %4d: %.9f" % (steps, energy(bodies, pairs)))
    for b in bodies:
        print(f"{b.name:<8} x={b.x:+12.6f} y={b.y:+12.6f} z={b.z:+.3e} "
              f"v={math.sqrt(b.vx * b.vx + b.vy * b.vy + b.vz * b.vz):.6g}")
    matrix = [[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]]
    x = solve(matrix, [8.0, -11.0, -3.0])
    print("solution", ["%.6f" % v for v in x])
    hilbert = []
    for i in range(5):
        hilbert.append([1.0 / float(i + j + 1) for j in range(5)])
    ones = solve(hilbert, [sum_floats(row) for row in hilbert])
    print("hilbert", " ".join([f"{v:.10f}" for v in ones]))
    try:
        solve([[1.0, 2.0], [2.0, 4.0]], [1.0, 2.0])
    except ZeroDivisionError as e:
        print("error:", str(e))
    speeds = [math.sqrt(b.vx * b.vx + b.vy * b.vy) for b in bodies]
    mean, dev, low, high = statistics(speeds)
    print("speeds mean=%.5f dev=%.5f min=%.3e max=%g" % (mean, dev, low, high))
    print(f"{mean:10.4f}|{dev:<10.3f}|{-high:e}|{low * 1e6:g}")
    print(repr(0.1 + 0.2), str(1.0 / 3.0), 2.5e-10, 1e22, -0.0)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
