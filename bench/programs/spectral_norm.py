# spectral-norm (the Benchmarks Game): the largest eigenvalue of an
# infinite matrix, by the power method on its n x n corner.
import sys


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times_u(u, out):
    n = len(u)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * u[j]
        out[i] = s


def times_transposed(u, out):
    n = len(u)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * u[j]
        out[i] = s


def times_ata(u, out, tmp):
    times_u(u, tmp)
    times_transposed(tmp, out)


def main(argv):
    n = 1000
    if len(argv) > 1:
        n = int(argv[1])
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        times_ata(u, v, tmp)
        times_ata(v, u, tmp)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print("%.9f" % (vbv / vv) ** 0.5)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
