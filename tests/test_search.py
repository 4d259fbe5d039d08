"""One-box search: folding, prefixes, codes, ISBNs, sorting, filters, index upkeep."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import text

from shkola_lib.catalog import search as search_module
from shkola_lib.catalog.data import CopyData, PersonData, RecordData, StockData, SubjectData
from shkola_lib.catalog.holdings import SeriesRequest
from shkola_lib.catalog.search import SearchFilters, SortKey, fts_query
from shkola_lib.catalog.service import CatalogService
from shkola_lib.catalog.text import sort_key
from shkola_lib.models import MaterialType, PersonRole


@dataclass
class Shelf:
    catalog: CatalogService
    kazakh: int  # Қазақ ертегілері
    war: int  # Война и мир
    artem: int  # Артём и звёзды (textbook)
    artem_plain: int  # Приключения Артема
    abai: int  # Абай жолы

    def ids(self, query: str, **kwargs: object) -> list[int]:
        return list(self.catalog.search(query, **kwargs).record_ids)  # type: ignore[arg-type]


@pytest.fixture
def shelf(catalog: CatalogService) -> Shelf:
    kazakh, _ = catalog.create_record_with_holdings(
        RecordData(
            title="Қазақ ертегілері",
            persons=[PersonData("Әуезов, Мұхтар"), PersonData("Иванова, Ольга", PersonRole.EDITOR)],
            isbns=["978-601-7151-13-3"],
            place="Алматы",
            publisher="Атамұра",
            year=1995,
            bbk="84(5Каз)",
            author_sign="Қ19",
            subjects=[SubjectData("Фольклор")],
            keywords=["ертегі"],
            languages=["kaz"],
        ),
        series=SeriesRequest(count=2, first_number="5001"),
    )
    catalog.add_copy(kazakh, CopyData(inventory_number="Б-77", barcode="KZ0000777"))
    war, _ = catalog.create_record_with_holdings(
        RecordData(
            title="Война и мир",
            persons=[PersonData("Толстой, Лев Николаевич")],
            isbns=["5-17-090823-7"],
            place="Москва",
            publisher="Эксмо",
            year=1980,
            bbk="84(2Рос=Рус)1",
            subjects=[SubjectData("Русская литература")],
            languages=["rus"],
        ),
        series=SeriesRequest(count=1, first_number="6001"),
    )
    artem, _ = catalog.create_record_with_holdings(
        RecordData(
            title="Артём и звёзды",
            material_type=MaterialType.TEXTBOOK,
            grades=["5"],
            persons=[PersonData("Фёдоров, Артем Ильич")],
            publisher="Просвещение",
            year=2010,
            bbk="22.6",
            school_subject="Естествознание",
        ),
        stock=StockData(quantity=20, ksu_entry="1/2026"),
    )
    artem_plain = catalog.create_record(
        RecordData(
            title="Приключения Артема",
            persons=[PersonData("Бианки, Виталий")],
            publisher="Детская литература",
            year=2001,
        )
    )
    abai = catalog.create_record(
        RecordData(
            title="Абай жолы",
            persons=[PersonData("Мұхтар, Әуезов")],
            publisher="Жазушы",
            year=1965,
            bbk="84(5Каз)",
        )
    )
    return Shelf(catalog, kazakh, war, artem, artem_plain, abai)


# --- folding -------------------------------------------------------------------------


def test_kazakh_upper_and_lower_case_find_the_same(shelf: Shelf) -> None:
    upper = shelf.ids("ҚАЗАҚ")
    assert upper == [shelf.kazakh]
    assert shelf.ids("қазақ") == upper
    assert shelf.ids("Қазақ ЕРТЕГІЛЕРІ") == upper


def test_yo_and_ye_find_each_other(shelf: Shelf) -> None:
    both = {shelf.artem, shelf.artem_plain}
    assert set(shelf.ids("Артём")) == both
    assert set(shelf.ids("Артем")) == both
    assert set(shelf.ids("артем")) == both
    assert shelf.ids("звезды") == [shelf.artem]
    assert shelf.ids("Федоров") == [shelf.artem]


def test_word_prefix(shelf: Shelf) -> None:
    assert shelf.ids("қаз") == [shelf.kazakh]
    assert shelf.ids("ерте") == [shelf.kazakh]
    assert shelf.ids("Вой ми") == [shelf.war]
    assert shelf.ids("азақ") == []  # not a substring search


def test_all_words_must_match(shelf: Shelf) -> None:
    assert set(shelf.ids("Әуезов")) == {shelf.kazakh, shelf.abai}
    assert shelf.ids("Әуезов ертегілері") == [shelf.kazakh]
    assert shelf.ids("Әуезов Толстой") == []


def test_latin_lookalike_in_query_is_repaired(shelf: Shelf) -> None:
    assert shelf.ids("ертегiлерi") == [shelf.kazakh]  # Latin i
    assert shelf.ids("Вoйна") == [shelf.war]  # Latin o


# --- fields --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    ["978-601-7151-13-3", "9786017151133", "978 601 7151 13 3", "601-7151-13-4", "6017151134"],
)
def test_isbn_in_any_form(shelf: Shelf, query: str) -> None:
    assert shelf.ids(query) == [shelf.kazakh]
    assert shelf.catalog.find_records_by_isbn(query) == [shelf.kazakh]


@pytest.mark.parametrize("query", ["5-17-090823-7", "978-5-17-090823-3", "9785170908233"])
def test_isbn10_stored_found_by_isbn13(shelf: Shelf, query: str) -> None:
    assert shelf.ids(query) == [shelf.war]
    assert shelf.catalog.find_records_by_isbn(query) == [shelf.war]


def test_isbn_query_is_normalised() -> None:
    assert fts_query("978-601-7151-13-3") == '"9786017151133"*'
    assert fts_query("0-8044-2957-x") == '"080442957x"*'
    assert fts_query("  ") is None
    assert fts_query("«»—") is None


def test_bbk_index(shelf: Shelf) -> None:
    assert set(shelf.ids("84(5Каз)")) == {shelf.kazakh, shelf.abai}
    assert shelf.ids("84(2Рос=Рус)1") == [shelf.war]
    assert shelf.ids("22.6") == [shelf.artem]


def test_author_sign(shelf: Shelf) -> None:
    assert shelf.ids("Қ19") == [shelf.kazakh]


def test_publisher_and_place(shelf: Shelf) -> None:
    assert shelf.ids("Атамұра") == [shelf.kazakh]
    assert shelf.ids("Эксмо") == [shelf.war]
    assert shelf.ids("Москва") == [shelf.war]


def test_year(shelf: Shelf) -> None:
    assert shelf.ids("1995") == [shelf.kazakh]
    assert shelf.ids("1980") == [shelf.war]
    assert shelf.ids("Әуезов 1965") == [shelf.abai]


def test_subject_keyword_and_school_subject(shelf: Shelf) -> None:
    assert shelf.ids("Фольклор") == [shelf.kazakh]
    assert shelf.ids("ертегі") == [shelf.kazakh]
    assert shelf.ids("Русская литература") == [shelf.war]
    assert shelf.ids("Естествознание") == [shelf.artem]


def test_subject_subdivisions_are_searchable(catalog: CatalogService) -> None:
    record_id = catalog.create_record(
        RecordData(
            title="Тарих",
            subjects=[SubjectData("Тарих", subdivisions=[("geographic", "Жетісу")])],
        )
    )
    assert list(catalog.search("Жетісу").record_ids) == [record_id]
    assert list(catalog.search("geographic").record_ids) == []
    assert list(catalog.search("u0416").record_ids) == []


def test_author_surname_and_other_persons(shelf: Shelf) -> None:
    assert shelf.ids("Толстой") == [shelf.war]
    assert shelf.ids("толстой лев") == [shelf.war]
    assert shelf.ids("Иванова") == [shelf.kazakh]  # an editor is searchable too


# --- exact codes ---------------------------------------------------------------------


def test_exact_inventory_number_returns_only_that_copy(shelf: Shelf) -> None:
    result = shelf.catalog.search("5002")
    assert list(result.record_ids) == [shelf.kazakh]
    assert result.exact_copy is not None
    assert result.exact_copy.inventory_number == "5002"
    assert result.exact_copy.record_id == shelf.kazakh
    # The same with spaces around, and a non-numeric number.
    assert shelf.catalog.search(" 5002 ").exact_copy is not None
    hit = shelf.catalog.search("Б-77").exact_copy
    assert hit is not None and hit.inventory_number == "Б-77"


def test_exact_codes_off_searches_the_number_as_text(shelf: Shelf) -> None:
    result = shelf.catalog.search("6001", exact_codes=False)
    assert result.exact_copy is None
    assert list(result.record_ids) == [shelf.war]


def test_barcode_exact_match(shelf: Shelf) -> None:
    result = shelf.catalog.search("KZ0000777")
    assert list(result.record_ids) == [shelf.kazakh]
    assert result.exact_copy is not None
    assert (result.exact_copy.inventory_number, result.exact_copy.barcode) == (
        "Б-77",
        "KZ0000777",
    )


def test_part_of_a_code_is_not_an_exact_match(shelf: Shelf) -> None:
    for partial in ("500", "50", "KZ0000", "0000777", "Б-7"):
        assert shelf.catalog.search(partial).exact_copy is None
        assert shelf.catalog.find_copy(partial) is None
    # The text search still finds the record by the start of the number.
    assert shelf.ids("500") == [shelf.kazakh]


def test_exact_code_of_a_deleted_record_is_not_found(shelf: Shelf) -> None:
    shelf.catalog.delete_records([shelf.war])
    result = shelf.catalog.search("6001")
    assert result.exact_copy is None
    assert list(result.record_ids) == []


# --- ordering and filters ------------------------------------------------------------


def _titles(shelf: Shelf, ids: list[int]) -> list[str]:
    rows = shelf.catalog.fetch_rows(ids)
    return [rows[i].title for i in ids]


def test_sort_by_title(shelf: Shelf) -> None:
    expected = [
        "Абай жолы",
        "Артём и звёзды",
        "Война и мир",
        "Қазақ ертегілері",
        "Приключения Артема",
    ]
    assert _titles(shelf, shelf.ids("", sort=SortKey.TITLE)) == expected
    assert _titles(shelf, shelf.ids("", sort=SortKey.TITLE, descending=True)) == expected[::-1]


def test_sort_by_year(shelf: Shelf) -> None:
    years = [shelf.catalog.get_record(i).year for i in shelf.ids("", sort=SortKey.YEAR)]
    assert years == [1965, 1980, 1995, 2001, 2010]
    years = [
        shelf.catalog.get_record(i).year for i in shelf.ids("", sort=SortKey.YEAR, descending=True)
    ]
    assert years == [2010, 2001, 1995, 1980, 1965]


def test_sort_by_author(shelf: Shelf) -> None:
    ids = shelf.ids("", sort=SortKey.AUTHOR)
    authors = [shelf.catalog.get_record(i).first_author for i in ids]
    # Kazakh alphabet order: Б … М … Т … Ф … Ә comes right after А, before Б.
    assert authors == [
        "Әуезов, Мұхтар",
        "Бианки, Виталий",
        "Мұхтар, Әуезов",
        "Толстой, Лев Николаевич",
        "Фёдоров, Артем Ильич",
    ]
    assert shelf.ids("", sort=SortKey.AUTHOR, descending=True) == ids[::-1]


def test_sort_applies_to_a_text_query(shelf: Shelf) -> None:
    ids = shelf.ids("Әуезов", sort=SortKey.YEAR)
    assert ids == [shelf.abai, shelf.kazakh]
    assert shelf.ids("Әуезов", sort=SortKey.YEAR, descending=True) == [shelf.kazakh, shelf.abai]


def test_relevance_puts_title_matches_first(catalog: CatalogService) -> None:
    in_title = catalog.create_record(RecordData(title="Абай", publisher="Жазушы"))
    in_publisher = catalog.create_record(RecordData(title="Өлеңдер", publisher="Абай баспасы"))
    assert list(catalog.search("Абай").record_ids) == [in_title, in_publisher]


def test_material_type_filter(shelf: Shelf) -> None:
    textbooks = SearchFilters(material_type=MaterialType.TEXTBOOK)
    books = SearchFilters(material_type=MaterialType.BOOK)
    assert shelf.ids("", filters=textbooks) == [shelf.artem]
    assert shelf.ids("Артем", filters=textbooks) == [shelf.artem]
    assert shelf.ids("Артем", filters=books) == [shelf.artem_plain]
    assert shelf.ids("Артем", filters=books, sort=SortKey.TITLE) == [shelf.artem_plain]
    assert set(shelf.ids("", filters=books)) == {
        shelf.kazakh,
        shelf.war,
        shelf.artem_plain,
        shelf.abai,
    }
    assert shelf.ids("", filters=SearchFilters(material_type=MaterialType.PERIODICAL)) == []


def test_deleted_records_are_excluded(shelf: Shelf) -> None:
    shelf.catalog.delete_records([shelf.war, shelf.artem])
    assert shelf.ids("Толстой") == []
    assert shelf.ids("Артем") == [shelf.artem_plain]
    assert shelf.ids("Артем", sort=SortKey.TITLE) == [shelf.artem_plain]
    assert shelf.war not in shelf.ids("")
    assert shelf.ids("9785170908233") == []
    assert shelf.catalog.find_records_by_isbn("9785170908233") == []


# --- keeping the index in step -------------------------------------------------------


def test_index_follows_a_title_change(shelf: Shelf) -> None:
    data = shelf.catalog.get_record(shelf.war)
    data.title = "Анна Каренина"
    shelf.catalog.update_record(data)
    assert shelf.ids("Война") == []
    assert shelf.ids("Каренина") == [shelf.war]
    assert shelf.ids("Толстой") == [shelf.war]  # the rest of the record is still indexed
    with shelf.catalog.db.session() as s:
        title_sort = s.execute(
            text("SELECT title_sort FROM records WHERE id = :r"), {"r": shelf.war}
        ).scalar()
    assert title_sort == sort_key("Анна Каренина")


def test_index_follows_new_copies(shelf: Shelf) -> None:
    assert shelf.ids("7777", exact_codes=False) == []
    shelf.catalog.add_copy_series(shelf.abai, SeriesRequest(count=2, first_number="7777"))
    assert shelf.ids("7778", exact_codes=False) == [shelf.abai]
    result = shelf.catalog.search("7778")
    assert result.exact_copy is not None and list(result.record_ids) == [shelf.abai]
    shelf.catalog.add_copy(shelf.abai, CopyData(inventory_number="9100", barcode="QR-ABAI-1"))
    assert shelf.ids("QR-ABAI-1", exact_codes=False) == [shelf.abai]


def test_index_follows_delete_and_restore(shelf: Shelf) -> None:
    shelf.catalog.delete_records([shelf.kazakh])
    assert shelf.ids("ертегілері") == []
    shelf.catalog.restore_records([shelf.kazakh])
    assert shelf.ids("ертегілері") == [shelf.kazakh]


def test_ranked_and_unranked_paths_return_the_same_set(
    demo_catalog: CatalogService, monkeypatch: pytest.MonkeyPatch
) -> None:
    for query in ("қазақ", "Толстой", "84", "роман", "Алматы"):
        ranked = list(demo_catalog.search(query).record_ids)
        assert len(ranked) > 3, query  # more than the patched RANK_LIMIT
        monkeypatch.setattr(search_module, "RANK_LIMIT", 3)
        unranked = list(demo_catalog.search(query).record_ids)
        monkeypatch.setattr(search_module, "RANK_LIMIT", 2000)
        assert sorted(unranked) == sorted(ranked), query
        assert len(set(ranked)) == len(ranked)
        # Above the limit the order is by title (cheap), not by rank.
        rows = demo_catalog.fetch_rows(unranked)
        with demo_catalog.db.session() as s:
            keys = dict(
                s.execute(
                    text(
                        "SELECT id, title_sort FROM records WHERE id IN "
                        f"({','.join(map(str, unranked))})"
                    )
                ).all()
            )
        assert [keys[i] for i in unranked] == sorted(keys[i] for i in unranked)
        assert set(rows) == set(unranked)


def test_empty_query_lists_every_live_record(demo_catalog: CatalogService) -> None:
    ids = list(demo_catalog.search("").record_ids)
    assert len(ids) == demo_catalog.counts().records == 300
    assert len(set(ids)) == 300


# --- first page first ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sort", "descending"),
    [
        (SortKey.RELEVANCE, False),
        (SortKey.TITLE, False),
        (SortKey.TITLE, True),
        (SortKey.YEAR, False),
        (SortKey.AUTHOR, True),
    ],
)
def test_first_page_is_the_start_of_the_whole_answer(
    demo_catalog: CatalogService,
    monkeypatch: pytest.MonkeyPatch,
    sort: SortKey,
    descending: bool,
) -> None:
    monkeypatch.setattr(search_module, "RANK_LIMIT", 3)
    for query in ("а", "ал", "қ", "қаз", "м", "9", "978601", "84", ""):
        whole = demo_catalog.search(query, sort=sort, descending=descending)
        assert whole.complete
        first = demo_catalog.search(query, sort=sort, descending=descending, first_page=10)
        assert list(first.record_ids) == list(whole.record_ids[:10]), query
        assert first.complete == (len(whole) <= 10), query


def test_first_page_walk_and_collect_agree(
    demo_catalog: CatalogService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both ways to a first page (probing titles, collecting matches) give the same ids."""
    monkeypatch.setattr(search_module, "RANK_LIMIT", 3)
    for query in ("а", "қ", "м", "т", "8"):
        monkeypatch.setattr(search_module, "PROBE_COST", 0)  # always walk when possible
        walked = list(demo_catalog.search(query, first_page=20).record_ids)
        monkeypatch.setattr(search_module, "PROBE_COST", 10**9)  # never walk
        collected = list(demo_catalog.search(query, first_page=20).record_ids)
        assert walked == collected, query
        assert len(walked) == 20


