"""The packaging files agree with the source tree; no build needed, so these always run."""

from __future__ import annotations

import configparser
import importlib.util
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

import shkola_lib
from shkola_lib.models.db import MIGRATIONS_DIR
from tests.packaging.support import ROOT, load_bundle_data

bd = load_bundle_data()
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
PACKAGE_PARENT = Path(shkola_lib.__file__).resolve().parent.parent


def load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_resource_migration_and_translation_file_is_shipped() -> None:
    covered = {path for rule in bd.DATA_RULES for path in rule.files()}
    unlisted = []
    for folder in bd.CHECKED_FOLDERS:
        for path in sorted((ROOT / folder).rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".pyc":
                continue
            rel = path.relative_to(ROOT).as_posix()
            if path not in covered and rel not in bd.NOT_SHIPPED:
                unlisted.append(rel)
    assert not unlisted, (
        "add these to DATA_RULES (or NOT_SHIPPED, with the reason) in packaging/bundle_data.py: "
        + ", ".join(unlisted)
    )


def test_required_rules_match_files() -> None:
    for rule in bd.DATA_RULES:
        assert rule.files() or not rule.required, rule.pattern


def test_files_land_where_the_program_looks() -> None:
    """The bundle mirrors the installed package: paths.py, app.py and db.py find them."""
    package = Path(shkola_lib.__file__).resolve().parent
    where = {
        "resources": Path("shkola_lib/resources"),  # paths.resources_dir(), packaged case
        "migrations": MIGRATIONS_DIR.relative_to(PACKAGE_PARENT),
        "translations": (package / "translations").relative_to(PACKAGE_PARENT),  # app.py
    }
    assert where["migrations"] == Path("shkola_lib/models/migrations")
    for source, dest in bd.datas():
        rel = Path(source).relative_to(ROOT)
        if rel.parts[0] == "resources":
            expected = where["resources"].joinpath(*rel.parts[1:-1])
        elif "migrations" in rel.parts:
            inner = rel.parts[rel.parts.index("migrations") + 1 : -1]
            expected = where["migrations"].joinpath(*inner)
        elif "translations" in rel.parts:
            expected = where["translations"]
        else:
            expected = Path(".")
        assert Path(dest) == expected, source


def test_hidden_imports_exist() -> None:
    missing = [name for name in bd.HIDDEN_IMPORTS if importlib.util.find_spec(name) is None]
    assert not missing


def test_excluded_modules_are_not_used_by_the_program() -> None:
    source = "\n".join(
        p.read_text(encoding="utf-8") for p in Path(shkola_lib.__file__).parent.rglob("*.py")
    )
    for name in bd.EXCLUDES:
        assert not re.search(rf"^\s*(import|from)\s+{re.escape(name)}\b", source, re.M), name


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_icon_files() -> None:
    svg = ET.parse(ICONS / "shkola-lib.svg").getroot()
    assert svg.get("viewBox") == "0 0 64 64"
    for size in (16, 32, 48, 64, 128, 256):
        assert png_size(ICONS / f"shkola-lib-{size}.png") == (size, size)
    data = (ICONS / "shkola-lib.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        width, height, _c, _r, _p, bpp, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        assert width == height and bpp == 32 and offset + length <= len(data)
        sizes.add(width or 256)
    assert {16, 24, 32, 48, 256} <= sizes


def test_committed_pngs_are_rendered_from_the_svg(qapp: object) -> None:
    """Whoever edits the SVG runs packaging/make_icons.py (small renderer differences pass)."""
    from PySide6.QtGui import QImage

    make_icons = load_script("make_icons")
    for size in (16, 64, 256):
        fresh = make_icons.render(size)
        committed = QImage(str(ICONS / f"shkola-lib-{size}.png")).convertToFormat(fresh.format())
        diff = sum(
            abs(((fresh.pixel(x, y) >> s) & 0xFF) - ((committed.pixel(x, y) >> s) & 0xFF))
            for x in range(0, size, max(1, size // 32))
            for y in range(0, size, max(1, size // 32))
            for s in (0, 8, 16, 24)
        )
        samples = len(range(0, size, max(1, size // 32))) ** 2 * 4
        assert diff / samples < 4, f"resources/icons/shkola-lib-{size}.png is out of date"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(PACKAGING / "linux" / "shkola-lib.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == entry["TryExec"] == "shkola-lib"  # install.sh writes the path
    assert entry["Icon"] == "shkola-lib"
    assert entry["Terminal"] == "false"
    # Qt's X11 window class: (argv[0], applicationName); docks match it to this file
    assert entry["StartupWMClass"] == shkola_lib.APP_NAME
    assert {"GenericName[kk]", "GenericName[ru]", "Comment[kk]", "Comment[ru]"} <= set(entry)
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(
            ["desktop-file-validate", str(PACKAGING / "linux" / "shkola-lib.desktop")],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0 and "error" not in done.stdout, done.stdout


@pytest.mark.parametrize("script", ["install.sh", "uninstall.sh"])
def test_linux_scripts_are_valid_posix_shell(script: str) -> None:
    path = PACKAGING / "linux" / script
    if shutil.which("sh") is None:
        pytest.skip("no POSIX shell here")
    assert subprocess.run(["sh", "-n", str(path)]).returncode == 0
    assert path.read_text(encoding="utf-8").startswith("#!/bin/sh\n")


def test_install_scripts_never_touch_the_data_folder() -> None:
    for script in ("install.sh", "uninstall.sh"):
        for line in (PACKAGING / "linux" / script).read_text(encoding="utf-8").splitlines():
            if re.match(r"\s*rm\b", line):
                assert '$data_home/shkola-lib"' not in line and "/shkola-lib/" not in line, line


def iss_sections(path: Path) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in path.read_text(encoding="utf-8-sig").splitlines():
        line = raw.strip()
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections.setdefault(current, [])
        elif line and not line.startswith(";") and current:
            sections[current].append(line)
    return sections


def test_inno_setup_script() -> None:
    iss = PACKAGING / "windows" / "shkola-lib.iss"
    text = iss.read_text(encoding="utf-8-sig")
    assert iss.read_bytes().startswith(b"\xef\xbb\xbf")  # Inno Setup 6 needs the BOM
    sections = iss_sections(iss)
    assert "AppVersion={#MyAppVersion}" in sections["Setup"]
    languages = [re.search(r'Name: "(\w+)"', line).group(1) for line in sections["Languages"]]
    assert languages == ["kk", "ru", "en"]
    assert "Kazakh.isl" in sections["Languages"][0]
    # the uninstaller and the upgrade only ever delete inside the program folder
    for section in ("InstallDelete", "UninstallDelete"):
        for line in sections.get(section, []):
            name = re.search(r'Name: "([^"]+)"', line).group(1)
            assert name.startswith("{app}\\"), line
    assert "localappdata" not in " ".join(sections.get("UninstallDelete", [])).lower()
    # every custom message the script uses exists in each language
    custom = {line.split("=", 1)[0] for line in sections["CustomMessages"]}
    kazakh = iss_sections(PACKAGING / "windows" / "Kazakh.isl")["CustomMessages"]
    kazakh_names = {line.split("=", 1)[0] for line in kazakh}
    used = set(re.findall(r"\{cm:(\w+)", text)) | set(re.findall(r"CustomMessage\('(\w+)'\)", text))
    for name in used:
        if {f"{lang}.{name}" for lang in languages} <= custom:
            continue
        assert name in kazakh_names, f"{name} has no Kazakh text"
    # build.py passes every value the script expects from outside
    build_source = (PACKAGING / "build.py").read_text(encoding="utf-8")
    for define in re.findall(r"#ifndef (\w+)", text):
        assert f"/D{define}=" in build_source, define


def test_kazakh_messages_file() -> None:
    path = PACKAGING / "windows" / "Kazakh.isl"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    sections = iss_sections(path)
    assert "LanguageID=$043F" in sections["LangOptions"]
    names = [line.split("=", 1)[0] for line in sections["Messages"]]
    assert len(names) == len(set(names))
    assert all(re.fullmatch(r"[A-Za-z0-9]+", name) for name in names)
    assert {"ButtonNext", "ButtonInstall", "WelcomeLabel1", "ConfirmUninstall"} <= set(names)


def test_windows_workflow_builds_smoke_tests_and_packages() -> None:
    text = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    assert "runs-on: windows-latest" in text
    assert 'python-version: "3.11"' in text
    assert "python packaging/build.py" in text and "choco install innosetup" in text
    for command in ("--version", " demo ", " search ", " labels ", " export "):
        assert command in text, command


def test_windows_numeric_version() -> None:
    build = load_script("build")
    assert build.numeric_version("0.1.0") == "0.1.0.0"
    assert build.numeric_version("1.2") == "1.2.0.0"
    assert build.numeric_version("2.0.1rc1") == "2.0.1.0"
    assert build.numeric_version("0.3.0+local.5") == "0.3.0.0"
