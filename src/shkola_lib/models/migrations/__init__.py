"""Alembic migration scripts, shipped inside the package (frozen builds find them).

``HEAD_REVISION`` names the newest script. A catalog already at it opens without loading
Alembic at all (a quarter of a second at every start); a new migration must update it —
``tests/test_migrations.py`` compares it with Alembic's own head.
"""

HEAD_REVISION = "0007"
