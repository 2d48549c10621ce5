#!/usr/bin/env bash
# Puts the Apache-2.0 licence header at the top of every Java source file that lacks it.
#   scripts/licence-headers.sh [PATH...]          add the header where missing (files or folders; default: the tree)
#   scripts/licence-headers.sh --check [PATH...]  list the files without it and exit 1 if there are any
# Idempotent: a file whose first lines already carry the header is left as it is. Build output (target/) is
# skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

check=false
if [[ "${1:-}" == "--check" ]]; then
  check=true
  shift
fi
[[ $# -eq 0 ]] && set -- .

header='/*
 * Copyright 2026 the junheng authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in
 * compliance with the License. You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License is
 * distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and limitations under the License.
 */'

missing=()
while IFS= read -r -d '' file; do
  # the header is recognised by its licence line within the first lines of the file
  if ! head -n 12 "$file" | grep -q 'Licensed under the Apache License, Version 2.0'; then
    missing+=("$file")
  fi
done < <(find "$@" -name '*.java' -not -path '*/target/*' -print0 | sort -z)

if $check; then
  if [[ ${#missing[@]} -gt 0 ]]; then
    printf '%s\n' "${missing[@]}"
    echo "licence-headers.sh: ${#missing[@]} Java files without the licence header (run scripts/licence-headers.sh)" >&2
    exit 1
  fi
  exit 0
fi

for file in "${missing[@]}"; do
  tmp="$(mktemp)"
  { printf '%s\n' "$header"; cat "$file"; } > "$tmp"
  cat "$tmp" > "$file"  # keeps the file's mode
  rm -f "$tmp"
  echo "header added: $file"
done
