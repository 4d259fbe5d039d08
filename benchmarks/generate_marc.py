"""Realistic MARC21 and RUSMARC ISO 2709 files of N records, written directly with pymarc.

Usage: python benchmarks/generate_marc.py OUT --records 10000 [--flavour marc21|rusmarc]
       [--seed 2026]

The books come from the demo vocabulary of ``shkola_lib.catalog.demo`` (Kazakh and
Russian titles, authors, publishers, ББК, school subjects, locations); titles and authors
have a long tail, as in a real fund (``shkola_lib.catalog.demo_names``: the classics
often, thousands of other titles and names rarely). The records are shaped the way
other library systems write them and our crosswalk reads them:

* MARC21 (UTF-8, leader/09 ``a``): 001, 005, 008, 020 (ISBN, price), 041, 084 (ББК,
  ``$2 rubbk``), 100, 245, 250, 260, 300, 490, 500, 521 (textbooks), 650, 700, one
  852 per copy (``$b`` location, ``$h`` ББК, ``$i`` author sign, ``$p`` inventory
  number), 876 with the barcode of some copies, and for textbooks a MARC-SQL 990
  (``$h`` КСУ entry, ``$j`` quantity) of counted stock.
* RUSMARC (UTF-8, declared ``50`` in 100 $a/26-29): 001, 005, 010, 100, 101, 200, 205,
  210, 215, 225, 300, 333 (textbooks), 606, 686 (ББК and author sign), 700/701, one 899
  per copy (``$c`` location, ``$j`` shelf mark, ``$p`` inventory number, or ``$p``
  barcode and ``$x`` inventory number), and 990 for textbooks.

Every record has its own ISBN (978-601-…, then 978-5-… past a million), so an import
into an empty catalog adds every record; ~65 % are books with 1–4 inventoried copies,
the rest textbooks with counted stock. The same ``--seed`` gives the same file.
Prints one JSON object (records, copies, stock lots, bytes, seconds).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pymarc
from pymarc import Field, Indicators, Subfield

from shkola_lib.catalog.demo import (
    BBK_FICTION_KK,
    BBK_FICTION_RU,
    BBK_OTHER,
    KAZAKH_AUTHORS,
    KAZAKH_TITLES,
    LOCATIONS,
    PUBLISHERS,
    RUSSIAN_AUTHORS,
    RUSSIAN_TITLES,
    SUBTITLES_KK,
    SUBTITLES_RU,
    TEXTBOOK_PUBLISHERS,
    TEXTBOOK_SUBJECTS,
    _author_sign,
)
from shkola_lib.catalog.demo_names import pick_author, pick_title

FLAVOURS = ("marc21", "rusmarc")
SERIES_KK = ["Мектеп кітапханасы", "Балалар әдебиеті", "Қазақ классикасы"]
SERIES_RU = ["Школьная библиотека", "Библиотека классики", "Детская литература"]
NOTES_KK = ["Мазмұны: әңгімелер мен повестер", "Орта жастағы балаларға арналған"]
NOTES_RU = ["Для среднего школьного возраста", "Содержание: повести и рассказы"]
RELATORS = {"editor": ("edt", "340"), "translator": ("trl", "730"), "illustrator": ("ill", "440")}
TODAY = date(2026, 11, 1)


@dataclass
class Book:
    """The values of one generated record, independent of the MARC flavour."""

    number: int
    kazakh: bool
    textbook: bool
    title: str
    other_title: str
    author: str
    second: tuple[str, str] | None  # (name, role)
    isbn: str
    price: str
    place: str
    publisher: str
    year: int
    extent: str
    bbk: str
    sign: str
    topic: str
    part: str
    edition: str
    series: str
    note: str
    grade: int
    school_subject: str
    entered: date
    copies: list[tuple[str, str, str]] = field(default_factory=list)  # inv, barcode, location
    stock: tuple[str, int] | None = None  # (КСУ entry, quantity)

    @property
    def lang(self) -> str:
        return "kaz" if self.kazakh else "rus"


def isbn13(n: int) -> str:
    """A valid, distinct ISBN-13 for record number ``n`` (a permutation of the block)."""
    if n < 1_000_000:
        body = "978601" + f"{(n * 7919 + 104_729) % 1_000_000:06d}"
    else:
        body = "9785" + f"{(n * 7919 + 104_729) % 100_000_000:08d}"
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def make_book(n: int, rng: random.Random, counters: dict[str, int]) -> Book:
    textbook = rng.random() < 0.35
    kazakh = rng.random() < 0.6
    place, publisher = rng.choice(TEXTBOOK_PUBLISHERS if textbook else PUBLISHERS)
    year = rng.randrange(2012, 2027) if textbook else rng.randrange(1965, 2027)
    author = pick_author(rng, kazakh, KAZAKH_AUTHORS if kazakh else RUSSIAN_AUTHORS)
    grade, school_subject, topic, part = 0, "", "", ""
    if textbook:
        subj_kk, subj_ru, (lo, hi) = rng.choice(TEXTBOOK_SUBJECTS)
        grade = rng.randrange(lo, hi + 1)
        title = school_subject = subj_kk if kazakh else subj_ru
        other = f"{grade} сыныпқа арналған оқулық" if kazakh else f"учебник для {grade} класса"
        bbk, sign = "74.26", _author_sign(title, rng)
    else:
        title = pick_title(rng, kazakh, KAZAKH_TITLES if kazakh else RUSSIAN_TITLES)
        other = rng.choice(SUBTITLES_KK if kazakh else SUBTITLES_RU)
        if rng.random() < 0.5:
            bbk = BBK_FICTION_KK if kazakh else BBK_FICTION_RU
        else:
            bbk, topic_kk, topic_ru = rng.choice(BBK_OTHER)
            topic = topic_kk if kazakh else topic_ru
        sign = _author_sign(author, rng)
        if rng.random() < 0.2:
            part = str(rng.randrange(1, 5))
    second = None
    if rng.random() < 0.15:
        second = (
            pick_author(rng, kazakh, KAZAKH_AUTHORS if kazakh else RUSSIAN_AUTHORS),
            rng.choice(["editor", "translator", "illustrator"]),
        )
    entered = TODAY - timedelta(days=rng.randrange(0, 900))
    book = Book(
        number=n,
        kazakh=kazakh,
        textbook=textbook,
        title=title,
        other_title=other,
        author=author,
        second=second,
        isbn=isbn13(n),
        price=f"{rng.randrange(800, 6000)}.00",
        place=place,
        publisher=publisher,
        year=year,
        extent=f"{rng.randrange(48, 640)} {'б' if kazakh else 'с'}.",
        bbk=bbk,
        sign=sign,
        topic=topic,
        part=part,
        edition=("2-басылым" if kazakh else "2-е изд.") if rng.random() < 0.1 else "",
        series=rng.choice(SERIES_KK if kazakh else SERIES_RU) if rng.random() < 0.15 else "",
        note=rng.choice(NOTES_KK if kazakh else NOTES_RU) if rng.random() < 0.1 else "",
        grade=grade,
        school_subject=school_subject,
        entered=entered,
    )
    if textbook:
        counters["ksu"] += 1
        book.stock = (f"{counters['ksu']}/{entered.year}", rng.randrange(10, 31))
    else:
        for _ in range(rng.choice((1, 1, 1, 2, 2, 3, 4))):
            counters["inv"] += 1
            inv = str(counters["inv"])
            barcode = f"2000{counters['inv']:08d}" if rng.random() < 0.3 else ""
            book.copies.append((inv, barcode, rng.choice(LOCATIONS)))
    return book


def _df(tag: str, ind: str, *pairs: tuple[str, str]) -> Field:
    subfields = [Subfield(code, value) for code, value in pairs if value]
    return Field(tag=tag, indicators=Indicators(ind[0], ind[1]), subfields=subfields)


def _split_name(name: str) -> tuple[str, str, str]:
    """ "Толстой, Лев Николаевич" → ("Толстой", "Л. Н.", "Лев Николаевич")."""
    surname, _, given = (part.strip() for part in name.partition(","))
    initials = " ".join(f"{word[0]}." for word in given.split())
    return surname, initials, given


def marc21_record(b: Book) -> pymarc.Record:
    rec = pymarc.Record(force_utf8=True, leader="00000nam a2200000 i 4500")
    ctrl = f"{b.entered:%y%m%d}s{b.year}    xx {'    j' if b.textbook else ''}"
    ctrl = ctrl.ljust(24) + f"     000 0 {b.lang} d"
    rec.add_field(
        Field(tag="001", data=f"SLB{b.number}"),
        Field(tag="005", data=f"{b.entered:%Y%m%d}093000.0"),
        Field(tag="008", data=ctrl),
        _df("020", "  ", ("a", b.isbn), ("c", b.price)),
        _df("041", "0 ", ("a", b.lang)),
        _df("084", "  ", ("a", b.bbk), ("2", "rubbk")),
        _df("100", "1 ", ("a", b.author)),
    )
    title = [("a", b.title + (" :" if b.other_title else ""))]
    if b.other_title:
        title.append(("b", b.other_title))
    if b.part:
        title[-1] = (title[-1][0], title[-1][1] + ".")
        title.append(("n", f"{b.part}-{'том' if b.kazakh else 'й том'}"))
    rec.add_field(_df("245", "10", *title))
    if b.edition:
        rec.add_field(_df("250", "  ", ("a", b.edition)))
    rec.add_field(
        _df("260", "  ", ("a", f"{b.place} :"), ("b", f"{b.publisher},"), ("c", str(b.year))),
        _df("300", "  ", ("a", b.extent)),
    )
    if b.series:
        rec.add_field(_df("490", "0 ", ("a", b.series)))
    if b.note:
        rec.add_field(_df("500", "  ", ("a", b.note)))
    if b.textbook:
        lang_note = "Оқыту тілі" if b.kazakh else "Язык обучения"
        rec.add_field(
            _df("521", "8 ", ("a", f"{b.grade} {'сынып' if b.kazakh else 'класс'}")),
            _df("521", "8 ", ("a", f"{'Пән' if b.kazakh else 'Предмет'}: {b.school_subject}")),
            _df("521", "8 ", ("a", f"{lang_note}: {b.lang}")),
        )
    if b.topic:
        rec.add_field(_df("650", " 4", ("a", b.topic)))
    if b.second:
        name, role = b.second
        rec.add_field(_df("700", "1 ", ("a", name), ("4", RELATORS[role][0])))
    if b.copies:
        for inv, _barcode, location in b.copies:
            rec.add_field(
                _df("852", "  ", ("b", location), ("h", b.bbk), ("i", b.sign), ("p", inv))
            )
        for inv, barcode, _location in b.copies:
            if barcode:
                rec.add_field(_df("876", "  ", ("a", inv), ("p", barcode)))
    else:
        rec.add_field(_df("852", "  ", ("h", b.bbk), ("i", b.sign)))
    if b.stock:
        rec.add_field(_df("990", "  ", ("h", b.stock[0]), ("j", str(b.stock[1]))))
    return rec


def rusmarc_record(b: Book) -> pymarc.Record:
    rec = pymarc.Record(to_unicode=False, force_utf8=True)
    rec.leader = pymarc.Leader("00000nam  2200000   450 ")  # as RUSMARC writes it, UTF-8 in 100
    general = f"{b.entered:%Y%m%d}d{b.year}    u  y0{b.lang}y50      ca"
    rec.add_field(
        Field(tag="001", data=f"SLB{b.number}"),
        Field(tag="005", data=f"{b.entered:%Y%m%d}093000.0"),
        _df("010", "  ", ("a", b.isbn), ("d", b.price)),
        _df("100", "  ", ("a", general)),
        _df("101", "0 ", ("a", b.lang)),
    )
    title = [("a", b.title), ("e", b.other_title)]
    if b.part:
        title.append(("h", f"{b.part}-{'том' if b.kazakh else 'й том'}"))
    surname, initials, given = _split_name(b.author)
    title.append(("f", f"{given} {surname}".strip()))
    rec.add_field(_df("200", "1 ", *title))
    if b.edition:
        rec.add_field(_df("205", "  ", ("a", b.edition)))
    rec.add_field(
        _df("210", "  ", ("a", b.place), ("c", b.publisher), ("d", str(b.year))),
        _df("215", "  ", ("a", b.extent)),
    )
    if b.series:
        rec.add_field(_df("225", "1 ", ("a", b.series)))
    if b.note:
        rec.add_field(_df("300", "  ", ("a", b.note)))
    if b.textbook:
        lang_note = "Оқыту тілі" if b.kazakh else "Язык обучения"
        rec.add_field(
            _df("333", "  ", ("a", f"{b.grade} {'сынып' if b.kazakh else 'класс'}")),
            _df("333", "  ", ("a", f"{'Пән' if b.kazakh else 'Предмет'}: {b.school_subject}")),
            _df("333", "  ", ("a", f"{lang_note}: {b.lang}")),
        )
    if b.topic:
        rec.add_field(_df("606", "0 ", ("a", b.topic)))
    rec.add_field(
        _df("686", "  ", ("a", b.bbk), ("b", b.sign), ("2", "rubbk")),
        _df("700", " 1", ("a", surname), ("b", initials), ("g", given), ("4", "070")),
    )
    if b.second:
        name, role = b.second
        s2, i2, g2 = _split_name(name)
        rec.add_field(_df("701", " 1", ("a", s2), ("b", i2), ("g", g2), ("4", RELATORS[role][1])))
    shelf = f"{b.bbk}/{b.sign}"
    for inv, barcode, location in b.copies:
        if barcode:
            pairs = (("c", location), ("j", shelf), ("p", barcode), ("x", inv))
        else:
            pairs = (("c", location), ("j", shelf), ("p", inv))
        rec.add_field(_df("899", "  ", *pairs))
    if b.stock:
        rec.add_field(_df("990", "  ", ("h", b.stock[0]), ("j", str(b.stock[1]))))
    return rec


@dataclass
class Generated:
    path: Path
    flavour: str
    records: int = 0
    copies: int = 0
    stock_lots: int = 0
    bytes: int = 0
    seconds: float = 0.0

    def as_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "flavour": self.flavour,
            "records": self.records,
            "copies": self.copies,
            "stock_lots": self.stock_lots,
            "bytes": self.bytes,
            "seconds": round(self.seconds, 2),
        }


def books(count: int, seed: int = 2026):
    """The same ``count`` books for any flavour (a generator)."""
    rng = random.Random(seed)
    counters = {"inv": 1000, "ksu": 0}
    for n in range(1, count + 1):
        yield make_book(n, rng, counters)


def generate(path: Path, count: int, flavour: str = "marc21", seed: int = 2026) -> Generated:
    """Write ``count`` records of ``flavour`` to ``path`` (ISO 2709, UTF-8)."""
    if flavour not in FLAVOURS:
        raise ValueError(f"flavour must be one of {FLAVOURS}")
    build = marc21_record if flavour == "marc21" else rusmarc_record
    out = Generated(Path(path), flavour)
    start = time.perf_counter()
    with open(path, "wb") as fh:
        chunk: list[bytes] = []
        for book in books(count, seed):
            chunk.append(build(book).as_marc())
            out.records += 1
            out.copies += len(book.copies)
            out.stock_lots += book.stock is not None
            if len(chunk) >= 1000:
                fh.write(b"".join(chunk))
                chunk.clear()
        fh.write(b"".join(chunk))
    out.bytes = Path(path).stat().st_size
    out.seconds = time.perf_counter() - start
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--flavour", choices=FLAVOURS, default="marc21")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    print(json.dumps(generate(args.out, args.records, args.flavour, args.seed).as_json()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
