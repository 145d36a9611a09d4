#!/usr/bin/env bash
# Parses the benchmark's own scripts (a layer of `make test`); `make bench` runs them. The
# benchmark is not a test, but its code must not rot between runs.
set -uo pipefail
cd "$(dirname "$0")/.."
passed=0 failed=0
for file in bench/*.mjs bench/*.js bench/pages/*.js; do
  if node --check "$file"; then
    passed=$((passed + 1))
  else
    echo "benchmark code: $file does not parse"
    failed=$((failed + 1))
  fi
done
echo "benchmark code: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
