"""Alembic environment: always run on a connection handed in by shkola_lib.models.db."""

from __future__ import annotations

from alembic import context

from shkola_lib.models import Base
from shkola_lib.models.base import include_object

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - developers call through models.db
    raise RuntimeError("Run migrations through shkola_lib.models.db.migrate()")


context.configure(
    connection=connection,
    include_object=include_object,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