def test_first_page_of_a_small_answer_is_complete_and_ranked(shelf: Shelf) -> None:
    result = shelf.catalog.search("Әуезов", first_page=1)
    assert result.complete
    assert set(result.record_ids) == {shelf.kazakh, shelf.abai}
    exact = shelf.catalog.search("5002", first_page=1)
    assert exact.complete and exact.exact_copy is not None


def test_first_page_with_a_filter_and_deleted_records(
    demo_catalog: CatalogService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "RANK_LIMIT", 3)
    textbooks = SearchFilters(material_type=MaterialType.TEXTBOOK)
    whole = list(demo_catalog.search("а", filters=textbooks).record_ids)
    first = demo_catalog.search("а", filters=textbooks, first_page=5)
    assert list(first.record_ids) == whole[:5]
    demo_catalog.delete_records(whole[:3])
    after = demo_catalog.search("а", filters=textbooks, first_page=5)
    assert list(after.record_ids) == whole[3:8]
    plain = list(demo_catalog.search("а", first_page=50).record_ids)
    assert not set(plain) & set(whole[:3])


def test_whole_answer_keeps_title_order_for_large_sets(
    demo_catalog: CatalogService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "RANK_LIMIT", 3)
    ids = list(demo_catalog.search("а").record_ids)
    with demo_catalog.db.session() as s:
        keys = dict(
            s.execute(
                text(f"SELECT id, title_sort FROM records WHERE id IN ({','.join(map(str, ids))})")
            ).all()
        )
    assert [(keys[i], i) for i in ids] == sorted((keys[i], i) for i in ids)


