"""Writing files so that a pulled USB stick or a full disk never leaves a half file.

Data goes to a temporary file in the target folder, is flushed to the device,
and only then renamed to its final name (an atomic step on the same file system).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from shkola_lib.i18n import translate


class WriteError(OSError):
    """A file could not be written; the message is for the librarian."""


def describe_os_error(exc: OSError, path: Path) -> str:
    import errno

    if exc.errno == errno.ENOSPC:
        return translate("Files", "There is no space left on the disk for {path}.").format(
            path=path
        )
    if exc.errno in (errno.EROFS,):
        return translate("Files", "{path} is on a read-only disk.").format(path=path)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return translate("Files", "No permission to write {path}.").format(path=path)
    if exc.errno in (errno.ENOENT, errno.ENODEV, errno.EIO):
        return translate(
            "Files", "{path} cannot be written: the disk or folder is gone (was it removed?)."
        ).format(path=path)
    return translate("Files", "{path} cannot be written: {error}").format(
        path=path, error=exc.strerror or exc
    )


@contextlib.contextmanager
def atomic_write(path: Path) -> Iterator[BinaryIO]:
    """Open a temporary file beside ``path``; on success it replaces ``path``."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise WriteError(exc.errno, describe_os_error(exc, path)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
