"""Shkola-Lib: an offline-first desktop catalog for school libraries."""

# Kept in step with ``[project] version`` of pyproject.toml: the build hook
# (hatch_build.py) refuses a wheel where they differ, and tests/test_version.py checks it.
# A constant, not importlib.metadata: reading the installed metadata cost ~0.03-0.04 s at
# every start (benchmarks/startup.py) and needs the .dist-info folder in a frozen build.
__version__ = "0.1.0"

APP_NAME = "Shkola-Lib"
APP_ID = "shkola-lib"