def test_search_index_has_long_prefix_indexes(catalog: CatalogService) -> None:
    """Migration 0004: prefixes up to 8 characters have their own index."""
    with catalog.db.session() as s:
        sql = s.execute(text("SELECT sql FROM sqlite_master WHERE name = 'records_fts'")).scalar()
    assert "prefix = '1 2 3 4 5 6 7 8'" in sql
    assert search_module.PREFIX_INDEX_MAX == 8


# --- first page: walk the titles or sort the matches -----------------------------------


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("choice", ["estimate", "sort", "walk"])
def test_first_page_sorted_and_walked_agree_with_the_whole_answer(
    demo_catalog: CatalogService,
    monkeypatch: pytest.MonkeyPatch,
    choice: str,
    descending: bool,
) -> None:
    """Collected matches give the same first page whether walked, sorted or estimated,
    single words and several (the rare word bounds them), in both directions."""
    monkeypatch.setattr(search_module, "RANK_LIMIT", 3)
    monkeypatch.setattr(search_module, "SORT_COST", 1)  # 300 records: collect up to 300
    monkeypatch.setattr(search_module, "SORT_SMALL", 0)
    monkeypatch.setattr(search_module, "SAMPLE", 8)
    if choice != "estimate":
        walk = 10**9 if choice == "sort" else 0
        monkeypatch.setattr(search_module, "_walk_length", lambda *_args: walk)
    queries = ("а", "қаз", "м", "84", "қазақ т", "а б", "т м", "978 601")
    for query in queries:
        for sort in (SortKey.RELEVANCE, SortKey.TITLE):
            whole = demo_catalog.search(query, sort=SortKey.TITLE, descending=descending)
            first = demo_catalog.search(query, sort=sort, descending=descending, first_page=7)
            if sort is SortKey.RELEVANCE and len(whole) <= 3:
                continue  # ranked, not in title order
            assert list(first.record_ids) == list(whole.record_ids[:7]), (query, sort)
            assert first.complete == (len(whole) <= 7), query


