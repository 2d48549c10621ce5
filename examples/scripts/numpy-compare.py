"""numpy's side of numpy-compare.sh: the same inequality measures on the same file, vectorised, timed in
turn with the library's.

usage: python3 numpy-compare.py FILE ROUNDS JAR HEAP

Runs numpy here, pinned to core 0, and the library in two JVMs (NumpyComparison serve): one pinned to core
0 and, where there are two cores, one on cores 0-1. Round by round, measure by measure, each side runs the
measure once, one after the other, so that on a shared machine the three meet about the same load; the
table shows, per measure, the median over ROUNDS rounds of the times and of each round's ratio (library /
numpy), after WARMUP rounds (default 3) that let the JVMs compile their code.

FILE is little-endian float64: n values, then their n weights. Every measure computes the total weight
W and the weighted mean mu itself, as the library does, so both sides do the whole job.
"""
import os
import statistics
import subprocess
import sys
import time

# numpy on one thread, as the table says: OpenBLAS would otherwise start a worker thread of its own for
# np.dot, which both helps numpy and, spinning after each call, takes the core the pinned JVM runs on
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_variable] = "1"

import numpy as np  # noqa: E402 (after the thread settings, which numpy reads when it loads)


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


def all_three(x, w):
    """Theil T + MLD + A(1), one logarithm per value for the three, as Inequality.logMeasures; their sum
    stands for them in the table's comparison of values."""
    total, mu = totals(x, w)
    r = x / mu
    log = np.log(r)
    t = np.dot(w, r * log) / total
    m = -np.dot(w, log) / total
    return t + m + (1 - np.exp(-m))


MEASURES = [("gini", gini), ("cv", cv), ("theil", theil), ("mld", mld), ("atkinson1", atkinson1),
            ("atkinson0.5", atkinson_half), ("log3", all_three)]


class Library:
    """One JVM serving timings, on the given cores."""

    def __init__(self, cores, path, jar, heap):
        command = ["taskset", "-c", cores, "java", "-Xmx" + heap, "-cp", jar,
                   "org.junheng.examples.bench.NumpyComparison", "serve", path]
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        line = self.process.stdout.readline().strip()
        if line != "ready":
            raise SystemExit("the library on cores %s did not start: %r" % (cores, line))

    def run(self, name):
        self.process.stdin.write(name + "\n")
        self.process.stdin.flush()
        got, ms, value, cpu = self.process.stdout.readline().rstrip("\n").split("\t")
        if got != name:
            raise SystemExit("asked for %s, the library answered %r" % (name, got))
        return float(ms), float(value), float(cpu)

    def close(self):
        self.process.stdin.close()
        self.process.wait()


def run_numpy(f, x, w):
    cpu = time.process_time()
    start = time.perf_counter()
    value = f(x, w)
    return (time.perf_counter() - start) * 1e3, float(value), (time.process_time() - cpu) * 1e3


def compare(path, rounds, jar, heap):
    data = np.fromfile(path, dtype="<f8")
    n = data.size // 2
    x, w = np.ascontiguousarray(data[:n]), np.ascontiguousarray(data[n:])
    del data
    two_cores = {0, 1} <= os.sched_getaffinity(0)
    os.sched_setaffinity(0, {0})
    sides = [("1c", Library("0", path, jar, heap))]
    if two_cores:
        sides.append(("2c", Library("0,1", path, jar, heap)))
    warmup = int(os.environ.get("WARMUP", "3"))
    # times[name][side] = list of (ms, value, cpu ms), side "numpy" or a library side
    times = {name: {side: [] for side in ["numpy"] + [s for s, _ in sides]} for name, _ in MEASURES}
    for r in range(warmup + rounds):
        for name, f in MEASURES:
            results = {"numpy": run_numpy(f, x, w)}
            for side, library in sides:
                results[side] = library.run(name)
            if r >= warmup:
                for side, result in results.items():
                    times[name][side].append(result)
    for _, library in sides:
        library.close()
    print_table(n, rounds, times, [s for s, _ in sides])


def print_table(n, rounds, times, sides):
    print("%d pairs, numpy %s on one thread; medians of %d rounds, each ratio library / numpy of the same round"
          % (n, np.__version__, rounds))
    header = "%-12s %9s" % ("measure", "numpy ms")
    for side in sides:
        header += " %9s %6s" % ("java %s ms" % side, "ratio")
    header += " %10s %9s" % ("rel. diff", "cpu 1c")
    if "2c" in sides:
        header += " %9s" % "cpu 2c"
    print(header)
    for name, _ in MEASURES:
        numpy_runs = times[name]["numpy"]
        value = numpy_runs[-1][1]
        line = "%-12s %9.1f" % (name, statistics.median(t[0] for t in numpy_runs))
        for side in sides:
            runs = times[name][side]
            ratios = [j[0] / p[0] for j, p in zip(runs, numpy_runs)]
            line += " %9.1f %6.2f" % (statistics.median(t[0] for t in runs), statistics.median(ratios))
        java_value = times[name]["1c"][-1][1]
        line += " %10.1e" % (abs(java_value - value) / abs(value))
        for side in sides:  # CPU time of all the library's threads over numpy's, median of the rounds' ratios
            runs = times[name][side]
            line += " %9.2f" % statistics.median(j[2] / p[2] for j, p in zip(runs, numpy_runs))
        values = {t[1] for side in sides for t in times[name][side]}
        if len(values) > 1:
            line += "  (the library gave %d different values: %s)" % (len(values), sorted(values))
        print(line)


if __name__ == "__main__":
    if len(sys.argv) != 5:
        raise SystemExit(__doc__)
    compare(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4])
