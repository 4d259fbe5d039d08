"""The "MARC" tab of the detail pane: the record as an export profile would write it.

Read-only, monospace, in MarcEdit's text form. Computed through the task runner,
and only while the tab is visible: switching records with the tab hidden costs nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QFontDatabase, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from shkola_lib.ui.exchange_common import is_alive, ui_language
from shkola_lib.ui.tasks import TaskRunner

if TYPE_CHECKING:  # profiles (and with them pymarc and the crosswalk) load when first shown
    from shkola_lib.catalog.profiles import Profile

log = logging.getLogger(__name__)

DEFAULT_PROFILE = "marc21"

MarcSource = Callable[[int, "Profile"], str]


class MarcView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("marcView")
        self._source: MarcSource | None = None
        self._runner: TaskRunner | None = None
        self._profiles: dict[str, Profile] | None = None
        self._record_id: int | None = None
        self._shown_key: tuple[int, str] | None = None
        self._generation = 0

        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("marcProfileCombo")
        self.profile_combo.activated.connect(lambda _i: self.refresh(force=True))
        label = QLabel(self.tr("As written for:"), self)
        label.setBuddy(self.profile_combo)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("marcText")
        self.text.setReadOnly(True)
        for view in (self.text, self.text.viewport()):
            view.setAcceptDrops(False)  # a file dropped here goes on to the main window
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.profile_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)

    def bind(self, source: MarcSource, runner: TaskRunner) -> None:
        """Where the text comes from (``CatalogService.marc_view``) and how it is run."""
        self._source = source
        self._runner = runner

    def _load_profiles(self) -> dict[str, Profile]:
        if self._profiles is None:
            from shkola_lib.catalog.profiles import load_profiles

            self._profiles = load_profiles()
            lang = ui_language()
            for name, profile in self._profiles.items():
                self.profile_combo.addItem(profile.display_title(lang), name)
            self.profile_combo.setCurrentIndex(max(0, self.profile_combo.findData(DEFAULT_PROFILE)))
        return self._profiles

    def set_profile(self, name: str) -> None:
        self._load_profiles()
        self.profile_combo.setCurrentIndex(max(0, self.profile_combo.findData(name)))
        self.refresh(force=True)

    def set_record(self, record_id: int | None) -> None:
        """The record shown in the pane changed (or was edited): recompute when visible."""
        self._record_id = record_id
        self._shown_key = None
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self, *, force: bool = False) -> None:
        if not self.isVisible() or self._source is None or self._runner is None:
            return
        profiles = self._load_profiles()
        rid = self._record_id
        if rid is None:
            self._generation += 1
            self.text.setPlainText("")
            self.text.setPlaceholderText(self.tr("Select a record to see it in MARC."))
            return
        name = self.profile_combo.currentData()
        profile = profiles.get(name) if isinstance(name, str) else None
        if profile is None:
            self.text.setPlainText(self.tr("No export profile was found."))
            return
        key = (rid, profile.name)
        if key == self._shown_key and not force:
            return
        self._shown_key = key
        self._generation += 1
        generation = self._generation
        source = self._source

        def shown(text: str) -> None:
            if is_alive(self) and generation == self._generation:
                self.text.setPlainText(text)

        def failed(exc: BaseException) -> None:
            log.error("MARC view failed for record %s", rid, exc_info=exc)
            if is_alive(self) and generation == self._generation:
                self.text.setPlainText(
                    self.tr("This record cannot be shown in MARC: {error}").format(error=exc)
                )

        self._runner.run(lambda: source(rid, profile), shown, failed)
