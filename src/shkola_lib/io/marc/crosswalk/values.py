"""Value conversions shared by both flavours: languages, prices, ISBNs, names, grades…"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from shkola_lib.catalog import isbn as isbn_mod
from shkola_lib.catalog import isbn_checksum
from shkola_lib.catalog.text import NSB, NSE, fold, strip_nonsort_marks
from shkola_lib.models import MaterialType

# ---------------------------------------------------------------- languages

_LANGUAGE_ALIASES = {
    "kaz": "kaz",
    "каз": "kaz",
    "қаз": "kaz",
    "kk": "kaz",
    "kz": "kaz",
    "rus": "rus",
    "рус": "rus",
    "ru": "rus",
    "eng": "eng",
    "анг": "eng",
    "en": "eng",
}
_LANG_CODE = re.compile(r"^[a-z]{3}$")


def normalise_language(raw: str) -> str | None:
    """ISO 639-2 code for ``raw`` (kaz/каз/қаз → kaz, rus/рус → rus), or None if unknown."""
    code = fold(raw or "").strip().strip(".")
    if not code:
        return None
    code = _LANGUAGE_ALIASES.get(code, code)
    return code if _LANG_CODE.match(code) else None


def split_language_codes(raw: str) -> list[str]:
    """Old MARC21 files pack several codes into one $a ("engund")."""
    text = (raw or "").strip()
    if len(text) > 3 and len(text) % 3 == 0 and text.isalpha() and " " not in text:
        return [text[i : i + 3] for i in range(0, len(text), 3)]
    return [text]


# ---------------------------------------------------------------- prices

_PRICE = re.compile(r"\d[\d\s\u00a0\u202f]*(?:[.,]\d{1,2})?")


def parse_price(raw: str) -> int | None:
    """Tiyn from "250 т.", "1200.00", "1 200,50 тг"; None when there is no number."""
    match = _PRICE.search(raw or "")
    if not match:
        return None
    text = re.sub(r"[\s\u00a0\u202f]", "", match.group(0)).replace(",", ".")
    try:
        return int((Decimal(text) * 100).to_integral_value())
    except InvalidOperation:
        return None


def format_price(tiyn: int) -> str:
    """The price as MARC text in tenge: 25000 → "250.00"."""
    return f"{tiyn // 100}.{tiyn % 100:02d}"


# ---------------------------------------------------------------- ISBN

_ISBN_TOKEN = re.compile(r"[0-9][0-9Xx\-‐‑–\s]{8,}[0-9Xx]|[0-9]{9}[0-9Xx]")


def extract_isbn(raw: str) -> str:
    """The normalised ISBN in a subfield ("0914378287 (v. 1)" → "0914378287"), or ""."""
    text = (raw or "").replace("х", "X").replace("Х", "X")
    match = _ISBN_TOKEN.search(text)
    value = isbn_mod.normalise(match.group(0) if match else text)
    return value if any(ch.isdigit() for ch in value) else ""


def isbn_is_valid(value: str) -> bool:
    return isbn_checksum.is_valid(value)


def hyphenated_isbn(value: str) -> str:
    return isbn_mod.hyphenate(value)


# ---------------------------------------------------------------- years

_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")


def parse_year(raw: str) -> int | None:
    """The first four-digit year in "c1999.", "[2002?]", "2005"."""
    match = _YEAR.search(raw or "")
    return int(match.group(1)) if match else None


# ---------------------------------------------------------------- names

_INITIALS = re.compile(r"^(?:[^\W\d_]{1,2}\.\s*-?\s*)+$")


def looks_like_initials(forenames: str) -> bool:
    return bool(_INITIALS.match(forenames.strip()))


def initials_of(forenames: str) -> str:
    """ "Валерий Александрович" → "В. А."; "Иоганн-Готтгильф" → "И.-Г." """
    parts = []
    for word in forenames.split():
        pieces = [p for p in word.split("-") if p]
        parts.append("-".join(p[0] + "." for p in pieces))
    return " ".join(parts)


def split_name(name: str) -> tuple[str, str]:
    """ "Surname, Forenames" → ("Surname", "Forenames"); no comma → (name, "")."""
    surname, sep, rest = name.partition(",")
    if not sep:
        return name.strip(), ""
    return surname.strip(), rest.strip()


def join_name(surname: str, forenames: str) -> str:
    surname = surname.strip()
    forenames = forenames.strip().lstrip(",").strip()
    return f"{surname}, {forenames}" if surname and forenames else surname or forenames


# ---------------------------------------------------------------- extent and part

_EXTENT = re.compile(
    r"^(?P<a>.*?)(?:(?:^|\s):\s(?P<c>.*?))?(?:(?:^|\s);\s(?P<d>.*?))?(?:(?:^|\s)\+\s(?P<e>.*))?$",
    re.DOTALL,
)


def format_extent(a: str, c: str = "", d: str = "", e: str = "") -> str:
    """ISBD-like text of the physical description: "152 с. : ил. ; 20 + 1 CD"."""
    text = a
    for sep, part in ((":", c), (";", d), ("+", e)):
        if part:
            text = f"{text} {sep} {part}"
    return " ".join(text.split())


def parse_extent(text: str) -> tuple[str, str, str, str]:
    """Inverse of ``format_extent``: (extent, other details, size, accompanying)."""
    match = _EXTENT.match(" ".join((text or "").split()))
    if not match:
        return text, "", "", ""
    return tuple((match.group(k) or "").strip() for k in "acde")  # type: ignore[return-value]


_NUMBERING = re.compile(r"\d|^[IVXLCivxlc]+\.?$")


def format_part(pairs: list[tuple[str, str]]) -> str:
    """Part number/name pairs (200 $h/$i, 245 $n/$p) as "кн. 4, Name ; кн. 5, Name"."""
    out = []
    for number, name in pairs:
        out.append(", ".join(p for p in (number, name) if p))
    return " ; ".join(p for p in out if p)


def parse_part(text: str) -> list[tuple[str, str]]:
    """Inverse of ``format_part``: [(number, name), …]."""
    pairs = []
    for chunk in (c.strip() for c in (text or "").split(" ; ")):
        if not chunk:
            continue
        head, sep, tail = chunk.partition(", ")
        if sep and _is_numbering(head):
            pairs.append((head, tail))
        elif _is_numbering(chunk):
            pairs.append((chunk, ""))
        else:
            pairs.append(("", chunk))
    return pairs


def _is_numbering(text: str) -> bool:
    return len(text) <= 20 and bool(_NUMBERING.search(text))


# ---------------------------------------------------------------- textbooks

# "сыныб-" is the Kazakh stem before a vowel: "5-сыныбына арналған оқулық".
_TEXTBOOK_WORDS = ("учебник", "оқулық", "сынып", "сыныб", "класс")
# я72 is ББК's form subdivision for textbooks; 74.26/74.10 (teaching methods,
# preschool education) are mostly books for teachers, so they are no hint.
_TEXTBOOK_BBK = re.compile(r"я72")
_GRADE = re.compile(
    r"(?<![\d.])((?:\d{1,2}\s*(?:[-–,]|және|и)\s*)*\d{1,2})\s*-?\s*(?:сыны[пб]|класс|кл\.)",
    re.IGNORECASE,
)
_GRADE_TOKEN = re.compile(r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?")


def has_textbook_hint(texts: list[str], bbk: str = "") -> bool:
    folded = " ".join(fold(t) for t in texts if t)
    if any(word in folded for word in _TEXTBOOK_WORDS):
        return True
    return bool(bbk and _TEXTBOOK_BBK.search(bbk.strip()))


def parse_grades(text: str) -> list[str]:
    """Grades from "5 сынып", "для 2 класса", "5-сыныбына", "10, 11 сынып", "1-4 сыныптарға"."""
    grades: list[str] = []
    for match in _GRADE.finditer(strip_nonsort_marks(text or "")):
        for token in _GRADE_TOKEN.findall(match.group(1)):
            numbers = [int(n) for n in re.findall(r"\d{1,2}", token)]
            if len(numbers) == 2 and numbers[0] < numbers[1] <= 12:
                numbers = list(range(numbers[0], numbers[1] + 1))
            for n in numbers:
                if 0 <= n <= 12 and str(n) not in grades:
                    grades.append(str(n))
    return grades


def format_grades(grades: list[str]) -> str:
    """ "5 сынып", "10, 11 сынып" (parsed back by ``parse_grades``)."""
    return f"{', '.join(grades)} сынып" if grades else ""


# ---------------------------------------------------------------- material type and leader

_LEADER_CODES = {
    MaterialType.BOOK: ("a", "m"),
    MaterialType.TEXTBOOK: ("a", "m"),
    MaterialType.BROCHURE: ("a", "m"),
    MaterialType.PERIODICAL: ("a", "s"),
    MaterialType.AUDIOVISUAL: ("g", "m"),
    MaterialType.OTHER: ("r", "m"),
}


def leader_codes(material: MaterialType, marc21: bool) -> tuple[str, str]:
    """Leader/06 type of record and /07 bibliographic level for a material type."""
    if material is MaterialType.ELECTRONIC:
        return ("m" if marc21 else "l", "m")
    return _LEADER_CODES[material]


def material_from_leader(leader: str, marc21: bool) -> MaterialType:
    kind = leader[6:7] or " "
    level = leader[7:8] or " "
    if kind in "abt ":
        return MaterialType.PERIODICAL if level == "s" else MaterialType.BOOK
    if kind == ("m" if marc21 else "l"):
        return MaterialType.ELECTRONIC
    if kind in "gij":
        return MaterialType.AUDIOVISUAL
    return MaterialType.OTHER


# ---------------------------------------------------------------- non-sorting marks

_LEADING_NONSORT = re.compile(f"^{NSB}(.*?){NSE}", re.DOTALL)


def nonfiling_split(title: str) -> tuple[int, str]:
    """MARC21 245 ind2 and the bare title for a title with leading NSB…NSE marks."""
    match = _LEADING_NONSORT.match(title)
    count = len(match.group(1)) if match else 0
    return (count if count <= 9 else 0), strip_nonsort_marks(title)


def apply_nonfiling(title: str, count: int) -> str:
    """Mark the first ``count`` characters of a MARC21 title as non-sorting."""
    if count <= 0 or count >= len(title) or NSB in title:
        return title
    return f"{NSB}{title[:count]}{NSE}{title[count:]}"
