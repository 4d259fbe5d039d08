"""UNIMARC / RUSMARC groups: 010, 101, 200, 210, 215, 225, 686, 7XX (read and write)."""

from __future__ import annotations

from shkola_lib.catalog.data import PersonData, RecordDetail
from shkola_lib.catalog.text import NSB, NSE
from shkola_lib.i18n import translate
from shkola_lib.models import PersonRole

from .common import Ctx, Partial, common_price
from .fields import MarcFieldData, datafield, squash, values
from .values import (
    extract_isbn,
    format_extent,
    format_part,
    format_price,
    hyphenated_isbn,
    initials_of,
    isbn_is_valid,
    join_name,
    looks_like_initials,
    normalise_language,
    parse_extent,
    parse_part,
    parse_price,
    parse_year,
    split_language_codes,
    split_name,
)

# UNIMARC relator codes (Appendix C) that the catalog has a role for.
ROLE_CODES = {
    "070": PersonRole.COAUTHOR,
    "340": PersonRole.EDITOR,
    "730": PersonRole.TRANSLATOR,
    "440": PersonRole.ILLUSTRATOR,
}
ROLE_TO_CODE = {
    PersonRole.AUTHOR: "070",
    PersonRole.COAUTHOR: "070",
    PersonRole.EDITOR: "340",
    PersonRole.TRANSLATOR: "730",
    PersonRole.ILLUSTRATOR: "440",
    PersonRole.OTHER: "570",
}
# Valid relator codes the catalog keeps as "other contributor" without a warning.
OTHER_CODES = frozenset(
    """005 010 020 040 050 060 065 072 075 080 090 100 110 120 130 140 150 160 170 180 190
    200 205 207 210 212 220 230 233 236 240 245 250 255 260 270 273 275 280 290 295 300
    305 310 320 330 350 360 365 370 390 395 400 410 420 430 450 460 470 475 480 490 500
    510 520 530 540 550 555 557 560 565 570 580 582 587 590 595 600 605 610 620 630 632
    633 635 637 640 650 651 655 660 665 670 673 675 677 680 690 695 700 705 710 720 721
    723 725 726 727 740 750 753 755 760 770""".split()
)


def warn_role(ctx: Ctx, code: str, name: str) -> None:
    ctx.warn(
        translate(
            "Crosswalk", "Unknown role code {code} for {name}: imported as other contributor."
        ).format(code=code, name=name)
    )


def warn_isbn(ctx: Ctx, value: str) -> None:
    ctx.warn(translate("Crosswalk", "Invalid ISBN kept as it is: {isbn}").format(isbn=value))


def warn_price(ctx: Ctx, raw: str) -> None:
    ctx.warn(translate("Crosswalk", "Price not understood, ignored: {price}").format(price=raw))


# ---------------------------------------------------------------- 010 ISBN and price


def read_isbn(fields: list[MarcFieldData], ctx: Ctx) -> Partial:
    """010 $a ISBN, $z invalid ISBN, $d price (MARC21 020 $a/$z/$c via ``price_code``)."""
    price_code = "c" if ctx.marc21 else "d"
    isbns: list[str] = []
    price: int | None = None
    for fld in fields:
        for code, raw in fld.subfields or []:
            if code in "az" and raw.strip():
                value = extract_isbn(raw)
                if not value:
                    continue
                if not isbn_is_valid(value):
                    warn_isbn(ctx, raw.strip())
                if value not in isbns:
                    isbns.append(value)
            elif code == price_code and raw.strip() and price is None:
                price = parse_price(raw)
                if price is None:
                    warn_price(ctx, raw.strip())
    return {"isbns": isbns, "price": price}


def write_isbn(detail: RecordDetail, options) -> list[MarcFieldData]:
    price = common_price(detail)
    price_text = format_price(price) if price is not None else None
    tag, price_code = ("020", "c") if options.marc21 else ("010", "d")
    out = []
    for value in detail.record.isbns:
        value = extract_isbn(value) or value.strip()
        if not value:
            continue
        if isbn_is_valid(value):
            pair = ("a", value if options.marc21 else hyphenated_isbn(value))
        else:
            pair = ("z", value)
        out.append(datafield(tag, "  ", pair, (price_code, price_text if not out else None)))
    if not out and price_text:
        out.append(datafield(tag, "  ", (price_code, price_text)))
    return out


# ---------------------------------------------------------------- 101 languages


