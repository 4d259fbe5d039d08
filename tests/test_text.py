"""Text folding for search and sort keys (Kazakh and Russian Cyrillic)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shkola_lib.catalog.text import (
    NSB,
    NSE,
    drop_nonsort_part,
    fold,
    sort_key,
    strip_nonsort_marks,
    tokens,
)

KAZAKH_UPPER = "ӘҒҚҢӨҰҮҺІ"
KAZAKH_LOWER = "әғқңөұүһі"


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("ҚАЗАҚ", "қазақ"),
        ("Қазақ", "қазақ"),
        ("Ә", "ә"),
        ("ӘУЕЗОВ", "әуезов"),
        (KAZAKH_UPPER, KAZAKH_LOWER),
        ("Ёжик в тумане", "ежик в тумане"),
        ("ЁЛКА", "елка"),
        ("Артём", "артем"),
        ("", ""),
    ],
)
def test_fold_lowercases_kazakh_and_folds_yo(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def test_kazakh_letters_stay_distinct_from_russian_ones() -> None:
    # No decomposition: қ is not к, ә is not а, і is not и.
    assert fold("Қазақ") != fold("Казак")
    assert fold("әлем") != fold("алем")
    assert fold("кітап") != fold("китап")


def test_fold_composes_decomposed_text() -> None:
    decomposed_yo = "Е\u0308лка"  # Ё as E + combining diaeresis
    assert fold(decomposed_yo) == "елка"
    assert fold("Арте\u0308м") == "артем"


def test_nonsort_marks_are_dropped_from_sort_key_but_text_kept_for_display() -> None:
    title = f"{NSB}The {NSE}Kazakh steppe"
    assert strip_nonsort_marks(title) == "The Kazakh steppe"
    assert drop_nonsort_part(title) == "Kazakh steppe"
    assert sort_key(title) == "kazakh steppe"
    # The escape-sequence spelling of the same marks (ESC-H / ESC-I).
    esc_title = "\x1bHLe \x1bIPetit prince"
    assert strip_nonsort_marks(esc_title) == "Le Petit prince"
    assert sort_key(esc_title) == "petit prince"
    # fold (search) keeps the words, without the marks.
    assert fold(title) == "the kazakh steppe"
    assert NSB not in fold(title) and NSE not in fold(title)


def test_sort_key_ignores_punctuation_and_spacing() -> None:
    assert sort_key("  «Абай жолы»:  роман ") == sort_key("абай жолы роман")
    assert sort_key("Абай, жолы") == sort_key("Абай жолы")
    assert sort_key("Қазақ  ертегілері") == sort_key("ҚАЗАҚ ЕРТЕГІЛЕРІ")
    assert sort_key("Ёжик в тумане") == sort_key("ежик в тумане")


@pytest.mark.parametrize(
    ("mixed", "cyrillic"),
    [
        ("кiтап", "кітап"),  # Latin i inside a Kazakh word
        ("Сәкен Сейфуллин, Кoкшетау", "сәкен сейфуллин, кокшетау"),  # Latin o
        ("ҚAЗAҚ", "қазақ"),  # Latin capital A
        ("пpoза", "проза"),  # Latin p and o
    ],
)
def test_latin_lookalikes_inside_cyrillic_words_are_repaired(mixed: str, cyrillic: str) -> None:
    assert fold(mixed) == cyrillic
    assert sort_key(mixed) == sort_key(cyrillic)


@pytest.mark.parametrize(
    ("mixed", "cyrillic"),
    [
        ("Kазақ", "казақ"),  # Latin capital K
        ("Tолстой", "толстой"),  # Latin capital T
        ("Mұқанов", "мұқанов"),  # Latin capital M
        ("Hұрпейісов", "нұрпейісов"),  # Latin capital H
        ("Bойна", "война"),  # Latin capital B
    ],
)
def test_latin_capital_lookalikes_are_repaired(mixed: str, cyrillic: str) -> None:
    assert fold(mixed) == cyrillic


@pytest.mark.parametrize("latin", ["Kazakh", "Tom Sawyer", "Harry Potter", "Python 3", "ABC"])
def test_pure_latin_words_are_untouched(latin: str) -> None:
    assert fold(latin) == latin.lower()
    assert all(ord(ch) < 128 for ch in fold(latin))


def test_mixed_phrase_repairs_only_the_mixed_word() -> None:
    # "Harry" stays Latin, "кiтабы" is repaired.
    assert fold("Harry Potter кiтабы") == "harry potter кітабы"


def test_tokens_are_folded_words() -> None:
    assert tokens("ҚАЗАҚ ертегілері, 2-том") == ["қазақ", "ертегілері", "2", "том"]


def test_sort_key_follows_the_kazakh_alphabet() -> None:
    # Kazakh alphabet: А Ә Б В Г Ғ Д Е … К Қ Л … Ы І Ь Э Ю Я
    words = [
        "Яблоко",
        "Әуезов",
        "Абай",
        "Бөкей",
        "Қасым",
        "Кекілбаев",
        "Лермонтов",
        "Ыбырай",
        "Ілияс",
        "Ғабит",
        "Гоголь",
        "Ұлпан",
        "Үркер",
        "Уақыт",
        "Ёжик",
        "Ежов",
        "Аа",
    ]
    expected = [
        "Аа",
        "Абай",
        "Әуезов",
        "Бөкей",
        "Гоголь",
        "Ғабит",
        "Ёжик",
        "Ежов",  # ё sorts as е
        "Кекілбаев",
        "Қасым",
        "Лермонтов",
        "Уақыт",
        "Ұлпан",
        "Үркер",
        "Ыбырай",
        "Ілияс",
        "Яблоко",
    ]
    assert sorted(words, key=sort_key) == expected


def test_sort_key_orders_shorter_word_first() -> None:
    assert sort_key("Абай") < sort_key("Абай жолы") < sort_key("Абайдың")


_LETTERS = (
    list("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
    + list("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
    + list(KAZAKH_UPPER + KAZAKH_LOWER)
    + list("aeopcxyiABEKMHOPCTXYIkmhtbqw")
    + list(" -,.0123456789")
)
_words = st.text(alphabet=st.sampled_from(_LETTERS), max_size=40)
_cyrillic_latin = st.text(
    alphabet=st.sampled_from([*_LETTERS, NSB, NSE, "\x1b", "H", "I"]), max_size=40
)


# Combining marks are left to the examples below: NFC runs before lower() and ё → е.
_no_combining = st.text(
    alphabet=st.characters(exclude_categories=("Mn", "Mc", "Me", "Cs")), max_size=40
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_no_combining, _cyrillic_latin))
def test_fold_is_idempotent(value: str) -> None:
    once = fold(value)
    assert fold(once) == once


@settings(max_examples=300, deadline=None)
@given(_words)
def test_fold_ignores_case(value: str) -> None:
    assert fold(value.upper()) == fold(value.lower()) == fold(value)


@settings(max_examples=300, deadline=None)
@given(_cyrillic_latin)
def test_sort_key_has_no_marks_and_no_yo(value: str) -> None:
    key = sort_key(value)
    assert NSB not in key and NSE not in key and "\x1b" not in key
    assert "ё" not in key and "Ё" not in key
    assert key == key.strip()


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("Ё\u0306", "ё\u0306"),  # ё + breve: е + breve composes to ӗ only on a second pass
        ("T\u0308", "t\u0308"),  # t + diaeresis has a precomposed form (ẗ), T has none
    ],
)
def test_fold_output_is_normalised_for_combining_sequences(upper: str, lower: str) -> None:
    assert fold(fold(upper)) == fold(upper)
    assert fold(upper) == fold(lower)


def _fold_every_step(text: str) -> str:
    """fold() as first written: every step on every text (the fast path must agree)."""
    import re
    import unicodedata

    from shkola_lib.catalog.text import _fix_mixed_script

    if not text:
        return ""
    text = unicodedata.normalize("NFC", strip_nonsort_marks(text)).lower()
    text = re.sub(r"\w+", lambda m: _fix_mixed_script(m.group(0)), text)
    return unicodedata.normalize("NFC", text.replace("ё", "е"))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *"АаЁёЕеКкМмНнТтВвРрСсХхУуІіӘәҚқAaEeKkMmHhTtBbPpCcXxYyIiÉé0-1 .,",
                *("\x1bH", "\x1bI", NSB, NSE, "\u0308", "\u0301", "İ", "ß"),
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_fold_fast_path_agrees_with_every_step(text: str) -> None:
    assert fold(text) == _fold_every_step(text)