@pytest.mark.parametrize("descending", [False, True])
def test_whole_answer_sorted_or_walked_is_the_same(
    demo_catalog: CatalogService, monkeypatch: pytest.MonkeyPatch, descending: bool
) -> None:
    """The whole answer in title order, by looking up and sorting the matches' titles
    or by walking the title index: the same ids, with filters and deleted records."""
    monkeypatch.setattr(search_module, "RANK_LIMIT", 3)
    demo_catalog.delete_records(list(demo_catalog.search("а").record_ids[:5]))
    statements: list[str] = []
    finish = search_module._finish

    def spy(conn, result, sql, params, page):  # type: ignore[no-untyped-def]
        statements.append(sql)
        return finish(conn, result, sql, params, page)

    monkeypatch.setattr(search_module, "_finish", spy)
    textbooks = SearchFilters(material_type=MaterialType.TEXTBOOK)
    answers: dict[str, list[list[int]]] = {}
    for way, cost in (("sort", 1), ("walk", 10**9)):
        monkeypatch.setattr(search_module, "SORT_COST", cost)
        statements.clear()
        answers[way] = [
            list(demo_catalog.search(q, descending=descending, filters=f).record_ids)
            for q in ("а", "қаз", "м", "84", "қазақ т")
            for f in (None, textbooks)
        ]
        marker = "NOT INDEXED" if way == "sort" else "INDEXED BY ix_records_title_sort"
        assert statements and all(marker in sql for sql in statements), way
    assert answers["sort"] == answers["walk"]
    assert sum(map(len, answers["sort"])) > 500
    # A first page walks whatever the count: it stops at its last id, often early.
    monkeypatch.setattr(search_module, "SORT_COST", 1)
    statements.clear()
    first = demo_catalog.search("а", descending=descending, filters=textbooks, first_page=5)
    assert list(first.record_ids) == answers["walk"][1][:5]
    assert statements and all("INDEXED BY ix_records_title_sort" in sql for sql in statements)


