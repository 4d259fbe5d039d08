"""Character sets: strict decoding/encoding, Kazakh letters, MARC-8, non-sorting marks."""

from __future__ import annotations

import pytest

from shkola_lib.io.marc import SUPPORTED_ENCODINGS, decode, encode, strip_non_sorting, unencodable
from shkola_lib.io.marc.encodings import normalize_encoding

RUSSIAN = 'Съешь же ещё этих мягких французских булок, да выпей чаю. "Ёлка" 5'
KAZAKH = "Қазақ әдебиеті: Ғабит Мүсірепов, Өмір, Ұлы, Һ, ң"


def test_supported_names_and_aliases() -> None:
    assert SUPPORTED_ENCODINGS == ("utf-8", "cp1251", "kz1048", "cp866", "koi8-r", "marc-8")
    assert normalize_encoding("Windows-1251") == "cp1251"
    assert normalize_encoding("KZ-1048") == "kz1048"
    assert normalize_encoding("MARC8") == "marc-8"
    assert normalize_encoding("UTF8") == "utf-8"
    with pytest.raises(ValueError):
        normalize_encoding("latin-9")


@pytest.mark.parametrize("encoding", ["utf-8", "cp1251", "kz1048", "cp866", "koi8-r", "marc-8"])
def test_russian_round_trips_in_every_encoding(encoding: str) -> None:
    assert unencodable(RUSSIAN, encoding) == []
    assert decode(encode(RUSSIAN, encoding), encoding) == RUSSIAN


def test_typographic_signs_are_not_everywhere() -> None:
    assert unencodable("№«»", "cp1251") == []
    assert unencodable("№«»", "cp866") == ["«", "»"]
    assert unencodable("№«»", "koi8-r") == ["№", "«", "»"]


def test_kazakh_letters_fit_kz1048_and_utf8_only() -> None:
    assert decode(encode(KAZAKH, "kz1048"), "kz1048") == KAZAKH
    assert decode(encode(KAZAKH, "utf-8"), "utf-8") == KAZAKH
    assert unencodable("Қазақ әдебиеті", "cp1251") == ["Қ", "қ", "ә"]
    for encoding in ("cp1251", "cp866", "koi8-r", "marc-8"):
        missing = unencodable(KAZAKH, encoding)
        assert {"Қ", "ә", "Ғ", "ү", "Ө", "Ұ", "Һ", "ң"} <= set(missing), encoding
    assert unencodable("Ақ", "cp1251") == ["қ"]
    with pytest.raises(UnicodeEncodeError):
        encode("Қазақ", "cp1251")


def test_decoding_is_strict() -> None:
    with pytest.raises(UnicodeDecodeError):
        decode(b"\xd0", "utf-8")
    with pytest.raises(UnicodeDecodeError):
        decode(b"\x98", "cp1251")  # the one undefined byte of CP1251
    with pytest.raises(UnicodeDecodeError):
        decode(b"abc\xcc", "marc-8")  # not assigned in ANSEL
    with pytest.raises(UnicodeDecodeError):
        decode(b"\x1b(Zabc", "marc-8")  # escape to an unknown set


def test_non_sorting_marks_use_esc_h_i_in_single_byte_sets() -> None:
    text = "\x88Le \x89monde"
    assert encode(text, "cp1251") == b"\x1bHLe \x1bImonde"
    assert decode(b"\x1bHLe \x1bImonde", "cp1251") == text
    assert decode(encode(text, "utf-8"), "utf-8") == text
    assert strip_non_sorting(text) == "Le monde"
    assert strip_non_sorting("\x98The \x9cend") == "The end"  # MARC21 NSB/NSE


def test_marc8_decodes_like_the_library_of_congress_tables() -> None:
    assert decode(b"communaut\xe2e", "marc-8") == "communauté"  # combining before base
    assert decode(b"\xa1\xb1\xa2", "marc-8") == "ŁłØ"
    assert decode(b"\x1b(NpRIWET\x1b(B ok", "marc-8") == "Привет ok"
    assert decode(b"\x88The \x89end", "marc-8") == "\x98The \x9cend"  # NSB / NSE
    assert decode(b"\x1bb2\x1bs", "marc-8") == "₂"  # subscript set


@pytest.mark.parametrize(
    "text", ["à la communauté", "Ǻngström", "Привет мир", "Ελληνικά", "中文", "x₂"]
)
def test_marc8_round_trip(text: str) -> None:
    raw = encode(text, "marc-8")
    assert decode(raw, "marc-8") == text
    # The writer returns to ASCII/ANSEL at the end, so what follows reads as ASCII.
    assert decode(raw + b"abc", "marc-8") == text + "abc"
