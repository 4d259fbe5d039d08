"""Build the frozen program for the platform this runs on, then its installer/archive.

    python packaging/build.py                 dist/shkola-lib/ (+ the Linux tarball or,
                                              when Inno Setup is found, the Windows installer)
    python packaging/build.py --installer     Windows: the installer is required, not optional
    python packaging/build.py --no-bundle     reuse dist/shkola-lib/, only package it
    python packaging/build.py --clean         drop PyInstaller's cache first

Run it with the Python that has Shkola-Lib installed (``pip install -e .[build]``): the
bundle is made from that environment. Outputs:

- ``dist/shkola-lib/`` - the one-folder program (``shkola-lib``, ``shkola-lib.exe`` and
  ``shkola-lib-gui.exe`` on Windows);
- Linux: ``dist/shkola-lib-<version>-linux-<machine>.tar.gz`` with ``install.sh``;
- Windows: ``dist/shkola-lib-<version>-windows-x64-setup.exe`` (Inno Setup 6, ``ISCC``
  found on PATH, in ``$ISCC`` or in the usual Program Files folders).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_data as bd

ROOT = bd.ROOT
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / bd.APP_NAME
SPEC = PACKAGING / "shkola-lib.spec"
WINDOWS = sys.platform == "win32"
LINUX = sys.platform.startswith("linux")


class BuildError(RuntimeError):
    pass


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mib(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MiB"


def check_environment(version: str) -> None:
    """The installed metadata must match pyproject.toml: it is what --version reports."""
    try:
        installed = metadata.version("shkola-lib")
    except metadata.PackageNotFoundError as exc:
        raise BuildError("shkola-lib is not installed here; run `pip install -e .` first") from exc
    if installed != version:
        raise BuildError(
            f"the installed shkola-lib is {installed} but pyproject.toml says {version}; "
            "run `pip install -e .` again so the program reports the right version"
        )
    try:
        import PyInstaller  # noqa: F401
    except ImportError as exc:
        raise BuildError("PyInstaller is missing; run `pip install -e .[build]`") from exc


def compile_translations() -> None:
    """Fresh .qm files from translations/*.ts (the hatch hook's helper), when it exists."""
    helper = ROOT / "hatch_build.py"
    if not helper.is_file() or not any((ROOT / "translations").glob("*.ts")):
        log("no translation sources: building without .qm files")
        return
    if os.environ.get("SHKOLA_LIB_SKIP_TRANSLATIONS"):
        log("SHKOLA_LIB_SKIP_TRANSLATIONS is set: using the .qm files as they are")
        return
    done = subprocess.run(
        [sys.executable, str(helper), "--compile"], cwd=ROOT, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise BuildError(f"compiling the translations failed:\n{done.stderr or done.stdout}")
    for line in done.stdout.splitlines() or ["translations compiled"]:
        log(line)


def run_pyinstaller(clean: bool) -> None:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={DIST}",
        f"--workpath={WORK}",
    ]
    if clean:
        command.append("--clean")
    command.append(str(SPEC))
    log(" ".join(command))
    if subprocess.run(command, cwd=ROOT).returncode != 0:
        raise BuildError("PyInstaller failed")
    exe = BUNDLE / (f"{bd.APP_NAME}.exe" if WINDOWS else bd.APP_NAME)
    if not exe.is_file():
        raise BuildError(f"PyInstaller finished but {exe} is missing")


def machine() -> str:
    arch = platform.machine().lower()
    return {"amd64": "x86_64", "arm64": "aarch64"}.get(arch, arch)


def linux_tarball(version: str) -> Path:
    """dist/shkola-lib-<version>-linux-<machine>.tar.gz: the program, icons, install.sh."""
    name = f"{bd.APP_NAME}-{version}-linux-{machine()}"
    target = DIST / f"{name}.tar.gz"
    linux = PACKAGING / "linux"
    icons = ROOT / "resources" / "icons"

    def add_file(tar: tarfile.TarFile, source: Path, arcname: str, mode: int) -> None:
        info = tar.gettarinfo(str(source), arcname=f"{name}/{arcname}")
        info.mode = mode
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        with source.open("rb") as fh:
            tar.addfile(info, fh)

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    tmp = target.with_suffix(".tmp")
    with tarfile.open(tmp, "w:gz", compresslevel=6) as tar:
        tar.add(str(BUNDLE), arcname=f"{name}/{bd.APP_NAME}", filter=normalise)
        add_file(tar, linux / "install.sh", "install.sh", 0o755)
        add_file(tar, linux / "uninstall.sh", "uninstall.sh", 0o755)
        add_file(tar, linux / "shkola-lib.desktop", "shkola-lib.desktop", 0o644)
        add_file(tar, linux / "README.txt", "README.txt", 0o644)
        add_file(tar, icons / "shkola-lib.svg", "icons/shkola-lib.svg", 0o644)
        for png in sorted(icons.glob("shkola-lib-*.png")):
            add_file(tar, png, f"icons/{png.name}", 0o644)
    tmp.replace(target)
    return target


def find_iscc() -> Path | None:
    candidates = [os.environ.get("ISCC"), shutil.which("ISCC"), shutil.which("iscc")]
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles")):
        if base:
            candidates.append(str(Path(base) / "Inno Setup 6" / "ISCC.exe"))
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def numeric_version(version: str) -> str:
    """Windows file versions are four numbers: 0.1.0rc1 -> 0.1.0.0."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:3]]
    numbers += [0] * (4 - len(numbers))
    return ".".join(str(n) for n in numbers)


def windows_installer(version: str, iscc: Path) -> Path:
    script = PACKAGING / "windows" / "shkola-lib.iss"
    command = [
        str(iscc),
        "/Qp",
        f"/DMyAppVersion={version}",
        f"/DMyAppVersionNumeric={numeric_version(version)}",
        f"/DBundleDir={BUNDLE}",
        f"/DOutputDir={DIST}",
        str(script),
    ]
    log(" ".join(command))
    if subprocess.run(command, cwd=script.parent).returncode != 0:
        raise BuildError("Inno Setup failed")
    target = DIST / f"{bd.APP_NAME}-{version}-windows-x64-setup.exe"
    if not target.is_file():
        raise BuildError(f"Inno Setup finished but {target} is missing")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-bundle", action="store_true", help="reuse dist/shkola-lib")
    parser.add_argument("--clean", action="store_true", help="drop PyInstaller's cache")
    parser.add_argument(
        "--installer", action="store_true", help="Windows: fail when Inno Setup is missing"
    )
    args = parser.parse_args(argv)
    version = bd.project_version()
    started = time.monotonic()
    try:
        if args.no_bundle:
            if not BUNDLE.is_dir():
                raise BuildError(f"{BUNDLE} does not exist; build it first")
        else:
            check_environment(version)
            compile_translations()
            run_pyinstaller(args.clean)
            log(
                f"bundle {BUNDLE} ({mib(folder_size(BUNDLE))}) "
                f"built in {time.monotonic() - started:.0f} s"
            )
        if LINUX:
            tarball = linux_tarball(version)
            log(f"archive {tarball} ({mib(tarball.stat().st_size)})")
        elif WINDOWS:
            iscc = find_iscc()
            if iscc is None:
                if args.installer:
                    raise BuildError("Inno Setup 6 (ISCC.exe) was not found; set ISCC=...")
                log("Inno Setup not found: no installer made (choco install innosetup)")
            else:
                installer = windows_installer(version, iscc)
                log(f"installer {installer} ({mib(installer.stat().st_size)})")
    except BuildError as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return 1
    log(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
