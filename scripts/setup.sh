#!/usr/bin/env bash
# Installs every tool the build and the tests need, skipping what is already present at the right
# version. Safe to run again. `setup.sh` covers building and serving; `setup.sh --test` adds the
# browsers that the browser and end-to-end tests drive: Debian's Chromium (with chromedriver),
# Firefox ESR, and WebKitGTK's WebDriver server with the MiniBrowser it drives, plus the Xvfb
# display MiniBrowser needs.
#
# Where tools go is the caller's choice, through the variables the tools themselves read:
# CARGO_INSTALL_ROOT for trunk and the wasm-bindgen CLI (default ~/.cargo), and this folder's
# node_modules for the npm packages. scripts/check-install.sh runs this same script against an
# empty install root to prove a fresh machine's path on every test run.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130   # must equal the `wasm-bindgen = "=…"` pin in Cargo.toml

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

with_test=false
[ "${1:-}" = "--test" ] && with_test=true
setup_arguments="$*"

# A value cargo cannot parse stops `cargo install` before it starts; say so plainly rather than
# let cargo fail deep inside its registry code.
case "${CARGO_NET_OFFLINE-unset}" in
  unset | true | false) ;;
  *)
    say "CARGO_NET_OFFLINE is set to '${CARGO_NET_OFFLINE}'; cargo accepts only true or false. Unset it and run again."
    exit 1
    ;;
esac

# Runs a command that reaches a package registry; a transient failure gets one more try, and a
# second failure says what failed and how to try again.
fetch() {
  local what=$1
  shift
  if "$@"; then return 0; fi
  say "$what failed; trying once more in 5 s"
  sleep 5
  if "$@"; then return 0; fi
  say "$what failed twice: $*"
  say "Check the connection to the package registry, then run again: scripts/setup.sh $setup_arguments"
  exit 1
}

# The oldest Firefox ESR and WebKitGTK the other-engine tests (tests/engines/) were verified
# with; Debian's security updates only move them forward.
FIREFOX_ESR_MINIMUM=153
WEBKITGTK_MINIMUM=2.50
MINIBROWSER=/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser

# True when Debian package $1 is installed at version $2 or later.
debian_package_at_least() {
  local version
  version=$(dpkg-query -W -f='${Version}' "$1" 2>/dev/null) && dpkg --compare-versions "$version" ge "$2"
}

# apt prints hundreds of lines while installing; its errors still reach stderr.
apt_install() { apt-get install -y -qq "$@" >/dev/null; }

# Compiled tools are built in a cache outside the clone, so a second install (another clone, or
# the fresh-install check) only links instead of compiling for twenty minutes. Set for the
# install commands alone: the project's own builds keep their usual target/ folder.
tools_target="${XDG_CACHE_HOME:-$HOME/.cache}/joint-intake/tools-target"

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32-unknown-unknown target present"
else
  say "adding the wasm32-unknown-unknown target"
  fetch "adding the wasm32 target" rustup target add wasm32-unknown-unknown
fi

# Checked where `cargo install` puts them, so a copy elsewhere on PATH cannot stand in.
bin_dir="${CARGO_INSTALL_ROOT:-${CARGO_HOME:-$HOME/.cargo}}/bin"
installed_version() { [ -x "$bin_dir/$1" ] && "$bin_dir/$1" --version 2>/dev/null | awk '{print $2}'; }

if [ "$(installed_version trunk)" = "$TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION present"
else
  say "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores the first time)"
  fetch "installing trunk $TRUNK_VERSION" \
    env CARGO_TARGET_DIR="$tools_target" cargo install --locked "trunk@$TRUNK_VERSION"
fi

if [ "$(installed_version wasm-bindgen)" = "$WASM_BINDGEN_VERSION" ] \
  && [ "$(installed_version wasm-bindgen-test-runner)" = "$WASM_BINDGEN_VERSION" ]; then
  say "wasm-bindgen CLI $WASM_BINDGEN_VERSION present"
else
  # Not --locked: the CLI's lock file names a webpki-roots release the registry no longer has.
  say "installing wasm-bindgen CLI $WASM_BINDGEN_VERSION (about 7 minutes on 2 cores the first time)"
  fetch "installing wasm-bindgen CLI $WASM_BINDGEN_VERSION" \
    env CARGO_TARGET_DIR="$tools_target" cargo install --force "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
fi

if [ -x node_modules/.bin/wasm-opt ] && npm ls --silent >/dev/null 2>&1; then
  say "node packages present (wasm-opt $(node_modules/.bin/wasm-opt --version | awk '{print $3}'))"
else
  say "installing node packages from package-lock.json (binaryen's wasm-opt, playwright-core, puppeteer-core, selenium-webdriver, axe-core, lforms, esbuild, eslint)"
  fetch "installing the node packages" npm ci --no-audit --no-fund --loglevel=error
fi

if $with_test; then
  # Each browser is checked by the files the tests run (and Firefox and WebKitGTK by their
  # version); whatever is missing or older is installed in one apt-get call.
  missing=()
  present=()
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    present+=("chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}') and chromedriver")
  else
    missing+=(chromium chromium-driver)
  fi
  if [ -x /usr/bin/firefox-esr ] && debian_package_at_least firefox-esr "$FIREFOX_ESR_MINIMUM"; then
    present+=("firefox-esr $(dpkg-query -W -f='${Version}' firefox-esr 2>/dev/null)")
  else
    missing+=(firefox-esr)
  fi
  if [ -x /usr/bin/WebKitWebDriver ] && [ -x "$MINIBROWSER" ] \
    && debian_package_at_least libwebkit2gtk-4.1-0 "$WEBKITGTK_MINIMUM"; then
    present+=("WebKitGTK $(dpkg-query -W -f='${Version}' webkit2gtk-driver 2>/dev/null) (WebKitWebDriver, MiniBrowser)")
  else
    missing+=(webkit2gtk-driver libwebkit2gtk-4.1-0)
  fi
  if [ -x /usr/bin/Xvfb ]; then present+=("Xvfb"); else missing+=(xvfb); fi
  for tool in "${present[@]}"; do say "$tool present"; done
  if [ "${#missing[@]}" -gt 0 ]; then
    say "installing Debian's ${missing[*]} (one to two minutes on 2 cores for all of them)"
    export DEBIAN_FRONTEND=noninteractive
    fetch "updating Debian's package lists" apt-get update -qq
    fetch "installing ${missing[*]}" apt_install "${missing[@]}"
  fi
fi
say "done"
