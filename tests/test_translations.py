"""The Kazakh and Russian catalogues (translations/*.ts) are complete, current and well formed.

When this fails because strings in the code changed, run ``bash scripts/update-translations.sh``
and translate what it marks unfinished (see translations/GLOSSARY.md for the terms).
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "translations"
LANGUAGES = ("kk", "ru")
FIX = "Run `bash scripts/update-translations.sh` and translate what it marks unfinished."

#: Names and formats that stay the same in every language although they are English words.
SAME_IN_EVERY_LANGUAGE = {
    "ISBN",
    "MARC",
    "MARC21",
    "MARCXML",
    "RUSMARC",
    "UNIMARC",
    "UTF-8",
    "Shkola-Lib",
    "SQLite: {line}",
}

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
HTML_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^<>]*>")
ENGLISH_WORD = re.compile(r"\b[A-Za-z]{2,}\b")


def _load_hatch_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


hatch_build = _load_hatch_build()


@dataclass(frozen=True)
class Message:
    lang: str
    context: str
    source: str
    forms: tuple[str, ...]  # the translation, or its plural forms
    kind: str  # "" (finished), "unfinished", "vanished" or "obsolete"
    numerus: bool

    def where(self) -> str:
        return f"{self.lang} [{self.context}] {self.source!r}"


def read_ts(path: Path, lang: str = "") -> list[Message]:
    messages: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            tr = msg.find("translation")
            assert tr is not None, f"{path}: a message without <translation>"
            numerus = msg.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in tr.iter("numerusform")) if numerus else (tr.text or "",)
            )
            messages.append(
                Message(
                    lang=lang,
                    context=name,
                    source=msg.findtext("source") or "",
                    forms=forms,
                    kind=tr.get("type") or "",
                    numerus=numerus,
                )
            )
    return messages


@pytest.fixture(scope="module")
def catalogues() -> dict[str, list[Message]]:
    found = {lang: TS_DIR / f"shkola_lib_{lang}.ts" for lang in LANGUAGES}
    for path in found.values():
        assert path.is_file(), f"{path} is missing. {FIX}"
    return {lang: read_ts(path, lang) for lang, path in found.items()}


def _all(catalogues: dict[str, list[Message]]) -> list[Message]:
    return [m for messages in catalogues.values() for m in messages]


def _accelerators(text: str) -> int:
    """How many '&' mark a mnemonic ('&&' is a literal ampersand)."""
    return len(re.findall(r"&(?!&)(?=\S)", text.replace("&&", "")))


def test_every_message_is_translated(catalogues):
    problems = [
        f"{m.where()}: {m.kind or 'empty'}"
        for m in _all(catalogues)
        if m.kind or not all(form.strip() for form in m.forms)
    ]
    assert not problems, f"{len(problems)} message(s) not translated. {FIX}\n" + "\n".join(problems)


def test_no_message_lacks_a_context(catalogues):
    """lupdate files calls through an alias (``tr = window.tr``) under an empty context,
    but at run time ``window.tr`` looks them up under the window's class name: they are
    never translated. Use ``self.tr(...)`` or ``QCoreApplication.translate("Ctx", ...)``."""
    empty = sorted({m.source for m in _all(catalogues) if not m.context})
    assert not empty, "Strings without a context (never translated at run time):\n" + "\n".join(
        empty
    )


def test_placeholders_tags_and_accelerators_match(catalogues):
    problems: list[str] = []
    for m in _all(catalogues):
        for form in m.forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(m.source)):
                problems.append(f"{m.where()}: placeholders differ in {form!r}")
            if sorted(HTML_TAG.findall(form)) != sorted(HTML_TAG.findall(m.source)):
                problems.append(f"{m.where()}: HTML tags differ in {form!r}")
            marks = _accelerators(form)
            if marks > 1:
                problems.append(f"{m.where()}: more than one & accelerator in {form!r}")
            if (marks == 1) != (_accelerators(m.source) == 1):
                problems.append(f"{m.where()}: the & accelerator was lost or added in {form!r}")
            if ("%n" in m.source) != ("%n" in form):
                problems.append(f"{m.where()}: %n differs in {form!r}")
            if m.source.count("\n") != form.count("\n"):
                problems.append(f"{m.where()}: line breaks differ in {form!r}")
    assert not problems, "\n".join(problems)


def test_plural_forms_are_complete(catalogues):
    expected = {"kk": 2, "ru": 3}  # Qt's plural rules for these languages
    problems = [
        f"{m.where()}: {len(m.forms)} plural forms, Qt uses {expected[m.lang]}"
        for m in _all(catalogues)
        if m.numerus and len(m.forms) != expected[m.lang]
    ]
    assert not problems, "\n".join(problems)


def test_nothing_is_left_in_english(catalogues):
    """A translation equal to an English source of more than three words was forgotten."""
    problems = []
    for m in _all(catalogues):
        english = ENGLISH_WORD.findall(PLACEHOLDER.sub("", m.source))
        for form in m.forms:
            if form == m.source and len(english) > 3 and m.source not in SAME_IN_EVERY_LANGUAGE:
                problems.append(m.where())
    assert not problems, "Left in English:\n" + "\n".join(problems)


def test_catalogues_are_up_to_date_with_the_code(tmp_path):
    """lupdate over the code, into copies: every marked string must be in the .ts files."""
    lupdate = hatch_build.qt_tool("lupdate")
    sources = sorted(
        str(p) for p in (ROOT / "src" / "shkola_lib").rglob("*.py") if "migrations" not in p.parts
    )
    listing = tmp_path / "sources.lst"
    listing.write_text("\n".join(sources) + "\n", encoding="utf-8")
    problems: list[str] = []
    for lang in LANGUAGES:
        current = TS_DIR / f"shkola_lib_{lang}.ts"
        copy = tmp_path / current.name
        shutil.copyfile(current, copy)
        done = subprocess.run(
            [str(lupdate), "-silent", "-no-obsolete", "-locations", "none",
             f"@{listing}", "-ts", str(copy)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr or done.stdout
        before = {(m.context, m.source) for m in read_ts(current)}
        after = {(m.context, m.source) for m in read_ts(copy)}
        problems += [f"{lang}: new in the code [{c}] {s!r}" for c, s in sorted(after - before)]
        problems += [f"{lang}: gone from the code [{c}] {s!r}" for c, s in sorted(before - after)]
    assert not problems, f"The .ts files are out of date. {FIX}\n" + "\n".join(problems)


def _marked_in_code() -> list[tuple[str, int, str]]:
    """Every ``translate("Ctx", "literal")`` and ``tr("literal")`` call: file, line, text."""
    import ast

    found = []
    for path in sorted((ROOT / "src" / "shkola_lib").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            at = {"tr": 0, "translate": 1}.get(name)
            if at is None or len(node.args) <= at:
                continue
            literals = [a for a in node.args[: at + 1] if isinstance(a, ast.Constant)]
            if len(literals) == at + 1 and all(isinstance(a.value, str) for a in literals):
                found.append((path.relative_to(ROOT).as_posix(), node.lineno, literals[-1].value))
    return found


def test_lupdate_sees_every_marked_string(catalogues):
    """lupdate skips calls it cannot parse, e.g. inside an f-string: such text stays English."""
    sources = {m.source for m in catalogues["kk"]}
    missing = [
        f"{f}:{line}: {text!r}" for f, line, text in _marked_in_code() if text not in sources
    ]
    assert not missing, (
        "Marked for translation but not extracted by lupdate (move the call out of the "
        "f-string or expression it hides in):\n" + "\n".join(missing)
    )


def test_catalogues_compile(tmp_path):
    made = hatch_build.compile_translations(TS_DIR, tmp_path)
    assert sorted(p.name for p in made) == [f"shkola_lib_{lang}.qm" for lang in sorted(LANGUAGES)]
    for qm in made:
        assert qm.stat().st_size > 1000, f"{qm} is (almost) empty"


def test_compiled_catalogue_translates(tmp_path, qapp):
    from PySide6.QtCore import QTranslator

    hatch_build.compile_translations(TS_DIR, tmp_path)
    translators = {}
    for lang, expected in (("kk", "Есептен шығару"), ("ru", "Списать")):
        translator = translators[lang] = QTranslator()
        assert translator.load(f"shkola_lib_{lang}", str(tmp_path))
        assert translator.translate("WriteOffDialog", "Write off") == expected
    # Russian plural forms are chosen by the number (QCoreApplication puts it for %n)
    source = "Write off %n copies of КСУ entry {ksu} under act {act}?"
    forms = [translators["ru"].translate("WriteOffDialog", source, "", n) for n in (1, 3, 5)]
    assert [f.split()[5] for f in forms] == ["экземпляр", "экземпляра", "экземпляров"]


# --- choosing the language without Qt (shkola_lib.i18n_runtime) --------------------------------
def test_lang_option_is_found_before_argparse_runs():
    from shkola_lib.i18n_runtime import lang_option, without_lang_option

    assert lang_option(["--lang", "ru", "search", "x"]) == "ru"
    assert lang_option(["--db", "a.sqlite", "--lang=kk", "info"]) == "kk"
    assert lang_option(["search", "--", "--lang", "ru"]) == ""
    assert lang_option(["--lang", "de"]) == ""
    assert without_lang_option(["--db", "a", "--lang", "ru", "--lang=kk"]) == ["--db", "a"]


def test_command_line_language():
    from shkola_lib.i18n_runtime import cli_language

    assert cli_language("", "") == "en"  # never the system locale: scripts read the same
    assert cli_language("", "kk") == "kk"  # the choice saved by the window
    assert cli_language("ru", "kk") == "ru"  # --lang wins
    assert cli_language("de", "") == "en"


def test_language_menu_names_are_their_own():
    from shkola_lib.i18n_runtime import LANGUAGES, NATIVE_NAMES, restart_question

    assert [NATIVE_NAMES[code] for code in LANGUAGES] == ["Қазақша", "Русский", "English"]
    assert "Русский" in restart_question("ru")


def test_accept_moved_takes_only_carried_over_translations(tmp_path):
    ts = tmp_path / "t.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="ru"><context>'
        "<name>X</name>"
        '<message><source>a</source><translation type="unfinished">А</translation></message>'
        '<message><source>b</source><translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n c</source><translation type="unfinished">'
        "<numerusform>%n в</numerusform><numerusform></numerusform>"
        "<numerusform></numerusform></translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    hatch_build.accept_moved([ts])
    kinds = {m.source: m.kind for m in read_ts(ts)}
    assert kinds == {"a": "", "b": "unfinished", "%n c": "unfinished"}
