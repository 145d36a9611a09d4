#!/usr/bin/env bash
# Type-checks the fuzz targets (a layer of `make test`); scripts/fuzz.sh runs them. They live in
# their own workspace, so the main build never compiles them and only this check sees them rot.
set -uo pipefail
cd "$(dirname "$0")/../fuzz"
targets=$(sed -n 's/^name = "\(.*\)"/\1/p' Cargo.toml | grep -vx joint-intake-fuzz)
if cargo check --bins --target-dir target; then
  echo "fuzz targets: $(wc -w <<<"$targets") passed, 0 failed"
else
  echo "fuzz targets: 0 passed, $(wc -w <<<"$targets") failed"
  exit 1
fi
