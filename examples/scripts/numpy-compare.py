"""numpy's side of numpy-compare.sh: the same inequality measures on the same file, vectorised.

usage: python3 numpy-compare.py FILE RUNS          times each measure, best of RUNS; prints name, ms, value,
                                                   CPU ms
       python3 numpy-compare.py --table N NUMPY JAVA1 [JAVA2]   prints the side-by-side table

FILE is little-endian float64: n values, then their n weights. Every measure computes the total weight
W and the weighted mean mu itself, as the library does, so both sides do the whole job.
"""
import sys
import time

import numpy as np


def totals(x, w):
    total = w.sum()
    return total, np.dot(w, x) / total


def gini(x, w):
    order = np.argsort(x)
    xs, ws = x[order], w[order]
    total = ws.sum()
    below = np.cumsum(ws) - ws
    wx = ws * xs
    return np.dot(wx, 2 * below + ws - total) / (total * wx.sum())


def cv(x, w):
    total, mu = totals(x, w)
    d = x - mu
    return np.sqrt(np.dot(w, d * d) / total) / mu


def theil(x, w):
    total, mu = totals(x, w)
    r = x / mu
    return np.dot(w, r * np.log(r)) / total


def mld(x, w):
    total, mu = totals(x, w)
    return -np.dot(w, np.log(x / mu)) / total


def atkinson1(x, w):
    total, mu = totals(x, w)
    return 1 - np.exp(np.dot(w, np.log(x)) / total) / mu


def atkinson_half(x, w):
    total, mu = totals(x, w)
    return 1 - (np.dot(w, np.sqrt(x / mu)) / total) ** 2


MEASURES = [("gini", gini), ("cv", cv), ("theil", theil), ("mld", mld), ("atkinson1", atkinson1),
            ("atkinson0.5", atkinson_half)]


def time_all(path, runs):
    data = np.fromfile(path, dtype="<f8")
    n = data.size // 2
    x, w = np.ascontiguousarray(data[:n]), np.ascontiguousarray(data[n:])
    del data
    for name, f in MEASURES:
        best = best_cpu = float("inf")
        for _ in range(runs):
            cpu = time.process_time()
            start = time.perf_counter()
            value = f(x, w)
            best = min(best, time.perf_counter() - start)
            best_cpu = min(best_cpu, time.process_time() - cpu)
        print("%s\t%.1f\t%.17g\t%.1f" % (name, best * 1e3, value, best_cpu * 1e3))


def read(path):
    rows = {}
    with open(path) as f:
        for line in f:
            name, ms, value, cpu = line.split("\t")
            rows[name] = (float(ms), float(value), float(cpu))
    return rows


def table(n, numpy_file, java1_file, java2_file=None):
    numpy_rows, java1 = read(numpy_file), read(java1_file)
    java2 = read(java2_file) if java2_file else {}
    print("%d pairs (numpy %s, one thread)" % (n, np.__version__))
    header = "%-12s %10s %12s %7s" % ("measure", "numpy ms", "java 1c ms", "ratio")
    if java2:
        header += " %12s %7s" % ("java 2c ms", "ratio")
    print(header + " %12s %10s %12s %7s" % ("rel. diff", "numpy cpu", "java 1c cpu", "ratio"))
    for name, _ in MEASURES:
        ms, value, cpu = numpy_rows[name]
        ms1, value1, cpu1 = java1[name]
        line = "%-12s %10.1f %12.1f %7.2f" % (name, ms, ms1, ms1 / ms)
        if java2:
            ms2, value2, _ = java2[name]
            line += " %12.1f %7.2f" % (ms2, ms2 / ms)
        line += " %12.1e %10.1f %12.1f %7.2f" % (abs(value1 - value) / abs(value), cpu, cpu1, cpu1 / cpu)
        if java2 and value2 != value1:
            line += "  (2 cores gave %.17g, 1 core %.17g)" % (value2, value1)
        print(line)


if __name__ == "__main__":
    if sys.argv[1] == "--table":
        table(int(sys.argv[2]), *sys.argv[3:])
    else:
        time_all(sys.argv[1], int(sys.argv[2]))