def read_languages(fields: list[MarcFieldData], ctx: Ctx) -> Partial:
    """101 $a (MARC21: 041 $a, several codes may be packed into one $a)."""
    codes: list[str] = []
    for raw in values(fields, "a"):
        for piece in split_language_codes(raw) if ctx.marc21 else [raw]:
            code = normalise_language(piece)
            if code is None:
                ctx.warn(
                    translate("Crosswalk", "Unknown language code {code} ignored.").format(
                        code=piece.strip()
                    )
                )
            elif code not in codes:
                codes.append(code)
    return {"languages": codes}


def write_languages(detail: RecordDetail, options) -> list[MarcFieldData]:
    codes = [c.strip().lower() for c in detail.record.languages if c.strip()]
    if not codes:
        return []
    tag = "041" if options.marc21 else "101"
    return [datafield(tag, "0 ", *[("a", c) for c in codes])]


# ---------------------------------------------------------------- 200 title


def read_title(fields: list[MarcFieldData], ctx: Ctx) -> Partial:
    if not fields:
        return {"title": "", "other_title": "", "responsibility": "", "part": ""}
    fld = fields[0]
    subs = fld.subfields or []
    responsibility = [squash(v) for c, v in subs if c in "fg" and v.strip()]
    pairs: list[tuple[str, str]] = []
    for code, value in subs:
        value = squash(value)
        if code == "h" and value:
            pairs.append((value, ""))
        elif code == "i" and value:
            if pairs and not pairs[-1][1]:
                pairs[-1] = (pairs[-1][0], value)
            else:
                pairs.append(("", value))
    title = squash(fld.get("a")).replace("\x1bH", NSB).replace("\x1bI", NSE)
    return {
        "title": title,
        "other_title": " : ".join(squash(v) for v in fld.all("e")),
        "responsibility": " ; ".join(responsibility),
        "part": format_part(pairs),
    }


def write_title(detail: RecordDetail, options) -> list[MarcFieldData]:
    record = detail.record
    pairs: list[tuple[str, str | None]] = [("a", record.title.strip())]
    pairs += [("e", p.strip()) for p in record.other_title.split(" : ") if p.strip()]
    for number, name in parse_part(record.part):
        pairs += [("h", number), ("i", name)]
    statements = [s.strip() for s in record.responsibility.split(" ; ") if s.strip()]
    pairs += [("f" if i == 0 else "g", s) for i, s in enumerate(statements)]
    return [datafield("200", "1 ", *pairs)]


# ---------------------------------------------------------------- 205 / 210 / 215 / 225


def read_publication(fields: list[MarcFieldData], ctx: Ctx) -> Partial:
    main = next((f for f in fields if f.has("a", "c", "d")), fields[0] if fields else None)
    if main is None:
        return {"place": "", "publisher": "", "year": None}
    return {
        "place": " ; ".join(squash(v) for v in main.all("a")),
        "publisher": " ; ".join(squash(v) for v in main.all("c")),
        "year": parse_year(" ".join(main.all("d"))),
    }


def write_publication(detail: RecordDetail, options) -> list[MarcFieldData]:
    record = detail.record
    pairs: list[tuple[str, str | None]] = []
    pairs += [("a", p.strip()) for p in record.place.split(" ; ") if p.strip()]
    pairs += [("c", p.strip()) for p in record.publisher.split(" ; ") if p.strip()]
    if record.year:
        pairs.append(("d", str(record.year)))
    return [datafield("210", "  ", *pairs)] if pairs else []


def read_extent(fields: list[MarcFieldData], ctx: Ctx) -> Partial:
    if not fields:
        return {"extent": ""}
    fld = fields[0]
    text = format_extent(*(squash(fld.get(code)) for code in "acde"))
    return {"extent": text}


def write_extent(detail: RecordDetail, options) -> list[MarcFieldData]:
    if not detail.record.extent.strip():
        return []
    a, c, d, e = parse_extent(detail.record.extent)
    return [datafield("215", "  ", ("a", a), ("c", c), ("d", d), ("e", e))]


def read_series(fields: list[MarcFieldData], ctx: Ctx) -> Partial:
    if not fields:
        return {"series": "", "series_number": ""}
    return {"series": squash(fields[0].get("a")), "series_number": squash(fields[0].get("v"))}


def write_series(detail: RecordDetail, options) -> list[MarcFieldData]:
    record = detail.record
    if not (record.series.strip() or record.series_number.strip()):
        return []
    return [
        datafield("225", "1 ", ("a", record.series.strip()), ("v", record.series_number.strip()))
    ]


# ---------------------------------------------------------------- 686 ББК and author sign


