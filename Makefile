# The two commands a developer needs (see README.md):
#   make serve   set up, then serve the widget at http://127.0.0.1:8080 with trunk
#   make test    set up, then run every test layer (what .ci/run runs)
SHELL := bash
# Where scripts/setup.sh installs trunk and wasm-bindgen: cargo's own install root.
CARGO_BIN := $(or $(CARGO_INSTALL_ROOT),$(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)

.PHONY: serve test build bench setup
serve:
	scripts/setup.sh
	trunk serve --offline

test:
	scripts/setup.sh --test
	scripts/test.sh

# A release build in dist/, as clinics deploy it.
build:
	scripts/setup.sh
	trunk build --release --offline

bench:
	scripts/setup.sh --test
	scripts/bench.sh
