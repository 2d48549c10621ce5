#!/usr/bin/env bash
# Executes the example notebooks headless with the junheng-java kernel (install-kernel.sh) and fails when
# any cell fails. The executed copies go to examples/target/notebooks/.
#   examples/notebooks/run.sh                     every notebook here, on examples/target/junheng.jar
#   JUNHENG_CLASSPATH=a.jar:b.jar run.sh X.ipynb  one notebook on another class path
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../target/notebooks"

if [[ -z "${JUNHENG_CLASSPATH:-}" ]]; then
  JUNHENG_CLASSPATH="$here/../target/junheng.jar"
  if [[ ! -f "$JUNHENG_CLASSPATH" ]]; then
    echo "run.sh: $JUNHENG_CLASSPATH is missing; build it first: mvn -B -ntp -q -Dquick package -DskipTests" >&2
    exit 2
  fi
fi
export JUNHENG_CLASSPATH
if ! jupyter-kernelspec list 2>/dev/null | grep -q '^ *junheng-java '; then
  echo "run.sh: the Jupyter kernel junheng-java is not installed; run examples/notebooks/install-kernel.sh" >&2
  exit 2
fi

mkdir -p "$out"
notebooks=("$@")
if [[ ${#notebooks[@]} -eq 0 ]]; then
  notebooks=("$here"/*.ipynb)
fi
for notebook in "${notebooks[@]}"; do
  # nbconvert exits non-zero when a cell raises an error, naming the cell
  jupyter-nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name=junheng-java \
    --ExecutePreprocessor.timeout=600 --output-dir "$out" "$notebook"
done
