"""The first-start panel shown on an empty catalog."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    newRecordRequested = Signal()
    demoRequested = Signal()
    importRequested = Signal()
    restoreRequested = Signal()

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel(self.tr("Welcome to Shkola-Lib"), self)
        title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        intro = QLabel(
            self.tr(
                "Your catalog is empty. Start by adding the first book, import the catalog "
                "from another library program, or look around in a demo catalog first."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.new_button = QPushButton(self.tr("Add the first book (Ctrl+N)"), self)
        self.new_button.setObjectName("welcomeNewButton")
        self.demo_button = QPushButton(self.tr("Fill with a demo catalog to try the program"), self)
        self.demo_button.setObjectName("welcomeDemoButton")
        self.import_button = QPushButton(
            self.tr("Import a file from another library program (Ctrl+I)"), self
        )
        self.import_button.setObjectName("welcomeImportButton")
        self.restore_button = QPushButton(
            self.tr("Restore the catalog from a backup (a new computer, a damaged file)"), self
        )
        self.restore_button.setObjectName("welcomeRestoreButton")
        self.restore_button.clicked.connect(self.restoreRequested)
        self.import_button.clicked.connect(self.importRequested)
        self.new_button.clicked.connect(self.newRecordRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        where = QLabel(
            self.tr(
                "Your catalog is kept on this computer in the file:<br><b>{path}</b><br>"
                "It works without the internet. To use another file, start the program "
                "with <tt>--db PATH</tt>."
            ).format(path=escape(str(db_path))),
            self,
        )
        where.setObjectName("welcomeWhere")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(16)
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(24)
        layout.addWidget(where)
        layout.addStretch(1)
