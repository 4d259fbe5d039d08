#!/usr/bin/env bash
# Builds the frozen program dist/shkola-lib/ and the Linux archive dist/shkola-lib-*.tar.gz:
# installs the "build" extra (PyInstaller) into .venv, then runs packaging/build.py.
# Arguments go to build.py (e.g. --clean). The result is tested by tests/packaging.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh run
bash scripts/venv.sh build
if ! .venv/bin/python -c "import PyInstaller" 2>/dev/null; then
  echo "PyInstaller is not in .venv: pyproject.toml needs the 'build' extra." >&2
  exit 1
fi
exec .venv/bin/python packaging/build.py "$@"