@pytest.fixture
def alphabet_ends(catalog: CatalogService) -> CatalogService:
    """Forty «Абай жолы» at the start of the title order, twelve «Ястреб» at its end."""
    for i in range(40):
        catalog.create_record(RecordData(title=f"Абай жолы {i}", persons=[PersonData("Әуезов")]))
    for i in range(12):
        catalog.create_record(RecordData(title=f"Ястреб {i}", persons=[PersonData("Әуезов")]))
    return catalog


def _spy_sorting(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    choices: list[bool] = []
    ordered_page = search_module._ordered_page

    def spy(*args: object, by_sorting: bool) -> object:
        choices.append(by_sorting)
        return ordered_page(*args, by_sorting=by_sorting)  # type: ignore[arg-type]

    monkeypatch.setattr(search_module, "_ordered_page", spy)
    return choices


def test_late_matches_are_sorted_early_ones_walked(
    alphabet_ends: CatalogService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """«Ястреб» lies at the end of the title order: sorting its 12 matches beats walking
    past 40 titles; «Абай» comes first, so walking wins — each in the right order."""
    monkeypatch.setattr(search_module, "SORT_COST", 1)
    monkeypatch.setattr(search_module, "SORT_SMALL", 0)
    choices = _spy_sorting(monkeypatch)
    late = alphabet_ends.search("ястреб", sort=SortKey.TITLE, first_page=5)
    early = alphabet_ends.search("абай", sort=SortKey.TITLE, first_page=5)
    late_from_end = alphabet_ends.search(
        "ястреб", sort=SortKey.TITLE, descending=True, first_page=5
    )
    assert choices == [True, False, False]
    rows = alphabet_ends.fetch_rows([*late.record_ids, *early.record_ids])
    assert [rows[i].title for i in late.record_ids] == [f"Ястреб {i}" for i in (0, 1, 10, 11, 2)]
    assert [rows[i].title for i in early.record_ids] == [
        f"Абай жолы {i}" for i in (0, 1, 10, 11, 12)
    ]
    assert not late.complete and not early.complete
    whole = alphabet_ends.search("ястреб", sort=SortKey.TITLE, descending=True)
    assert list(late_from_end.record_ids) == list(whole.record_ids[:5])


def test_several_words_are_bounded_by_the_rarest(
    alphabet_ends: CatalogService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """«ястреб ә»: the longer word has 12 matches, so the query's matches are collected
    once (never counted) and sorted; the answer is still every word's intersection."""
    monkeypatch.setattr(search_module, "SORT_COST", 1)
    monkeypatch.setattr(search_module, "SORT_SMALL", 0)
    counted: list[str] = []
    capped_count = search_module._capped_count

    def spy(conn: object, match: str, cap: int) -> int:
        counted.append(match)
        return capped_count(conn, match, cap)  # type: ignore[arg-type]

    monkeypatch.setattr(search_module, "_capped_count", spy)
    result = alphabet_ends.search("ястреб ә", sort=SortKey.TITLE, first_page=20)
    assert counted == ['"ястреб"*']
    assert result.complete and len(result) == 12
    rows = alphabet_ends.fetch_rows(list(result.record_ids))
    assert [rows[i].title for i in result.record_ids] == sorted(
        (f"Ястреб {i}" for i in range(12)), key=sort_key
    )
    assert (
        list(alphabet_ends.search("ястреб абай", sort=SortKey.TITLE, first_page=5).record_ids) == []
    )


def test_a_lost_title_index_says_how_to_repair_and_scanning_still_works(shelf: Shelf) -> None:
    catalog = shelf.catalog
    with catalog.db.engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_records_title_sort"))
    for query in ("", "а", "война"):  # the listing, a whole answer, a first page
        with pytest.raises(search_module.SearchUnavailable) as caught:
            catalog.search(query, sort=SortKey.TITLE, first_page=2 if query else None)
        message = str(caught.value)
        assert "ix_records_title_sort" in message
        assert "Check the catalog" in message
    assert shelf.ids("Б-77") == [shelf.kazakh]  # a scanned code needs no title index
    catalog.repair()
    assert shelf.ids("война") == [shelf.war]


def test_other_database_errors_are_not_dressed_up(shelf: Shelf) -> None:
    import sqlite3

    assert search_module.unavailable(sqlite3.OperationalError("database is locked")) is None
    damaged = search_module.unavailable(sqlite3.OperationalError("no such index: ix_x"))
    assert damaged is not None and "ix_x" in str(damaged)


def test_a_lost_search_table_says_how_to_repair_and_scanning_still_works(shelf: Shelf) -> None:
    catalog = shelf.catalog
    with catalog.db.engine.begin() as conn:
        conn.execute(text("DROP TABLE records_fts"))
    with pytest.raises(search_module.SearchUnavailable) as caught:
        catalog.search("война")
    assert "lost its search table records_fts" in str(caught.value)
    assert len(catalog.search("").record_ids) == 5  # the listing needs no search table
    assert shelf.ids("Б-77") == [shelf.kazakh]
    catalog.repair()
    assert shelf.ids("война") == [shelf.war]


def test_a_damaged_file_says_so_instead_of_sqlite(tmp_path, demo_catalog: CatalogService) -> None:
    """A page of the title index overwritten (a failing disk, a pulled stick)."""
    import shutil
    import sqlite3

    from shkola_lib.catalog.service import CatalogService as Service

    with demo_catalog.db.reading() as con:
        root = con.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_records_title_sort'"
        ).fetchone()[0]
        page = con.execute("PRAGMA page_size").fetchone()[0]
    demo_catalog.close()
    plain = sqlite3.connect(demo_catalog.path)
    plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    plain.close()
    damaged = tmp_path / "damaged.sqlite"
    shutil.copy(demo_catalog.path, damaged)
    with damaged.open("r+b") as f:
        f.seek((root - 1) * page)
        f.write(b"\xff" * 16)
    catalog = Service.open(damaged)
    try:
        with pytest.raises(search_module.SearchUnavailable) as caught:
            catalog.search("", sort=SortKey.TITLE)
        assert "The catalog file is damaged (database disk image is malformed)" in str(caught.value)
        assert "Restore from a backup" in str(caught.value)
        problems = catalog.check()
        assert [p.damaged_file for p in problems] == [True]
        assert problems[0].message.startswith("SQLite: ")
    finally:
        catalog.close()
