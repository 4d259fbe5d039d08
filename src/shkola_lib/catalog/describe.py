"""Human-readable descriptions of a record (ISBD-like card text), for screens and reports."""

from __future__ import annotations

from shkola_lib.catalog import isbn as isbn_mod
from shkola_lib.catalog.data import RecordData
from shkola_lib.catalog.text import strip_nonsort_marks
from shkola_lib.i18n import translate

LANGUAGE_NAMES = {
    "kaz": lambda: translate("Language", "Kazakh"),
    "rus": lambda: translate("Language", "Russian"),
    "eng": lambda: translate("Language", "English"),
    "deu": lambda: translate("Language", "German"),
    "fre": lambda: translate("Language", "French"),
    "tur": lambda: translate("Language", "Turkish"),
    "uzb": lambda: translate("Language", "Uzbek"),
    "uig": lambda: translate("Language", "Uyghur"),
    "chi": lambda: translate("Language", "Chinese"),
}


def language_name(code: str) -> str:
    name = LANGUAGE_NAMES.get(code)
    return name() if name else code


def title_statement(r: RecordData) -> str:
    """«Title : other title. Part / responsibility»."""
    text = strip_nonsort_marks(r.title)
    if r.other_title:
        text += f" : {r.other_title}"
    if r.part:
        text += f". {r.part}"
    if r.responsibility:
        text += f" / {r.responsibility}"
    return text


def publication_area(r: RecordData) -> str:
    """«Edition. — Place : Publisher, Year. — Extent. — (Series ; no.)»."""
    parts: list[str] = []
    if r.edition:
        parts.append(r.edition)
    pub = r.place
    if r.publisher:
        pub = f"{pub} : {r.publisher}" if pub else r.publisher
    if r.year:
        pub = f"{pub}, {r.year}" if pub else str(r.year)
    if pub:
        parts.append(pub)
    if r.extent:
        parts.append(r.extent)
    if r.series:
        series = r.series + (f" ; {r.series_number}" if r.series_number else "")
        parts.append(f"({series})")
    return ". — ".join(parts)


def shelf_mark(r: RecordData) -> str:
    return " ".join(x for x in (r.bbk, r.author_sign) if x)


def isbn_display(values: list[str]) -> list[str]:
    return [isbn_mod.hyphenate(v) for v in values]
