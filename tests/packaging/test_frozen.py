"""The frozen program (dist/shkola-lib) works from its folder alone.

Every command runs with a clean environment (HOME only: no PYTHONPATH, no virtual
environment on PATH) from a temporary folder outside the checkout, so a data file or
module missing from the bundle cannot be found in the source tree by accident. The
bundle is built by ``scripts/build-bundle.sh``; CI builds it first and these tests fail,
not skip, when it is missing there.
"""

from __future__ import annotations

import json
import re
import signal
import sqlite3
import subprocess
import time
import zipfile
from pathlib import Path

import pytest

from tests.packaging.conftest import window_tree
from tests.packaging.support import (
    BUNDLE_DIR,
    CONTENTS_DIR,
    ENGLISH_TITLE,
    LINUX,
    ROOT,
    clean_env,
    data_dir,
    frozen_exe,
    load_bundle_data,
    log_file,
    ok,
    run,
    settings_file,
)

KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


@pytest.fixture(scope="module")
def exe() -> Path:
    return frozen_exe()


@pytest.fixture(scope="module")
def place(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A working folder outside the checkout, with its own HOME."""
    folder = tmp_path_factory.mktemp("frozen")
    (folder / "home").mkdir()
    return folder


@pytest.fixture(scope="module")
def demo_db(exe: Path, place: Path) -> Path:
    db = place / "demo.sqlite"
    out = ok(
        run(
            [exe, "--db", db, "demo", "--records", "200"],
            cwd=place,
            env=clean_env(place / "home"),
        )
    )
    assert "200" in out
    return db


def test_version_is_the_project_version(exe: Path, place: Path) -> None:
    version = load_bundle_data().project_version()
    out = ok(run([exe, "--version"], cwd=place, env=clean_env(place / "home")))
    assert out.strip() == f"Shkola-Lib {version}"


def test_first_start_creates_the_catalog_in_the_user_folder(exe: Path, tmp_path: Path) -> None:
    """A fresh PC: no data folder yet, no --db. The program makes both (the installer
    creates nothing in the user's folders)."""
    home = tmp_path / "home"
    home.mkdir()
    ok(run([exe, "demo", "--records", "5"], cwd=tmp_path, env=clean_env(home)))
    assert (data_dir(home) / "catalog.sqlite").is_file()
    assert BUNDLE_DIR not in (data_dir(home) / "catalog.sqlite").parents


def test_search_finds_kazakh_titles(exe: Path, place: Path, demo_db: Path) -> None:
    con = sqlite3.connect(demo_db)
    titles = [row[0] for row in con.execute("SELECT title FROM records ORDER BY id")]
    con.close()
    assert len(titles) == 200
    title = next((t for t in titles if KAZAKH_LETTERS & set(t)), titles[0])
    env = clean_env(place / "home")
    out = ok(run([exe, "--db", demo_db, "search", title, "--json"], cwd=place, env=env))
    found = json.loads(out)
    assert title in [hit["title"] for hit in found]
    # plain text output: Kazakh letters survive the pipe and the C locale (UTF-8 mode)
    text = ok(run([exe, "--db", demo_db, "search", title], cwd=place, env=env))
    assert title in text


def test_labels_pdf_embeds_the_font(exe: Path, place: Path, demo_db: Path) -> None:
    pdf = place / "labels.pdf"
    ok(
        run(
            [exe, "--db", demo_db, "labels", "--unprinted", "--out", pdf.name],
            cwd=place,
            env=clean_env(place / "home"),
        )
    )
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"DejaVuSans" in data  # the font from the bundled resources


def test_export_rusmarc_and_district_package(exe: Path, place: Path, demo_db: Path) -> None:
    env = clean_env(place / "home")
    iso = place / "catalog.iso"
    command = [exe, "--db", demo_db, "export", "--profile", "rusmarc", "--out", iso]
    ok(run(command, cwd=place, env=env))
    assert iso.read_bytes().count(b"\x1d") == 200  # one record terminator per record
    folder = place / "package"
    folder.mkdir()
    ok(
        run(
            [exe, "--db", demo_db, "export", "--profile", "marc21", "--package", "--out", folder],
            cwd=place,
            env=env,
        )
    )
    (package,) = folder.glob("*.zip")
    with zipfile.ZipFile(package) as zf:
        names = set(zf.namelist())
        assert {"summary.csv", "summary.xlsx", "manifest.json"} <= names
        with zf.open("summary.xlsx") as fh:
            assert fh.read(2) == b"PK"  # written by openpyxl inside the bundle


def test_import_marc8_and_check(exe: Path, place: Path, corpus_dir: Path) -> None:
    """MARC-8 decoding (pymarc's mapping tables) and the integrity check, frozen."""
    env = clean_env(place / "home")
    db = place / "imported.sqlite"
    marc8 = corpus_dir / "pymarc" / "marc8.dat"
    done = run([exe, "--db", db, "import", marc8, "--json"], cwd=place, env=env)
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["imported"] > 0
    ok(run([exe, "--db", db, "check"], cwd=place, env=env))


def _window_icon_sizes(display: str, window_id: str) -> list[tuple[int, int]]:
    """The icon sizes the window offers to the desktop (``_NET_WM_ICON``, read with xprop)."""
    done = subprocess.run(
        ["xprop", "-display", display, "-id", window_id, "_NET_WM_ICON"],
        capture_output=True,
        text=True,
    )
    return [
        (int(w), int(h)) for w, h in re.findall(r"Icon \(\s*(\d+)\s*[xX]\s*(\d+)\s*\)", done.stdout)
    ]


def run_window(
    exe: Path, place: Path, display: str, lang: str, icon_sizes: list[tuple[int, int]] | None = None
) -> tuple[str, str, int, str]:
    """Start the program, wait for its main window, close it with SIGTERM.

    Returns (window line of xwininfo, stderr, exit code, home folder used); the window's
    icon sizes are appended to ``icon_sizes``.
    """
    if icon_sizes is None:
        icon_sizes = []
    home = place / f"home-window-{lang}"
    home.mkdir(exist_ok=True)
    db = place / "window.sqlite"
    proc = subprocess.Popen(
        [str(exe), "--db", str(db), "--lang", lang],
        cwd=place,
        env=clean_env(home, DISPLAY=display),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    line = ""
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None and not line:
            for candidate in window_tree(display).splitlines():
                if '"Shkola-Lib — ' in candidate:
                    line = candidate
            time.sleep(0.2)
        if not line:
            _out, err = proc.communicate(timeout=5) if proc.poll() is not None else ("", "")
            pytest.fail(f"no main window appeared (exit {proc.poll()}); stderr: {err}")
        time.sleep(0.5)
        icon_sizes.extend(_window_icon_sizes(display, line.split()[0]))
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    return line, err, proc.returncode, str(home)


@pytest.mark.xvfb
@pytest.mark.skipif(not LINUX, reason="the X11 window check runs on Linux")
def test_window_opens_and_closes_cleanly(exe: Path, place: Path, xvfb: str) -> None:
    icon_sizes: list[tuple[int, int]] = []
    line, err, code, home = run_window(exe, place, xvfb, "en", icon_sizes)
    assert f'"{ENGLISH_TITLE}"' in line
    # the program's own icon in the title bar and taskbar, from the bundled PNGs
    assert (16, 16) in icon_sizes and max(icon_sizes) >= (128, 128), icon_sizes
    # the class the .desktop file's StartupWMClass names, so docks group the window
    assert '("shkola-lib" "Shkola-Lib")' in line
    assert code == 0, err
    assert "Traceback" not in err
    settings = settings_file(Path(home)).read_text(encoding="utf-8")
    assert '"window_geometry": ""' not in settings
    assert "Main window shown" in log_file(Path(home)).read_text(encoding="utf-8")


@pytest.mark.xvfb
@pytest.mark.skipif(not LINUX, reason="the X11 window check runs on Linux")
def test_window_is_translated_from_the_bundle(
    exe: Path, place: Path, xvfb: str, qapp: object
) -> None:
    """The Kazakh interface comes from the .qm shipped inside the bundle."""
    from PySide6.QtCore import QTranslator

    qm = CONTENTS_DIR / "shkola_lib" / "translations" / "shkola_lib_kk.qm"
    if not qm.is_file():
        pytest.skip("this build has no translations")
    translator = QTranslator()
    assert translator.load(str(qm))
    expected = translator.translate("MainWindow", ENGLISH_TITLE) or ENGLISH_TITLE
    line, err, code, _home = run_window(exe, place, xvfb, "kk")
    assert f'"{expected}"' in line
    assert code == 0, err


def test_bundle_holds_every_data_file(exe: Path) -> None:
    bd = load_bundle_data()
    missing = []
    for source, dest in bd.datas():
        shipped = CONTENTS_DIR / dest / Path(source).name
        if not shipped.is_file() or shipped.read_bytes() != Path(source).read_bytes():
            missing.append(f"{Path(source).relative_to(ROOT)} -> {dest}")
    assert not missing, "missing or stale in the bundle (rebuild it): " + ", ".join(missing)
    assert (CONTENTS_DIR / "stdnum" / "isbn.dat").is_file()
    assert list(CONTENTS_DIR.glob("shkola_lib-*.dist-info"))  # --version reads it


def test_bundle_leaves_out_test_tools(exe: Path) -> None:
    names = {path.name.lower() for path in CONTENTS_DIR.iterdir()}
    for unwanted in ("zxingcpp", "pytest", "_pytest", "hypothesis", "pytestqt", "tkinter"):
        assert not any(re.match(rf"{unwanted}\b", name) for name in names), unwanted
    assert not (BUNDLE_DIR / "_internal" / "shkola_lib" / "app.py").exists()  # code is in the PYZ
