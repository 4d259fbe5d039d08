#!/usr/bin/env bash
# Installs everything the tests need, then runs the linter and the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh test
bash scripts/venv.sh test
corpus="${SHKOLA_LIB_CORPUS:-../shared/corpus}"
if [ ! -f "$corpus/SOURCES.md" ]; then
  echo "The MARC test corpus is missing at $corpus (set SHKOLA_LIB_CORPUS)." >&2
  exit 1
fi
# The frozen program (dist/shkola-lib), which tests/packaging smoke-tests.
bash scripts/build-bundle.sh >/dev/null
.venv/bin/ruff check src tests benchmarks packaging
.venv/bin/python -m pytest "$@"
