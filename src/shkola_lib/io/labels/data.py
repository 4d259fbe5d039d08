"""The data a label is made from (plain, no ORM, no Qt, no reportlab)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LabelData:
    """One copy's label: its ids and the texts printed on it."""

    copy_id: int | None
    inventory_number: str
    barcode: str | None = None
    title: str = ""
    bbk: str = ""
    author_sign: str = ""
