#!/usr/bin/env bash
# The performance benchmark (`make bench`, after `scripts/setup.sh --test`): a fresh release build,
# SurveyJS and Lighthouse for the comparison, then bench/run.mjs, which prints the table and writes
# bench/RESULTS.md. Not part of `make test`: a missed target is reported, not a failure, so this
# exits non-zero only when the build, the install or the harness itself fails.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1mbench:\033[0m %s\n' "$*" >&2; }

if [ "${BENCH_SKIP_BUILD:-}" = 1 ]; then
  say "BENCH_SKIP_BUILD=1: measuring the existing dist/"
else
  say "release build: trunk build --release --offline"
  trunk build --release --offline
fi

# SurveyJS and Lighthouse, pinned in bench/package-lock.json. Reinstalled when missing, or when the lock file
# is newer than the install or no longer matches it.
if [ -d bench/node_modules ] \
  && [ ! bench/package-lock.json -nt bench/node_modules/.package-lock.json ] \
  && npm ls --prefix bench --silent >/dev/null 2>&1; then
  say "bench/node_modules up to date"
else
  say "installing SurveyJS and Lighthouse from bench/package-lock.json"
  (cd bench && npm ci --no-audit --no-fund --loglevel=error)
fi

node bench/run.mjs
