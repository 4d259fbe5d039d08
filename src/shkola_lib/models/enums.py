"""Closed vocabularies of the catalog, stored as short ASCII codes."""

from __future__ import annotations

from enum import StrEnum

from shkola_lib.i18n import translate


class MaterialType(StrEnum):
    BOOK = "book"
    TEXTBOOK = "textbook"
    BROCHURE = "brochure"
    PERIODICAL = "periodical"
    ELECTRONIC = "electronic"
    AUDIOVISUAL = "audiovisual"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            MaterialType.BOOK: translate("MaterialType", "Book"),
            MaterialType.TEXTBOOK: translate("MaterialType", "Textbook"),
            MaterialType.BROCHURE: translate("MaterialType", "Brochure"),
            MaterialType.PERIODICAL: translate("MaterialType", "Periodical issue"),
            MaterialType.ELECTRONIC: translate("MaterialType", "Electronic resource"),
            MaterialType.AUDIOVISUAL: translate("MaterialType", "Audio-visual"),
            MaterialType.OTHER: translate("MaterialType", "Other"),
        }[self]


class PersonRole(StrEnum):
    AUTHOR = "author"
    COAUTHOR = "coauthor"
    EDITOR = "editor"
    TRANSLATOR = "translator"
    ILLUSTRATOR = "illustrator"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            PersonRole.AUTHOR: translate("PersonRole", "Author"),
            PersonRole.COAUTHOR: translate("PersonRole", "Co-author"),
            PersonRole.EDITOR: translate("PersonRole", "Editor"),
            PersonRole.TRANSLATOR: translate("PersonRole", "Translator"),
            PersonRole.ILLUSTRATOR: translate("PersonRole", "Illustrator"),
            PersonRole.OTHER: translate("PersonRole", "Other contributor"),
        }[self]


class CopyStatus(StrEnum):
    AVAILABLE = "available"
    ON_LOAN = "on_loan"
    LOST = "lost"
    WRITTEN_OFF = "written_off"

    @property
    def label(self) -> str:
        return {
            CopyStatus.AVAILABLE: translate("CopyStatus", "Available"),
            CopyStatus.ON_LOAN: translate("CopyStatus", "On loan"),
            CopyStatus.LOST: translate("CopyStatus", "Lost"),
            CopyStatus.WRITTEN_OFF: translate("CopyStatus", "Written off"),
        }[self]


class SubjectKind(StrEnum):
    SUBJECT = "subject"
    KEYWORD = "keyword"
