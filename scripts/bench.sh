#!/usr/bin/env bash
# Benchmarks: print numbers against the budgets in DESIGN.md. Not part of the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench -p mestre --bench sync
