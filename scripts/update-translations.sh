#!/usr/bin/env bash
# Re-extracts the translatable strings of src/shkola_lib into translations/*.ts (Qt Linguist
# sources, kept in git) and compiles them into src/shkola_lib/translations/*.qm (not in git)
# so that the program run from the source tree shows them.
#
#   bash scripts/update-translations.sh              extract, then compile
#   bash scripts/update-translations.sh --compile    only compile the .ts files as they are
#   bash scripts/update-translations.sh --accept-moved
#        also accept the translations that lupdate carried over unchanged from a string that
#        moved to another context (same English text); review `git diff translations/` after.
#
# New or changed strings come out with type="unfinished": translate them (Qt Linguist:
# pyside6-linguist translations/shkola_lib_kk.ts, or any text editor), keep {placeholders},
# %n, HTML tags and one & accelerator, then run this script again.
# tests/test_translations.py fails while anything is untranslated or out of date.
# Running it twice changes nothing the second time.
set -euo pipefail
cd "$(dirname "$0")/.."

PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  for candidate in .venv/bin/python python3 python; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c "import PySide6" 2>/dev/null; then
      PY="$candidate"; break
    fi
  done
fi
if [ -z "$PY" ]; then
  echo "PySide6 is not installed: run bash scripts/venv.sh first (or set PYTHON)." >&2
  exit 1
fi

compile_only=0
accept_moved=0
for arg in "$@"; do
  case "$arg" in
    --compile) compile_only=1 ;;
    --accept-moved) accept_moved=1 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

if [ "$compile_only" = 0 ]; then
  LUPDATE="$("$PY" hatch_build.py --tool lupdate)"
  sources="$(mktemp)"
  trap 'rm -f "$sources"' EXIT
  # Sorted, so that every machine writes the contexts in the same order.
  find src/shkola_lib -name '*.py' -not -path '*/migrations/*' | LC_ALL=C sort >"$sources"
  for lang in kk ru; do
    "$LUPDATE" -silent -no-obsolete -locations none -source-language en \
      -target-language "$lang" "@$sources" -ts "translations/shkola_lib_$lang.ts"
  done
  if [ "$accept_moved" = 1 ]; then
    "$PY" hatch_build.py --accept-moved translations/shkola_lib_kk.ts translations/shkola_lib_ru.ts
  fi
  "$PY" hatch_build.py --report translations/shkola_lib_kk.ts translations/shkola_lib_ru.ts
fi
"$PY" hatch_build.py --compile
