"""Criterion 1: every real corpus file imports whole, with the text yaz-marcdump decodes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from shkola_lib.catalog.exporter import original_fields
from shkola_lib.catalog.service import CatalogService
from tests.exchange.support import (
    MOJIBAKE,
    field_tuples,
    import_file,
    nfc,
    norm_title,
    yaz_decode,
)


@dataclass(frozen=True)
class Case:
    name: str
    yaz_charset: str  # the true character set, in yaz-marcdump's spelling
    encoding: str  # what auto-detection must find
    flavour: str
    records: int

    @property
    def title_tag(self) -> str:
        return "245" if self.flavour == "marc21" else "200"


CASES = [
    Case("rusmarc-nlr/TEST1.ISO", "cp1251", "cp1251", "rusmarc", 81),
    # UTF-8 bytes although 100$a/26-29 declares 89 (CP1251).
    Case("rusmarc-nlr/ur.iso", "utf-8", "utf-8", "rusmarc", 1),
    Case("pymarc/1251.dat", "cp1251", "cp1251", "marc21", 6),
    Case("pymarc/testunimarc.dat", "utf-8", "utf-8", "unimarc", 1),
    Case("pymarc/marc8.dat", "marc8", "marc-8", "marc21", 1),
    Case("pymarc/test.dat", "marc8", "marc-8", "marc21", 10),
    Case("pymarc/utf8_with_leader_flag.dat", "utf-8", "utf-8", "marc21", 1),
    Case("pymarc/utf8_without_leader_flag.dat", "utf-8", "utf-8", "marc21", 1),
    Case("pymarc/diacritic.dat", "utf-8", "utf-8", "marc21", 1),
]
cases = pytest.mark.parametrize("case", CASES, ids=lambda c: c.name.split("/")[-1])
_CYRILLIC = re.compile("[а-яА-ЯёЁ]")


@cases
def test_every_record_imports_and_titles_equal_yaz(
    catalog: CatalogService, corpus_dir: Path, case: Case
) -> None:
    path = corpus_dir / case.name
    summary = import_file(catalog, path)

    assert (summary.format, summary.encoding, summary.flavour) == (
        "iso2709",
        case.encoding,
        case.flavour,
    )
    assert summary.read == summary.imported == case.records
    assert summary.rejected == 0 and summary.rejected_records == []
    assert catalog.counts().records == case.records

    stored = [catalog.get_record(i).title for i in catalog.select_for_export()]
    theirs = [r.first(case.title_tag, "a") for r in yaz_decode(path, case.yaz_charset)]
    assert len(theirs) == case.records and all(theirs)
    assert [norm_title(t) for t in stored] == [norm_title(t) for t in theirs]
    for title in stored:
        assert title.strip()
        assert not any(bad in title for bad in MOJIBAKE), title
    if case.yaz_charset == "cp1251" or case.name.endswith("ur.iso"):
        # Really decoded Cyrillic (TEST1 has one title that is only years: «1929-1939»).
        assert sum(1 for t in stored if _CYRILLIC.search(t)) >= len(stored) - 1, stored


@cases
def test_stored_original_fields_equal_yaz_field_by_field(
    catalog: CatalogService, corpus_dir: Path, case: Case
) -> None:
    """No mojibake anywhere: every field kept for the round trip reads as yaz reads it."""
    path = corpus_dir / case.name
    import_file(catalog, path)
    theirs = yaz_decode(path, case.yaz_charset)
    with catalog.db.session() as session:
        ours = []
        for record_id in catalog.select_for_export():
            fields, _leader, _flavour = original_fields(session, record_id)
            ours.append(
                [
                    (f.tag, f.value)
                    if f.is_control
                    else (f.tag, f.ind1 + f.ind2, tuple(f.subfields))
                    for f in fields
                ]
            )
    assert len(ours) == len(theirs) == case.records
    for number, (mine, yaz) in enumerate(zip(ours, theirs, strict=True), start=1):
        assert _nfc_fields(mine) == _nfc_fields(yaz.fields), f"record {number}"


def _nfc_fields(fields: list[tuple]) -> list[tuple]:
    out = []
    for item in fields:
        if len(item) == 2:
            out.append((item[0], nfc(item[1])))
        else:
            out.append((item[0], item[1], tuple((c, nfc(v)) for c, v in item[2])))
    return out


def test_field_tuples_helper_sees_what_yaz_sees(corpus_dir: Path) -> None:
    """Guard for the helpers: our own tuple form of a pymarc record matches yaz's form."""
    from shkola_lib.io.marc.reader import open_marc

    path = corpus_dir / "pymarc/1251.dat"
    ours = [field_tuples(r.record) for r in open_marc(path).records()]
    assert [_nfc_fields(f) for f in ours] == [
        _nfc_fields(r.fields) for r in yaz_decode(path, "cp1251")
    ]
