"""Corpus records read with pymarc directly (independent of the project's own readers)."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pymarc
import pytest


def read_marc(path: Path, **options) -> list[pymarc.Record]:
    with warnings.catch_warnings(), open(path, "rb") as handle:
        warnings.simplefilter("ignore")
        records = list(pymarc.MARCReader(handle, to_unicode=True, **options))
    if path.name == "testunimarc.dat" and records[-1] is None:
        records.pop()  # the file ends with a stray line feed after the record
    assert records and all(r is not None for r in records), path
    return records


@pytest.fixture(scope="session")
def test1_records(corpus_dir: Path) -> list[pymarc.Record]:
    return read_marc(corpus_dir / "rusmarc-nlr/TEST1.ISO", file_encoding="cp1251")


@pytest.fixture(scope="session")
def test1_dump(corpus_dir: Path) -> dict[str, dict[str, list[tuple[str, list[tuple[str, str]]]]]]:
    """TEST1.txt parsed: {001: {tag: [(indicators, [(code, value), …]), …]}}."""
    records: dict[str, dict] = {}
    current: dict = {}
    for line in (corpus_dir / "rusmarc-nlr/TEST1.txt").read_text("utf-8").splitlines():
        match = re.match(r"^(\d{3}): (.*)$", line)
        if not match:
            continue
        tag, rest = match.groups()
        if tag == "001":
            current = records.setdefault(rest.strip(), {})
            continue
        if tag < "010":
            continue
        indicators, body = rest[:2], rest[2:]
        subfields = [(chunk[0], chunk[1:]) for chunk in body.split("$")[1:] if chunk]
        current.setdefault(tag, []).append((indicators, subfields))
    return records


@pytest.fixture(scope="session")
def ur_record(corpus_dir: Path) -> pymarc.Record:
    (record,) = read_marc(corpus_dir / "rusmarc-nlr/ur.iso", force_utf8=True)
    return record


@pytest.fixture(scope="session")
def cp1251_records(corpus_dir: Path) -> list[pymarc.Record]:
    return read_marc(corpus_dir / "pymarc/1251.dat", file_encoding="cp1251")


@pytest.fixture(scope="session")
def unimarc_record(corpus_dir: Path) -> pymarc.Record:
    (record,) = read_marc(corpus_dir / "pymarc/testunimarc.dat", force_utf8=True)
    return record


@pytest.fixture(scope="session")
def lc_records(corpus_dir: Path) -> list[pymarc.Record]:
    return read_marc(corpus_dir / "pymarc/test.dat")


@pytest.fixture(scope="session")
def multi_isbn_record(corpus_dir: Path) -> pymarc.Record:
    (record,) = read_marc(corpus_dir / "pymarc/multi_isbn.dat")
    return record
