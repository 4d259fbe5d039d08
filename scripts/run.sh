#!/usr/bin/env bash
# Installs what the app needs and opens it: bash scripts/run.sh [--db PATH] [--lang kk|ru|en]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh run
bash scripts/venv.sh
exec .venv/bin/shkola-lib "$@"
