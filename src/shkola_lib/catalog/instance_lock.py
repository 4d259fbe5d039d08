"""One writer per catalog: a lock file beside it, ``<catalog>.lock``.

The file is created with ``O_CREAT | O_EXCL`` (atomic on local disks and on SMB/NFS
shares) and holds JSON with the process id, the computer's name and the start
time. A lock left behind by a process that no longer runs on this computer (it was
killed, or the PC was switched off: the lock is older than the last boot) is
recovered; a lock held by a live process, or by another computer, is refused with a
message for the librarian. Reading commands take no lock.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import socket
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

from shkola_lib.i18n import translate
from shkola_lib.io.safe_files import describe_os_error

log = logging.getLogger(__name__)

# A lock file without readable content (its writer died between create and write)
# is judged stale only after this many seconds, so a lock being written is not stolen.
UNREADABLE_GRACE_S = 5.0
# A recovery marker older than this belongs to a process that died while recovering.
RECOVERY_GRACE_S = 10.0


class InstanceLockedError(Exception):
    """The catalog is being written by another program; the message is for the librarian."""

    def __init__(self, message: str, holder: LockInfo | None = None) -> None:
        super().__init__(message)
        self.holder = holder


@dataclass(frozen=True)
class LockInfo:
    """Who holds a lock."""

    pid: int
    hostname: str
    started: float  # seconds since the epoch
    program: str = ""
    token: str = ""

    def to_json(self) -> str:
        return json.dumps(
            {
                "pid": self.pid,
                "hostname": self.hostname,
                "started": self.started,
                "started_text": datetime.fromtimestamp(self.started).isoformat(timespec="seconds"),
                "program": self.program,
                "token": self.token,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> LockInfo | None:
        try:
            raw = json.loads(text)
            return cls(
                int(raw["pid"]),
                str(raw["hostname"]),
                float(raw["started"]),
                str(raw.get("program", "")),
                str(raw.get("token", "")),
            )
        except (ValueError, KeyError, TypeError):
            return None


def lock_path_for(db_path: Path) -> Path:
    """``catalog.sqlite`` → ``catalog.sqlite.lock`` in the same folder."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


def this_host() -> str:
    return socket.gethostname() or "localhost"


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer."""
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows only
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by another user
    except OSError:
        return False
    return _not_zombie(pid)


def _not_zombie(pid: int) -> bool:
    """A killed child that its parent has not reaped yet is dead for our purpose."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rsplit(")", 1)[-1].split()[:1] != ["Z"]


