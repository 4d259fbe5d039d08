"""Titles and names for demo and benchmark data, spread the way a real catalog's are.

A school's fund repeats a few classics many times and holds a long tail of titles and
authors that appear once or twice; a district's merged catalog of a million records has
tens of thousands of distinct titles and authors. Drawing every record from a list of a
few dozen titles would make the search index unrealistically small and every query match
a large share of the catalog. So a title is, three times in ten, one of the classics
given by the caller; otherwise one composed from the word lists below (1,575 Kazakh and
2,760 Russian titles). An author is, four times in ten, a classic author; otherwise a
composed name (1,500 Kazakh, 17,100 Russian). Composed values are drawn with a Zipf-like
weight from a fixed order, so the same seed gives the same catalog.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from functools import cache
from itertools import accumulate

CLASSIC_TITLE_SHARE = 0.3
CLASSIC_AUTHOR_SHARE = 0.4
# The n-th composed value is drawn about (n + 20)⁻¹ as often: a long tail, and a head
# of common values none of which is more than about one record in a hundred.
_ZIPF_OFFSET = 20
_ORDER_SEED = 7  # the fixed order of composed values (independent of the caller's seed)

KK_ADJECTIVES = [
    "Ақ", "Көк", "Қызыл", "Алтын", "Күміс", "Жасыл", "Сары", "Қара", "Биік", "Ұлы",
    "Жаңа", "Ескі", "Кең", "Тұнық", "Жарық", "Мөлдір", "Жылы", "Суық", "Ерке", "Сұлу",
    "Асыл", "Байтақ", "Мәңгілік", "Соңғы", "Бірінші", "Құпия", "Таңғажайып", "Жұмбақ",
    "Үлкен", "Өшпес",
]  # fmt: skip
KK_NOUNS = [
    "дала", "өзен", "тау", "көл", "орман", "аспан", "жұлдыз", "күн", "ай", "түн", "таң",
    "жол", "үй", "ауыл", "қала", "бақ", "гүл", "құс", "тұлпар", "бүркіт", "арман", "ән",
    "күй", "сөз", "кітап", "дос", "ана", "бала", "жер", "ел", "мұхит", "теңіз", "жел",
    "бұлақ", "сағым", "белес", "шың", "ертегі", "көктем", "күз", "қыс", "жаз", "іңір",
    "ғасыр", "өмір",
]  # fmt: skip
KK_GENRES = ["әңгімелер", "өлеңдер", "аңыздар", "ертегілер", "естеліктер"]
# (masculine, feminine, neuter)
RU_ADJECTIVES = [
    ("Тихий", "Тихая", "Тихое"),
    ("Белый", "Белая", "Белое"),
    ("Золотой", "Золотая", "Золотое"),
    ("Синий", "Синяя", "Синее"),
    ("Дальний", "Дальняя", "Дальнее"),
    ("Последний", "Последняя", "Последнее"),
    ("Старый", "Старая", "Старое"),
    ("Новый", "Новая", "Новое"),
    ("Зелёный", "Зелёная", "Зелёное"),
    ("Весенний", "Весенняя", "Весеннее"),
    ("Летний", "Летняя", "Летнее"),
    ("Осенний", "Осенняя", "Осеннее"),
    ("Зимний", "Зимняя", "Зимнее"),
    ("Красный", "Красная", "Красное"),
    ("Далёкий", "Далёкая", "Далёкое"),
    ("Светлый", "Светлая", "Светлое"),
    ("Тайный", "Тайная", "Тайное"),
    ("Великий", "Великая", "Великое"),
    ("Степной", "Степная", "Степное"),
    ("Горный", "Горная", "Горное"),
    ("Ночной", "Ночная", "Ночное"),
    ("Утренний", "Утренняя", "Утреннее"),
    ("Серебряный", "Серебряная", "Серебряное"),
    ("Одинокий", "Одинокая", "Одинокое"),
    ("Вечный", "Вечная", "Вечное"),
    ("Чудесный", "Чудесная", "Чудесное"),
    ("Первый", "Первая", "Первое"),
    ("Лесной", "Лесная", "Лесное"),
    ("Морской", "Морская", "Морское"),
    ("Родной", "Родная", "Родное"),
]
RU_NOUNS = [
    *((noun, 0) for noun in ["ветер", "берег", "город", "сад", "дом", "путь", "остров",
                             "рассвет", "костёр", "парус", "лес", "колодец", "край", "мост"]),
    *((noun, 1) for noun in ["река", "звезда", "степь", "дорога", "земля", "песня", "гора",
                             "тропа", "птица", "роща", "весна", "луна", "пристань", "сказка"]),
    *((noun, 2) for noun in ["море", "небо", "озеро", "поле", "утро", "солнце", "детство",
                             "лето", "сердце", "эхо", "время", "письмо"]),
]  # fmt: skip

KK_SURNAMES = [
    "Ахметов", "Бекенов", "Жақыпов", "Серікбаев", "Оспанов", "Тәжібаев", "Нұрланов",
    "Қасымов", "Ерболов", "Исабеков", "Сапаров", "Әбілов", "Төлегенов", "Мұратов",
    "Жұмабеков", "Құлбаев", "Сейітов", "Байжанов", "Омаров", "Дәуітов", "Әлімжанов",
    "Рахымов", "Ғабдуллин", "Есенов", "Үсенов", "Шәкенов", "Ілиясов", "Өтебаев",
    "Қайратов", "Бердібеков",
]  # fmt: skip
KK_MEN = [
    "Айдар", "Ержан", "Нұрлан", "Серік", "Бауыржан", "Дәурен", "Асқар", "Ерлан", "Мұрат",
    "Қанат", "Талғат", "Ғалым", "Әлібек", "Жандос", "Ілияс", "Өмірзақ", "Берік", "Ұлан",
    "Тимур", "Арман", "Дидар", "Бекзат", "Алмас", "Марат", "Жәнібек",
]  # fmt: skip
KK_WOMEN = [
    "Айгүл", "Гүлнар", "Әсем", "Жанар", "Сәуле", "Динара", "Мәдина", "Айжан", "Ләззат",
    "Ақмарал", "Гүлмира", "Салтанат", "Назерке", "Ұлжан", "Індира", "Әйгерім", "Жұлдыз",
    "Балжан", "Шолпан", "Маржан", "Дана", "Меруерт", "Аружан", "Ғалия", "Қарлығаш",
]  # fmt: skip
RU_SURNAMES = [
    "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов",
    "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров",
    "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин",
    "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев",
]  # fmt: skip
RU_MEN = [
    "Александр", "Алексей", "Андрей", "Владимир", "Дмитрий", "Евгений", "Игорь",
    "Константин", "Михаил", "Николай", "Олег", "Павел", "Сергей", "Юрий", "Артём", "Илья",
    "Максим", "Пётр", "Виктор", "Григорий",
]  # fmt: skip
RU_WOMEN = [
    "Анна", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Марина",
    "Людмила", "Галина", "Алёна", "Юлия", "Ксения", "Дарья", "Вера", "Надежда", "Софья",
    "Любовь",
]  # fmt: skip
RU_PATRONYMICS = [
    "Александрович", "Алексеевич", "Андреевич", "Владимирович", "Дмитриевич",
    "Евгеньевич", "Игоревич", "Николаевич", "Олегович", "Павлович", "Сергеевич",
    "Юрьевич", "Викторович", "Петрович", "Михайлович",
]  # fmt: skip


def _feminine_surname(surname: str) -> str:
    """Иванов → Иванова, Ғабдуллин → Ғабдуллина (every surname above ends so)."""
    return surname + "а"


def _feminine_patronymic(patronymic: str) -> str:
    """Петрович → Петровна, Юрьевич → Юрьевна."""
    return patronymic[:-3] + "вна"


def _kazakh_titles() -> list[str]:
    titles = [f"{adj} {noun}" for adj in KK_ADJECTIVES for noun in KK_NOUNS]
    titles += [f"{noun.capitalize()} туралы {genre}" for noun in KK_NOUNS for genre in KK_GENRES]
    return titles


def _russian_titles() -> list[str]:
    titles = [f"{forms[gender]} {noun}" for forms in RU_ADJECTIVES for noun, gender in RU_NOUNS]
    nouns = [noun for noun, _gender in RU_NOUNS]
    titles += [f"{a.capitalize()} и {b}" for a in nouns for b in nouns if a != b]
    return titles


def _kazakh_names() -> list[str]:
    names = [f"{surname}, {given}" for surname in KK_SURNAMES for given in KK_MEN]
    names += [f"{_feminine_surname(s)}, {given}" for s in KK_SURNAMES for given in KK_WOMEN]
    return names


def _russian_names() -> list[str]:
    names = [
        f"{surname}, {given} {patronymic}"
        for surname in RU_SURNAMES
        for given in RU_MEN
        for patronymic in RU_PATRONYMICS
    ]
    names += [
        f"{_feminine_surname(surname)}, {given} {_feminine_patronymic(patronymic)}"
        for surname in RU_SURNAMES
        for given in RU_WOMEN
        for patronymic in RU_PATRONYMICS
    ]
    return names


@cache
def _pool(kind: str) -> tuple[list[str], list[float]]:
    """Composed values of ``kind`` in a fixed random order, with cumulative weights."""
    values = {
        "kk-title": _kazakh_titles,
        "ru-title": _russian_titles,
        "kk-name": _kazakh_names,
        "ru-name": _russian_names,
    }[kind]()
    random.Random(f"{_ORDER_SEED}-{kind}").shuffle(values)
    weights = [1 / (rank + _ZIPF_OFFSET) for rank in range(len(values))]
    return values, list(accumulate(weights))


def _composed(rng: random.Random, kind: str) -> str:
    values, cumulative = _pool(kind)
    return rng.choices(values, cum_weights=cumulative)[0]


def pick_title(rng: random.Random, kazakh: bool, classics: Sequence[str]) -> str:
    """A book title: one of ``classics`` (three in ten) or a composed one."""
    if rng.random() < CLASSIC_TITLE_SHARE:
        return rng.choice(classics)
    return _composed(rng, "kk-title" if kazakh else "ru-title")


def pick_author(rng: random.Random, kazakh: bool, classics: Sequence[str]) -> str:
    """An author heading ("Surname, Given"): one of ``classics`` (four in ten) or composed."""
    if rng.random() < CLASSIC_AUTHOR_SHARE:
        return rng.choice(classics)
    return _composed(rng, "kk-name" if kazakh else "ru-name")


def distinct_counts() -> dict[str, int]:
    """How many composed values each pool holds (for the benchmark notes and tests)."""
    return {kind: len(_pool(kind)[0]) for kind in ("kk-title", "ru-title", "kk-name", "ru-name")}
