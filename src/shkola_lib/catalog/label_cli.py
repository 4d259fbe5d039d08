"""``shkola-lib labels``: a PDF of shelf labels from the command line.

    shkola-lib [--db PATH] labels --out FILE.pdf [--template NAME] [--layout NAME]
        [--start N] (--query Q | --inventory FROM-TO | --unprinted | --added-since DATE)

Errors are one line on stderr with exit code 2; nothing is written then.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from shkola_lib.i18n import translate
from shkola_lib.paths import resolve_db_path

EXIT_OK = 0
EXIT_ERROR = 2


def add_labels_command(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    """Add the ``labels`` command to the program's sub-commands."""
    p = subparsers.add_parser(
        "labels",
        help=translate("CommandLine", "print shelf labels (QR code, shelf mark) to a PDF file"),
        description=translate(
            "CommandLine",
            "Make a PDF of shelf labels for label sheets. Sheets: avery-3474, avery-l7160, "
            "avery-l7159, avery-l7651 or your own; layouts: standard, spine, spine-text, "
            "barcode, qr-and-barcode.",
        ),
    )
    p.add_argument(
        "--out",
        required=True,
        metavar="FILE.pdf",
        help=translate("CommandLine", "the PDF file to write"),
    )
    p.add_argument(
        "--template",
        default="avery-3474",
        metavar="NAME",
        help=translate("CommandLine", "the label sheet (default avery-3474)"),
    )
    p.add_argument(
        "--layout",
        default="standard",
        metavar="NAME",
        help=translate("CommandLine", "what goes on a label (default standard)"),
    )
    p.add_argument(
        "--start",
        type=int,
        default=1,
        metavar="N",
        help=translate("CommandLine", "the first free label on a partly used sheet (default 1)"),
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--query", metavar="Q", help=translate("CommandLine", "copies of the records found by Q")
    )
    which.add_argument(
        "--inventory",
        metavar="FROM-TO",
        help=translate("CommandLine", "copies with inventory numbers in a range, e.g. 1001-1010"),
    )
    which.add_argument(
        "--unprinted",
        action="store_true",
        help=translate("CommandLine", "copies whose labels were never printed"),
    )
    which.add_argument(
        "--added-since",
        metavar="DATE",
        help=translate("CommandLine", "copies added on or after DATE (YYYY-MM-DD, or “today”)"),
    )
    p.add_argument(
        "--calibration-x",
        type=float,
        default=0.0,
        metavar="MM",
        help=translate("CommandLine", "printer correction: move the print right by MM (or left)"),
    )
    p.add_argument(
        "--calibration-y",
        type=float,
        default=0.0,
        metavar="MM",
        help=translate("CommandLine", "printer correction: move the print down by MM (or up)"),
    )
    p.add_argument(
        "--calibration-scale",
        type=float,
        default=1.0,
        metavar="S",
        help=translate("CommandLine", "printer correction: scale the print (default 1)"),
    )
    p.add_argument(
        "--library",
        default="",
        metavar="NAME",
        help=translate("CommandLine", "the library's name, printed on layouts that show it"),
    )
    p.add_argument(
        "--code-pattern",
        default="{inventory}",
        metavar="PATTERN",
        help=translate(
            "CommandLine",
            "what the QR code holds (default {inventory}; "
            "e.g. https://lib.example.kz/copy/{inventory})",
        ),
    )
    p.add_argument(
        "--mark-printed",
        action="store_true",
        help=translate("CommandLine", "remember these copies as labelled (for --unprinted)"),
    )
    p.add_argument(
        "--calibration-page",
        action="store_true",
        help=translate("CommandLine", "write the calibration page of the sheet instead of labels"),
    )
    return p


def _fail(message: str) -> int:
    print(f"shkola-lib: {message}", file=sys.stderr)
    return EXIT_ERROR


def _since(raw: str) -> date:
    if raw.strip().lower() in ("today", "бүгін", "сегодня"):
        return date.today()
    return date.fromisoformat(raw.strip())


def cmd_labels(args: argparse.Namespace) -> int:
    """Write the labels (or the calibration page) to ``--out``; 0 on success, 2 on errors."""
    from shkola_lib.catalog.labels import BatchError, labels_for, mark_printed
    from shkola_lib.io.labels import (
        LabelError,
        PrinterCalibration,
        get_layout,
        get_template,
        next_position,
    )
    from shkola_lib.io.labels.render import render_calibration_page, render_labels
    from shkola_lib.io.safe_files import atomic_write
    from shkola_lib.models.db import open_database

    out = Path(args.out)
    calibration = PrinterCalibration(args.calibration_x, args.calibration_y, args.calibration_scale)
    try:
        template = get_template(args.template)
        if args.calibration_page:
            pdf = render_calibration_page(template, calibration)
            with atomic_write(out) as fh:
                fh.write(pdf)
            print(
                translate("CommandLine", "Wrote the calibration page to {path}.").format(path=out)
            )
            return EXIT_OK
        layout = get_layout(args.layout)
        conditions: dict[str, object] = {}
        if args.query is not None:
            conditions["query"] = args.query
        elif args.inventory is not None:
            conditions["inventory_range"] = args.inventory
        elif args.unprinted:
            conditions["unprinted"] = True
        elif args.added_since is None:
            return _fail(
                translate(
                    "CommandLine",
                    "Choose the copies: --query, --inventory, --unprinted or --added-since.",
                )
            )
        else:
            try:
                conditions["added_since"] = _since(args.added_since)
            except ValueError:
                return _fail(
                    translate("CommandLine", "--added-since needs a date like 2026-09-01.")
                )
        db = open_database(resolve_db_path(args.db))
        try:
            labels = labels_for(db, **conditions)
            if not labels:
                return _fail(translate("CommandLine", "No copies match; no labels were written."))
            pdf = render_labels(
                labels,
                template,
                layout,
                start=args.start,
                calibration=calibration,
                library_name=args.library,
                code_pattern=args.code_pattern,
            )
            with atomic_write(out) as fh:
                fh.write(pdf)
            marked = 0
            if args.mark_printed:
                marked = mark_printed(db, [label.copy_id for label in labels if label.copy_id])
        finally:
            db.close()
    except (LabelError, BatchError) as exc:
        return _fail(str(exc))
    sheets = (args.start - 1 + len(labels) + template.per_sheet - 1) // template.per_sheet
    print(
        translate(
            "CommandLine",
            "Wrote {n} labels on {sheets} sheets to {path}. "
            "The next free label on the last sheet is {next}.",
        ).format(
            n=len(labels),
            sheets=sheets,
            path=out,
            next=next_position(template, args.start, len(labels)),
        )
    )
    if args.mark_printed:
        print(translate("CommandLine", "Marked {n} copies as labelled.").format(n=marked))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """``labels`` on its own: ``python -m shkola_lib.catalog.label_cli [--db PATH] labels …``."""
    parser = argparse.ArgumentParser(prog="shkola-lib")
    parser.add_argument("--db", metavar="PATH")
    sub = parser.add_subparsers(dest="command", required=True)
    add_labels_command(sub)
    args = parser.parse_args(argv)
    from shkola_lib.models.db import CatalogOpenError

    try:
        return cmd_labels(args)
    except CatalogOpenError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))


if __name__ == "__main__":
    sys.exit(main())
