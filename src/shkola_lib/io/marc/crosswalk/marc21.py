"""MARC21 groups: 245, 260/264, 300, 490/440, 100/700, 110/111/710/711 (read and write).

MARC21 values carry ISBD punctuation; it is stripped on import and written on export
(leader/18 "i"), without a closing period so that a round trip gives the same text.
"""

from __future__ import annotations

from shkola_lib.catalog.data import PersonData, RecordDetail
from shkola_lib.models import PersonRole

from .common import Ctx, Partial
from .fields import MarcFieldData, datafield, squash, strip_isbd
from .unimarc import ordered_persons, warn_role
from .values import (
    apply_nonfiling,
    format_extent,
    format_part,
    nonfiling_split,
    parse_extent,
    parse_part,
    parse_year,
)

RELATOR_CODES = {
    "aut": PersonRole.COAUTHOR,
    "edt": PersonRole.EDITOR,
    "trl": PersonRole.TRANSLATOR,
    "ill": PersonRole.ILLUSTRATOR,
}
ROLE_TO_RELATOR = {
    PersonRole.AUTHOR: "aut",
    PersonRole.COAUTHOR: "aut",
    PersonRole.EDITOR: "edt",
    PersonRole.TRANSLATOR: "trl",
    PersonRole.ILLUSTRATOR: "ill",
    PersonRole.OTHER: "ctb",
}
RELATOR_TERMS = {
    "author": PersonRole.COAUTHOR,
    "автор": PersonRole.COAUTHOR,
    "editor": PersonRole.EDITOR,
    "ред": PersonRole.EDITOR,
    "редактор": PersonRole.EDITOR,
    "translator": PersonRole.TRANSLATOR,
    "пер": PersonRole.TRANSLATOR,
    "переводчик": PersonRole.TRANSLATOR,
    "аудармашы": PersonRole.TRANSLATOR,
    "illustrator": PersonRole.ILLUSTRATOR,
    "ил": PersonRole.ILLUSTRATOR,
    "художник": PersonRole.ILLUSTRATOR,
    "суретші": PersonRole.ILLUSTRATOR,
}
# Valid MARC relator codes kept as "other contributor" without a warning.
OTHER_RELATORS = frozenset(
    """abr act adp anl ann ant app arr art aui aus bkd bkp cmm cmp com cnd cns cre csl ctb
    ctg cwt dsr dte dto edc edm egr fmo ill isb itr ivr lyr mus nrt oth pbl pht prf prg
    prt pub rev rsp sce scl sng spk std trc wac wam wat win wpr wst""".split()
)


