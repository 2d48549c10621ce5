#!/usr/bin/env bash
# The library's inequality measures side by side with numpy on the same (value, weight) pairs (issue 12).
#
#   examples/scripts/numpy-compare.sh                    10M pairs
#   examples/scripts/numpy-compare.sh 10000000 100000000 also 100M (about 1.6 GB per file, 8 GB of heap
#                                                        for each of the two JVMs, some 20 GB in all)
#
# Installs Debian's python3-numpy where numpy is missing, builds the jar if needed, writes each file
# once (little-endian float64: n values, then n weights; fixed seed) under examples/target/numpy-compare,
# then times each measure in ROUNDS rounds (default 7, after 3 to warm up): numpy on core 0, the library
# on core 0 (taskset -c 0) and, where there are two cores, on cores 0-1, one after the other within a
# round so that all three meet the same load. Prints median times, the median of the rounds' ratios
# (library / numpy), the relative difference of the results, and the ratios of CPU time. The row log3
# is Theil T, the MLD and A(1) together, each side taking one logarithm per value for the three. Run it
# on a quiet machine: check cat /proc/loadavg.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${ROUNDS:-7}
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
    python3 "$SCRIPT" "$FILE" "$ROUNDS" "$JAR" "$HEAP"
done
echo "load average after: $(cat /proc/loadavg)"
