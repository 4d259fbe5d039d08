"""Copies and counted stock: numbering, adding, changing status, writing off."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shkola_lib.catalog.data import CopyData, StockData
from shkola_lib.catalog.validation import (
    FieldError,
    ValidationError,
    academic_year_error,
    ksu_entry_error,
)
from shkola_lib.i18n import translate
from shkola_lib.models import AppState, Copy, CopyStatus, Record, StockLot, WriteOff
from shkola_lib.models.state import INVENTORY_HIGH_WATER

_DIGITS = re.compile(r"^\d{1,12}$")
_KSU = re.compile(r"^(\d+)/(\d{4})$")


def _seq(inventory_number: str) -> int | None:
    return int(inventory_number) if _DIGITS.match(inventory_number) else None


def _high_water(session: Session) -> int:
    state = session.get(AppState, INVENTORY_HIGH_WATER)
    stored = int(state.value) if state else 0
    used = session.scalar(select(func.max(Copy.inventory_seq))) or 0
    return max(stored, used)


def _raise_high_water(session: Session, value: int) -> None:
    state = session.get(AppState, INVENTORY_HIGH_WATER)
    if state is None:
        session.add(AppState(key=INVENTORY_HIGH_WATER, value=str(value)))
    elif int(state.value) < value:
        state.value = str(value)


def next_inventory_numbers(session: Session, count: int = 1) -> list[str]:
    """The next free numbers after the highest ever issued (numbers are never reused)."""
    start = _high_water(session) + 1
    return [str(n) for n in range(start, start + count)]


def suggest_ksu_entry(session: Session, *, counted_stock: bool, year: int | None = None) -> str:
    """Next receipt entry «N/YYYY» of the book КСУ or the textbook КСУ for the year."""
    year = year or date.today().year
    column = StockLot.ksu_entry if counted_stock else Copy.ksu_entry
    highest = 0
    for (entry,) in session.execute(select(column).where(column.like(f"%/{year}")).distinct()):
        m = _KSU.match(entry or "")
        if m:
            highest = max(highest, int(m.group(1)))
    return f"{highest + 1}/{year}"


def _check_record(session: Session, record_id: int) -> Record:
    record = session.get(Record, record_id)
    if record is None or record.deleted_at is not None:
        raise ValidationError(
            [FieldError("record", translate("Holdings", "The record no longer exists."))]
        )
    return record


def _taken(session: Session, numbers: list[str]) -> list[str]:
    """Numbers already used; numeric ones compare by value ("0098" is taken by "98")."""
    if not numbers:
        return []
    seqs = [seq for n in numbers if (seq := _seq(n)) is not None]
    condition = Copy.inventory_number.in_(numbers)
    if seqs:
        condition = condition | Copy.inventory_seq.in_(seqs)
    taken = session.scalars(select(Copy.inventory_number).where(condition))
    return sorted(set(taken))


@dataclass
class SeriesRequest:
    """Several copies arriving together: consecutive numbers from ``first_number``."""

    count: int
    first_number: str | None = None  # None: the next free number
    location: str = ""
    acquired_on: date | None = None
    source: str = ""
    price_tiyn: int | None = None
    ksu_entry: str = ""


def plan_series(session: Session, request: SeriesRequest) -> list[str]:
    """The inventory numbers a series would get (shown before saving)."""
    if request.count < 1:
        return []
    if request.first_number is None or not request.first_number.strip():
        return next_inventory_numbers(session, request.count)
    first = request.first_number.strip()
    if not _DIGITS.match(first):
        raise ValidationError(
            [
                FieldError(
                    "first_number",
                    translate("Holdings", "A series starts from a number made of digits."),
                )
            ]
        )
    width = len(first)
    start = int(first)
    return [str(n).zfill(width) for n in range(start, start + request.count)]


def add_copy_series(session: Session, record_id: int, request: SeriesRequest) -> list[str]:
    """Add ``count`` inventoried copies; all or none (numbers already used are refused)."""
    _check_record(session, record_id)
    errors: list[FieldError] = []
    if not 1 <= request.count <= 10000:
        errors.append(
            FieldError("count", translate("Holdings", "Enter how many copies (1 to 10000)."))
        )
    ksu = ksu_entry_error(request.ksu_entry)
    if ksu:
        errors.append(FieldError("ksu_entry", ksu))
    if errors:
        raise ValidationError(errors)
    numbers = plan_series(session, request)
    taken = _taken(session, numbers)
    if taken:
        raise ValidationError(
            [
                FieldError(
                    "first_number",
                    translate("Holdings", "Inventory numbers already in use: {numbers}").format(
                        numbers=", ".join(taken[:10]) + (" …" if len(taken) > 10 else "")
                    ),
                )
            ]
        )
    for number in numbers:
        session.add(
            Copy(
                record_id=record_id,
                inventory_number=number,
                inventory_seq=_seq(number),
                location=request.location.strip(),
                acquired_on=request.acquired_on or date.today(),
                source=request.source.strip(),
                price_tiyn=request.price_tiyn,
                ksu_entry=request.ksu_entry.strip(),
            )
        )
    highest = max((_seq(n) or 0) for n in numbers)
    _raise_high_water(session, highest)
    session.flush()
    return numbers


def add_copy(session: Session, record_id: int, data: CopyData) -> int:
    """Add one copy with a given inventory number (and optional barcode)."""
    _check_record(session, record_id)
    number = data.inventory_number.strip()
    errors: list[FieldError] = []
    if not number:
        errors.append(
            FieldError("inventory_number", translate("Holdings", "Enter the inventory number."))
        )
    elif _taken(session, [number]):
        errors.append(
            FieldError(
                "inventory_number",
                translate("Holdings", "Inventory number {number} is already in use.").format(
                    number=number
                ),
            )
        )
    barcode = (data.barcode or "").strip() or None
    if barcode and session.scalar(select(Copy.id).where(Copy.barcode == barcode)):
        errors.append(
            FieldError(
                "barcode",
                translate("Holdings", "Barcode {code} is already in use.").format(code=barcode),
            )
        )
    ksu = ksu_entry_error(data.ksu_entry)
    if ksu:
        errors.append(FieldError("ksu_entry", ksu))
    if errors:
        raise ValidationError(errors)
    copy = Copy(
        record_id=record_id,
        inventory_number=number,
        inventory_seq=_seq(number),
        barcode=barcode,
        location=data.location.strip(),
        status=data.status if data.status is not CopyStatus.WRITTEN_OFF else CopyStatus.AVAILABLE,
        acquired_on=data.acquired_on or date.today(),
        source=data.source.strip(),
        price_tiyn=data.price_tiyn,
        ksu_entry=data.ksu_entry.strip(),
    )
    session.add(copy)
    if copy.inventory_seq:
        _raise_high_water(session, copy.inventory_seq)
    session.flush()
    return copy.id


def update_copy(session: Session, data: CopyData) -> None:
    """Change location, status, barcode, source, price or КСУ entry of a copy."""
    copy = session.get(Copy, data.id)
    if copy is None:
        raise ValidationError(
            [FieldError("copy", translate("Holdings", "The copy no longer exists."))]
        )
    if data.status is CopyStatus.WRITTEN_OFF and copy.status is not CopyStatus.WRITTEN_OFF:
        raise ValidationError(
            [FieldError("status", translate("Holdings", "Use «Write off» to write a copy off."))]
        )
    barcode = (data.barcode or "").strip() or None
    if barcode and session.scalar(
        select(Copy.id).where(Copy.barcode == barcode, Copy.id != copy.id)
    ):
        raise ValidationError(
            [
                FieldError(
                    "barcode",
                    translate("Holdings", "Barcode {code} is already in use.").format(code=barcode),
                )
            ]
        )
    copy.barcode = barcode
    copy.location = data.location.strip()
    if copy.status is not CopyStatus.WRITTEN_OFF:
        copy.status = data.status
    copy.source = data.source.strip()
    copy.price_tiyn = data.price_tiyn
    copy.ksu_entry = data.ksu_entry.strip()
    copy.acquired_on = data.acquired_on
    session.flush()


def add_stock(session: Session, record_id: int, data: StockData) -> int:
    """Add a counted-stock lot (e.g. 25 textbooks under КСУ entry 12/2026)."""
    _check_record(session, record_id)
    errors: list[FieldError] = []
    if not 1 <= data.quantity <= 100000:
        errors.append(
            FieldError("quantity", translate("Holdings", "Enter the quantity (1 or more)."))
        )
    for name, message in (
        ("ksu_entry", ksu_entry_error(data.ksu_entry)),
        ("academic_year", academic_year_error(data.academic_year)),
    ):
        if message:
            errors.append(FieldError(name, message))
    if errors:
        raise ValidationError(errors)
    lot = StockLot(
        record_id=record_id,
        quantity=data.quantity,
        ksu_entry=data.ksu_entry.strip(),
        academic_year=data.academic_year.strip(),
        location=data.location.strip(),
        acquired_on=data.acquired_on or date.today(),
        source=data.source.strip(),
        price_tiyn=data.price_tiyn,
    )
    session.add(lot)
    session.flush()
    return lot.id


def _writeoff_errors(act_number: str) -> list[FieldError]:
    if not act_number.strip():
        return [FieldError("act_number", translate("Holdings", "Enter the write-off act number."))]
    return []


def write_off_copy(
    session: Session, copy_id: int, *, on: date, act_number: str, reason: str = ""
) -> None:
    """Write a copy off: it stays in the catalog (and the inventory book) as history."""
    copy = session.get(Copy, copy_id)
    if copy is None:
        raise ValidationError(
            [FieldError("copy", translate("Holdings", "The copy no longer exists."))]
        )
    if copy.status is CopyStatus.WRITTEN_OFF:
        raise ValidationError(
            [FieldError("copy", translate("Holdings", "This copy is already written off."))]
        )
    errors = _writeoff_errors(act_number)
    if errors:
        raise ValidationError(errors)
    copy.status = CopyStatus.WRITTEN_OFF
    copy.write_off = WriteOff(
        quantity=1, written_off_on=on, act_number=act_number.strip(), reason=reason.strip()
    )
    session.flush()


def write_off_stock(
    session: Session,
    lot_id: int,
    *,
    quantity: int,
    on: date,
    act_number: str,
    reason: str = "",
) -> None:
    lot = session.get(StockLot, lot_id)
    if lot is None:
        raise ValidationError(
            [FieldError("lot", translate("Holdings", "The stock entry no longer exists."))]
        )
    errors = _writeoff_errors(act_number)
    if not 1 <= quantity <= lot.remaining:
        errors.append(
            FieldError(
                "quantity",
                translate("Holdings", "You can write off 1 to {max} copies here.").format(
                    max=lot.remaining
                ),
            )
        )
    if errors:
        raise ValidationError(errors)
    lot.write_offs.append(
        WriteOff(
            quantity=quantity,
            written_off_on=on,
            act_number=act_number.strip(),
            reason=reason.strip(),
        )
    )
    session.flush()
