"""Exchange profiles: data files that say how an export is written.

Shipped profiles live in ``resources/profiles/*.toml``; a librarian (or whoever
helps them) can add or override one by putting a file of the same shape into the
``profiles`` folder of the user data folder — no code involved.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shkola_lib.i18n import translate
from shkola_lib.io.marc.crosswalk import ExportOptions
from shkola_lib.paths import data_dir, resources_dir

FORMATS = ("iso2709", "marcxml", "mrk")
ENCODINGS = ("utf-8", "cp1251", "kz1048", "cp866", "koi8-r", "marc-8")


class ProfileError(ValueError):
    """A profile file is missing or malformed; the message says which and why."""


@dataclass(frozen=True)
class Profile:
    name: str
    title: str
    titles: dict[str, str]
    description: str
    format: str
    encoding: str
    extension: str
    options: ExportOptions
    assumptions: str = ""
    source: Path | None = None
    descriptions: dict[str, str] = field(default_factory=dict)  # description_kk, _ru
    assumptions_by_language: dict[str, str] = field(default_factory=dict)

    def display_title(self, language: str = "") -> str:
        return self.titles.get(language) or self.title

    def display_description(self, language: str = "") -> str:
        return self.descriptions.get(language) or self.description

    def display_assumptions(self, language: str = "") -> str:
        return self.assumptions_by_language.get(language) or self.assumptions

    def with_encoding(self, encoding: str) -> Profile:
        from dataclasses import replace

        return replace(self, encoding=encoding)


def profile_dirs() -> list[Path]:
    """Shipped profiles first; the user's folder overrides by name."""
    return [resources_dir() / "profiles", data_dir() / "profiles"]


def _by_language(raw: dict[str, Any], key: str) -> dict[str, str]:
    """``key_kk`` and ``key_ru`` of a profile file: the text in the interface languages."""
    return {lang: str(raw[f"{key}_{lang}"]) for lang in ("kk", "ru") if f"{key}_{lang}" in raw}


def parse_profile(path: Path) -> Profile:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ProfileError(
            translate("Profiles", "The profile {path} cannot be read: {error}").format(
                path=path, error=exc
            )
        ) from exc
    try:
        marc = raw.get("marc", {})
        fmt = raw.get("format", "iso2709")
        encoding = raw.get("encoding", "utf-8")
        if fmt not in FORMATS:
            raise ValueError(f"format must be one of {', '.join(FORMATS)}")
        if encoding not in ENCODINGS:
            raise ValueError(f"encoding must be one of {', '.join(ENCODINGS)}")
        if fmt != "iso2709" and encoding != "utf-8":
            raise ValueError("MARCXML and .mrk are always written in UTF-8")
        options = ExportOptions(
            flavour=marc.get("flavour", "marc21"),
            holdings=marc.get("holdings", "852"),
            bbk_tags=list(marc.get("bbk_tags", [])),
            charset_code=str(marc.get("charset_code", "50")),
            keep_local_fields=bool(marc.get("keep_local_fields", True)),
            library_code=str(marc.get("library_code", "")),
            series_tag=str(marc.get("series_tag", "")),
        )
        name = str(raw.get("name") or path.stem)
        return Profile(
            name=name,
            title=str(raw.get("title", name)),
            titles={
                lang: str(raw[f"title_{lang}"]) for lang in ("kk", "ru") if f"title_{lang}" in raw
            },
            description=str(raw.get("description", "")),
            format=fmt,
            encoding=encoding,
            extension=str(raw.get("extension", {"marcxml": "xml", "mrk": "mrk"}.get(fmt, "iso"))),
            options=options,
            assumptions=str(raw.get("assumptions", "")),
            source=path,
            descriptions=_by_language(raw, "description"),
            assumptions_by_language=_by_language(raw, "assumptions"),
        )
    except (ValueError, TypeError, AttributeError) as exc:
        raise ProfileError(
            translate("Profiles", "The profile {path} is not valid: {error}").format(
                path=path, error=exc
            )
        ) from exc


def load_profiles() -> dict[str, Profile]:
    """All valid profiles by name (a broken user file is skipped, not fatal)."""
    profiles: dict[str, Profile] = {}
    for folder in profile_dirs():
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                profile = parse_profile(path)
            except ProfileError:
                continue
            profiles[profile.name] = profile
    return profiles


def get_profile(name: str) -> Profile:
    profiles = load_profiles()
    if name not in profiles:
        raise ProfileError(
            translate("Profiles", "There is no exchange profile «{name}». Known: {known}.").format(
                name=name, known=", ".join(sorted(profiles))
            )
        )
    return profiles[name]
