#!/usr/bin/env bash
# Time and peak heap of `report` on the synthetic county, city, province and a province three times over,
# read from JSON and from CSV; checks that both forms give the same report bytes.
#
#   examples/scripts/bench-scaling.sh [scale ...]        (default: county city province province_x3)
#
# Environment: JAR (default examples/target/junheng.jar), WORK (where the data sets are generated, default
# ${TMPDIR:-/tmp}/junheng-scaling; about 8 GB for all four scales), HEAP (the -Xmx of every report run,
# default 2g; the 3x province needs about 3 times the province's), RUNS (report runs per form, default 1).
#
# Peak heap is read from the JVM's own GC log (-Xlog:gc): "live" is the largest heap after a collection
# (what the data set and the report really hold), "peak" the largest before one (what the heap reached).
# Time is wall-clock seconds and CPU seconds (user + system, from /usr/bin/time); on a busy machine the
# CPU seconds vary less than the wall clock. "jit s" is the JIT's compile time (-XX:+CITime), part of the
# CPU seconds: a cold run compiles thousands of methods. The load average is printed before each run.
set -euo pipefail

JAR=${JAR:-examples/target/junheng.jar}
WORK=${WORK:-${TMPDIR:-/tmp}/junheng-scaling}
HEAP=${HEAP:-2g}
RUNS=${RUNS:-1}
SCALES=("$@")
[ ${#SCALES[@]} -gt 0 ] || SCALES=(county city province province_x3)

[ -f "$JAR" ] || { echo "no $JAR: build it first (mvn -B -ntp -q -Dquick package -DskipTests)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
mkdir -p "$WORK"

# Generating holds the whole data set in memory; give it room (not measured).
generate() {
  local scale=$1 format=$2 target=$3
  if [ ! -e "$target" ]; then
    echo "generating $scale as $format ..." >&2
    java -Xmx12g -jar "$JAR" generate --scale "$scale" --seed 1 --format "$format" "$target" >&2
  fi
}

# One report run: prints "wall cpu jit live peak" and leaves the report in $WORK/out
measure() {
  local data=$1 out=$2 log="$WORK/gc.log" times="$WORK/time.txt" vm="$WORK/vm.txt"
  rm -f "$log"
  # the compiler's totals go to standard error, so the report on standard output stays as it is
  /usr/bin/time -f '%e %U %S' -o "$times" \
    java -Xmx"$HEAP" -Xlog:gc:file="$log" -XX:+CITime -XX:+DisplayVMOutputToStderr \
    -jar "$JAR" report --data "$data" > "$out" 2> "$vm"
  awk '{printf "%.1f %.1f", $1, $2 + $3}' "$times"
  sed -n 's/.*Total compilation time *: *\([0-9.]*\) s.*/ \1/p' "$vm" | tr -d '\n'
  # "Pause Young (Normal) (G1 Evacuation Pause) 512M->300M(1024M) 12.3ms": before->after(committed)
  sed -n 's/.* \([0-9]*\)M->\([0-9]*\)M(\([0-9]*\)M).*/\1 \2/p' "$log" |
    awk 'BEGIN{b=0;a=0} {if ($1>b) b=$1; if ($2>a) a=$2} END{printf " %d %d\n", a, b}'
}

printf '%-12s %-5s %10s %8s %8s %8s %9s %9s  %s\n' scale form "MB" "wall s" "cpu s" "jit s" "live MB" "peak MB" "load"
for scale in "${SCALES[@]}"; do
  json="$WORK/$scale.json"
  csv="$WORK/$scale-csv"
  generate "$scale" json "$json"
  generate "$scale" csv "$csv"
  for form in json csv; do
    if [ $form = json ]; then data=$json; else data=$csv; fi
    mb=$(du -sbL "$data" | awk '{printf "%.0f", $1 / 1e6}')
    for ((run = 1; run <= RUNS; run++)); do
      load=$(cut -d' ' -f1-3 /proc/loadavg)
      read -r wall cpu jit live peak < <(measure "$data" "$WORK/$scale.$form.report")
      printf '%-12s %-5s %10s %8s %8s %8s %9s %9s  %s\n' "$scale" "$form" "$mb" "$wall" "$cpu" "$jit" "$live" "$peak" \
        "$load"
    done
  done
  if cmp -s "$WORK/$scale.json.report" "$WORK/$scale.csv.report"; then
    echo "$scale: the same report bytes from JSON and CSV"
  else
    echo "$scale: the reports from JSON and CSV DIFFER" >&2
    exit 1
  fi
done
