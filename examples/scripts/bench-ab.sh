#!/usr/bin/env bash
# Two builds of the command line taking turns on the same data (issue 12). On a shared machine whose speed
# drifts by a fifth within minutes, two series run one after the other compare the drift; runs that
# alternate meet the same load.
#
#   examples/scripts/bench-ab.sh BEFORE.jar AFTER.jar DATA [ROUNDS]
#
# DATA is a .json file or a CSV folder; ROUNDS (default 5) runs of each jar, cold, as a user runs
# `java -Xmx$HEAP -jar JAR report --data DATA` (HEAP default 2g). Prints each run (wall and CPU seconds from
# /usr/bin/time, the JIT's compile seconds from -XX:+CITime, and the load average), then per jar the median
# and the best of each column. Stops if a report differs from the first one: a faster build must give the
# same bytes.
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 BEFORE.jar AFTER.jar DATA [ROUNDS]" >&2; exit 2; }
JARS=("$1" "$2")
DATA=$3
ROUNDS=${4:-5}
HEAP=${HEAP:-2g}
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

printf '%-6s %-40s %7s %7s %7s  %s\n' round jar "wall s" "cpu s" "jit s" load
for ((round = 1; round <= ROUNDS; round++)); do
  for side in 0 1; do
    jar=${JARS[$side]}
    load=$(cut -d' ' -f1 /proc/loadavg)
    # the compiler's totals go to standard error, so the report on standard output stays as it is
    /usr/bin/time -f '%e %U %S' -o "$WORK/time" java -Xmx"$HEAP" -XX:+CITime -XX:+DisplayVMOutputToStderr \
      -jar "$jar" report --data "$DATA" > "$WORK/report" 2> "$WORK/err"
    if [ -f "$WORK/first" ]; then
      cmp -s "$WORK/first" "$WORK/report" || { echo "$jar: the report differs from the first run's" >&2; exit 1; }
    else
      mv "$WORK/report" "$WORK/first"
    fi
    jit=$(sed -n 's/.*Total compilation time *: *\([0-9.]*\) s.*/\1/p' "$WORK/err")
    read -r wall cpu < <(awk '{printf "%.1f %.1f\n", $1, $2 + $3}' "$WORK/time")
    printf '%-6s %-40s %7s %7s %7s  %s\n' "$round" "$jar" "$wall" "$cpu" "$jit" "$load"
    echo "$side $wall $cpu $jit" >> "$WORK/runs"
  done
done

echo
printf '%-40s %15s %15s %15s\n' jar "wall median/best" "cpu median/best" "jit median/best"
for side in 0 1; do
  stats=""
  for column in 2 3 4; do
    sorted=$(awk -v s=$side -v c=$column '$1 == s {print $c}' "$WORK/runs" | sort -n)
    median=$(echo "$sorted" | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}')
    best=$(echo "$sorted" | head -1)
    stats="$stats $(printf '%15s' "$median / $best")"
  done
  printf '%-40s%s\n' "${JARS[$side]}" "$stats"
done
echo "same report bytes from both jars in every run"
