"""Keyboard layouts mapped back to US-QWERTY: what a barcode scanner meant to type.

A USB scanner is a keyboard that presses the keys a *US* keyboard would need for
the code. The operating system turns those key positions into characters of
the layout that is active, so under the Kazakh layout the digit row gives
«ә і ң ғ …» and under the Russian one the letters give Cyrillic. Two ways back:

* by key position — the native scan code (Windows set-1 scan codes, X11/Wayland
  evdev keycodes) or the Windows virtual key; exact whatever the layout;
* by character — :func:`layout_to_ascii`, for platforms or events without
  native codes. It guesses the layout from the text, as a character alone can
  be ambiguous: «"» is Shift+2 under Russian but the 1 key under Kazakh.

The tables are the four rows of the main block, key by key in the order of
the US rows ``` `1234567890-= ``, ``qwertyuiop[]\\``, ``asdfghjkl;'``, ``zxcvbnm,./``.
Kazakh: RST KazSSR 903-90, as in Windows' «Kazakh» layout (KBDKAZ) and the
xkeyboard-config ``kz`` layout; Russian: Windows «Russian» (ЙЦУКЕН, KBDRU),
the xkeyboard-config ``ru`` default ("winkeys") variant.

Pure Python, no Qt: usable from the core and its tests.
"""

from __future__ import annotations

# --- the layouts, row by row (tilde row, Q row, A row, Z row) ----------------------------
US_ROWS = ("`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./")
US_SHIFTED_ROWS = ("~!@#$%^&*()_+", "QWERTYUIOP{}|", 'ASDFGHJKL:"', "ZXCVBNM<>?")

KAZAKH_ROWS = ('("әіңғ,.үұқөһ', "йцукенгшщзхъ\\", "фывапролджэ", "ячсмитьбю№")
KAZAKH_SHIFTED_ROWS = (")!ӘІҢҒ;:ҮҰҚӨҺ", "ЙЦУКЕНГШЩЗХЪ/", "ФЫВАПРОЛДЖЭ", "ЯЧСМИТЬБЮ?")

RUSSIAN_ROWS = ("ё1234567890-=", "йцукенгшщзхъ\\", "фывапролджэ", "ячсмитьбю.")
RUSSIAN_SHIFTED_ROWS = ('Ё!"№;%:?*()_+', "ЙЦУКЕНГШЩЗХЪ/", "ФЫВАПРОЛДЖЭ", "ЯЧСМИТЬБЮ,")

US_UNSHIFTED = "".join(US_ROWS)
US_SHIFTED = "".join(US_SHIFTED_ROWS)

US = "us"
KAZAKH = "kk"
RUSSIAN = "ru"

# Letters only the Kazakh layout has: their presence tells the layout apart.
KAZAKH_LETTERS = frozenset("әіңғүұқөһӘІҢҒҮҰҚӨҺ")


def _reverse(rows: tuple[str, ...], shifted_rows: tuple[str, ...]) -> dict[str, str]:
    """Character of a layout → the US character of the same key and shift state."""
    for own_row, us_row in zip(rows + shifted_rows, US_ROWS + US_SHIFTED_ROWS, strict=True):
        assert len(own_row) == len(us_row), f"{own_row!r}: one key too many or too few"
    table: dict[str, str] = {}
    for own, us in zip("".join(rows + shifted_rows), US_UNSHIFTED + US_SHIFTED, strict=True):
        assert own not in table, f"{own!r} twice in one layout"
        table[own] = us
    return table


# Per layout: every character it types on the main block → the US character.
TO_US: dict[str, dict[str, str]] = {
    US: _reverse(US_ROWS, US_SHIFTED_ROWS),
    KAZAKH: _reverse(KAZAKH_ROWS, KAZAKH_SHIFTED_ROWS),
    RUSSIAN: _reverse(RUSSIAN_ROWS, RUSSIAN_SHIFTED_ROWS),
}

