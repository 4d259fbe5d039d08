"""Which copies get labels (a batch), and remembering what was printed and when.

Batches: the current selection (copies or records), a search result, a range
of inventory numbers, copies added since a day, copies never labelled — any
combination narrows the batch. Written-off copies and deleted records never get
labels. Copies come ordered by inventory number as a number ("998" before
"1001"), then the non-numeric ones by text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time

from sqlalchemy import Connection, text, update
from sqlalchemy.orm import Session

from shkola_lib.catalog import search as search_mod
from shkola_lib.catalog.text import strip_nonsort_marks
from shkola_lib.i18n import translate
from shkola_lib.io.labels.data import LabelData
from shkola_lib.models import Copy
from shkola_lib.models.base import utcnow
from shkola_lib.models.db import Database, plain_connection

_RANGE = re.compile(r"^\s*(\d{1,12})\s*(?:[-–—]|\.\.)\s*(\d{1,12})\s*$")
_ONE = re.compile(r"^\s*(\d{1,12})\s*$")


class BatchError(ValueError):
    """The batch cannot be chosen as asked; the message is for the librarian."""


def parse_inventory_range(raw: str) -> tuple[int, int]:
    """ "1001-1010" (also "1001–1010", "1001..1010", or one number) → (1001, 1010)."""
    m = _RANGE.match(raw) or _ONE.match(raw)
    if m is None:
        raise BatchError(
            translate(
                "Labels", "Write a range of inventory numbers like 1001-1010 (got “{raw}”)."
            ).format(raw=raw)
        )
    first = int(m.group(1))
    last = int(m.group(m.lastindex or 1))
    if last < first:
        raise BatchError(
            translate("Labels", "The range {raw} ends before it starts.").format(raw=raw.strip())
        )
    return first, last


def local_day_start_utc(day: date | datetime) -> datetime:
    """The UTC moment (naive, as stored) when ``day`` began on this computer's clock.

    Copies store ``created_at`` in UTC; "added today" means today where the
    librarian sits.
    """
    if isinstance(day, datetime):
        moment = day if day.tzinfo else day.astimezone()
    else:
        moment = datetime.combine(day, time()).astimezone()
    return moment.astimezone(UTC).replace(tzinfo=None)


def _ints(values: Iterable[int]) -> str:
    return ",".join(str(int(v)) for v in values)


def copies_for_labels(
    conn: Connection | Session,
    *,
    copy_ids: Sequence[int] | None = None,
    record_ids: Sequence[int] | None = None,
    query: str | None = None,
    inventory_range: tuple[int, int] | str | None = None,
    added_since: date | datetime | None = None,
    unprinted: bool = False,
) -> list[LabelData]:
    """Labels for the copies matching every given condition, by inventory number.

    ``query`` is searched like the search box (an exact inventory number or
    barcode means that one copy). ``added_since`` is a local day (or moment).
    With no condition at all, every labelable copy is returned.
    """
    where = [
        "r.deleted_at IS NULL",
        "c.status != 'written_off'",
        "NOT EXISTS (SELECT 1 FROM write_offs w WHERE w.copy_id = c.id)",
    ]
    params: dict[str, object] = {}
    if copy_ids is not None:
        where.append(f"c.id IN ({_ints(copy_ids) or 'NULL'})")
    if record_ids is not None:
        where.append(f"c.record_id IN ({_ints(record_ids) or 'NULL'})")
    if query is not None and query.strip():
        found = search_mod.search(plain_connection(conn), query)
        if found.exact_copy is not None:
            where.append(f"c.id = {int(found.exact_copy.copy_id)}")
        else:
            where.append(f"c.record_id IN ({_ints(found.record_ids) or 'NULL'})")
    if inventory_range is not None:
        first, last = (
            parse_inventory_range(inventory_range)
            if isinstance(inventory_range, str)
            else inventory_range
        )
        where.append("c.inventory_seq BETWEEN :first AND :last")
        params.update(first=int(first), last=int(last))
    if added_since is not None:
        where.append("c.created_at >= :since")
        params["since"] = local_day_start_utc(added_since)
    if unprinted:
        where.append("c.labelled_at IS NULL")
    sql = (
        "SELECT c.id, c.inventory_number, c.barcode, r.title, r.part, r.bbk, r.author_sign "
        "FROM copies c JOIN records r ON r.id = c.record_id "
        f"WHERE {' AND '.join(where)} "
        "ORDER BY c.inventory_seq IS NULL, c.inventory_seq, c.inventory_number"
    )
    labels = []
    for row in conn.execute(text(sql), params):
        title = strip_nonsort_marks(row.title or "")
        if row.part:
            title = f"{title}. {strip_nonsort_marks(row.part)}"
        labels.append(
            LabelData(
                copy_id=row.id,
                inventory_number=row.inventory_number,
                barcode=row.barcode,
                title=title,
                bbk=row.bbk or "",
                author_sign=row.author_sign or "",
            )
        )
    return labels


def mark_labelled(session: Session, copy_ids: Sequence[int], when: datetime | None = None) -> int:
    """Remember that these copies' labels were printed (now, in UTC); returns how many."""
    ids = [int(i) for i in copy_ids]
    if not ids:
        return 0
    stamp = when or utcnow()
    changed = 0
    for start in range(0, len(ids), 500):
        result = session.execute(
            update(Copy).where(Copy.id.in_(ids[start : start + 500])).values(labelled_at=stamp)
        )
        changed += result.rowcount or 0
    return changed


def clear_labelled(session: Session, copy_ids: Sequence[int]) -> int:
    """Forget that labels were printed (e.g. a sheet jammed): they count as unprinted again."""
    ids = [int(i) for i in copy_ids]
    changed = 0
    for start in range(0, len(ids), 500):
        result = session.execute(
            update(Copy).where(Copy.id.in_(ids[start : start + 500])).values(labelled_at=None)
        )
        changed += result.rowcount or 0
    return changed


# --- facade-style helpers: one unit of work each, plain data out ------------------


def labels_for(db: Database, **conditions: object) -> list[LabelData]:
    """``copies_for_labels`` in its own connection (see it for the conditions)."""
    with db.engine.connect() as conn:
        return copies_for_labels(conn, **conditions)  # type: ignore[arg-type]


def mark_printed(db: Database, copy_ids: Sequence[int]) -> int:
    with db.session() as s:
        return mark_labelled(s, copy_ids)


def unmark_printed(db: Database, copy_ids: Sequence[int]) -> int:
    with db.session() as s:
        return clear_labelled(s, copy_ids)


def count_unprinted(db: Database) -> int:
    """How many labelable copies have never had a label printed (for the Labels button)."""
    with db.engine.connect() as conn:
        return int(
            conn.execute(
                text(
                    "SELECT count(*) FROM copies c JOIN records r ON r.id = c.record_id "
                    "WHERE r.deleted_at IS NULL AND c.status != 'written_off' "
                    "AND c.labelled_at IS NULL "
                    "AND NOT EXISTS (SELECT 1 FROM write_offs w WHERE w.copy_id = c.id)"
                )
            ).scalar_one()
        )
