"""Use cases of the catalog (Qt-free): records, holdings, search, checks, demo data."""

from importlib import import_module

from shkola_lib.models.db import ENGINE_SETUP


def _register_session_hooks() -> None:
    """The hooks that keep the full-text index in step with every session's changes."""
    import_module("shkola_lib.catalog.search_index")


# Registered before the first engine is made, not here: they need SQLAlchemy, which the
# window's start does without (see shkola_lib.models.db).
ENGINE_SETUP.append(_register_session_hooks)
