"""Command line: the same services as the window, one clear line on errors.

``shkola-lib [--db PATH]`` with no command opens the desktop app.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from shkola_lib import __version__, i18n
from shkola_lib.i18n import translate
from shkola_lib.i18n_runtime import LANGUAGES
from shkola_lib.paths import resolve_db_path

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_ERROR = 2
# From this size on, check says first that it will take a while: SQLite's integrity
# check reads the whole file (a minute for 1,000,000 records, 2.3 GB).
LARGE_CATALOG_BYTES = 200_000_000


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line with exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_ERROR, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="shkola-lib",
        description=translate(
            "CommandLine",
            "Shkola-Lib, a school library catalog. Without a command, opens the desktop app.",
        ),
        epilog=translate(
            "CommandLine",
            "The catalog file is chosen by --db, else by the SHKOLA_LIB_DB environment "
            "variable, else the default file in your user data folder.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"Shkola-Lib {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help=translate("CommandLine", "the catalog file to use")
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=translate("CommandLine", "interface language (kk, ru or en)"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = sub.add_parser(
        "demo", help=translate("CommandLine", "fill the catalog with realistic demo data")
    )
    demo.add_argument(
        "--records",
        type=int,
        default=2000,
        metavar="N",
        help=translate("CommandLine", "how many demo records to add (default 2000)"),
    )
    demo.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)

    search = sub.add_parser(
        "search", help=translate("CommandLine", "search the catalog and print the matches")
    )
    search.add_argument(
        "query",
        metavar="QUERY",
        help=translate("CommandLine", "words, an ISBN or an inventory number"),
    )
    search.add_argument(
        "--limit",
        type=int,
        default=50,
        metavar="N",
        help=translate("CommandLine", "print at most N matches (default 50, 0 for all)"),
    )
    search.add_argument(
        "--json", action="store_true", help=translate("CommandLine", "print a JSON list")
    )

    check = sub.add_parser(
        "check",
        help=translate("CommandLine", "check the catalog file for damage and inconsistencies"),
    )
    check.add_argument(
        "--repair",
        action="store_true",
        help=translate(
            "CommandLine",
            "rebuild the search index and counters if they are out of step, make missing "
            "or altered indexes, triggers and the search table again, and remove what "
            "records deleted by hand left behind",
        ),
    )
    sub.add_parser(
        "info", help=translate("CommandLine", "show where the catalog is and what it holds")
    )
    _add_exchange_commands(sub)
    from shkola_lib.catalog.backup_cli import add_backup_commands
    from shkola_lib.catalog.label_cli import add_labels_command

    add_labels_command(sub)
    add_backup_commands(sub)
    return parser


def window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """``--db`` and ``--lang`` and nothing else: the window's own options, else None.

    Opening the window is the common case; it should not build every command's parser
    (and load the backup and label commands) at each start. Anything else — a command,
    ``--help``, an abbreviation, a mistake — returns None and goes to the full parser,
    which gives the same answer or the usual message.
    """
    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    parser.add_argument("--db")
    parser.add_argument("--lang", choices=LANGUAGES)
    try:
        args, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    return None if rest else args


def _add_exchange_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    imp = sub.add_parser(
        "import", help=translate("CommandLine", "import MARC files (ISO 2709, MARCXML, .mrk)")
    )
    imp.add_argument(
        "files", nargs="+", metavar="FILE", help=translate("CommandLine", "files to import")
    )
    imp.add_argument("--format", choices=["auto", "iso2709", "marcxml", "mrk"], default="auto")
    imp.add_argument("--flavour", choices=["auto", "marc21", "rusmarc", "unimarc"], default="auto")
    imp.add_argument(
        "--encoding",
        choices=["auto", "utf-8", "cp1251", "kz1048", "cp866", "koi8-r", "marc-8"],
        default="auto",
    )
    imp.add_argument(
        "--on-duplicate",
        choices=["skip", "merge", "new"],
        default="skip",
        help=translate(
            "CommandLine",
            "records already in the catalog: skip them, merge their copies, or add as new",
        ),
    )
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("CommandLine", "read and check everything, change nothing"),
    )
    imp.add_argument(
        "--json",
        action="store_true",
        help=translate("CommandLine", "print one JSON object per file as the last lines"),
    )

    exp = sub.add_parser(
        "export", help=translate("CommandLine", "export records through an exchange profile")
    )
    exp.add_argument(
        "--profile",
        required=True,
        metavar="NAME",
        help=translate("CommandLine", "exchange profile (see the profiles command)"),
    )
    exp.add_argument(
        "--out",
        required=True,
        metavar="PATH",
        help=translate("CommandLine", "the file to write (with --package: a folder)"),
    )
    exp.add_argument("--query", metavar="Q", help=translate("CommandLine", "only a search result"))
    exp.add_argument(
        "--since",
        metavar="YYYY-MM-DD",
        help=translate("CommandLine", "only records added or changed since this date"),
    )
    exp.add_argument(
        "--encoding",
        choices=["utf-8", "cp1251", "kz1048", "cp866", "koi8-r", "marc-8"],
        help=translate("CommandLine", "override the profile's character set"),
    )
    exp.add_argument(
        "--package",
        action="store_true",
        help=translate(
            "CommandLine", "write a dated ZIP for the district office (MARC, summary, manifest)"
        ),
    )
    exp.add_argument(
        "--library", default="", help=translate("CommandLine", "library name for the package")
    )
    sub.add_parser("profiles", help=translate("CommandLine", "list the exchange profiles"))
    sub.add_parser("imports", help=translate("CommandLine", "list past imports"))
    undo = sub.add_parser(
        "undo-import", help=translate("CommandLine", "undo an import by its number")
    )
    undo.add_argument("batch", type=int, metavar="N")


def _open(args: argparse.Namespace):  # -> CatalogService, imported late to keep --help fast
    from shkola_lib.catalog.service import CatalogService

    return CatalogService.open(resolve_db_path(args.db))


def _progress_bar(done: int, total: int, out: TextIO) -> None:
    if not out.isatty():
        return
    width = 30
    filled = int(width * done / total) if total else width
    out.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done >= total:
        out.write("\n")
    out.flush()


def cmd_demo(args: argparse.Namespace) -> int:
    if args.records < 1:
        print(translate("CommandLine", "--records must be 1 or more."), file=sys.stderr)
        return EXIT_ERROR
    service = _open(args)
    try:
        for step in service.generate_demo(args.records, seed=args.seed):
            _progress_bar(step.done, step.total, sys.stderr)
        counts = service.counts()
    finally:
        service.close()
    print(
        translate(
            "CommandLine",
            "Added {n} demo records. The catalog now has {records} records, {copies} copies "
            "and {stock} textbooks in counted stock.",
        ).format(
            n=args.records,
            records=counts.records,
            copies=counts.copies,
            stock=counts.stock_copies,
        )
    )
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    service = _open(args)
    try:
        result = service.search(args.query)
        ids = list(result.record_ids)
        if args.limit > 0:
            ids = ids[: args.limit]
        objects = []
        for rid in ids:
            detail = service.get_detail(rid)
            rec = detail.record
            objects.append(
                {
                    "id": rec.id,
                    "title": rec.title,
                    "authors": [p.name for p in rec.persons],
                    "year": rec.year,
                    "isbn": rec.isbns,
                    "publisher": rec.publisher,
                    "bbk": rec.bbk,
                    "author_sign": rec.author_sign,
                    "material_type": rec.material_type.value,
                    "inventory_numbers": [c.inventory_number for c in detail.copies],
                    "counted_stock": detail.stock_remaining,
                }
            )
    finally:
        service.close()
    if args.json:
        print(json.dumps(objects, ensure_ascii=False, indent=1))
        return EXIT_OK
    if not objects:
        print(translate("CommandLine", "Nothing found for «{query}».").format(query=args.query))
        return EXIT_OK
    if result.exact_copy is not None:
        print(
            translate("CommandLine", "Copy with inventory number {number}:").format(
                number=result.exact_copy.inventory_number
            )
        )
    for obj in objects:
        authors = "; ".join(obj["authors"])
        year = obj["year"] or ""
        inv = ", ".join(obj["inventory_numbers"][:5])
        more = " …" if len(obj["inventory_numbers"]) > 5 else ""
        print(f"{obj['id']:>7}  {obj['title']} — {authors} {year}  [{inv}{more}]".rstrip())
    if len(result) > len(objects):
        print(
            translate("CommandLine", "… and {n} more (use --limit).").format(
                n=len(result) - len(objects)
            )
        )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from shkola_lib.catalog.check import can_repair

    service = _open(args)
    repaired = False
    try:
        size = service.path.stat().st_size
        if size >= LARGE_CATALOG_BYTES:
            print(
                translate(
                    "CommandLine",
                    "Checking {path} ({size} MB): a large catalog takes a minute or more…",
                ).format(path=service.path, size=size // 1_000_000),
                file=sys.stderr,
                flush=True,
            )
        problems = service.check()
        if args.repair and can_repair(problems):
            service.repair()
            repaired = True
            problems = service.check(integrity=False)  # the file was found sound just now
    finally:
        service.close()
    if not problems:
        if repaired:
            print(translate("CommandLine", "Repaired. The catalog is in order."))
        else:
            print(translate("CommandLine", "The catalog is in order."))
        return EXIT_OK
    if repaired:
        print(translate("CommandLine", "Repaired what could be repaired. Still to correct:"))
    for problem in problems:
        print(problem.message)
    if any(p.damaged_file for p in problems):
        print(
            translate(
                "CommandLine",
                "The catalog file itself is damaged, so nothing was repaired in it. Restore "
                "the latest backup: shkola-lib backups, then shkola-lib restore FILE.",
            )
        )
    elif can_repair(problems):
        print(translate("CommandLine", "Run “shkola-lib check --repair” to fix what can be fixed."))
    return EXIT_PROBLEMS


def cmd_info(args: argparse.Namespace) -> int:
    service = _open(args)
    try:
        c = service.counts()
        print(translate("CommandLine", "Catalog file: {path}").format(path=service.path))
        print(
            translate("CommandLine", "Records: {n} (textbooks: {t})").format(
                n=c.records, t=c.textbooks
            )
        )
        print(
            translate(
                "CommandLine", "Inventoried copies: {n} (available: {a}, written off: {w})"
            ).format(n=c.copies, a=c.copies_available, w=c.copies_written_off)
        )
        print(translate("CommandLine", "Textbooks in counted stock: {n}").format(n=c.stock_copies))
    finally:
        service.close()
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from shkola_lib.catalog.importer import (
        DuplicatePolicy,
        ImportError_,
        ImportOptions,
        ImportSummary,
    )

    service = _open(args)
    worst = EXIT_OK
    try:
        for name in args.files:
            path = Path(name)
            options = ImportOptions(
                format=args.format,
                flavour=args.flavour,
                encoding=args.encoding,
                policy=DuplicatePolicy(args.on_duplicate),
                dry_run=args.dry_run,
            )
            summary = ImportSummary(file=path)
            try:
                for step in service.run_import(path, options, summary):
                    _progress_bar(step.done, step.total, sys.stderr)
            except ImportError_ as exc:
                print(f"shkola-lib: {exc}", file=sys.stderr)
                if args.json:
                    print(
                        json.dumps(
                            {**summary.as_json(), "file": str(path), "error": str(exc)},
                            ensure_ascii=False,
                        )
                    )
                worst = EXIT_ERROR
                continue
            print(
                translate(
                    "CommandLine",
                    "{file}: {format}, {flavour}, {encoding}. Read {read}, imported {imported}, "
                    "merged {merged}, skipped as duplicates {skipped}, rejected {rejected}.",
                ).format(
                    file=path,
                    format=summary.format,
                    flavour=summary.flavour,
                    encoding=summary.encoding,
                    read=summary.read,
                    imported=summary.imported,
                    merged=summary.merged,
                    skipped=summary.duplicates_skipped,
                    rejected=summary.rejected,
                )
            )
            if args.dry_run:
                print(translate("CommandLine", "Trial run: the catalog was not changed."))
            if summary.report:
                print(translate("CommandLine", "Report: {path}").format(path=summary.report))
            if summary.rejected and worst == EXIT_OK:
                worst = EXIT_PROBLEMS
            if args.json:
                print(json.dumps(summary.as_json(), ensure_ascii=False))
    finally:
        service.close()
    return worst


def cmd_export(args: argparse.Namespace) -> int:
    from datetime import date

    from shkola_lib.catalog.exporter import ExportSummary
    from shkola_lib.catalog.package import PackageSummary
    from shkola_lib.catalog.profiles import ProfileError, get_profile
    from shkola_lib.io.safe_files import WriteError

    try:
        profile = get_profile(args.profile)
    except ProfileError as exc:
        print(f"shkola-lib: {exc}", file=sys.stderr)
        return EXIT_ERROR
    if args.encoding:
        profile = profile.with_encoding(args.encoding)
    since = None
    if args.since:
        try:
            since = date.fromisoformat(args.since)
        except ValueError:
            print(
                translate("CommandLine", "--since needs a date like 2026-09-01."), file=sys.stderr
            )
            return EXIT_ERROR
    service = _open(args)
    try:
        ids = None
        if args.query or since:
            ids = service.select_for_export(query=args.query, since=since)
        try:
            if args.package:
                pkg = PackageSummary()
                for step in service.build_package(
                    profile, Path(args.out), pkg, record_ids=ids, library_name=args.library
                ):
                    _progress_bar(step.done, step.total, sys.stderr)
                left_out, written, target = pkg.left_out, pkg.records, pkg.path
            else:
                summary = ExportSummary()
                for step in service.run_export(profile, Path(args.out), summary, ids):
                    _progress_bar(step.done, step.total, sys.stderr)
                left_out, written, target = summary.left_out, summary.written, summary.out
        except WriteError as exc:
            print(f"shkola-lib: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_ERROR
    finally:
        service.close()
    print(
        translate("CommandLine", "Wrote {n} records to {path} ({profile}).").format(
            n=written, path=target, profile=profile.title
        )
    )
    if left_out:
        print(
            translate(
                "CommandLine",
                "{n} records were left out because {encoding} cannot hold their letters:",
            ).format(n=len(left_out), encoding=profile.encoding),
            file=sys.stderr,
        )
        for item in left_out[:50]:
            print(f"  {item.record_id}  {item.title}: {item.reason}", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK


def cmd_profiles(args: argparse.Namespace) -> int:
    from shkola_lib.catalog.profiles import load_profiles

    assumed = translate("CommandLine", "Assumed:")  # outside the f-string, for lupdate
    for name, profile in sorted(load_profiles().items()):
        print(f"{name:12} {profile.title}")
        if profile.assumptions:
            print(f"{'':12} {assumed} {profile.assumptions}")
    return EXIT_OK


def cmd_imports(args: argparse.Namespace) -> int:
    service = _open(args)
    try:
        batches = service.import_batches()
    finally:
        service.close()
    if not batches:
        print(translate("CommandLine", "No imports yet."))
    for b in batches:
        state = translate("CommandLine", "undone") if b.undone_at else ""
        print(
            f"{b.id:>4}  {b.started_at:%Y-%m-%d %H:%M}  {Path(b.file_name).name}  "
            + translate("CommandLine", "read {r}, imported {i}, merged {m}, rejected {x}").format(
                r=b.read, i=b.imported, m=b.merged, x=b.rejected
            )
            + (f"  [{state}]" if state else "")
        )
    return EXIT_OK


def cmd_undo_import(args: argparse.Namespace) -> int:
    service = _open(args)
    try:
        try:
            result = service.undo_import(args.batch)
        except LookupError as exc:
            print(f"shkola-lib: {exc.args[0]}", file=sys.stderr)
            return EXIT_ERROR
    finally:
        service.close()
    print(
        translate(
            "CommandLine", "Removed {r} records, {c} copies and {s} textbooks of counted stock."
        ).format(r=result.records_removed, c=result.copies_removed, s=result.stock_removed)
    )
    if result.kept_records:
        print(
            translate(
                "CommandLine", "Kept {n} records that were changed after the import: {ids}"
            ).format(n=len(result.kept_records), ids=", ".join(map(str, result.kept_records[:20])))
        )
    return EXIT_OK


def _loaded_on_use(module: str, name: str) -> Callable[[argparse.Namespace], int]:
    """A command whose module is imported when it runs, not at every start."""

    def run(args: argparse.Namespace) -> int:
        command: Callable[[argparse.Namespace], int] = getattr(
            importlib.import_module(module), name
        )
        return command(args)

    return run


COMMANDS = {
    "demo": cmd_demo,
    "search": cmd_search,
    "check": cmd_check,
    "info": cmd_info,
    "import": cmd_import,
    "export": cmd_export,
    "profiles": cmd_profiles,
    "imports": cmd_imports,
    "undo-import": cmd_undo_import,
    "labels": _loaded_on_use("shkola_lib.catalog.label_cli", "cmd_labels"),
    "backup": _loaded_on_use("shkola_lib.catalog.backup_cli", "cmd_backup"),
    "restore": _loaded_on_use("shkola_lib.catalog.backup_cli", "cmd_restore"),
    "backups": _loaded_on_use("shkola_lib.catalog.backup_cli", "cmd_backups"),
}


def writes_catalog(args: argparse.Namespace) -> bool:
    """Commands that change the catalog take the instance lock; readers run alongside."""
    if args.command in ("demo", "restore", "undo-import"):
        return True
    if args.command == "import":
        return not args.dry_run
    if args.command == "labels":
        return bool(getattr(args, "mark_printed", False))
    if args.command == "check":
        return bool(args.repair)
    return False


def _translate_messages(argv: Sequence[str]) -> None:
    """Messages and help in ``--lang``, else in the language saved by the window.

    Qt's translator is loaded lazily through ``shkola_lib.app`` and only for Kazakh or
    Russian; without a usable PySide6 the command line simply stays in English.
    """
    from shkola_lib.i18n_runtime import cli_language, lang_option
    from shkola_lib.settings import Settings

    lang = cli_language(lang_option(argv), Settings.load().language)
    if lang == "en":
        return
    try:
        from shkola_lib.app import install_cli_translator
    except ImportError:
        return
    install_cli_translator(lang)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    previous = i18n.current_translator()
    _translate_messages(argv)
    try:
        return _run(argv)
    finally:
        i18n.set_translator(previous)


def _run(argv: Sequence[str]) -> int:
    window = window_arguments(argv)
    args = window if window is not None else build_parser().parse_args(argv)
    if getattr(args, "command", None) is None:
        from shkola_lib.app import run_gui

        return run_gui(db=args.db, lang=args.lang)
    from shkola_lib.catalog.instance_lock import InstanceLock, InstanceLockedError
    from shkola_lib.catalog.search import SearchUnavailable
    from shkola_lib.models.db import CatalogOpenError

    lock: InstanceLock | None = None
    try:
        if writes_catalog(args):
            lock = InstanceLock(resolve_db_path(args.db), f"shkola-lib {args.command}")
            lock.acquire()
        return COMMANDS[args.command](args)
    except InstanceLockedError as exc:
        print(f"shkola-lib: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except CatalogOpenError as exc:
        print(f"shkola-lib: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except SearchUnavailable as exc:
        print(f"shkola-lib: {exc}", file=sys.stderr)
        print(
            translate("CommandLine", "Run “shkola-lib check --repair” to fix what can be fixed."),
            file=sys.stderr,
        )
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(
            translate("CommandLine", "Interrupted; nothing was changed by the unfinished step."),
            file=sys.stderr,
        )
        return 130
    except OSError as exc:
        print(
            f"shkola-lib: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr
        )
        return EXIT_ERROR
    except Exception as exc:  # last resort: one line, details in the log
        from shkola_lib.logs import log_exception
        from shkola_lib.models.sqlite_errors import describe

        where = log_exception(exc)
        trouble = describe(exc)  # a full disk, a damaged file: not the program's fault
        if trouble is not None:
            print(f"shkola-lib: {trouble}", file=sys.stderr)
            return EXIT_ERROR
        print(
            translate(
                "CommandLine", "shkola-lib: unexpected error: {error} (details in {log})"
            ).format(error=exc, log=where),
            file=sys.stderr,
        )
        return EXIT_ERROR
    finally:
        if lock is not None:
            lock.release()
