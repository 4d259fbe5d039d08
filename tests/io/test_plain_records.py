"""Plain records (no pymarc objects) are written exactly as their pymarc copies."""

from __future__ import annotations

from pathlib import Path

import pytest

from shkola_lib.io.marc.iso2709_writer import (
    declare_unimarc_charset,
    record_to_iso2709,
    unencodable_fields,
)
from shkola_lib.io.marc.marcxml import record_to_marcxml
from shkola_lib.io.marc.mrk import record_to_mrk
from shkola_lib.io.marc.plain import MarcFieldData, PlainRecord
from shkola_lib.io.marc.reader import open_marc


@pytest.mark.parametrize(
    ("name", "flavour"),
    [("rusmarc-nlr/TEST1.ISO", "rusmarc"), ("pymarc/test.dat", "marc21")],
)
def test_writers_give_the_same_bytes_for_plain_and_pymarc_records(
    corpus_dir: Path, name: str, flavour: str
) -> None:
    plains = [r.record for r in open_marc(corpus_dir / name).records(plain=True) if r.record]
    assert plains and all(isinstance(p, PlainRecord) for p in plains)
    for plain in plains:
        marc = plain.to_pymarc()
        for encoding in ("utf-8", "cp1251"):
            try:
                expected = record_to_iso2709(marc, encoding, flavour=flavour)
            except ValueError:
                with pytest.raises(ValueError):
                    record_to_iso2709(plain, encoding, flavour=flavour)
                assert unencodable_fields(plain, encoding) == unencodable_fields(marc, encoding)
                continue
            assert record_to_iso2709(plain, encoding, flavour=flavour) == expected
        assert record_to_marcxml(plain) == record_to_marcxml(marc)
        assert record_to_mrk(plain) == record_to_mrk(marc)


def test_declaring_the_charset_of_a_plain_record_replaces_the_subfield() -> None:
    original = [("a", "20260101d2026    k  y0rusy0189    ca"), ("b", "x")]
    field_100 = MarcFieldData("100", " ", " ", None, list(original))
    plain = PlainRecord("00000nam0 2200000   450 ", [field_100])
    assert declare_unimarc_charset(plain, "utf-8")
    assert field_100.subfields == [("a", "20260101d2026    k  y0rusy50      ca"), ("b", "x")]
    assert not declare_unimarc_charset(plain, "utf-8")  # already declared
    assert original[0][1][26:30] == "0189"  # the list it came with is left alone
