#!/usr/bin/env bash
# Runs every test of Mestre: formatting and lints, the Rust core, the UI's unit tests, browser flows of the UI
# in Chromium (mocked backend, with an accessibility audit), and a smoke test of the
# real app under Xvfb driven through tauri-driver + WebKitWebDriver, and one tiny run of
# the benchmark.
# Installs what is missing first. Screenshots land in .test-output/.
set -euo pipefail
# A fresh clone gains nothing from incremental caches; they double what the build writes to disk
# (CI once ran out of space). Set CARGO_INCREMENTAL=1 to keep them for local re-runs.
export CARGO_INCREMENTAL=${CARGO_INCREMENTAL:-0}
cd "$(dirname "$0")/.."
source scripts/lib.sh
started=$(date +%s)
step() { echo; echo "==> $* ($(( $(date +%s) - started )) s)"; }

step "system packages"
ensure_packages $BUILD_PACKAGES $TEST_PACKAGES
ensure_cargo
rm -rf .test-output && mkdir -p .test-output

step "web UI: install and build"
build_ui

step "Rust: format and lints (core, CLI, shell, tests, benchmarks)"
cargo fmt --all --check
cargo clippy --workspace --all-targets -- -D warnings

step "core: cargo test"
cargo test -p mestre

step "UI: type check against the generated Rust types, and unit tests"
(cd ui && npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings && npx vitest run)

step "UI: browser flows (Chromium, mocked backend)"
(cd ui && node --test --test-concurrency=1 tests/e2e/)

step "real app: build"
cargo build -p mestre-app
if ! command -v tauri-driver >/dev/null; then
  step "installing tauri-driver"
  cargo install tauri-driver --locked --version '^2'
fi

step "real app: smoke test under Xvfb"
xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash scripts/with-sound.sh \
  node --test --test-concurrency=1 ui/tests/app/

step "benchmark: one tiny run proves the bench command works (numbers are not checked)"
bash scripts/bench.sh --tiny

step "all tests passed in $(( $(date +%s) - started )) s"
