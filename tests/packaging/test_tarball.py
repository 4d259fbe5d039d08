"""The Linux archive: install.sh installs for the user, upgrades in place, uninstalls.

The catalog and the settings are made by the installed program in the user's folders and
must come through a re-install (an upgrade) and an uninstall unchanged.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.support import LINUX, ROOT, load_bundle_data, ok, require, run

pytestmark = pytest.mark.skipif(not LINUX, reason="the tarball is the Linux package")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def unpacked(tmp_path: Path) -> Path:
    version = load_bundle_data().project_version()
    found = sorted((ROOT / "dist").glob(f"shkola-lib-{version}-linux-*.tar.gz"))
    tarball = require(
        found[-1] if found else ROOT / "dist" / f"shkola-lib-{version}-linux-x86_64.tar.gz",
        "the Linux archive",
    )
    subprocess.run(["tar", "-xzf", str(tarball), "-C", str(tmp_path)], check=True)
    (folder,) = tmp_path.glob("shkola-lib-*")
    return folder


def test_install_upgrade_uninstall(unpacked: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    share = home / ".local" / "share"
    prefix = share / "shkola-lib-program"
    link = home / ".local" / "bin" / "shkola-lib"
    desktop = share / "applications" / "shkola-lib.desktop"

    out = ok(run(["sh", unpacked / "install.sh"], cwd=tmp_path, env=env))
    assert "Shkola-Lib" in out
    assert (prefix / "shkola-lib").is_file() and (prefix / "uninstall.sh").is_file()
    assert link.is_symlink() and link.resolve() == (prefix / "shkola-lib").resolve()
    text = desktop.read_text(encoding="utf-8")
    assert f'Exec="{prefix}/shkola-lib"' in text.splitlines()
    assert f"TryExec={prefix}/shkola-lib" in text.splitlines()
    for size in (16, 32, 48, 64, 128, 256):
        assert (share / f"icons/hicolor/{size}x{size}/apps/shkola-lib.png").is_file()
    assert (share / "icons/hicolor/scalable/apps/shkola-lib.svg").is_file()
    if shutil.which("desktop-file-validate"):
        ok(run(["desktop-file-validate", desktop], cwd=tmp_path, env=env))

    # the librarian's data, made by the installed program through the command on PATH
    ok(run([link, "demo", "--records", "20"], cwd=tmp_path, env=env))
    catalog = share / "shkola-lib" / "catalog.sqlite"
    settings = home / ".config" / "shkola-lib" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text('{"language": "kk", "library_name": "Мектеп"}', encoding="utf-8")
    kept = {catalog: digest(catalog), settings: digest(settings)}

    # install again over the installed program: the upgrade path
    ok(run(["sh", unpacked / "install.sh"], cwd=tmp_path, env=env))
    assert not (share / "shkola-lib-program.new").exists()
    assert not (share / "shkola-lib-program.old").exists()
    assert {path: digest(path) for path in kept} == kept
    # the saved language is Kazakh: the command line speaks it unless told otherwise
    assert "Records: 20" in ok(run([link, "--lang", "en", "info"], cwd=tmp_path, env=env))

    out = ok(run(["sh", prefix / "uninstall.sh"], cwd=tmp_path, env=env))
    assert str(share / "shkola-lib") in out
    assert not prefix.exists() and not link.exists() and not link.is_symlink()
    assert not desktop.exists()
    assert not (share / "icons/hicolor/48x48/apps/shkola-lib.png").exists()
    assert {path: digest(path) for path in kept} == kept  # the catalog stays
