"""One writer per catalog: the lock file beside it, in-process and across real processes."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from shkola_lib.catalog import instance_lock
from shkola_lib.catalog.instance_lock import (
    InstanceLock,
    InstanceLockedError,
    LockInfo,
    boot_time,
    lock_path_for,
    read_lock,
)

HOLD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from shkola_lib.catalog.instance_lock import InstanceLock
    lock = InstanceLock(Path(sys.argv[1]), "test holder").acquire()
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
    lock.release()
    """
)


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "shkola_lib", *args], capture_output=True, text=True, timeout=120
    )


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def write_lock(db: Path, **fields: object) -> Path:
    info = {"pid": os.getpid(), "hostname": instance_lock.this_host(), "started": time.time()}
    info.update(fields)
    path = lock_path_for(db)
    path.write_text(json.dumps(info), encoding="utf-8")
    return path


def test_lock_file_sits_beside_the_catalog_and_says_who_holds_it(db_path: Path) -> None:
    with InstanceLock(db_path, "window") as lock:
        assert lock.path == db_path.with_name("catalog.sqlite.lock")
        info = read_lock(lock.path)
        assert info is not None
        assert (info.pid, info.hostname, info.program) == (
            os.getpid(),
            instance_lock.this_host(),
            "window",
        )
        assert abs(info.started - time.time()) < 60
        assert "started_text" in lock.path.read_text()
    assert not lock.path.exists()


def test_the_first_start_creates_the_folder_for_the_lock(tmp_path: Path) -> None:
    db = tmp_path / "new" / "user" / "folder" / "catalog.sqlite"
    with InstanceLock(db) as lock:
        assert lock.path.exists()
    result = cli("--db", str(tmp_path / "other" / "catalog.sqlite"), "demo", "--records", "3")
    assert result.returncode == 0, result.stderr


def test_a_second_instance_is_refused_with_a_clear_message(db_path: Path) -> None:
    with InstanceLock(db_path, "window"):
        with pytest.raises(InstanceLockedError) as refused:
            InstanceLock(db_path, "second window").acquire()
    message = str(refused.value)
    assert "already open" in message and str(os.getpid()) in message
    assert "close the other window" in message
    assert refused.value.holder is not None and refused.value.holder.pid == os.getpid()


def test_lock_is_released_on_normal_exit_and_on_exceptions(db_path: Path) -> None:
    with InstanceLock(db_path):
        pass
    assert not lock_path_for(db_path).exists()
    with pytest.raises(ZeroDivisionError), InstanceLock(db_path):
        1 / 0  # noqa: B018
    assert not lock_path_for(db_path).exists()
    InstanceLock(db_path).acquire().release()  # and it can be taken again


def test_a_stale_lock_of_a_dead_process_is_recovered(db_path: Path) -> None:
    write_lock(db_path, pid=dead_pid(), program="killed window")
    lock = InstanceLock(db_path).acquire()
    try:
        assert lock.recovered_from is not None
        assert lock.recovered_from.program == "killed window"
        assert read_lock(lock.path).token == lock.info.token  # type: ignore[union-attr]
    finally:
        lock.release()


@pytest.mark.skipif(boot_time() is None, reason="boot time unknown on this platform")
def test_a_lock_from_before_the_last_boot_is_stale_even_if_its_pid_is_reused(
    db_path: Path,
) -> None:
    # The PC was switched off while the program ran; after the restart pid 1 lives.
    write_lock(db_path, pid=1, started=(boot_time() or 0) - 3600)
    with InstanceLock(db_path) as lock:
        assert lock.recovered_from is not None


def test_a_lock_of_another_computer_is_refused_and_named(db_path: Path) -> None:
    path = write_lock(db_path, pid=dead_pid(), hostname="library-pc-2")
    with pytest.raises(InstanceLockedError) as refused:
        InstanceLock(db_path).acquire()
    assert "library-pc-2" in str(refused.value) and str(path) in str(refused.value)
    assert path.exists()  # another computer's lock is never removed from here


def test_a_fresh_unreadable_lock_is_respected_an_old_one_recovered(db_path: Path) -> None:
    path = lock_path_for(db_path)
    path.write_bytes(b"")  # its writer is between create and write
    with pytest.raises(InstanceLockedError, match="being opened"):
        InstanceLock(db_path).acquire()
    old = time.time() - 120
    os.utime(path, (old, old))  # ...or died there long ago
    with InstanceLock(db_path) as lock:
        assert lock.held


def test_release_never_removes_the_lock_of_another_process(db_path: Path) -> None:
    lock = InstanceLock(db_path).acquire()
    other = LockInfo(12345, "elsewhere", time.time(), "other", "token-of-another")
    lock.path.write_text(other.to_json(), encoding="utf-8")
    lock.release()
    assert read_lock(lock.path) == other


def test_a_read_only_disk_gives_a_clear_message(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = os.open

    def read_only(path, flags, *args):  # type: ignore[no-untyped-def]
        if str(path).endswith(".lock"):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", read_only)
    with pytest.raises(OSError, match="read-only disk"):
        InstanceLock(db_path).acquire()


def test_only_one_of_many_racing_processes_wins_even_over_a_stale_lock(db_path: Path) -> None:
    write_lock(db_path, pid=dead_pid())
    race = textwrap.dedent(
        """
        import sys, time
        from pathlib import Path
        from shkola_lib.catalog.instance_lock import InstanceLock, InstanceLockedError
        time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
        try:
            lock = InstanceLock(Path(sys.argv[1])).acquire()
        except InstanceLockedError:
            print("refused")
        else:
            print("won", flush=True)
            time.sleep(2)
            lock.release()
        """
    )
    start = str(time.time() + 1.5)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", race, str(db_path), start], stdout=subprocess.PIPE, text=True
        )
        for _ in range(6)
    ]
    outcomes = sorted(p.communicate(timeout=60)[0].strip() for p in procs)
    assert outcomes == ["refused"] * 5 + ["won"]


def test_cli_writers_are_refused_while_the_window_holds_the_catalog_readers_run(
    tmp_path: Path,
) -> None:
    db = tmp_path / "school.sqlite"
    assert cli("--db", str(db), "demo", "--records", "30").returncode == 0
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db), "60"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        before = db.read_bytes()
        for args in (
            ["demo", "--records", "5"],
            ["undo-import", "1"],
            ["restore", str(db)],
            ["check", "--repair"],
            ["labels", "--out", str(tmp_path / "l.pdf"), "--unprinted", "--mark-printed"],
        ):
            result = cli("--db", str(db), *args)
            assert result.returncode == 2, (args, result.stderr)
            assert "already open in Shkola-Lib" in result.stderr, args
        for args in (["info"], ["search", "а"], ["check"], ["backups"]):
            result = cli("--db", str(db), *args)
            assert result.returncode == 0, (args, result.stderr)
        assert cli("--db", str(db), "backup").returncode == 0  # a reader too
        assert db.read_bytes() == before
        assert lock_path_for(db).exists()
    finally:
        holder.kill()
        holder.wait()
    # The holder was killed: its lock is stale and the next writer recovers it.
    result = cli("--db", str(db), "demo", "--records", "5")
    assert result.returncode == 0, result.stderr
    assert not lock_path_for(db).exists()


def test_cli_releases_the_lock_after_errors(tmp_path: Path) -> None:
    db = tmp_path / "school.sqlite"
    result = cli("--db", str(db), "undo-import", "99")
    assert result.returncode == 2
    result = cli("--db", str(db), "import", str(tmp_path / "missing.mrc"))
    assert result.returncode == 2
    assert not lock_path_for(db).exists()
