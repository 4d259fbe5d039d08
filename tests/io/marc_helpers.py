"""Shared helpers for the MARC tests: the corpus table and the independent tools."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from pymarc import Record

YAZ = shutil.which("yaz-marcdump") or "/usr/bin/yaz-marcdump"
XMLLINT = shutil.which("xmllint") or "/usr/bin/xmllint"
MARC_NS = "{http://www.loc.gov/MARC21/slim}"


@dataclass(frozen=True)
class CorpusFile:
    """A readable ISO 2709 corpus file and what is true about it."""

    name: str
    encoding: str  # what detection must find
    yaz_charset: str  # the same charset in yaz-marcdump's spelling
    flavour: str
    records: int


CORPUS_ISO = [
    CorpusFile("rusmarc-nlr/TEST1.ISO", "cp1251", "cp1251", "rusmarc", 81),
    CorpusFile("rusmarc-nlr/TEST2.ISO", "cp1251", "cp1251", "rusmarc", 1),
    CorpusFile("rusmarc-nlr/ur.iso", "utf-8", "utf-8", "rusmarc", 1),
    CorpusFile("pymarc/1251.dat", "cp1251", "cp1251", "marc21", 6),
    CorpusFile("pymarc/testunimarc.dat", "utf-8", "utf-8", "unimarc", 1),
    CorpusFile("pymarc/marc8.dat", "marc-8", "marc8", "marc21", 1),
    # diacritic.dat is UTF-8 with leader/09 "a" (not MARC-8).
    CorpusFile("pymarc/diacritic.dat", "utf-8", "utf-8", "marc21", 1),
    # test.dat and multi_isbn.dat are pure ASCII: their leader/09 decides (blank / "a").
    CorpusFile("pymarc/test.dat", "marc-8", "marc8", "marc21", 10),
    CorpusFile("pymarc/multi_isbn.dat", "utf-8", "utf-8", "marc21", 1),
    CorpusFile("pymarc/utf8_with_leader_flag.dat", "utf-8", "utf-8", "marc21", 1),
    CorpusFile("pymarc/utf8_without_leader_flag.dat", "utf-8", "utf-8", "marc21", 1),
    # Named for what pymarc's MARC-8 decoder does to it; as UTF-8 it is fine.
    CorpusFile("pymarc/utf8_errors.dat", "utf-8", "utf-8", "marc21", 1),
]

corpus_iso = pytest.mark.parametrize("item", CORPUS_ISO, ids=lambda item: item.name)


def nfc(value: object) -> object:
    """``value`` with every string NFC-normalised (nested tuples and lists too)."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, (tuple, list)):
        return type(value)(nfc(v) for v in value)
    return value


FieldTuple = tuple


def record_tuples(record: Record) -> list[FieldTuple]:
    """A record's fields as comparable tuples: (tag, data) or (tag, indicators, subfields)."""
    fields: list[FieldTuple] = []
    for item in record.fields:
        if item.control_field:
            fields.append((item.tag, item.data))
        else:
            subfields = tuple((s.code, s.value) for s in item.subfields)
            fields.append((item.tag, "".join(item.indicators), subfields))
    return fields


def yaz_records(path: Path, charset: str) -> list[list[FieldTuple]]:
    """Records of ``path`` as decoded by yaz-marcdump (the independent oracle)."""
    completed = subprocess.run(
        [YAZ, "-f", charset, "-t", "utf-8", "-o", "marcxml", str(path)],
        capture_output=True,
        check=True,
        timeout=60,
    )
    root = ET.fromstring(completed.stdout)
    records = []
    for element in root.iter(f"{MARC_NS}record"):
        fields: list[FieldTuple] = []
        for child in element:
            if child.tag == f"{MARC_NS}controlfield":
                fields.append((child.get("tag"), child.text or ""))
            elif child.tag == f"{MARC_NS}datafield":
                subfields = tuple((s.get("code"), s.text or "") for s in child)
                fields.append((child.get("tag"), child.get("ind1") + child.get("ind2"), subfields))
        records.append(fields)
    return records


def yaz_count(path: Path, *, input_format: str = "marc") -> tuple[int, list[str]]:
    """(records yaz-marcdump finds, its complaints) — asserts a zero exit code.

    ISO 2709 is counted by the ``-p`` offset comments, MARCXML by converting it back.
    """
    if input_format == "marc":
        command = [YAZ, "-i", "marc", "-p", "-n", str(path)]
    else:
        command = [YAZ, "-i", input_format, "-o", "marcxml", str(path)]
    completed = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    if input_format == "marc":
        lines = (completed.stdout + completed.stderr).splitlines()
        count = sum(1 for line in lines if line.startswith("<!-- Record "))
        others = [line for line in lines if line.strip() and not line.startswith("<!-- Record ")]
        return count, others
    root = ET.fromstring(completed.stdout)
    count = sum(1 for _ in root.iter(f"{MARC_NS}record"))
    return count, [line for line in completed.stderr.splitlines() if line.strip()]


def xmllint_validate(path: Path, schema: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [XMLLINT, "--noout", "--schema", str(schema), str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def title_of(fields: list[FieldTuple]) -> str | None:
    """First 200$a, else 245$a, from field tuples."""
    for wanted in ("200", "245"):
        for item in fields:
            if item[0] == wanted and len(item) == 3:
                for code, value in item[2]:
                    if code == "a":
                        return value
    return None