# US unshifted character → the same key with Shift.
US_SHIFT = dict(zip(US_UNSHIFTED, US_SHIFTED, strict=True))


def guess_layout(text: str) -> str:
    """The layout ``text`` was most likely typed in: ``"kk"``, ``"ru"`` or ``"us"``.

    A Kazakh-only letter means Kazakh; any other Cyrillic letter or «№» means a
    Cyrillic layout, taken as Russian (they agree on all letter keys); else US.
    """
    if any(ch in KAZAKH_LETTERS for ch in text):
        return KAZAKH
    if any(ch == "№" or "\u0400" <= ch <= "\u04ff" for ch in text):
        return RUSSIAN
    return US


def layout_to_ascii(text: str, layout: str | None = None) -> str:
    """``text`` as the same keys would have typed it under the US layout.

    ``layout`` is ``"kk"``, ``"ru"`` or ``"us"``; ``None`` guesses it from the
    text (:func:`guess_layout`). Characters the layout does not type on the main
    block (digits of the numeric keypad, anything else) are kept as they are.
    Under US the text is unchanged: ASCII alone cannot tell which layout typed it.
    """
    table = TO_US[layout if layout is not None else guess_layout(text)]
    return "".join(table.get(ch, ch) for ch in text)


# --- native key codes: the key's position, whatever the layout ------------------------
# X11 and Wayland (evdev keycode + 8) of the main block, in US_UNSHIFTED order.
_X11_ROWS = (
    (49, "`"),
    *((10 + i, ch) for i, ch in enumerate("1234567890-=")),
    *((24 + i, ch) for i, ch in enumerate("qwertyuiop[]")),
    (51, "\\"),
    *((38 + i, ch) for i, ch in enumerate("asdfghjkl;'")),
    *((52 + i, ch) for i, ch in enumerate("zxcvbnm,./")),
    (65, " "),
)
X11_KEYCODES: dict[int, str] = dict(_X11_ROWS)

# Windows set-1 scan codes: the same keys, 8 lower (evdev codes are set-1 codes).
WINDOWS_SCAN_CODES: dict[int, str] = {code - 8: ch for code, ch in _X11_ROWS}

# Windows virtual keys: the digits and letters are layout-independent for
# Cyrillic layouts (VK_0..VK_9, VK_A..VK_Z); the OEM keys by their US meaning.
WINDOWS_VIRTUAL_KEYS: dict[int, str] = {
    **{0x30 + i: str(i) for i in range(10)},
    **{0x41 + i: chr(ord("a") + i) for i in range(26)},
    0x20: " ",
    0xBA: ";",
    0xBB: "=",
    0xBC: ",",
    0xBD: "-",
    0xBE: ".",
    0xBF: "/",
    0xC0: "`",
    0xDB: "[",
    0xDC: "\\",
    0xDD: "]",
    0xDE: "'",
}

WINDOWS = "windows"
X11 = "xcb"
WAYLAND = "wayland"


def native_key_to_ascii(
    platform: str | None, scan_code: int, virtual_key: int, *, shift: bool
) -> str | None:
    """The US character of a key identified by its native codes, or None if unknown.

    ``platform`` is Qt's platform name (``"windows"``, ``"xcb"``, ``"wayland"``…);
    other platforms give None, and the caller falls back to the event's text.
    """
    base: str | None = None
    if platform == WINDOWS:
        base = WINDOWS_SCAN_CODES.get(scan_code & 0xFF) if not scan_code & 0x100 else None
        if base is None and scan_code == 0:  # no hardware scan code: the virtual key
            base = WINDOWS_VIRTUAL_KEYS.get(virtual_key)
    elif platform is not None and (platform == X11 or platform.startswith(WAYLAND)):
        base = X11_KEYCODES.get(scan_code)
    if base is None:
        return None
    return US_SHIFT.get(base, base) if shift else base
