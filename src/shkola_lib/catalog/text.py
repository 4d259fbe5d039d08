"""Text folding for search and sorting (Kazakh and Russian Cyrillic).

SQLite's own ``lower()`` and ``LIKE`` fold ASCII only, and FTS5 does not fold
ё to е, so every text is folded here, the same way for the index and the query.
"""

from __future__ import annotations

import re
import unicodedata

# UNIMARC non-sorting marks: U+0088 starts, U+0089 ends the part to skip.
NSB, NSE = "\u0088", "\u0089"
_ESC_NS = re.compile("\x1b[HI]")
_NON_SORT = re.compile(f"{NSB}.*?{NSE}", re.DOTALL)
_TOKEN = re.compile(r"\w+", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")

# Latin letters typed by mistake inside Cyrillic words (common in migrated data).
# Applied after lower-casing; k m h t b stand for the capitals К М Н Т В, whose
# Latin twins look alike only in upper case, so that fold() stays case-blind.
_LATIN_TO_CYRILLIC = str.maketrans("aeopcxyikmhtb", "аеорсхуікмнтв")


def strip_nonsort_marks(text: str) -> str:
    """Remove the marks but keep the text between them (for display)."""
    return _ESC_NS.sub("", text).replace(NSB, "").replace(NSE, "")


def drop_nonsort_part(text: str) -> str:
    """Remove the non-sorting part (for sort keys): "\x88The \x89Title" → "Title"."""
    text = _ESC_NS.sub(lambda m: NSB if m.group(0).endswith("H") else NSE, text)
    return _NON_SORT.sub("", text).replace(NSB, "").replace(NSE, "")


def _fix_mixed_script(token: str) -> str:
    if _CYRILLIC.search(token) and _LATIN.search(token):
        return token.translate(_LATIN_TO_CYRILLIC)
    return token


_MARKS = ("\x1b", NSB, NSE)


def fold(text: str) -> str:
    """Lower case, ё → е, NFC, non-sorting marks gone, mixed-script tokens repaired."""
    if not text:
        return ""
    # (called for every text of every imported record: the regular expressions run
    # only when the text can need them)
    if any(mark in text for mark in _MARKS):
        text = strip_nonsort_marks(text)
    text = unicodedata.normalize("NFC", text).lower()
    if _LATIN.search(text) and _CYRILLIC.search(text):
        text = _TOKEN.sub(lambda m: _fix_mixed_script(m.group(0)), text)
    return unicodedata.normalize("NFC", text.replace("ё", "е"))


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(fold(text))


# The Kazakh alphabet; Russian words keep their own order inside it (ё is folded to е).
KAZAKH_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
# Letters are mapped to private-use code points in alphabet order, so that plain
# (binary) comparison in SQLite orders titles as a Kazakh or Russian reader expects.
_COLLATE = str.maketrans(
    {letter: chr(0xE000 + rank) for rank, letter in enumerate(KAZAKH_ALPHABET)}
)


def sort_key(text: str) -> str:
    """A key for ordering titles and names: folded, without the non-sorting part,
    Cyrillic letters in Kazakh alphabet order (а ә б … ғ … қ … ң … ө … ұ ү … һ … і … я)."""
    folded = fold(drop_nonsort_part(text or ""))
    return " ".join(_TOKEN.findall(folded)).translate(_COLLATE)
