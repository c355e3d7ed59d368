#!/usr/bin/env bash
# Runs Mestre: installs what is missing, builds the UI and the app, and opens the window
# on a local database. The first time, it fills that database with the demo café
# (mentor "Kari", password "mestre-demo"; every trainee's picture PIN: apple, fish, sun).
#   scripts/run.sh            the demo café
#   scripts/run.sh --empty    a fresh café: choose a language, then the first-run setup
# Data lives in $MESTRE_DATA_DIR (default: ~/.local/share/mestre-run, or …-empty).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_packages $BUILD_PACKAGES
ensure_cargo
build_ui
cargo build --quiet -p mestre -p mestre-app

if [ "${1:-}" = "--empty" ]; then
  export MESTRE_DATA_DIR="${MESTRE_DATA_DIR:-$HOME/.local/share/mestre-run-empty}"
else
  export MESTRE_DATA_DIR="${MESTRE_DATA_DIR:-$HOME/.local/share/mestre-run}"
  ./target/debug/mestre demo-data --if-empty --trainees 8 --days 30
fi
echo "==> Mestre, data in $MESTRE_DATA_DIR"
exec ./target/debug/mestre-app
