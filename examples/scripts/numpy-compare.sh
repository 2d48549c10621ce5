#!/usr/bin/env bash
# The library's inequality measures side by side with numpy on the same (value, weight) pairs (issue 12).
#
#   examples/scripts/numpy-compare.sh                    10M pairs
#   examples/scripts/numpy-compare.sh 10000000 100000000 also 100M (about 1.6 GB per file, 8 GB of heap)
#
# Installs Debian's python3-numpy where numpy is missing, builds the jar if needed, writes each file
# once (little-endian float64: n values, then n weights; fixed seed) under examples/target/numpy-compare,
# then times each measure, best of RUNS (default 7): numpy on core 0, the library on core 0
# (taskset -c 0) and, where there are two cores, on cores 0-1. Prints elapsed times, ratios (library /
# numpy), the relative difference of the results, and the CPU times on one core (steadier than elapsed
# time on a busy machine). Run it on a quiet machine: check cat /proc/loadavg.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-7}
DIR=examples/target/numpy-compare
JAR=examples/target/junheng.jar
SCRIPT=examples/scripts/numpy-compare.py

if ! python3 -c 'import numpy' 2>/dev/null; then
    SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
    $SUDO apt-get update
    $SUDO apt-get install -y python3-numpy
fi
if [ ! -f "$JAR" ]; then
    mvn -B -ntp -q -Dquick package -DskipTests
fi
mkdir -p "$DIR"
echo "load average before: $(cat /proc/loadavg)"
for N in "${@:-10000000}"; do
    FILE="$DIR/pairs-$N.f64"
    if [ ! -f "$FILE" ] || [ "$(stat -c %s "$FILE")" != "$((16 * N))" ]; then
        java -Xmx$((N / 50000000 + 1))g -cp "$JAR" org.junheng.examples.bench.NumpyComparison generate "$FILE" "$N"
    fi
    HEAP=$((N / 15000000 + 2))g # the data, the sorted copy for Gini and the radix sort's buffers
    taskset -c 0 python3 "$SCRIPT" "$FILE" "$RUNS" > "$DIR/numpy-$N.tsv"
    taskset -c 0 java -Xmx$HEAP -cp "$JAR" org.junheng.examples.bench.NumpyComparison time "$FILE" "$RUNS" > "$DIR/java1-$N.tsv"
    JAVA2=
    if [ "$(nproc)" -ge 2 ]; then
        taskset -c 0,1 java -Xmx$HEAP -cp "$JAR" org.junheng.examples.bench.NumpyComparison time "$FILE" "$RUNS" > "$DIR/java2-$N.tsv"
        JAVA2="$DIR/java2-$N.tsv"
    fi
    python3 "$SCRIPT" --table "$N" "$DIR/numpy-$N.tsv" "$DIR/java1-$N.tsv" $JAVA2
done
echo "load average after: $(cat /proc/loadavg)"
