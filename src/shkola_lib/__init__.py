"""Shkola-Lib: an offline-first desktop catalog for school libraries."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("shkola-lib")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0+source"

APP_NAME = "Shkola-Lib"
APP_ID = "shkola-lib"
