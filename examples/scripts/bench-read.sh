#!/usr/bin/env bash
# Reading speed of a data set, JSON and CSV, on one core and on every core (issue 12).
#
#   examples/scripts/bench-read.sh [scale]      (default: province)
#
# Generates the synthetic data set once as JSON and as CSV under WORK (default ${TMPDIR:-/tmp}/junheng-scaling,
# shared with bench-scaling.sh), then reads each form RUNS times (default 3) with ReadThroughput: first
# pinned to core 0 with -XX:ActiveProcessorCount=1 (the whole read on one thread, the collector's work
# included), then on every core. Prints wall and CPU seconds, GC seconds and MB/s; the load average is
# printed first: run it on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=${JAR:-examples/target/junheng.jar}
WORK=${WORK:-${TMPDIR:-/tmp}/junheng-scaling}
HEAP=${HEAP:-2g}
RUNS=${RUNS:-3}
SCALE=${1:-province}

[ -f "$JAR" ] || mvn -B -ntp -q -Dquick package -DskipTests
mkdir -p "$WORK"
for format in json csv; do
  target="$WORK/$SCALE.json"
  [ $format = csv ] && target="$WORK/$SCALE-csv"
  if [ ! -e "$target" ]; then
    echo "generating $SCALE as $format ..." >&2
    java -Xmx12g -jar "$JAR" generate --scale "$SCALE" --seed 1 --format "$format" "$target" >&2
  fi
done
echo "load average: $(cat /proc/loadavg)"
for data in "$WORK/$SCALE.json" "$WORK/$SCALE-csv"; do
  echo "== one core"
  taskset -c 0 java -XX:ActiveProcessorCount=1 -Xmx"$HEAP" -cp "$JAR" org.junheng.examples.bench.ReadThroughput "$data" "$RUNS"
  echo "== every core ($(nproc))"
  java -Xmx"$HEAP" -cp "$JAR" org.junheng.examples.bench.ReadThroughput "$data" "$RUNS"
done
