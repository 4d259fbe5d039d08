"""Our reading of the real corpus against yaz-marcdump, which we did not write."""

from __future__ import annotations

import re
from pathlib import Path

from shkola_lib.io.marc import open_marc, read_iso2709
from tests.io.marc_helpers import (
    CorpusFile,
    corpus_iso,
    nfc,
    record_tuples,
    title_of,
    yaz_records,
)


@corpus_iso
def test_detected_encoding_and_titles_match_yaz(corpus_dir: Path, item: CorpusFile) -> None:
    path = corpus_dir / item.name
    marc = open_marc(path)
    assert marc.format == "iso2709"
    assert marc.encoding.encoding == item.encoding, marc.encoding.reason
    results = list(marc.records())
    assert [r.error for r in results] == [None] * item.records
    ours = [title_of(record_tuples(r.record)) for r in results]
    theirs = [title_of(fields) for fields in yaz_records(path, item.yaz_charset)]
    assert len(theirs) == item.records
    assert nfc(ours) == nfc(theirs)
    assert all(ours)  # every record has a title, so the comparison is not vacuous


@corpus_iso
def test_every_field_matches_yaz(corpus_dir: Path, item: CorpusFile) -> None:
    path = corpus_dir / item.name
    with path.open("rb") as stream:
        ours = [record_tuples(r.record) for r in read_iso2709(stream, item.encoding)]
    theirs = yaz_records(path, item.yaz_charset)
    assert nfc(ours) == nfc(theirs)


def _txt_titles(text: str) -> dict[str, str]:
    """001 → 200$a from the NLR text dump."""
    titles: dict[str, str] = {}
    for block in re.split(r"\n\s*\n", text):
        ident = re.search(r"^001: (.*)$", block, re.M)
        title = re.search(r"^200: ..\$a([^$\n]*)", block, re.M)
        if ident and title:
            titles[ident.group(1).strip()] = title.group(1)
    return titles


def test_test1_titles_match_the_text_dump(corpus_dir: Path) -> None:
    expected = _txt_titles((corpus_dir / "rusmarc-nlr/TEST1.txt").read_text(encoding="utf-8"))
    assert len(expected) == 80  # the dump lacks one of the 81 records
    with (corpus_dir / "rusmarc-nlr/TEST1.ISO").open("rb") as stream:
        ours = {r.record["001"].data: r.record["200"]["a"] for r in read_iso2709(stream, "cp1251")}
    assert len(ours) == 81
    assert {key: ours[key] for key in expected} == expected
    assert expected["RU\\NLR\\bibl\\3415"] == "Вып. 13."