def is_rubbk(fld: MarcFieldData) -> bool:
    return fld.get("2").lower().startswith("rubbk")


def read_bbk(fields: list[MarcFieldData], ctx: Ctx) -> Partial:
    """686/084 with $2 rubbk… ($a index, $b author sign), then MARC-SQL 091 $a."""
    classed = [f for f in fields if f.tag in ("686", "084")]
    local = [f for f in fields if f.tag == "091"]
    bbk = next((squash(f.get("a")) for f in classed if f.get("a")), "")
    bbk = bbk or next((squash(f.get("a")) for f in local if f.get("a")), "")
    sign = next((squash(f.get("b")) for f in classed if f.get("b")), "")
    return {"bbk": bbk, "author_sign": sign}


def write_bbk(detail: RecordDetail, options) -> list[MarcFieldData]:
    record = detail.record
    bbk, sign = record.bbk.strip(), record.author_sign.strip()
    sign_here = options.author_sign_home() == "bbk"
    out = []
    for tag in options.bbk_tags:
        if tag == "091":
            if bbk:
                out.append(datafield("091", "  ", ("a", bbk)))
            continue
        b = sign if sign_here else ""
        sign_here = False  # the author sign goes into the first 686/084 only
        if bbk or b:
            out.append(datafield(tag, "  ", ("a", bbk), ("b", b), ("2", "rubbk")))
    return out


# ---------------------------------------------------------------- 700-702 persons, 71X bodies


def _person_name(fld: MarcFieldData) -> str:
    surname = squash(fld.get("a"))
    forenames = squash(fld.get("g")) or squash(fld.get("b")).lstrip(",").strip()
    return join_name(surname, forenames)


def read_persons(fields: list[MarcFieldData], ctx: Ctx) -> Partial:
    main: list[PersonData] = []
    others: list[PersonData] = []
    for fld in fields:
        name = _person_name(fld)
        if not name:
            continue
        dates = squash(fld.get("f"))
        if fld.tag == "700":
            target, role = main, PersonRole.AUTHOR
        elif fld.tag == "701":
            target, role = others, PersonRole.COAUTHOR
        else:
            target, role = others, PersonRole.OTHER
            code = fld.get("4")
            if code in ROLE_CODES:
                role = ROLE_CODES[code]
            elif code and code not in OTHER_CODES:
                warn_role(ctx, code, name)
        target.append(PersonData(name=name, role=role, dates=dates))
    if len(main) > 1:  # 700 is not repeatable: extra main entries become co-authors
        others = [PersonData(p.name, PersonRole.COAUTHOR, p.dates) for p in main[1:]] + others
    return {"persons": main[:1] + others}


def ordered_persons(persons: list[PersonData]) -> list[tuple[bool, PersonData]]:
    """(is main entry, person): the first author is the main entry and comes first."""
    persons = [p for p in persons if p.name.strip()]
    main = next((p for p in persons if p.role is PersonRole.AUTHOR), None)
    rest = [p for p in persons if p is not main]
    return ([(True, main)] if main else []) + [(False, p) for p in rest]


def write_persons(detail: RecordDetail, options) -> list[MarcFieldData]:
    out = []
    for is_main, person in ordered_persons(detail.record.persons):
        if is_main:
            tag = "700"
        elif person.role in (PersonRole.AUTHOR, PersonRole.COAUTHOR):
            tag = "701"
        else:
            tag = "702"
        surname, forenames = split_name(person.name.strip())
        if forenames and looks_like_initials(forenames):
            b, g = forenames, ""
        elif forenames:
            b, g = initials_of(forenames), forenames
        else:
            b = g = ""
        out.append(
            datafield(
                tag,
                " 1" if forenames else " 0",
                ("a", surname),
                ("b", b),
                ("g", g),
                ("f", person.dates.strip()),
                ("4", ROLE_TO_CODE[person.role]),
            )
        )
    return sorted(out, key=lambda f: f.tag)


def read_corporate(fields: list[MarcFieldData], ctx: Ctx) -> Partial:
    for fld in fields:
        parts = [squash(fld.get("a")), *(squash(v) for v in fld.all("b"))]
        name = ". ".join(p for p in parts if p)
        if name:
            return {"corporate_body": name}
    return {"corporate_body": ""}


def write_corporate(detail: RecordDetail, options) -> list[MarcFieldData]:
    name = detail.record.corporate_body.strip()
    if not name:
        return []
    has_main = any(is_main for is_main, _ in ordered_persons(detail.record.persons))
    return [datafield("712" if has_main else "710", "02", ("a", name))]
