"""File import and export (Qt-free, ORM-free)."""
