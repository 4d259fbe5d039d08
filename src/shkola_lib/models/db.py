"""Opening a catalog file: PRAGMAs, version check, backup, migrations.

The sequence follows the habit of careful desktop programs: find the file,
refuse one written by a newer version, copy it aside (SQLite online backup,
never a file copy of a WAL database) when a migration is pending, then migrate.

SQLAlchemy is imported here only when it is needed: importing it costs about 0.2 s,
a third of the program's start. An up-to-date catalog opens with plain ``sqlite3``;
the window lists, searches and shows details through :meth:`Database.reading`, and
the engine is made on the first write or ORM read.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from shkola_lib.i18n import translate
from shkola_lib.models.migrations import HEAD_REVISION
from shkola_lib.paths import backup_dir_for

if TYPE_CHECKING:  # Alembic is imported only when a catalog is not at HEAD_REVISION
    from alembic.config import Config
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)
# Called once before the first engine is made: the catalog package registers its
# session hooks (the search index) here, so they are in place before any session.
ENGINE_SETUP: list[Callable[[], None]] = []
_SETUP_LOCK = threading.Lock()
# Plain connections kept open for reading (listing, search, counts).
READERS_KEPT = 4
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"


class CatalogOpenError(Exception):
    """The catalog file cannot be opened; the message is for the librarian."""


class NewerDatabaseError(CatalogOpenError):
    pass


class CatalogClosedError(CatalogOpenError):
    """Work asked of a catalog after it was closed (a late worker after a restore):
    refused, so that no connection reopens a file that is being replaced."""


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


def _run_engine_setup() -> None:
    with _SETUP_LOCK:
        while ENGINE_SETUP:
            ENGINE_SETUP.pop(0)()


def make_engine(path: Path) -> Engine:
    """An engine whose transactions are real SQLite transactions, DDL included.

    pysqlite commits implicitly before DDL, so a failing migration would keep its
    half-made tables; SQLAlchemy's documented remedy is to switch pysqlite's own
    transaction handling off and emit BEGIN ourselves.
    """
    from sqlalchemy import create_engine, event

    _run_engine_setup()
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


def connect_reader(path: Path) -> sqlite3.Connection:
    """A plain connection with the engine's PRAGMAs, usable from any one thread at a time;
    outside an explicit BEGIN every statement is its own transaction."""
    con = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
    _set_pragmas(con, None)
    return con


def plain_connection(conn: Connection | Session | sqlite3.Connection) -> sqlite3.Connection:
    """The ``sqlite3`` connection under a SQLAlchemy connection or session, inside its
    transaction: the plain-sqlite3 readers (search, listing, counts) within a unit of work.
    """
    if isinstance(conn, sqlite3.Connection):
        return conn
    from sqlalchemy.orm import Session

    sa_conn = conn.connection() if isinstance(conn, Session) else conn
    raw = sa_conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


class Database:
    """An open catalog: plain read connections at once, the engine and a session factory
    (one session per unit of work) made on first use."""

    def __init__(
        self, path: Path, engine: Engine | None = None, pre_migration_backup: Path | None = None
    ) -> None:
        self.path = path
        self.pre_migration_backup = pre_migration_backup
        self._engine = engine
        self._factory: sessionmaker[Session] | None = None
        self._readers: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._closed = False

    def _refuse_if_closed(self) -> None:
        if self._closed:
            raise CatalogClosedError(
                translate("Database", "The catalog {path} has been closed.").format(path=self.path)
            )

    @property
    def engine(self) -> Engine:
        with self._lock:
            self._refuse_if_closed()
            if self._engine is None:
                self._engine = make_engine(self.path)
            return self._engine

    @property
    def session_factory(self) -> sessionmaker[Session]:
        if self._factory is None:
            from sqlalchemy.orm import sessionmaker

            _run_engine_setup()  # hooks registered after an engine given to __init__
            self._factory = sessionmaker(self.engine, expire_on_commit=False)
        return self._factory

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

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A plain ``sqlite3`` connection inside one read transaction: every statement
        sees the same state of the catalog. Nothing written through it is kept."""
        with self._lock:
            self._refuse_if_closed()
            con = self._readers.pop() if self._readers else None
        if con is None:
            con = connect_reader(self.path)
        try:
            con.execute("BEGIN")
            try:
                yield con
            finally:
                con.execute("ROLLBACK")
        except BaseException:
            if con.in_transaction:  # the ROLLBACK itself failed: do not reuse it
                con.close()
                raise
            self._keep(con)
            raise
        self._keep(con)

    def _keep(self, con: sqlite3.Connection) -> None:
        with self._lock:
            # one still in use when the catalog closed (a search thread) is not kept:
            # an open handle would keep the file busy for a restore on Windows
            if not self._closed and len(self._readers) < READERS_KEPT:
                self._readers.append(con)
                return
        con.close()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            readers, self._readers = self._readers, []
            engine, self._engine, self._factory = self._engine, None, None
        for con in readers:
            con.close()
        if engine is not None:
            engine.dispose()


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
    if up_to_date or not migrate:
        return Database(path)  # the engine (and SQLAlchemy) come with the first write
    engine = make_engine(path)
    try:
        backup: Path | None = None
        if revision != head_revision():
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
    return Database(path, engine, pre_migration_backup=backup)