def _pid_alive_windows(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() == 5  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def boot_time() -> float | None:
    """When this computer last started (seconds since the epoch), where it can be told."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, ValueError):
            for line in Path("/proc/stat").read_text().splitlines():
                if line.startswith("btime "):
                    return float(line.split()[1])
    elif os.name == "nt":  # pragma: no cover - Windows only
        import ctypes

        ticks = ctypes.windll.kernel32.GetTickCount64  # type: ignore[attr-defined]
        ticks.restype = ctypes.c_ulonglong
        return time.time() - ticks() / 1000
    return None


def is_stale(info: LockInfo, *, host: str | None = None) -> bool:
    """A lock of this computer whose process is gone, or that predates the last boot."""
    if info.hostname != (host or this_host()):
        return False  # another computer's process cannot be checked from here
    booted = boot_time()
    if booted is not None and info.started < booted - 1:
        return True  # the PC was switched off while the program ran; the pid may be reused
    if info.pid == os.getpid():
        return False
    return not pid_alive(info.pid)


def read_lock(path: Path) -> LockInfo | None:
    try:
        return LockInfo.from_json(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0


class InstanceLock:
    """The lock of one catalog, held by this process; a context manager.

    >>> with InstanceLock(db_path, "import"):
    ...     ...  # only this process writes the catalog here
    """

    def __init__(self, db_path: Path, program: str = "") -> None:
        self.db_path = Path(db_path)
        self.path = lock_path_for(self.db_path)
        self.program = program
        self.info: LockInfo | None = None
        self.recovered_from: LockInfo | None = None

    @property
    def held(self) -> bool:
        return self.info is not None

    def acquire(self) -> InstanceLock:
        """Take the lock or raise :class:`InstanceLockedError` (or ``OSError`` from the disk)."""
        if self.info is not None:
            return self
        info = LockInfo(os.getpid(), this_host(), time.time(), self.program, os.urandom(16).hex())
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)  # the first start
        except OSError as exc:
            raise OSError(exc.errno, self._cannot_create(exc)) from exc
        for _attempt in range(5):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                holder = read_lock(self.path)
                if self._recover_if_stale(holder):
                    continue
                raise InstanceLockedError(self._refusal(holder), holder) from None
            except OSError as exc:
                raise OSError(exc.errno, self._cannot_create(exc)) from exc
            try:
                os.write(fd, info.to_json().encode("utf-8"))
                os.fsync(fd)
            except OSError as exc:
                os.close(fd)
                with contextlib.suppress(OSError):
                    self.path.unlink()
                raise OSError(exc.errno, self._cannot_create(exc)) from exc
            os.close(fd)
            self.info = info
            if self.recovered_from is not None:
                log.warning("Recovered a stale lock %s: %s", self.path, self.recovered_from)
            return self
        holder = read_lock(self.path)
        raise InstanceLockedError(self._refusal(holder), holder)

    def _recover_if_stale(self, holder: LockInfo | None) -> bool:
        """Remove the lock if its owner is gone; True when it was removed (or vanished)."""
        if holder is None:
            if self.path.exists() and _age(self.path) < UNREADABLE_GRACE_S:
                time.sleep(0.2)  # being written right now: look again
                return True
        elif not is_stale(holder):
            return False
        # Only one process at a time may remove a stale lock: otherwise one could
        # delete the fresh lock that another has just created after its own recovery.
        marker = self.path.with_name(self.path.name + ".recovering")
        try:
            fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            if _age(marker) > RECOVERY_GRACE_S:
                with contextlib.suppress(OSError):
                    marker.unlink()
            time.sleep(0.1)
            return True
        except OSError:
            return False
        os.close(fd)
        try:
            again = read_lock(self.path)
            if again == holder and (holder is not None or _age(self.path) >= UNREADABLE_GRACE_S):
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()
                self.recovered_from = holder
        finally:
            with contextlib.suppress(OSError):
                marker.unlink()
        return True

    def release(self) -> None:
        """Remove the lock if it is still ours (never another process's)."""
        if self.info is None:
            return
        current = read_lock(self.path)
        if current is not None and current.token == self.info.token:
            try:
                self.path.unlink()
            except FileNotFoundError:
                pass
            except OSError as exc:
                log.warning("Cannot remove the lock %s: %s", self.path, exc)
        self.info = None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    # --- messages ---------------------------------------------------------------------
    def _refusal(self, holder: LockInfo | None) -> str:
        if holder is None:
            return translate(
                "Lock",
                "The catalog {path} is being opened by another program right now. "
                "Try again in a moment.",
            ).format(path=self.db_path)
        since = datetime.fromtimestamp(holder.started).strftime("%d.%m.%Y %H:%M")
        if holder.hostname != this_host():
            return translate(
                "Lock",
                "The catalog {path} is open in Shkola-Lib on the computer «{host}» "
                "(since {since}). Close the program there first. If that computer was "
                "switched off while the program ran, delete the file {lock} and try again.",
            ).format(path=self.db_path, host=holder.hostname, since=since, lock=self.path)
        return translate(
            "Lock",
            "The catalog {path} is already open in Shkola-Lib (process {pid}, since {since}). "
            "Only one program may change a catalog at a time: close the other window first.",
        ).format(path=self.db_path, pid=holder.pid, since=since)

    def _cannot_create(self, exc: OSError) -> str:
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return translate(
                "Lock",
                "The catalog {path} cannot be changed: {reason}",
            ).format(path=self.db_path, reason=describe_os_error(exc, self.path))
        return describe_os_error(exc, self.path)
