"""Alembic migration scripts, shipped inside the package (frozen builds find them)."""
