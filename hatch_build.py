"""Hatchling build hook: compile the Qt translations for wheels and editable installs.

``translations/shkola_lib_<lang>.ts`` (Qt Linguist sources, kept in git) are compiled with
``lrelease`` from the PySide6 wheel into ``src/shkola_lib/translations/*.qm``. The .qm files
are build products (gitignored), so a wheel gets them through ``force_include``; an editable
install (``pip install -e .``) puts ``src/`` on the path and finds them where they were made.

The same file is a small command-line helper for ``scripts/update-translations.sh`` and the
tests (it must then work without hatchling)::

    python hatch_build.py --tool lrelease     print the path of a Qt tool (lrelease, lupdate)
    python hatch_build.py --compile           compile every translations/*.ts
    python hatch_build.py --report TS...      count finished and unfinished messages
    python hatch_build.py --accept-moved TS...   see scripts/update-translations.sh

Set ``SHKOLA_LIB_SKIP_TRANSLATIONS=1`` to build without translations (the program then
shows English); without it a missing lrelease fails the build instead of quietly shipping
an untranslated program.

The hook also refuses to build when ``__version__`` in ``src/shkola_lib/__init__.py`` (a
constant, so the program need not read its installed metadata at start-up) differs from
``[project] version`` in pyproject.toml.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

try:
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface
except ImportError:  # run as a plain script: hatchling is only in the build environment

    class BuildHookInterface:  # type: ignore[no-redef]
        PLUGIN_NAME = ""


ROOT = Path(__file__).resolve().parent
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "src" / "shkola_lib" / "translations"
SKIP_ENV = "SHKOLA_LIB_SKIP_TRANSLATIONS"
INIT_PY = ROOT / "src" / "shkola_lib" / "__init__.py"


class ToolNotFound(RuntimeError):
    pass


def _pyside_dir() -> Path | None:
    """The installed PySide6 package folder, found without importing Qt."""
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def qt_tool(name: str) -> Path:
    """Find a Qt Linguist tool (``lrelease``/``lupdate``) of the PySide6 wheel.

    The wheel keeps the binaries in its package folder (Windows: ``lrelease.exe``; some
    layouts use ``Qt/bin`` or ``Qt/libexec``); the ``pyside6-<name>`` entry point beside the
    interpreter and then ``PATH`` are the fallbacks.
    """
    exe = ".exe" if os.name == "nt" else ""
    candidates: list[Path] = []
    pyside = _pyside_dir()
    if pyside is not None:
        for sub in ("", "Qt/bin", "Qt/libexec", "bin"):
            candidates.append(pyside / sub / f"{name}{exe}")
    scripts = Path(sys.executable).parent
    candidates.append(scripts / f"pyside6-{name}{exe}")
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    for found in (shutil.which(f"pyside6-{name}"), shutil.which(name)):
        if found:
            return Path(found)
    raise ToolNotFound(
        f"Qt's {name} was not found. It comes with PySide6 (pip install PySide6-Essentials); "
        f"set {SKIP_ENV}=1 to build without translations."
    )


def compile_translations(ts_dir: Path = TS_DIR, qm_dir: Path = QM_DIR) -> list[Path]:
    """Compile every ``*.ts`` of ``ts_dir`` into ``qm_dir``; return the .qm files made."""
    sources = sorted(ts_dir.glob("*.ts"))
    if not sources:
        return []
    lrelease = qt_tool("lrelease")
    qm_dir.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    for ts in sources:
        qm = qm_dir / f"{ts.stem}.qm"
        done = subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0 or not qm.is_file() or qm.stat().st_size == 0:
            raise RuntimeError(
                f"lrelease failed on {ts} (exit {done.returncode}): "
                f"{(done.stderr or done.stdout).strip()}"
            )
        made.append(qm)
    return made


def source_version(init_py: Path = INIT_PY) -> str:
    """``__version__`` as written in the package's ``__init__.py`` (read, not imported)."""
    tree = ast.parse(init_py.read_text(encoding="utf-8"), str(init_py))
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return node.value.value
    raise RuntimeError(f'no __version__ = "..." in {init_py}')


def check_version(project_version: str, init_py: Path = INIT_PY) -> None:
    """Fail when ``__version__`` and pyproject.toml's version are not the same."""
    written = source_version(init_py)
    if written != project_version:
        raise RuntimeError(
            f"{init_py} says __version__ = {written!r} but pyproject.toml says "
            f"version = {project_version!r}; change both together"
        )


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def report(paths: list[Path]) -> int:
    """Print how many messages each file has and how many still need a translation."""
    missing = 0
    for ts in paths:
        msgs = _messages(ts)
        todo = [m for m in msgs if m.find("translation").get("type") is not None]
        missing += len(todo)
        print(f"{ts}: {len(msgs)} messages, {len(todo)} to translate")
    if missing:
        print("Translate the unfinished messages, then run scripts/update-translations.sh again.")
    return 0


def accept_moved(paths: list[Path]) -> None:
    """Mark finished the unfinished messages that already carry a translation.

    lupdate's same-text heuristic fills a message whose English text did not change but
    whose context did (a string moved to another class) with the old translation and marks
    it unfinished; this accepts those. A new string stays empty and unfinished. The file is
    edited textually, so lupdate's formatting is kept.
    """
    import re

    pattern = re.compile(r'<translation type="unfinished">(.*?)</translation>', re.DOTALL)
    form = re.compile(r"<numerusform>(.*?)</numerusform>", re.DOTALL)

    def accept(match: re.Match[str]) -> str:
        inner = match.group(1)
        forms = form.findall(inner) if "<numerusform" in inner else [inner]
        if not all(f.strip() for f in forms):
            return match.group(0)  # (partly) empty: a new string, to be translated
        return f"<translation>{inner}</translation>"

    for ts in paths:
        text = ts.read_text(encoding="utf-8")
        new = pattern.sub(accept, text)
        count = text.count('type="unfinished"') - new.count('type="unfinished"')
        if count:
            ts.write_text(new, encoding="utf-8")
        print(f"{ts}: accepted {count} carried-over translation(s)")


class TranslationsBuildHook(BuildHookInterface):
    """``[tool.hatch.build.hooks.custom]``: .qm files into the wheel (and for ``-e``)."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        check_version(self.metadata.version, root / "src/shkola_lib/__init__.py")
        if self.target_name != "wheel":
            return  # the sdist ships the .ts sources and this hook
        if os.environ.get(SKIP_ENV):
            self.app.display_warning(f"{SKIP_ENV} is set: building without translations")
            return
        qms = compile_translations(root / "translations", root / "src/shkola_lib/translations")
        self.app.display_info(f"compiled {len(qms)} translation(s)")
        if version == "editable":
            return  # src/ is on the path: the .qm files are found where they were made
        force = build_data.setdefault("force_include", {})
        for qm in qms:
            force[str(qm)] = f"shkola_lib/translations/{qm.name}"


def _main(argv: list[str]) -> int:
    if argv[:1] == ["--tool"] and len(argv) == 2:
        print(qt_tool(argv[1]))
        return 0
    if argv == ["--compile"]:
        for qm in compile_translations():
            print(f"compiled {qm.relative_to(ROOT)}")
        return 0
    if argv[:1] == ["--report"]:
        return report([Path(p) for p in argv[1:]])
    if argv[:1] == ["--accept-moved"]:
        accept_moved([Path(p) for p in argv[1:]])
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
