#!/usr/bin/env bash
# The benchmark: every budget of DESIGN.md measured on the five-year reference café
# (`mestre demo-data --preset five-cafe-years`) and at 2× and 4× of it, beside what
# people would use instead (WebKitGTK's MiniBrowser, raw TCP and TLS copies, libvips).
# Prints a table; writes target/bench/five-cafe-years.md and .json. Not part of the tests
# (they run `--tiny` once, to prove the command works).
#   scripts/bench.sh                 everything (release builds; the cafés are made the
#                                    first time and kept in target/bench-data/)
#   scripts/bench.sh --scales 1      the reference size only
#   scripts/bench.sh --tiny          a small café, one run of each measure, debug builds
# Other options: benches/five_cafe_years/main.rs.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_packages $BUILD_PACKAGES xvfb xauth libvips-tools
ensure_cargo
build_ui
if [[ " $* " == *" --tiny "* ]]; then
  cargo build --quiet -p mestre -p mestre-app
  run=(cargo test --quiet -p mestre --bench five_cafe_years -- --cli target/debug/mestre --app target/debug/mestre-app)
else
  cargo build --quiet --release -p mestre -p mestre-app
  run=(cargo bench --quiet -p mestre --bench five_cafe_years --)
fi
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- "${run[@]}" "$@"
fi
exec "${run[@]}" "$@"
