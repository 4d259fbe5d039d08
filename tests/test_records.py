"""Records: create/read round trip, validation, update, soft delete, duplicate detection."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date

import pytest
from sqlalchemy import text

from shkola_lib.catalog.data import (
    PersonData,
    RecordData,
    StockData,
    SubjectData,
)
from shkola_lib.catalog.holdings import SeriesRequest
from shkola_lib.catalog.records import RecordNotFound
from shkola_lib.catalog.service import CatalogService
from shkola_lib.catalog.text import sort_key
from shkola_lib.catalog.validation import ValidationError
from shkola_lib.models import MaterialType, PersonRole, SubjectKind


def full_record() -> RecordData:
    """A record with every field of RecordData filled in."""
    return RecordData(
        material_type=MaterialType.TEXTBOOK,
        title="Қазақстан тарихы",
        other_title="жалпы білім беретін мектептің 9-сыныбына арналған оқулық",
        responsibility="Б. Ғ. Аяған, Ж. Қ. Қасымбаев",
        part="1-бөлім",
        corporate_body="ҚР Білім және ғылым министрлігі",
        persons=[
            PersonData("Аяған, Бүркітбай Ғелманұлы", PersonRole.AUTHOR, "1952-"),
            PersonData("Қасымбаев, Жанұзақ", PersonRole.COAUTHOR, "1941-2011"),
            PersonData("Жүсіпов, Ерлан", PersonRole.EDITOR),
            PersonData("Петрова, Анна", PersonRole.TRANSLATOR),
            PersonData("Серікова, Дана", PersonRole.ILLUSTRATOR),
        ],
        isbns=["978-601-7151-13-3", "5-17-090823-7"],
        edition="3-басылым",
        place="Алматы",
        publisher="Мектеп",
        year=2019,
        extent="256 б.",
        series="Оқулық",
        series_number="9",
        languages=["kaz", "rus"],
        bbk="63.3(5Каз)я72",
        udc="94(574)(075.3)",
        author_sign="А98",
        subjects=[
            SubjectData(
                "Қазақстан -- тарих",
                SubjectKind.SUBJECT,
                [("geographic", "Жетісу"), ("chronological", "XIX ғасыр")],
            ),
            SubjectData("Оқулықтар"),
        ],
        keywords=["тарих", "хандық", "Абылай хан"],
        annotation="Оқулықта Қазақстанның XIX ғасырдағы тарихы баяндалады.",
        notes="Дар от акимата.",
        grades=["9", "10"],
        school_subject="Қазақстан тарихы",
        instruction_language="kaz",
    )


def _comparable(data: RecordData) -> dict[str, object]:
    values = asdict(data)
    for key in ("id", "created_at", "updated_at"):
        values.pop(key)
    return values


def test_create_and_get_round_trip_of_every_field(catalog: CatalogService) -> None:
    data = full_record()
    record_id = catalog.create_record(data)
    got = catalog.get_record(record_id)

    assert got.id == record_id
    assert got.created_at is not None and got.updated_at is not None
    # ISBNs are stored normalised; everything else exactly as entered.
    expected = replace(data, isbns=["9786017151133", "5170908237"])
    assert _comparable(got) == _comparable(expected)
    assert [(p.name, p.role, p.dates) for p in got.persons] == [
        ("Аяған, Бүркітбай Ғелманұлы", PersonRole.AUTHOR, "1952-"),
        ("Қасымбаев, Жанұзақ", PersonRole.COAUTHOR, "1941-2011"),
        ("Жүсіпов, Ерлан", PersonRole.EDITOR, ""),
        ("Петрова, Анна", PersonRole.TRANSLATOR, ""),
        ("Серікова, Дана", PersonRole.ILLUSTRATOR, ""),
    ]
    assert got.subjects[0].subdivisions == [
        ("geographic", "Жетісу"),
        ("chronological", "XIX ғасыр"),
    ]
    assert got.keywords == ["тарих", "хандық", "Абылай хан"]
    assert got.languages == ["kaz", "rus"]
    assert got.grades == ["9", "10"]
    assert got.first_author == "Аяған, Бүркітбай Ғелманұлы"


def test_get_detail_has_record_and_holdings(catalog: CatalogService) -> None:
    record_id, numbers = catalog.create_record_with_holdings(
        full_record(),
        stock=StockData(quantity=25, ksu_entry="3/2026", academic_year="2026-2027"),
    )
    assert numbers == []
    detail = catalog.get_detail(record_id)
    assert detail.record.title == "Қазақстан тарихы"
    assert detail.copies == []
    assert [(s.quantity, s.ksu_entry, s.academic_year) for s in detail.stock] == [
        (25, "3/2026", "2026-2027")
    ]
    assert detail.stock_remaining == 25


def test_create_with_copy_series(catalog: CatalogService) -> None:
    record_id, numbers = catalog.create_record_with_holdings(
        RecordData(title="Абай жолы"), series=SeriesRequest(count=3, ksu_entry="1/2026")
    )
    assert numbers == ["1", "2", "3"]
    detail = catalog.get_detail(record_id)
    assert [c.inventory_number for c in detail.copies] == numbers
    assert detail.copies_available == 3


def test_whitespace_is_tidied(catalog: CatalogService) -> None:
    record_id = catalog.create_record(
        RecordData(
            title="  Абай   жолы ",
            publisher=" Жазушы\t",
            languages=["kaz", "rus"],
            persons=[PersonData("  Әуезов,   Мұхтар ")],
            keywords=["", "  роман  "],
        )
    )
    got = catalog.get_record(record_id)
    assert got.title == "Абай жолы"
    assert got.publisher == "Жазушы"
    assert got.languages == ["kaz", "rus"]
    assert [p.name for p in got.persons] == ["Әуезов, Мұхтар"]
    assert got.keywords == ["роман"]


def test_duplicate_isbns_in_one_record_are_stored_once(catalog: CatalogService) -> None:
    record_id = catalog.create_record(
        RecordData(title="Абай жолы", isbns=["978-601-7151-13-3", "9786017151133", ""])
    )
    assert catalog.get_record(record_id).isbns == ["9786017151133"]


def test_get_missing_record_raises(catalog: CatalogService) -> None:
    with pytest.raises(RecordNotFound) as info:
        catalog.get_record(4242)
    assert info.value.record_id == 4242


# --- validation ----------------------------------------------------------------------


def _fields(exc: ValidationError) -> list[str]:
    return [e.field for e in exc.errors]


@pytest.mark.parametrize("title", ["", "   ", "\t\n"])
def test_empty_title_is_refused(catalog: CatalogService, title: str) -> None:
    with pytest.raises(ValidationError) as info:
        catalog.create_record(RecordData(title=title))
    assert _fields(info.value) == ["title"]
    assert catalog.counts().records == 0


def test_badly_shaped_isbn_is_refused_with_its_index(catalog: CatalogService) -> None:
    with pytest.raises(ValidationError) as info:
        catalog.create_record(RecordData(title="Абай жолы", isbns=["978-601-71", "12345"]))
    assert _fields(info.value) == ["isbns.0", "isbns.1"]
    assert catalog.counts().records == 0


def test_isbn_with_wrong_check_digit_is_refused(catalog: CatalogService) -> None:
    with pytest.raises(ValidationError) as info:
        catalog.create_record(
            RecordData(title="Абай жолы", isbns=["978-601-7151-13-9", "9785170908233"])
        )
    assert _fields(info.value) == ["isbns.0"]
    assert "3" in info.value.errors[0].message
    assert catalog.counts().records == 0


@pytest.mark.parametrize("year", [1499, 0, -5, date.today().year + 2, 20190])
def test_year_out_of_range_is_refused(catalog: CatalogService, year: int) -> None:
    with pytest.raises(ValidationError) as info:
        catalog.create_record(RecordData(title="Абай жолы", year=year))
    assert _fields(info.value) == ["year"]


@pytest.mark.parametrize("year", [1500, 1965, date.today().year + 1, None])
def test_year_in_range_is_accepted(catalog: CatalogService, year: int | None) -> None:
    record_id = catalog.create_record(RecordData(title="Абай жолы", year=year))
    assert catalog.get_record(record_id).year == year


def test_textbook_without_grade_is_refused(catalog: CatalogService) -> None:
    with pytest.raises(ValidationError) as info:
        catalog.create_record(RecordData(title="Алгебра", material_type=MaterialType.TEXTBOOK))
    assert _fields(info.value) == ["grades"]
    record_id = catalog.create_record(
        RecordData(title="Алгебра", material_type=MaterialType.TEXTBOOK, grades=["7"])
    )
    assert catalog.get_record(record_id).grades == ["7"]


def test_other_field_checks(catalog: CatalogService) -> None:
    with pytest.raises(ValidationError) as info:
        catalog.create_record(
            RecordData(
                title="Абай жолы",
                languages=["kazakh"],
                grades=["13"],
                persons=[PersonData("Әуезов, Мұхтар"), PersonData("  ")],
            )
        )
    assert _fields(info.value) == ["languages", "grades", "persons.1"]


def test_several_errors_are_reported_together(catalog: CatalogService) -> None:
    with pytest.raises(ValidationError) as info:
        catalog.create_record(
            RecordData(title="", material_type=MaterialType.TEXTBOOK, year=1000, isbns=["1"])
        )
    assert sorted(_fields(info.value)) == ["grades", "isbns.0", "title", "year"]


# --- update, delete, restore ---------------------------------------------------------


def test_update_replaces_persons_and_reindexes(catalog: CatalogService) -> None:
    record_id = catalog.create_record(
        RecordData(
            title="Абай жолы",
            persons=[PersonData("Әуезов, Мұхтар"), PersonData("Иванов, Пётр", PersonRole.EDITOR)],
            keywords=["роман"],
        )
    )
    data = catalog.get_record(record_id)
    data.persons = [PersonData("Мұқанов, Сәбит", PersonRole.COAUTHOR)]
    data.keywords = []
    catalog.update_record(data)

    got = catalog.get_record(record_id)
    assert [(p.name, p.role) for p in got.persons] == [("Мұқанов, Сәбит", PersonRole.COAUTHOR)]
    assert got.keywords == []
    with catalog.db.session() as s:
        rows = s.execute(
            text("SELECT count(*) FROM record_persons WHERE record_id = :r"), {"r": record_id}
        ).scalar()
        assert rows == 1  # the old persons are gone, not orphaned
        author_sort = s.execute(
            text("SELECT author_sort FROM records WHERE id = :r"), {"r": record_id}
        ).scalar()
    assert author_sort == sort_key("Мұқанов, Сәбит")  # the new first author
    assert list(catalog.search("Мұқанов").record_ids) == [record_id]
    assert len(catalog.search("Әуезов")) == 0
    assert len(catalog.search("Иванов")) == 0


def test_update_validates(catalog: CatalogService) -> None:
    record_id = catalog.create_record(RecordData(title="Абай жолы"))
    data = catalog.get_record(record_id)
    data.title = " "
    with pytest.raises(ValidationError):
        catalog.update_record(data)
    assert catalog.get_record(record_id).title == "Абай жолы"


def test_update_without_id_is_an_error(catalog: CatalogService) -> None:
    with pytest.raises(ValueError):
        catalog.update_record(RecordData(title="Абай жолы"))


def test_delete_is_soft_and_restore_brings_it_back(catalog: CatalogService) -> None:
    keep = catalog.create_record(RecordData(title="Война и мир"))
    gone, _ = catalog.create_record_with_holdings(
        RecordData(title="Абай жолы", material_type=MaterialType.BOOK),
        series=SeriesRequest(count=2),
    )
    assert catalog.counts().records == 2
    assert catalog.counts().copies == 2

    assert catalog.delete_records([gone, 9999]) == 1
    assert catalog.delete_records([gone]) == 0  # already deleted
    counts = catalog.counts()
    assert (counts.records, counts.copies, counts.copies_available) == (1, 0, 0)
    assert len(catalog.search("Абай")) == 0
    assert list(catalog.search("").record_ids) == [keep]
    assert catalog.find_copy("1") is None
    # Still there, recoverable.
    assert catalog.get_record(gone).title == "Абай жолы"
    assert len(catalog.get_detail(gone).copies) == 2

    assert catalog.restore_records([gone]) == 1
    assert catalog.restore_records([gone]) == 0
    counts = catalog.counts()
    assert (counts.records, counts.copies) == (2, 2)
    assert list(catalog.search("Абай").record_ids) == [gone]
    hit = catalog.find_copy("1")
    assert hit is not None and hit.record_id == gone


# --- duplicates ----------------------------------------------------------------------


def test_duplicate_by_isbn13_against_isbn10(catalog: CatalogService) -> None:
    stored13 = catalog.create_record(RecordData(title="Тихий Дон", isbns=["9785170908233"]))
    stored10 = catalog.create_record(RecordData(title="Абай жолы", isbns=["601-7151-13-4"]))

    matches = catalog.find_duplicates(RecordData(title="Другое", isbns=["5-17-090823-7"]))
    assert [(m.record_id, m.reason) for m in matches] == [(stored13, "isbn")]
    assert matches[0].title == "Тихий Дон"

    matches = catalog.find_duplicates(RecordData(title="X", isbns=["978-601-7151-13-3"]))
    assert [(m.record_id, m.reason) for m in matches] == [(stored10, "isbn")]


def test_duplicate_by_title_author_year_ignores_case(catalog: CatalogService) -> None:
    stored = catalog.create_record(
        RecordData(
            title="ҚАЗАҚ ертегілері",
            persons=[PersonData("Әуезов, Мұхтар")],
            year=1990,
        )
    )
    probe = RecordData(title="қазақ ЕРТЕГІЛЕРІ", persons=[PersonData("ӘУЕЗОВ, МҰХТАР")], year=1990)
    matches = catalog.find_duplicates(probe)
    assert [(m.record_id, m.reason, m.year) for m in matches] == [
        (stored, "title_author_year", 1990)
    ]
    # ё/е and punctuation do not matter either.
    catalog.create_record(RecordData(title="Ёжик в тумане", year=2001))
    assert len(catalog.find_duplicates(RecordData(title="Ежик в тумане!", year=2001))) == 1

    # Another year, another author, or the record itself: no match.
    assert catalog.find_duplicates(replace(probe, year=1991)) == []
    assert catalog.find_duplicates(replace(probe, persons=[PersonData("Мұқанов, Сәбит")])) == []
    assert catalog.find_duplicates(replace(catalog.get_record(stored))) == []


def test_deleted_records_are_not_duplicates(catalog: CatalogService) -> None:
    stored = catalog.create_record(
        RecordData(title="Абай жолы", isbns=["9786017151133"], year=1990)
    )
    catalog.delete_records([stored])
    assert catalog.find_duplicates(RecordData(title="Абай жолы", year=1990)) == []
    assert catalog.find_duplicates(RecordData(title="x", isbns=["9786017151133"])) == []


def test_isbn_match_is_reported_once(catalog: CatalogService) -> None:
    stored = catalog.create_record(
        RecordData(title="Абай жолы", isbns=["9786017151133"], year=1990)
    )
    matches = catalog.find_duplicates(
        RecordData(title="Абай жолы", isbns=["9786017151133"], year=1990)
    )
    assert [(m.record_id, m.reason) for m in matches] == [(stored, "isbn")]
