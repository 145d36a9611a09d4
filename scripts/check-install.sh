#!/usr/bin/env bash
# The fresh-machine check, the first layer of `make test`. CI runs on a machine where the tools
# are already installed, so without this layer `scripts/setup.sh` would never reach its install
# steps and a broken install path would stay green. Here the real set-up script runs against an
# empty install location — a new CARGO_INSTALL_ROOT and a scratch folder whose node_modules is
# made by `npm ci` — so `cargo install` really asks the registry and installs trunk and the
# wasm-bindgen CLI, then every tool is checked at its pinned version.
#
# Fast after the first run: setup.sh builds compiled tools in a cache outside the clone
# (~/.cache/joint-intake/tools-target), so a fresh root costs a link, not a 20-minute compile.
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

say() { printf '\033[1mfresh install:\033[0m %s\n' "$*"; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/work/scripts" "$scratch/cargo/bin"
cp scripts/setup.sh "$scratch/work/scripts/"
cp package.json package-lock.json .npmrc "$scratch/work/"

# The new root first on PATH, and nothing from the usual install root but the Rust toolchain
# itself (rustup's cargo, rustc and rustup), so a tool installed there earlier cannot answer.
toolchain="$scratch/toolchain"
mkdir -p "$toolchain"
for tool in cargo rustc rustup; do
  ln -s "$(command -v "$tool")" "$toolchain/$tool"
done
fresh_path="$scratch/cargo/bin:$toolchain:$(printf '%s' "$PATH" | tr ':' '\n' \
  | grep -vxF -e "$HOME/.cargo/bin" -e "$repo/node_modules/.bin" | paste -sd:)"

started=$(date +%s)
say "running scripts/setup.sh --test with CARGO_INSTALL_ROOT=$scratch/cargo and an empty node_modules"
env PATH="$fresh_path" CARGO_INSTALL_ROOT="$scratch/cargo" "$scratch/work/scripts/setup.sh" --test
setup_status=$?
say "set-up finished with status $setup_status in $(( $(date +%s) - started )) s"

passed=0 failed=0
expect() {
  local what=$1 wanted=$2 got=$3
  if [ "$got" = "$wanted" ]; then
    say "ok: $what $got"
    passed=$((passed + 1))
  else
    say "FAILED: $what is '${got:-missing}', expected '$wanted'"
    failed=$((failed + 1))
  fi
}

pinned() { sed -n "s/^$1=\([^ ]*\).*/\1/p" scripts/setup.sh; }
# A tool whose version Debian moves forward: at least the minimum setup.sh names.
at_least() {
  local what=$1 minimum=$2 got=$3
  if [ -n "$got" ] && dpkg --compare-versions "$got" ge "$minimum"; then
    say "ok: $what $got (at least $minimum)"
    passed=$((passed + 1))
  else
    say "FAILED: $what is '${got:-missing}', expected $minimum or later"
    failed=$((failed + 1))
  fi
}
version_of() { [ -x "$1" ] && "$1" --version 2>/dev/null | awk '{print $2}'; }
npm_version() { node -p "require('$scratch/work/node_modules/$1/package.json').version" 2>/dev/null; }
locked_version() { node -p "require('$repo/package-lock.json').packages['node_modules/$1'].version"; }

expect "set-up exit status" 0 "$setup_status"
expect "trunk in the new root" "$(pinned TRUNK_VERSION)" "$(version_of "$scratch/cargo/bin/trunk")"
expect "wasm-bindgen in the new root" "$(pinned WASM_BINDGEN_VERSION)" "$(version_of "$scratch/cargo/bin/wasm-bindgen")"
expect "wasm-bindgen-test-runner in the new root" "$(pinned WASM_BINDGEN_VERSION)" \
  "$(version_of "$scratch/cargo/bin/wasm-bindgen-test-runner")"
expect "wasm-bindgen crate pin in Cargo.toml" "$(pinned WASM_BINDGEN_VERSION)" \
  "$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)"
expect "wasm-opt from the fresh node_modules" "132" \
  "$("$scratch/work/node_modules/.bin/wasm-opt" --version 2>/dev/null | awk '{print $3}')"
for package in playwright-core puppeteer-core selenium-webdriver axe-core binaryen lforms esbuild eslint; do
  expect "npm $package" "$(locked_version "$package")" "$(npm_version "$package")"
done
# esbuild's binary comes in a per-platform package; its own install script is not run.
expect "esbuild runs from the fresh node_modules" "$(locked_version esbuild)" \
  "$("$scratch/work/node_modules/.bin/esbuild" --version 2>/dev/null)"
expect "wasm32-unknown-unknown target" "wasm32-unknown-unknown" \
  "$(rustup target list --installed | grep -x wasm32-unknown-unknown)"
expect "chromium" "yes" "$([ -x /usr/bin/chromium ] && /usr/bin/chromium --version >/dev/null 2>&1 && echo yes)"
expect "chromedriver" "yes" "$([ -x /usr/bin/chromedriver ] && echo yes)"
at_least "firefox-esr" "$(pinned FIREFOX_ESR_MINIMUM)" \
  "$(/usr/bin/firefox-esr --version 2>/dev/null | awk '{print $3}')"
at_least "WebKitGTK (libwebkit2gtk-4.1-0)" "$(pinned WEBKITGTK_MINIMUM)" \
  "$(dpkg-query -W -f='${Version}' libwebkit2gtk-4.1-0 2>/dev/null)"
expect "WebKitWebDriver" "yes" "$(/usr/bin/WebKitWebDriver --help >/dev/null 2>&1 && echo yes)"
expect "MiniBrowser" "yes" "$([ -x "$(pinned MINIBROWSER)" ] && echo yes)"
expect "Xvfb" "yes" "$([ -x /usr/bin/Xvfb ] && echo yes)"

echo "fresh install: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
