"""Leader and control data: 001, 005, MARC21 008, UNIMARC 100 (generated or patched)."""

from __future__ import annotations

import re
from datetime import date, datetime

from shkola_lib.catalog.data import RecordDetail
from shkola_lib.models import MaterialType

from .fields import MarcFieldData, control, datafield
from .values import leader_codes, material_from_leader

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def control_number(detail: RecordDetail) -> str:
    """A stable 001 for records of this catalog."""
    return f"SL{detail.record.id}" if detail.record.id is not None else ""


def timestamp(now: datetime | None = None) -> str:
    """005: yyyymmddhhmmss.f"""
    return (now or datetime.now()).strftime("%Y%m%d%H%M%S.0")


def _entered(detail: RecordDetail) -> date:
    created = detail.record.created_at
    return created.date() if created else date.today()


def new_leader(detail: RecordDetail, marc21: bool) -> str:
    kind, level = leader_codes(detail.record.material_type, marc21)
    if marc21:
        return f"00000n{kind}{level} a2200000 i 4500"
    return f"00000n{kind}{level}  2200000   450 "


def patch_material(leader: str, new: MaterialType, marc21: bool) -> str:
    """The leader with type and level (06-07) of a new material type."""
    chars = list((leader or "").ljust(24)[:24])
    codes = leader_codes(new, marc21)
    if codes != leader_codes(material_from_leader(leader, marc21), marc21):
        chars[6], chars[7] = codes
    return "".join(chars)


def patch_leader(leader: str, changed: bool, marc21: bool) -> str:
    """The original leader with status 'c' if the record changed (MARC21: 09 = 'a')."""
    chars = list((leader or "").ljust(24)[:24])
    if changed and chars[5] == "n":
        chars[5] = "c"
    if marc21:
        chars[9] = "a"  # the fields are Unicode text now
    return "".join(chars)


def new_008(detail: RecordDetail) -> MarcFieldData:
    record = detail.record
    year = f"{record.year:04d}" if record.year else "uuuu"
    kind = "s" if record.year else "n"
    language = (record.languages[0] if record.languages else "und").ljust(3)[:3]
    audience = "j" if record.material_type is MaterialType.TEXTBOOK else " "
    books = "    " + audience + " " + "    " + " 000 0 "
    value = f"{_entered(detail):%y%m%d}{kind}{year}    xx {books}{language} d"
    return control("008", value)


def patch_008(value: str, detail: RecordDetail | None, year: bool, language: bool) -> str:
    """008 with date 1 (07-10) and/or language (35-37) replaced (``detail`` is only
    read for those)."""
    text = value.ljust(40)
    if year:
        assert detail is not None
        record = detail.record
        text = text[:7] + (f"{record.year:04d}" if record.year else "uuuu") + text[11:]
    if language:
        assert detail is not None
        record = detail.record
        code = (record.languages[0] if record.languages else "und").ljust(3)[:3]
        text = text[:35] + code + text[38:]
    if text == value.ljust(40):
        return value
    return text[: max(len(value), 38)]  # a short 008 stays short


def _charset(code: str) -> str:
    return (code or "50").ljust(4)[:4]


def new_100(detail: RecordDetail, charset_code: str) -> MarcFieldData:
    record = detail.record
    year = f"{record.year:04d}" if record.year else "    "
    lang = "kaz" if record.languages[:1] == ["kaz"] else "rus"
    script = "ca" if _CYRILLIC.search(record.title) else "ba"
    value = f"{_entered(detail):%Y%m%d}d{year}    u  y0{lang}y{_charset(charset_code)}    {script}"
    return datafield("100", "  ", ("a", value))


def patch_100(fld: MarcFieldData, detail: RecordDetail | None, charset_code: str, year: bool):
    """100 $a with positions 26-29 = the declared charset (and 9-12 = year if it changed)."""
    subfields = []
    for code, value in fld.subfields or []:
        if code == "a" and len(value) >= 13:
            text = value.ljust(30)
            if year:
                assert detail is not None
                record_year = detail.record.year
                text = text[:9] + (f"{record_year:04d}" if record_year else "    ") + text[13:]
            text = text[:26] + _charset(charset_code) + text[30:]
            value = text if text != value.ljust(30) else value
        subfields.append((code, value))
    return MarcFieldData(fld.tag, fld.ind1, fld.ind2, None, subfields)
