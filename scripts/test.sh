#!/usr/bin/env bash
# Runs every test layer in order, keeps going after a failure so the log shows them all, prints
# each layer's counts, and exits non-zero if any layer failed. Called by `make test`.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=never

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
layers=() statuses=() passed_counts=() failed_counts=()

# cargo and wasm-bindgen-test print "test result: ok. N passed; M failed"; node prints "# pass N".
count() {
  local log=$1
  local passed failed
  passed=$(grep -hoE '[0-9]+ passed' "$log" | awk '{s+=$1} END {print s+0}')
  failed=$(grep -hoE '[0-9]+ failed' "$log" | awk '{s+=$1} END {print s+0}')
  local node_pass node_fail
  node_pass=$(grep -hoE '^# pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
  node_fail=$(grep -hoE '^# fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
  echo "$((passed + node_pass)) $((failed + node_fail))"
}

layer() {
  local name=$1
  shift
  printf '\n=== %s: %s\n' "$name" "$*"
  local log="$logs/${#layers[@]}.log"
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  read -r passed failed < <(count "$log")
  layers+=("$name") statuses+=("$status") passed_counts+=("$passed") failed_counts+=("$failed")
}

# First, the install path a fresh machine takes, which the set-up before this script skips on a
# machine that already has every tool.
layer "fresh install" scripts/check-install.sh
layer "format" cargo fmt --all --check
layer "lint" cargo clippy --workspace --all-targets --locked -- -D warnings
layer "lint (wasm)" cargo clippy --workspace --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
layer "native tests" cargo test --workspace --locked
# embed.js's modules: ESLint (eslint.config.js), then their unit tests in node, no browser.
layer "lint (JavaScript)" eslint
layer "JavaScript unit tests" node --test crates/web/tests/embed/
layer "exhaustive check" cargo test --locked --release -p joint-intake-model --test exhaustive -- --nocapture
layer "browser tests" env CHROMEDRIVER=/usr/bin/chromedriver \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --locked --target wasm32-unknown-unknown -p joint-intake-web --test browser
# Code that no other layer runs still has to compile, so it cannot rot unseen.
layer "fuzz targets" scripts/check-fuzz.sh
layer "benchmark code" scripts/check-bench.sh
layer "release build" trunk build --release --offline
layer "end-to-end (Chromium)" node --test --test-concurrency=1 --test-timeout=120000 tests/e2e/
# The visitor's main paths (tests/engines/scenarios.mjs) in the other two engines.
layer "end-to-end (Firefox)" node --test --test-concurrency=1 --test-timeout=120000 tests/engines/firefox.test.mjs
layer "end-to-end (WebKit)" node --test --test-concurrency=1 --test-timeout=120000 tests/engines/webkit.test.mjs
# Last: `make serve` as a developer runs it (building into a folder of its own), then proof that
# dist/ still holds the release build.
layer "serve check" node tests/serve/check.mjs

printf '\n=== summary\n'
total_passed=0 total_failed=0 worst=0
for i in "${!layers[@]}"; do
  verdict=ok
  [ "${statuses[$i]}" -ne 0 ] && verdict=FAILED && worst=1
  printf '%-22s %-7s %6s passed %4s failed\n' "${layers[$i]}" "$verdict" "${passed_counts[$i]}" "${failed_counts[$i]}"
  total_passed=$((total_passed + passed_counts[i]))
  total_failed=$((total_failed + failed_counts[i]))
done
# A failing layer with no counted failures (a compile error, say) still counts as one failure.
[ "$worst" -ne 0 ] && [ "$total_failed" -eq 0 ] && total_failed=1
echo "total: $total_passed passed, $total_failed failed"
exit "$worst"
