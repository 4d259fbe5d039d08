"""Pages of the import wizard (file, duplicates, run, summary); the wizard keeps the state.

The second page, what the file holds, is in :mod:`shkola_lib.ui.import_preview_page`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from shkola_lib.catalog.importer import DuplicatePolicy
from shkola_lib.catalog.progress import Progress
from shkola_lib.ui.exchange_common import (
    GREY_STYLE,
)

if TYPE_CHECKING:
    from shkola_lib.ui.import_wizard import ImportWizard


def text_label(text: str = "", *, style: str = "", name: str = "", rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if style:
        label.setStyleSheet(style)
    if name:
        label.setObjectName(name)
    return label


def headline_label(name: str) -> QLabel:
    label = text_label(name=name)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.25)
    label.setFont(font)
    return label


class WizardPage(QWizardPage):
    def wiz(self) -> ImportWizard:
        return self.wizard()  # type: ignore[return-value]


# --- 1. the file -------------------------------------------------------------------------
class FilePage(WizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Which file do you want to import?"))
        self.setSubTitle(
            self.tr(
                "A catalog file from another library program or a publisher: MARC records "
                "in ISO 2709 (.iso, .mrc), MARCXML (.xml) or MarcEdit (.mrk)."
            )
        )
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importPathEdit")
        self.path_edit.setPlaceholderText(self.tr("The file's full path"))
        self.path_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.choose_button = QPushButton(self.tr("&Choose…"), self)
        self.choose_button.setObjectName("chooseFileButton")
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        label = QLabel(self.tr("&File:"), self)
        label.setBuddy(self.path_edit)
        hint = text_label(
            self.tr(
                "Tip: you can also drag the file from a folder or a USB stick onto the main "
                "window. Nothing is changed in the catalog until the last step."
            ),
            style=GREY_STYLE,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(hint)
        layout.addStretch(1)

    def initializePage(self) -> None:
        if self.wiz().path is not None:
            self.path_edit.setText(str(self.wiz().path))
        self.path_edit.setFocus()

    def cleanupPage(self) -> None:  # keep what was typed when restarting
        pass

    def choose_file(self) -> bool:
        from shkola_lib.ui.import_wizard import MARC_PATTERNS

        current = self.path_edit.text().strip()
        start = (
            str(Path(current).parent)
            if current
            else QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
        )
        filters = ";;".join(
            (
                self.tr("Catalog files ({patterns})").format(patterns=" ".join(MARC_PATTERNS)),
                self.tr("All files (*)"),
            )
        )
        path, _selected = QFileDialog.getOpenFileName(
            self, self.tr("Choose the file to import"), start, filters
        )
        if not path:
            return False
        self.path_edit.setText(path)
        return True

    def isComplete(self) -> bool:
        text = self.path_edit.text().strip()
        return bool(text) and Path(text).is_file()

    def validatePage(self) -> bool:
        self.wiz().set_path(Path(self.path_edit.text().strip()))
        return True


# --- 3. duplicates -------------------------------------------------------------------------
class DuplicatesPage(WizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Books already in the catalog"))
        self.setSubTitle(self.tr("Choose what to do with records the catalog already has."))
        self.setCommitPage(True)
        self.summary_label = text_label(name="duplicatesSummary")
        self.matches = QTreeWidget(self)
        self.matches.setObjectName("duplicatesList")
        self.matches.setRootIsDecorated(False)
        self.matches.setHeaderLabels(
            [self.tr("In the file"), self.tr("Already in the catalog"), self.tr("Found by")]
        )
        header = self.matches.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.policy_group = QButtonGroup(self)
        self.policy_buttons: dict[DuplicatePolicy, QRadioButton] = {}
        policy_box = QVBoxLayout()
        for n, policy in enumerate(DuplicatePolicy):
            button = QRadioButton(policy.label, self)
            button.setObjectName(f"policy_{policy.value}")
            self.policy_group.addButton(button, n)
            self.policy_buttons[policy] = button
            policy_box.addWidget(button)
        self.dry_run_check = QCheckBox(
            self.tr("&Trial run (change nothing): only see what would happen")
        )
        self.dry_run_check.setObjectName("dryRunCheck")
        self.dry_run_check.toggled.connect(self._update_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.matches, 1)
        layout.addSpacing(6)
        layout.addWidget(text_label(self.tr("When a record is already in the catalog:")))
        layout.addLayout(policy_box)
        layout.addSpacing(8)
        layout.addWidget(self.dry_run_check)
        layout.addStretch(0)  # takes the room only while the list is hidden

    def initializePage(self) -> None:
        w = self.wiz()
        self.matches.clear()
        preview = w.preview
        found_by = {"isbn": self.tr("ISBN"), "title_author_year": self.tr("title, author, year")}
        matches = preview.matches if preview else []
        for match in matches:
            QTreeWidgetItem(
                self.matches,
                [match.title, match.existing_title, found_by.get(match.reason, match.reason)],
            )
        sample = preview.sample_size if preview else 0
        whole = preview is not None and preview.total_estimate <= sample
        if matches:
            text = self.tr("{n} of the first {sample} records are already in the catalog:")
        else:
            text = self.tr("None of the first {sample} records are in the catalog yet.")
        if not whole:
            text += " " + self.tr("The rest of the file is checked the same way while importing.")
        self.summary_label.setText(text.format(n=len(matches), sample=sample))
        self.matches.setVisible(bool(matches))
        self.policy_buttons[w.options.policy].setChecked(True)
        self.dry_run_check.setChecked(w.options.dry_run)
        self._update_button()
        self.policy_buttons[w.options.policy].setFocus()

    def cleanupPage(self) -> None:
        pass

    def _update_button(self) -> None:
        self.setButtonText(
            QWizard.WizardButton.CommitButton,
            self.tr("&Try it") if self.dry_run_check.isChecked() else self.tr("&Import"),
        )

    def policy(self) -> DuplicatePolicy:
        for policy, button in self.policy_buttons.items():
            if button.isChecked():
                return policy
        return DuplicatePolicy.SKIP

    def validatePage(self) -> bool:
        self.wiz().options.policy = self.policy()
        self.wiz().options.dry_run = self.dry_run_check.isChecked()
        return True


# --- 4. the run ------------------------------------------------------------------------------
class RunPage(WizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(
            self.tr("You can cancel at any time (Esc): the catalog then stays as it was.")
        )
        self.what = text_label(name="runWhat")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("importProgress")
        self.status = text_label(style=GREY_STYLE, name="runStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.wiz().start_import()

    def cleanupPage(self) -> None:
        pass

    def show_started(self, path: Path, dry_run: bool) -> None:
        text = self.tr("Trying {file} (nothing is changed)…") if dry_run else None
        self.what.setText((text or self.tr("Importing {file}…")).format(file=path.name))
        self.bar.setRange(0, 0)  # busy until the first step
        self.status.setText(self.tr("Reading the file…"))

    def show_progress(self, step: Progress) -> None:
        if step.total:
            self.bar.setRange(0, step.total)
            self.bar.setValue(min(step.done, step.total))
        if step.message:
            self.status.setText(step.message)

    def show_cancelling(self) -> None:
        self.status.setText(self.tr("Stopping…"))

    def isComplete(self) -> bool:
        return not self.wiz().running


# --- 5. the summary ------------------------------------------------------------------------------
class DonePage(WizardPage):
    COUNTS = ("read", "imported", "merged", "duplicates_skipped", "rejected", "copies_added")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Done"))
        self.headline = headline_label("doneHeadline")
        self.message = text_label(name="doneMessage")
        names = {
            "read": self.tr("Records read from the file:"),
            "imported": self.tr("Added as new records:"),
            "merged": self.tr("Already in the catalog, their copies added:"),
            "duplicates_skipped": self.tr("Already in the catalog, skipped:"),
            "rejected": self.tr("Rejected because of errors (see the report):"),
            "copies_added": self.tr("Copies added:"),
            "stock_added": self.tr("Textbooks added to counted stock:"),
        }
        self.counts = QWidget(self)
        form = QFormLayout(self.counts)
        form.setContentsMargins(0, 6, 0, 6)
        self.count_labels: dict[str, QLabel] = {}
        for key, text in names.items():
            value = QLabel(self.counts)
            value.setObjectName(f"count_{key}")
            self.count_labels[key] = value
            form.addRow(text, value)
        self._form = form
        self.note = text_label(style=GREY_STYLE, name="doneNote")
        self.report_button = QPushButton(self.tr("Open the &report"), self)
        self.report_button.setObjectName("openReportButton")
        self.report_button.setAutoDefault(False)
        self.report_button.clicked.connect(self.open_report)
        self.real_button = QPushButton(self.tr("Import &for real now"), self)
        self.real_button.setObjectName("importForRealButton")
        self.real_button.setAutoDefault(False)
        self.real_button.clicked.connect(lambda: self.wiz().import_for_real())
        self.another_button = QPushButton(self.tr("Choose &another file…"), self)
        self.another_button.setObjectName("doneChooseAnotherButton")
        self.another_button.setAutoDefault(False)
        self.another_button.clicked.connect(lambda: self.wiz().choose_another_file())
        buttons = QHBoxLayout()
        for button in (self.report_button, self.real_button, self.another_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.message)
        layout.addWidget(self.counts)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        w = self.wiz()
        s = w.summary
        ok = w.outcome == "done" and s is not None
        self.counts.setVisible(ok)
        self.report_button.setVisible(ok and s is not None and s.report is not None)
        self.real_button.setVisible(ok and s is not None and s.dry_run)
        self.another_button.setVisible(w.outcome == "failed" and w.file_unreadable)
        self.note.clear()
        if w.outcome == "cancelled":
            self.headline.setText(self.tr("Cancelled: nothing was changed."))
            self.message.setText(self.tr("The catalog is exactly as it was before the import."))
            return
        if w.outcome == "failed" or s is None:
            self.headline.setText(
                self.tr("This file cannot be imported")
                if w.file_unreadable
                else self.tr("The import failed: nothing was changed.")
            )
            self.message.setText(w.failure)
            return
        for key, label in self.count_labels.items():
            label.setText(str(getattr(s, key)))
        self._form.setRowVisible(self.count_labels["stock_added"], s.stock_added > 0)
        if s.dry_run:
            self.headline.setText(self.tr("Trial run finished: nothing was changed."))
            self.message.setText(
                self.tr("This is what importing {file} would do:").format(file=s.file.name)
            )
            self.note.setText(self.tr("Press «Import for real now» to import it."))
        else:
            self.headline.setText(
                self.tr("Import finished: {n} new records in the catalog.").format(n=s.imported)
            )
            self.message.setText(self.tr("From {file}:").format(file=s.file.name))
            self.note.setText(
                self.tr(
                    "If something is wrong, the whole import can be undone: "
                    "Catalog → Import history."
                )
            )
        if s.read and s.duplicates_skipped == s.read:
            self.message.setText(
                self.tr(
                    "All records of {file} are already in the catalog; nothing was added."
                ).format(file=s.file.name)
            )

    def open_report(self) -> None:
        s = self.wiz().summary
        if s is not None and s.report is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(s.report)))
