"""Use cases of the catalog (Qt-free): records, holdings, search, checks, demo data."""

# Registers the session hooks that keep the full-text index in step.
from shkola_lib.catalog import search_index as _search_index  # noqa: F401
