"""The documentation points at files that exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_readme_links_the_kazakh_and_russian_screenshots() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    linked = set(re.findall(r"\((docs/screenshots/[\w.-]+\.png)\)", readme))
    for window in ("main-window", "record-editor", "import-wizard", "label-dialog"):
        for lang in ("kk", "ru"):
            assert f"docs/screenshots/{window}-{lang}.png" in linked, (window, lang)
    for link in linked:
        image = ROOT / link
        assert image.is_file(), link
        assert image.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", link


def test_readme_and_docs_link_only_existing_files() -> None:
    for doc in (ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))):
        text = doc.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(((?!https?:|#)[^)#\s]+)", text):
            assert (doc.parent / target).exists(), f"{doc.name} links to missing {target}"
