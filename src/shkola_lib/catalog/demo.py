"""Realistic demo data: Kazakh and Russian books with copies, textbooks as counted stock.

Titles and authors are the classics below and, more often, a long tail of composed ones
(``demo_names``), as in a real fund.

Written with bulk inserts (one transaction, batches of 1,000 records) so that a
100,000-record catalog for trying the program or benchmarking takes seconds.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from sqlalchemy import Connection, func, select, text

from shkola_lib.catalog.demo_names import pick_author, pick_title
from shkola_lib.catalog.progress import CancelToken, Progress
from shkola_lib.catalog.search_index import reindex_records
from shkola_lib.catalog.text import sort_key
from shkola_lib.models import AppState, Copy, Isbn, Person, Record, StockLot, Subject, WriteOff
from shkola_lib.models.state import INVENTORY_HIGH_WATER

BATCH = 1000

KAZAKH_AUTHORS = [
    "Әуезов, Мұхтар",
    "Құнанбайұлы, Абай",
    "Мұқанов, Сәбит",
    "Жұмабаев, Мағжан",
    "Сейфуллин, Сәкен",
    "Майлин, Бейімбет",
    "Нұрпейісов, Әбдіжәміл",
    "Есенберлин, Ілияс",
    "Алтынсарин, Ыбырай",
    "Момышұлы, Бауыржан",
    "Мүсірепов, Ғабит",
    "Кекілбаев, Әбіш",
    "Сүлейменов, Олжас",
    "Жансүгіров, Ілияс",
    "Байтұрсынұлы, Ахмет",
    "Дулатұлы, Міржақып",
    "Қабдолов, Зейнолла",
    "Шаханов, Мұхтар",
    "Оралхан, Бөкей",
    "Мағауин, Мұхтар",
]
RUSSIAN_AUTHORS = [
    "Толстой, Лев Николаевич",
    "Достоевский, Фёдор Михайлович",
    "Чехов, Антон Павлович",
    "Пушкин, Александр Сергеевич",
    "Гоголь, Николай Васильевич",
    "Тургенев, Иван Сергеевич",
    "Лермонтов, Михаил Юрьевич",
    "Булгаков, Михаил Афанасьевич",
    "Шолохов, Михаил Александрович",
    "Паустовский, Константин Георгиевич",
    "Носов, Николай Николаевич",
    "Бианки, Виталий Валентинович",
    "Драгунский, Виктор Юзефович",
    "Артемов, Артём Сергеевич",
    "Ершов, Пётр Павлович",
    "Семёнова, Алёна Петровна",
    "Фёдоров, Артем Ильич",
    "Королёв, Сергей Павлович",
]
KAZAKH_TITLES = [
    "Абай жолы",
    "Қан мен тер",
    "Көшпенділер",
    "Ақбілек",
    "Менің атым Қожа",
    "Қилы заман",
    "Ботагөз",
    "Ұлпан",
    "Қазақ ертегілері",
    "Ақ кеме",
    "Бақытсыз Жамал",
    "Өлеңдер жинағы",
    "Қазақ халқының батырлық жырлары",
    "Атамекен",
    "Қазақ әдебиетінің тарихы",
    "Ел мен жер",
    "Балалар энциклопедиясы",
    "Қазақстан табиғаты",
    "Ғажайып әлем",
    "Шығармалар жинағы",
    "Таңдамалы шығармалар",
    "Қазақ тілінің сөздігі",
]
RUSSIAN_TITLES = [
    "Война и мир",
    "Преступление и наказание",
    "Мёртвые души",
    "Капитанская дочка",
    "Герой нашего времени",
    "Мастер и Маргарита",
    "Тихий Дон",
    "Отцы и дети",
    "Денискины рассказы",
    "Приключения Незнайки и его друзей",
    "Лесная газета",
    "Конёк-Горбунок",
    "Повести Белкина",
    "Детство",
    "Рассказы о животных",
    "Избранные произведения",
    "Сказки народов мира",
    "Энциклопедия школьника",
    "Толковый словарь русского языка",
    "Артём и звёзды",
    "Ёжик в тумане",
]
SUBTITLES_KK = ["роман", "әңгімелер", "повестер", "өлеңдер мен поэмалар", "ертегілер", ""]
SUBTITLES_RU = ["роман", "рассказы", "повести", "стихотворения", "сказки", "избранное", ""]
PUBLISHERS = [
    ("Алматы", "Атамұра"),
    ("Алматы", "Мектеп"),
    ("Алматы", "Жазушы"),
    ("Астана", "Фолиант"),
    ("Алматы", "Алматыкітап"),
    ("Москва", "Просвещение"),
    ("Москва", "Эксмо"),
    ("Москва", "АСТ"),
    ("Москва", "Детская литература"),
    ("Алматы", "Арман-ПВ"),
    ("Нур-Султан", "Келешек-2030"),
]
BBK_FICTION_KK = "84(5Каз)"
BBK_FICTION_RU = "84(2Рос=Рус)"
BBK_OTHER = [
    ("63.3(5Каз)", "Қазақстан тарихы", "История Казахстана"),
    ("22.1", "Математика", "Математика"),
    ("28.0", "Биология", "Биология"),
    ("26.89(5Каз)", "География", "География"),
    ("81.2Каз", "Қазақ тілі", "Казахский язык"),
    ("81.2Рус", "Орыс тілі", "Русский язык"),
    ("74.26", "Педагогика", "Педагогика"),
    ("20", "Жаратылыстану", "Естествознание"),
]
TEXTBOOK_SUBJECTS = [
    ("Алгебра", "Алгебра", (7, 11)),
    ("Геометрия", "Геометрия", (7, 11)),
    ("Математика", "Математика", (1, 6)),
    ("Қазақ тілі", "Казахский язык", (1, 11)),
    ("Орыс тілі", "Русский язык", (1, 11)),
    ("Ағылшын тілі", "Английский язык", (1, 11)),
    ("Қазақстан тарихы", "История Казахстана", (5, 11)),
    ("Дүниежүзі тарихы", "Всемирная история", (5, 11)),
    ("Физика", "Физика", (7, 11)),
    ("Химия", "Химия", (7, 11)),
    ("Биология", "Биология", (6, 11)),
    ("География", "География", (6, 11)),
    ("Информатика", "Информатика", (5, 11)),
    ("Әдебиеттік оқу", "Литературное чтение", (2, 4)),
    ("Жаратылыстану", "Естествознание", (1, 5)),
]
TEXTBOOK_PUBLISHERS = [("Алматы", "Атамұра"), ("Алматы", "Мектеп"), ("Алматы", "Арман-ПВ")]
LOCATIONS = ["Абонемент", "Оқу залы", "Читальный зал", "Қойма", "Книгохранилище"]
SOURCES = ["Бюджет", "Сыйға тартылған", "Дар", "Бюджет 2025", "Әкімдік"]


def _isbn13(rng: random.Random) -> str:
    body = "978601" + "".join(str(rng.randrange(10)) for _ in range(6))
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _author_sign(name: str, rng: random.Random) -> str:
    return f"{name[0].upper()}{rng.randrange(11, 99)}"


def generate(
    conn: Connection,
    records: int,
    *,
    seed: int = 2026,
    cancel: CancelToken | None = None,
) -> Iterator[Progress]:
    """Insert ``records`` demo records with holdings; yields progress per batch."""
    rng = random.Random(seed)
    now = datetime.now().replace(microsecond=0)
    high = max(
        int(conn.execute(select(func.max(Copy.inventory_seq))).scalar() or 0),
        int(
            conn.execute(
                select(AppState.value).where(AppState.key == INVENTORY_HIGH_WATER)
            ).scalar()
            or 0
        ),
    )
    next_inv = max(high + 1, 1001)
    next_id = int(conn.execute(select(func.max(Record.id))).scalar() or 0) + 1
    ksu_book = {2024: 0, 2025: 0, 2026: 0}
    ksu_text = {2024: 0, 2025: 0, 2026: 0}
    done = 0
    while done < records:
        if cancel is not None:
            cancel.check()
        size = min(BATCH, records - done)
        recs, persons, isbns, subjects, copies, lots, writeoffs = [], [], [], [], [], [], []
        for _ in range(size):
            rid = next_id
            next_id += 1
            created = now - timedelta(days=rng.randrange(0, 900), minutes=rng.randrange(1440))
            textbook = rng.random() < 0.35
            kazakh = rng.random() < 0.6
            place, publisher = rng.choice(TEXTBOOK_PUBLISHERS if textbook else PUBLISHERS)
            year = rng.randrange(2012, 2027) if textbook else rng.randrange(1965, 2027)
            row: dict[str, object] = {
                "id": rid,
                "material_type": "textbook" if textbook else "book",
                "other_title": "",
                "responsibility": "",
                "part": "",
                "corporate_body": "",
                "edition": "",
                "place": place,
                "publisher": publisher,
                "year": year,
                "extent": f"{rng.randrange(48, 640)} б."
                if kazakh
                else f"{rng.randrange(48, 640)} с.",
                "series": "",
                "series_number": "",
                "languages": "kaz" if kazakh else "rus",
                "udc": "",
                "annotation": "",
                "notes": "",
                "grades": "",
                "school_subject": "",
                "instruction_language": "",
                "marc_flavour": "",
                "marc_leader": "",
                "created_at": created,
                "updated_at": created,
                "deleted_at": None,
            }
            if textbook:
                subj_kk, subj_ru, (lo, hi) = rng.choice(TEXTBOOK_SUBJECTS)
                grade = rng.randrange(lo, hi + 1)
                if kazakh:
                    title, subject = subj_kk, subj_kk
                    row["other_title"] = f"{grade} сыныпқа арналған оқулық"
                else:
                    title, subject = subj_ru, subj_ru
                    row["other_title"] = f"учебник для {grade} класса"
                author = pick_author(rng, kazakh, KAZAKH_AUTHORS if kazakh else RUSSIAN_AUTHORS)
                row.update(
                    grades=str(grade),
                    school_subject=subject,
                    instruction_language="kaz" if kazakh else "rus",
                    bbk="74.26",
                    author_sign=_author_sign(title, rng),
                )
            else:
                author = pick_author(rng, kazakh, KAZAKH_AUTHORS if kazakh else RUSSIAN_AUTHORS)
                title = pick_title(rng, kazakh, KAZAKH_TITLES if kazakh else RUSSIAN_TITLES)
                if rng.random() < 0.5:
                    bbk = BBK_FICTION_KK if kazakh else BBK_FICTION_RU
                    topic = None
                else:
                    bbk, topic_kk, topic_ru = rng.choice(BBK_OTHER)
                    topic = topic_kk if kazakh else topic_ru
                row["other_title"] = rng.choice(SUBTITLES_KK if kazakh else SUBTITLES_RU)
                row.update(bbk=bbk, author_sign=_author_sign(author, rng))
                if rng.random() < 0.2:
                    row["part"] = f"{rng.randrange(1, 5)}-" + ("том" if kazakh else "й том")
                if topic:
                    subjects.append(
                        {
                            "record_id": rid,
                            "position": 0,
                            "kind": "subject",
                            "term": topic,
                            "subdivisions": [],
                        }
                    )
            row["title"] = title
            row["title_sort"] = sort_key(title)
            row["author_sort"] = sort_key(author)
            recs.append(row)
            persons.append(
                {"record_id": rid, "position": 0, "name": author, "dates": "", "role": "author"}
            )
            if rng.random() < 0.15:
                persons.append(
                    {
                        "record_id": rid,
                        "position": 1,
                        "name": pick_author(
                            rng, kazakh, KAZAKH_AUTHORS if kazakh else RUSSIAN_AUTHORS
                        ),
                        "dates": "",
                        "role": rng.choice(["editor", "translator", "illustrator", "coauthor"]),
                    }
                )
            if rng.random() < 0.8:
                isbns.append(
                    {
                        "record_id": rid,
                        "position": 0,
                        "isbn": _isbn13(rng),
                        "qualifier": "",
                        "valid": True,
                    }
                )
            acquired = created.date()
            ksu_year = min(max(acquired.year, 2024), 2026)
            if textbook:
                ksu_text[ksu_year] += 1
                lot_id = len(lots) + 1
                acad = f"{ksu_year}-{ksu_year + 1}"
                lots.append(
                    {
                        "record_id": rid,
                        "quantity": rng.randrange(10, 31),
                        "ksu_entry": f"{ksu_text[ksu_year]}/{ksu_year}",
                        "academic_year": acad,
                        "location": "Оқулық қоры",
                        "acquired_on": acquired,
                        "source": "Бюджет",
                        "price_tiyn": rng.randrange(1500, 4500) * 100,
                        "created_at": created,
                        "_key": lot_id,
                    }
                )
            else:
                ksu_book[ksu_year] += 1
                for _n in range(rng.choice((1, 1, 1, 2, 2, 3, 4))):
                    status = rng.choices(
                        ["available", "on_loan", "lost", "written_off"], [85, 10, 1, 4]
                    )[0]
                    inv = next_inv
                    next_inv += 1
                    copies.append(
                        {
                            "record_id": rid,
                            "inventory_number": str(inv),
                            "inventory_seq": inv,
                            "barcode": None,
                            "location": rng.choice(LOCATIONS),
                            "status": status,
                            "acquired_on": acquired,
                            "source": rng.choice(SOURCES),
                            "price_tiyn": rng.randrange(800, 6000) * 100,
                            "ksu_entry": f"{ksu_book[ksu_year]}/{ksu_year}",
                            "created_at": created,
                        }
                    )
        conn.execute(Record.__table__.insert(), recs)
        conn.execute(Person.__table__.insert(), persons)
        if isbns:
            conn.execute(Isbn.__table__.insert(), isbns)
        if subjects:
            conn.execute(Subject.__table__.insert(), subjects)
        if copies:
            conn.execute(Copy.__table__.insert(), copies)
            for c in copies:
                if c["status"] == "written_off":
                    cid = conn.execute(
                        select(Copy.id).where(Copy.inventory_number == c["inventory_number"])
                    ).scalar_one()
                    writeoffs.append(
                        {
                            "copy_id": cid,
                            "stock_lot_id": None,
                            "quantity": 1,
                            "written_off_on": date(2026, 5, 20),
                            "act_number": "3",
                            "reason": "Тозған / ветхость",
                            "created_at": now,
                        }
                    )
        for lot in lots:
            lot.pop("_key")
        if lots:
            conn.execute(StockLot.__table__.insert(), lots)
        if writeoffs:
            conn.execute(WriteOff.__table__.insert(), writeoffs)
        reindex_records(conn, [r["id"] for r in recs])  # type: ignore[misc]
        done += size
        yield Progress(done, records)
    conn.execute(
        text(
            "INSERT INTO app_state(key, value) VALUES (:k, :v) "
            "ON CONFLICT(key) DO UPDATE SET value = :v"
        ),
        {"k": INVENTORY_HIGH_WATER, "v": str(next_inv - 1)},
    )
