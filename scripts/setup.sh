#!/usr/bin/env bash
# Installs every tool the build and the tests need, skipping what is already present at the right
# version. Safe to run again. `setup.sh` covers building and serving; `setup.sh --test` adds the
# browser that the browser and end-to-end tests drive.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130   # must equal the `wasm-bindgen = "=…"` pin in Cargo.toml

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

with_test=false
[ "${1:-}" = "--test" ] && with_test=true

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32-unknown-unknown target present"
else
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

installed_version() { "$1" --version 2>/dev/null | awk '{print $2}'; }

if [ "$(installed_version trunk)" = "$TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION present"
else
  say "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

if [ "$(installed_version wasm-bindgen)" = "$WASM_BINDGEN_VERSION" ] \
  && command -v wasm-bindgen-test-runner >/dev/null; then
  say "wasm-bindgen CLI $WASM_BINDGEN_VERSION present"
else
  # Not --locked: the CLI's lock file names a webpki-roots release the registry no longer has.
  say "installing wasm-bindgen CLI $WASM_BINDGEN_VERSION (about 7 minutes on 2 cores)"
  cargo install --force "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
fi

if [ -x node_modules/.bin/wasm-opt ] && npm ls --silent >/dev/null 2>&1; then
  say "node packages present (wasm-opt $(node_modules/.bin/wasm-opt --version | awk '{print $3}'))"
else
  say "installing node packages from package-lock.json (binaryen's wasm-opt, playwright-core, axe-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if $with_test; then
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    say "chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}') and chromedriver present"
  else
    say "installing Debian's chromium and chromium-driver"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
fi
say "done"
