"""Helpers for the end-to-end exchange tests: imports, exports, the CLI, the oracles.

yaz-marcdump and xmllint are independent programs (not written by this project);
they decide whether what we read and write is right.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType
from typing import Any

import pymarc
from pymarc import Record

from shkola_lib.catalog.data import RecordData
from shkola_lib.catalog.exporter import ExportSummary
from shkola_lib.catalog.importer import DuplicatePolicy, ImportOptions, ImportSummary
from shkola_lib.catalog.profiles import Profile, parse_profile
from shkola_lib.catalog.service import CatalogService
from shkola_lib.paths import resources_dir

YAZ = shutil.which("yaz-marcdump") or "/usr/bin/yaz-marcdump"
XMLLINT = shutil.which("xmllint") or "/usr/bin/xmllint"
MARC_NS = "{http://www.loc.gov/MARC21/slim}"
MOJIBAKE = ("Ð", "Ã", "\ufffd")
JSON_KEYS = {"read", "imported", "merged", "duplicates_skipped", "rejected", "report", "batch"}
# Tables whose row counts describe the catalog's content (app_state holds counters only).
CONTENT_TABLES = (
    "records",
    "record_persons",
    "record_isbns",
    "record_subjects",
    "record_marc",
    "copies",
    "stock_lots",
    "write_offs",
    "import_batches",
    "records_fts",
)

# The shipped profiles, read from the files themselves (never from a user folder).
SHIPPED_PROFILES: dict[str, Profile] = {
    p.name: p
    for p in (parse_profile(f) for f in sorted((resources_dir() / "profiles").glob("*.toml")))
}


BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def load_benchmark(name: str) -> ModuleType:
    """A script of ``benchmarks/`` (not a package) as a module, e.g. the MARC generator."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def marc_record(
    title: str, isbn: str = "", author: str = "Абай", year: int = 2020, inventory: str = ""
) -> pymarc.Record:
    """A small MARC21 book: 001, 020 (with ``isbn``), 100, 245, 260 and an 852 holding
    the copy ``inventory`` if given — for files made up to test duplicate rules."""
    record = pymarc.Record(force_utf8=True)
    record.leader = pymarc.Leader("00000nam a2200000 i 4500")
    fields = [
        pymarc.Field(tag="001", data=f"id-{title}-{isbn}"),
        pymarc.Field(
            tag="100",
            indicators=pymarc.Indicators("1", " "),
            subfields=[pymarc.Subfield("a", author)],
        ),
        pymarc.Field(
            tag="245",
            indicators=pymarc.Indicators("1", "0"),
            subfields=[pymarc.Subfield("a", title)],
        ),
        pymarc.Field(
            tag="260",
            indicators=pymarc.Indicators(" ", " "),
            subfields=[pymarc.Subfield("b", "Мектеп"), pymarc.Subfield("c", str(year))],
        ),
    ]
    if isbn:
        fields.insert(
            1,
            pymarc.Field(
                tag="020",
                indicators=pymarc.Indicators(" ", " "),
                subfields=[pymarc.Subfield("a", isbn)],
            ),
        )
    if inventory:
        fields.append(
            pymarc.Field(
                tag="852",
                indicators=pymarc.Indicators(" ", " "),
                subfields=[pymarc.Subfield("p", inventory)],
            )
        )
    record.add_field(*fields)
    return record


# --- the catalog ---------------------------------------------------------------------


def import_file(
    service: CatalogService,
    path: Path,
    policy: DuplicatePolicy = DuplicatePolicy.NEW,
    **options: Any,
) -> ImportSummary:
    summary = ImportSummary(file=path)
    for _ in service.run_import(path, ImportOptions(policy=policy, **options), summary):
        pass
    return summary


def export(
    service: CatalogService, profile: Profile, out: Path, ids: list[int] | None = None
) -> ExportSummary:
    summary = ExportSummary()
    for _ in service.run_export(profile, out, summary, ids):
        pass
    return summary


def table_counts(db: Path) -> dict[str, int]:
    """Row counts of the content tables, read by plain sqlite3 (not the program)."""
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in CONTENT_TABLES}
    finally:
        conn.close()


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def comparable(data: RecordData) -> RecordData:
    """A record's data without what differs between two catalogs by nature."""
    return replace(data, id=None, created_at=None, updated_at=None)


