"""Opening a catalog file: PRAGMAs, version check, backup, migrations.

The sequence follows the habit of careful desktop programs: find the file,
refuse one written by a newer version, copy it aside (SQLite online backup,
never a file copy of a WAL database) when a migration is pending, then migrate.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from shkola_lib.i18n import translate
from shkola_lib.models.migrations import HEAD_REVISION
from shkola_lib.paths import backup_dir_for

if TYPE_CHECKING:  # Alembic is imported only when a catalog is not at HEAD_REVISION
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"


class CatalogOpenError(Exception):
    """The catalog file cannot be opened; the message is for the librarian."""


class NewerDatabaseError(CatalogOpenError):
    pass


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    # Statement journals in memory, not in temporary files: every INSERT into a table
    # with a trigger (the unchanged mark of record_marc) opens one, and an import of
    # 10,000 records inserts 40,000 such rows (0.4 s in temporary files, 0.1 s here).
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def _begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def make_engine(path: Path) -> Engine:
    """An engine whose transactions are real SQLite transactions, DDL included.

    pysqlite commits implicitly before DDL, so a failing migration would keep its
    half-made tables; SQLAlchemy's documented remedy is to switch pysqlite's own
    transaction handling off and emit BEGIN ourselves.
    """
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "isolation_level": None},
    )
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def alembic_config(connection: Any = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def sqlite_backup(source: Path, target: Path) -> Path:
    """A consistent copy of a live (WAL) database through SQLite's backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _inspect_readonly(path: Path) -> tuple[str | None, bool]:
    """(stored revision, has any tables) read without changing the file at all.

    The engine's PRAGMAs switch a file to WAL, which rewrites its header: a file
    that turns out not to be a catalog must be left byte for byte as it was.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None, False
    sidecars = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    existed = {p: p.exists() for p in sidecars}
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {
            row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return revision, bool(tables - {"alembic_version"})
    finally:
        con.close()
        # A read-only reader of a WAL file leaves -wal/-shm behind; remove the ones
        # that were not there before (the WAL was empty then, so nothing is lost).
        for sidecar, was_there in existed.items():
            if not was_there:
                sidecar.unlink(missing_ok=True)


def upgrade_pending(path: Path) -> bool:
    """Whether opening ``path`` will upgrade an existing catalog (which can take a while:
    the GUI says so before it starts). A new or up-to-date catalog, or a file that is
    not one, is ``False``; nothing is written."""
    path = Path(path)
    try:
        revision, _tables = _inspect_readonly(path)
    except (OSError, sqlite3.Error):
        return False  # open_database explains it
    return revision is not None and revision != HEAD_REVISION


def migrate_to_head(engine: Engine) -> None:
    """Run the migrations in one transaction with foreign keys switched off.

    Batch migrations rebuild a table by copy, drop and rename; with foreign keys
    on, dropping ``records`` would cascade-delete every copy. SQLite ignores the
    PRAGMA inside a transaction, so it is set on the raw connection first, and the
    foreign keys are checked before the migration commits.
    """
    from alembic import command

    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                command.upgrade(alembic_config(conn), "head")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"foreign key check failed after migration: {broken[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def _check_is_sqlite(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != SQLITE_HEADER:
        raise CatalogOpenError(
            translate("Database", "The file {path} is not a Shkola-Lib catalog.").format(path=path)
        )


@dataclass
class Database:
    """An open catalog: the engine and a session factory (one session per unit of work)."""

    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    pre_migration_backup: Path | None = None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error."""
        session = self.session_factory()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) and migrate the catalog at ``path``."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CatalogOpenError(
            translate("Database", "Cannot create the folder {folder}: {error}").format(
                folder=path.parent, error=exc.strerror or exc
            )
        ) from exc
    _check_is_sqlite(path)
    existed = path.exists() and path.stat().st_size > 0
    try:
        revision, has_tables = _inspect_readonly(path)
    except sqlite3.Error as exc:  # damaged or locked file
        raise CatalogOpenError(
            translate("Database", "The catalog {path} cannot be read: {error}").format(
                path=path, error=exc
            )
        ) from exc
    if revision is None and has_tables:
        raise CatalogOpenError(
            translate(
                "Database", "The file {path} is a database, but not a Shkola-Lib catalog."
            ).format(path=path)
        )
    up_to_date = revision == HEAD_REVISION  # the usual start: no Alembic needed
    if revision is not None and not up_to_date and revision not in known_revisions():
        raise NewerDatabaseError(
            translate(
                "Database",
                "The catalog {path} was written by a newer version of Shkola-Lib. "
                "Install the newer version to open it; the file was not changed.",
            ).format(path=path)
        )
    engine = make_engine(path)
    try:
        backup: Path | None = None
        if migrate and not up_to_date and revision != head_revision():
            if existed and revision is not None:
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                backup = sqlite_backup(
                    path, backup_dir_for(path) / f"pre-migration-{revision}-{stamp}.sqlite"
                )
            try:
                migrate_to_head(engine)
            except Exception as exc:
                log.exception("Migration of %s failed", path)
                message = translate(
                    "Database",
                    "The catalog {path} could not be upgraded to this version: {error}. "
                    "It was left as it was.",
                ).format(path=path, error=exc)
                if backup is not None:
                    message += " " + translate(
                        "Database", "A copy made before the upgrade is in {backup}."
                    ).format(backup=backup)
                raise CatalogOpenError(message) from exc
    except BaseException:
        engine.dispose()
        raise
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(path=path, engine=engine, session_factory=factory, pre_migration_backup=backup)
