#!/usr/bin/env bash
# The tests, all of them: what CI runs (.ci/run) and the README's test command.
# As root on Debian it first installs what the browser and notebook tests need (Chromium and a CJK font,
# Jupyter's headless runner and the notebook's Java kernel) and then requires them, so that a missing
# tool fails the build instead of skipping a test. Elsewhere those two tests run if the tools are present
# and are skipped, saying so, if not.
set -euo pipefail
cd "$(dirname "$0")/.."

require=false
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  examples/scripts/install-browser.sh
  examples/notebooks/install-kernel.sh
  require=true
else
  echo "test.sh: not root on Debian: the browser and notebook tests run only where Chromium and Jupyter are installed" >&2
fi

scripts/licence-headers.sh --check
mvn -B -ntp verify -Djunheng.requireTools="$require"