def catalog_content(service: CatalogService) -> dict[tuple[str, int | None], list[str]]:
    """Every record with its copies' inventory numbers, keyed by (title, year).

    Titles are not unique (two volumes «Т. 2»), so each key holds a sorted list.
    """
    content: dict[tuple[str, int | None], list[str]] = {}
    for record_id in service.select_for_export():
        detail = service.get_detail(record_id)
        key = (detail.record.title, detail.record.year)
        value = repr((comparable(detail.record), sorted(c.inventory_number for c in detail.copies)))
        content.setdefault(key, []).append(value)
    return {key: sorted(values) for key, values in content.items()}


# --- MARC records as plain tuples ----------------------------------------------------


def field_tuples(record: Record) -> list[tuple]:
    """(tag, data) for control fields, (tag, indicators, ((code, value), …)) otherwise."""
    out: list[tuple] = []
    for item in record.fields:
        if item.control_field:
            out.append((item.tag, item.data))
        else:
            subfields = tuple((s.code, s.value) for s in item.subfields)
            out.append((item.tag, "".join(i or " " for i in item.indicators), subfields))
    return out


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def norm_title(text: str | None) -> str:
    """NFC, no non-sorting marks, one blank between words, no trailing ISBD punctuation."""
    text = nfc(text or "").replace("\x88", "").replace("\x89", "")
    return " ".join(text.split()).rstrip(" /:;,=.")


# --- yaz-marcdump and xmllint ----------------------------------------------------------


@dataclass(frozen=True)
class YazRecord:
    leader: str
    fields: list[tuple]

    def first(self, tag: str, code: str) -> str | None:
        for item in self.fields:
            if item[0] == tag and len(item) == 3:
                for sub_code, value in item[2]:
                    if sub_code == code:
                        return value
                return None
        return None


def parse_marcxml(data: bytes) -> list[YazRecord]:
    records = []
    for element in ET.fromstring(data).iter(f"{MARC_NS}record"):
        leader = ""
        fields: list[tuple] = []
        for child in element:
            if child.tag == f"{MARC_NS}leader":
                leader = child.text or ""
            elif child.tag == f"{MARC_NS}controlfield":
                fields.append((child.get("tag"), child.text or ""))
            elif child.tag == f"{MARC_NS}datafield":
                subfields = tuple((s.get("code"), s.text or "") for s in child)
                fields.append((child.get("tag"), child.get("ind1") + child.get("ind2"), subfields))
        records.append(YazRecord(leader, fields))
    return records


def yaz_decode(path: Path, charset: str) -> list[YazRecord]:
    """The records of an ISO 2709 file as yaz-marcdump decodes them (must not complain)."""
    done = subprocess.run(
        [YAZ, "-f", charset, "-t", "utf-8", "-o", "marcxml", str(path)],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert done.stderr == b"", done.stderr.decode(errors="replace")
    return parse_marcxml(done.stdout)


def yaz_scan(path: Path) -> tuple[int, list[str]]:
    """(records yaz-marcdump counts, every other line it prints: its complaints)."""
    done = subprocess.run(
        [YAZ, "-p", "-n", str(path)], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = (done.stdout + done.stderr).splitlines()
    count = sum(1 for line in lines if line.startswith("<!-- Record "))
    return count, [line for line in lines if line.strip() and not line.startswith("<!-- Record ")]


def xmllint(path: Path, schema: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [XMLLINT, "--noout", "--schema", str(schema), str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


# --- the command line ---------------------------------------------------------------


def cli(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """``python -m shkola_lib ARGS`` as a user runs it (the test's environment)."""
    return subprocess.run(
        [sys.executable, "-m", "shkola_lib", *map(str, args)],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=timeout,
        check=False,
    )


def cli_popen(*args: str | Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "shkola_lib", *map(str, args)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=dict(os.environ),
    )


def last_json(stdout: str) -> dict[str, Any]:
    lines = [line for line in stdout.splitlines() if line.strip()]
    assert lines, "nothing on stdout"
    obj = json.loads(lines[-1])
    assert isinstance(obj, dict)
    return obj