def _isbd(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Add ISBD separators before the next subfield: ' :' before $b, ' /' before $c…"""
    before = {"b": " :", "c": " /", "v": " ;"}
    out = []
    for i, (code, value) in enumerate(pairs):
        nxt = pairs[i + 1][0] if i + 1 < len(pairs) else ""
        out.append((code, value + before.get(nxt, "")))
    return out


# ---------------------------------------------------------------- 245 title


def read_title(fields: list[MarcFieldData], ctx: Ctx) -> Partial:
    if not fields:
        return {"title": "", "other_title": "", "responsibility": "", "part": ""}
    fld = fields[0]
    pairs: list[tuple[str, str]] = []
    for code, value in fld.subfields or []:
        value = strip_isbd(value, True)
        if code == "n" and value:
            pairs.append((value, ""))
        elif code == "p" and value:
            if pairs and not pairs[-1][1]:
                pairs[-1] = (pairs[-1][0], value)
            else:
                pairs.append(("", value))
    title = strip_isbd(fld.get("a"), True)
    if fld.ind2.isdigit():
        title = apply_nonfiling(title, int(fld.ind2))
    return {
        "title": title,
        "other_title": " : ".join(strip_isbd(v, True) for v in fld.all("b")),
        "responsibility": " ; ".join(strip_isbd(v, True) for v in fld.all("c")),
        "part": format_part(pairs),
    }


def write_title(detail: RecordDetail, options) -> list[MarcFieldData]:
    record = detail.record
    skip, title = nonfiling_split(record.title.strip())
    pairs = [("a", title)]
    if record.other_title.strip():
        pairs.append(("b", record.other_title.strip()))
    for number, name in parse_part(record.part):
        pairs += [(code, value) for code, value in (("n", number), ("p", name)) if value]
    if record.responsibility.strip():
        pairs.append(("c", record.responsibility.strip()))
    main_entry = any(is_main for is_main, _ in ordered_persons(record.persons))
    main_entry = main_entry or bool(record.corporate_body.strip())
    ind = ("1" if main_entry else "0") + str(skip)
    return [datafield("245", ind, *_isbd(pairs))]


# ---------------------------------------------------------------- 260/264, 300, 490/440


def read_publication(fields: list[MarcFieldData], ctx: Ctx) -> Partial:
    main = next((f for f in fields if f.has("a", "b", "c")), fields[0] if fields else None)
    if main is None:
        return {"place": "", "publisher": "", "year": None}
    return {
        "place": " ; ".join(strip_isbd(v) for v in main.all("a")),
        "publisher": " ; ".join(strip_isbd(v) for v in main.all("b")),
        "year": parse_year(" ".join(main.all("c"))),
    }


def write_publication(detail: RecordDetail, options) -> list[MarcFieldData]:
    record = detail.record
    pairs: list[tuple[str, str]] = []
    pairs += [("a", p.strip()) for p in record.place.split(" ; ") if p.strip()]
    pairs += [("b", p.strip()) for p in record.publisher.split(" ; ") if p.strip()]
    if record.year:
        pairs.append(("c", str(record.year)))
    sep = {"a": " ;", "b": " :", "c": ","}
    out = []
    for i, (code, value) in enumerate(pairs):
        nxt = pairs[i + 1][0] if i + 1 < len(pairs) else ""
        out.append((code, value + (sep[nxt] if nxt else "")))
    return [datafield("260", "  ", *out)] if out else []


def read_extent(fields: list[MarcFieldData], ctx: Ctx) -> Partial:
    if not fields:
        return {"extent": ""}
    fld = fields[0]
    return {"extent": format_extent(*(strip_isbd(fld.get(code)) for code in "abce"))}


def write_extent(detail: RecordDetail, options) -> list[MarcFieldData]:
    if not detail.record.extent.strip():
        return []
    a, b, c, e = parse_extent(detail.record.extent)
    pairs = [(code, v) for code, v in (("a", a), ("b", b), ("c", c), ("e", e)) if v]
    sep = {"b": " :", "c": " ;", "e": " +"}
    out = []
    for i, (code, value) in enumerate(pairs):
        nxt = pairs[i + 1][0] if i + 1 < len(pairs) else ""
        out.append((code, value + sep.get(nxt, "")))
    return [datafield("300", "  ", *out)]


def read_series(fields: list[MarcFieldData], ctx: Ctx) -> Partial:
    if not fields:
        return {"series": "", "series_number": ""}
    return {
        "series": strip_isbd(fields[0].get("a")),
        "series_number": strip_isbd(fields[0].get("v")),
    }


def write_series(detail: RecordDetail, options) -> list[MarcFieldData]:
    record = detail.record
    series, number = record.series.strip(), record.series_number.strip()
    if not (series or number):
        return []
    tag = options.marc21_series_tag
    ind = " 0" if tag == "440" else "0 "
    pairs = [(c, v) for c, v in (("a", series), ("v", number)) if v]
    return [datafield(tag, ind, *_isbd(pairs))]


# ---------------------------------------------------------------- 100/700, 110/111/710/711


def _role(fld: MarcFieldData, name: str, ctx: Ctx) -> PersonRole:
    code = fld.get("4").lower().strip(". ")
    if code:
        if code in RELATOR_CODES:
            return RELATOR_CODES[code]
        if code not in OTHER_RELATORS:
            warn_role(ctx, code, name)
        return PersonRole.OTHER
    term = strip_isbd(fld.get("e")).lower().strip(". ")
    if term:
        return RELATOR_TERMS.get(term, PersonRole.OTHER)
    return PersonRole.COAUTHOR


def read_persons(fields: list[MarcFieldData], ctx: Ctx) -> Partial:
    main: list[PersonData] = []
    others: list[PersonData] = []
    for fld in fields:
        name = strip_isbd(fld.get("a"), True)
        if not name:
            continue
        dates = strip_isbd(fld.get("d"))
        if fld.tag == "100":
            main.append(PersonData(name=name, role=PersonRole.AUTHOR, dates=dates))
        else:
            others.append(PersonData(name=name, role=_role(fld, name, ctx), dates=dates))
    if len(main) > 1:
        others = [PersonData(p.name, PersonRole.COAUTHOR, p.dates) for p in main[1:]] + others
    return {"persons": main[:1] + others}


def write_persons(detail: RecordDetail, options) -> list[MarcFieldData]:
    out = []
    for is_main, person in ordered_persons(detail.record.persons):
        name, dates = person.name.strip(), person.dates.strip()
        ind = "1 " if "," in name else "0 "
        if dates:
            name += ","
        if is_main:
            out.append(datafield("100", ind, ("a", name), ("d", dates)))
        else:
            code = ROLE_TO_RELATOR[person.role]
            out.append(datafield("700", ind, ("a", name), ("d", dates), ("4", code)))
    return out


def read_corporate(fields: list[MarcFieldData], ctx: Ctx) -> Partial:
    for fld in fields:
        parts = [strip_isbd(fld.get("a"), True), *(strip_isbd(v, True) for v in fld.all("b"))]
        name = ". ".join(p for p in parts if p)
        if name:
            return {"corporate_body": squash(name)}
    return {"corporate_body": ""}


def write_corporate(detail: RecordDetail, options) -> list[MarcFieldData]:
    name = detail.record.corporate_body.strip()
    if not name:
        return []
    has_main = any(is_main for is_main, _ in ordered_persons(detail.record.persons))
    return [datafield("710" if has_main else "110", "2 ", ("a", name))]
