"""The yellow banner of the record editor: "This book may already be in the catalog"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from shkola_lib.catalog.data import DuplicateMatch

BANNER_STYLE = (
    "QFrame#duplicateBanner { background: #fff3c4; border: 1px solid #d8b100;"
    " border-radius: 4px; } QFrame#duplicateBanner QLabel { color: #3d3000; }"
)


class DuplicateBanner(QFrame):
    """Names the first possible duplicate and offers to open it or to go on anyway."""

    openExistingClicked = Signal()
    goOnClicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateBanner")
        self.setStyleSheet(BANNER_STYLE)
        layout = QHBoxLayout(self)
        texts = QVBoxLayout()
        self.label = QLabel(self)
        self.label.setObjectName("duplicateLabel")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # titles are not markup
        self.more_label = QLabel(self)
        self.more_label.setObjectName("duplicateMoreLabel")
        texts.addWidget(self.label)
        texts.addWidget(self.more_label)
        layout.addLayout(texts, 1)
        self.open_existing_button = QPushButton(self.tr("Open existing record"), self)
        self.open_existing_button.setObjectName("openExistingButton")
        self.open_existing_button.setToolTip(
            self.tr("Close this form and open the record already in the catalog, to add copies")
        )
        self.open_existing_button.clicked.connect(self.openExistingClicked)
        self.go_on_button = QPushButton(self)
        self.go_on_button.setObjectName("saveAnywayButton")
        self.go_on_button.clicked.connect(self.goOnClicked)
        for button in (self.open_existing_button, self.go_on_button):
            button.setAutoDefault(False)
            layout.addWidget(button)
        self.hide()

    def show_matches(self, matches: list[DuplicateMatch], *, saving: bool) -> None:
        """Show the first match; ``saving``: the librarian pressed Save (else: still typing)."""
        first = matches[0]
        if first.year is None:
            text = self.tr("This book may already be in the catalog: «{title}»").format(
                title=first.title
            )
        else:
            text = self.tr("This book may already be in the catalog: «{title}» ({year})").format(
                title=first.title, year=first.year
            )
        self.label.setText(text)
        others = len(matches) - 1
        self.more_label.setText(
            self.tr("%n more similar record(s) found.", "", others) if others else ""
        )
        self.more_label.setVisible(others > 0)
        self.go_on_button.setText(
            self.tr("Save anyway") if saving else self.tr("Continue as a new record")
        )
        self.show()
