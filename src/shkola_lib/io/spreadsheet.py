"""CSV and XLSX tables for people, with cells that can never become formulas."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from typing import Any

Cell = str | int | float | None
# Characters an XLSX file cannot hold (openpyxl's ILLEGAL_CHARACTERS_RE; openpyxl itself is
# imported only when a workbook is written: it costs 0.2 s at every start otherwise).
_ILLEGAL_XLSX = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Cell) -> Cell:
    """Text that a spreadsheet would read as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _xlsx_cell(value: Cell) -> Cell:
    """A neutralised cell without the control characters an XLSX file cannot hold
    (replaced, not dropped: dropping could bring a formula sign to the front)."""
    if isinstance(value, str):
        value = _ILLEGAL_XLSX.sub("\ufffd", value)
    return neutralise(value)


def to_csv(header: Sequence[str], rows: Sequence[Sequence[Cell]]) -> bytes:
    """UTF-8 with BOM and semicolons, as Excel in Kazakh/Russian locales expects."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in header])
    for row in rows:
        writer.writerow([neutralise(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(sheets: dict[str, tuple[Sequence[str], Sequence[Sequence[Cell]]]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    for title, (header, rows) in sheets.items():
        sheet = book.create_sheet(title[:31])
        sheet.append([_xlsx_cell(h) for h in header])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            values: list[Any] = [_xlsx_cell(v) for v in row]
            sheet.append(values)
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # text stays text, never a formula
        for index, column in enumerate(header, start=1):
            width = max([len(str(column))] + [len(str(r[index - 1] or "")) for r in rows[:500]])
            sheet.column_dimensions[get_column_letter(index)].width = min(60, width + 2)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
