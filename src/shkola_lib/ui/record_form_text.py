"""How the record editor's free-text fields turn into data and back (no Qt, no UI text)."""

from __future__ import annotations

import re

from shkola_lib.catalog.data import SubjectData

# Language codes as they are often typed in Cyrillic (and in MARC-SQL data).
_LANGUAGE_ALIASES = {"каз": "kaz", "қаз": "kaz", "рус": "rus", "орыс": "rus", "англ": "eng"}
_SUBDIVISION = re.compile(r"\s+--\s+")


def split_list(text: str) -> list[str]:
    """Comma- (or semicolon-) separated values, trimmed, empty ones dropped."""
    return [part.strip() for part in re.split(r"[,;]", text) if part.strip()]


def parse_languages(text: str) -> list[str]:
    """ISO 639-2 codes from "kaz, rus" (Cyrillic abbreviations such as «қаз» accepted)."""
    codes = [part.lower() for part in re.split(r"[,;\s]+", text) if part]
    return [_LANGUAGE_ALIASES.get(code, code) for code in codes]


def subject_line(subject: SubjectData) -> str:
    return " -- ".join([subject.term, *(value for _kind, value in subject.subdivisions)])


def parse_subjects(text: str, known: dict[str, SubjectData]) -> list[SubjectData]:
    """One heading per line, " -- " before each (topical) subdivision.

    A line left exactly as loaded keeps its original data, so geographic and
    chronological subdivisions of imported records survive an edit.
    """
    subjects: list[SubjectData] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line in known:
            subjects.append(known[line])
            continue
        term, *rest = _SUBDIVISION.split(line)
        subjects.append(SubjectData(term.strip(), subdivisions=[("topical", v) for v in rest if v]))
    return subjects


def number_range(numbers: list[str]) -> str:
    """ "10231–10240" for a series, the number alone for one, "" for none."""
    if not numbers:
        return ""
    return numbers[0] if len(numbers) == 1 else f"{numbers[0]}–{numbers[-1]}"
