"""Small key/value store for catalog-wide counters and facts."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from shkola_lib.models.base import Base


class AppState(Base):
    __tablename__ = "app_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# Highest inventory number ever issued: numbers are never reused, even after a purge.
INVENTORY_HIGH_WATER = "inventory_high_water"
