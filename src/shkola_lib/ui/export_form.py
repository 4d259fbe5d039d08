"""The choices of an export: who the file is for, what goes in it, where it goes.

Shown by :class:`~shkola_lib.ui.export_dialog.ExportDialog`; it only holds the choices
(no running, no service calls). The USB stick is preselected for the district package.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from shkola_lib.catalog.package import package_name
from shkola_lib.catalog.profiles import Profile, load_profiles
from shkola_lib.ui import exchange_common
from shkola_lib.ui.exchange_common import GREY_STYLE, WARNING_STYLE, encoding_name, ui_language

EXPORT_ENCODINGS = ("utf-8", "cp1251", "kz1048")
SCOPES = ("all", "search", "selected", "since")
DEFAULT_PROFILE = "rusmarc"


def text_label(text: str = "", style: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(style)
    label.setObjectName(name)
    return label


def documents_dir() -> Path:
    loc = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(loc or Path.home())


class ExportForm(QWidget):
    def __init__(
        self,
        *,
        search_count: int,
        selected_count: int,
        query: str,
        package: bool,
        library_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.search_count, self.selected_count, self.query = search_count, selected_count, query
        self._file_dest = ""
        self._folder_dest = ""
        self.profiles = load_profiles()

        # who the file is for
        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("profileCombo")
        self.profile_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.profile_combo.setMinimumContentsLength(36)
        lang = ui_language()
        for name, profile in sorted(self.profiles.items(), key=lambda p: p[1].display_title(lang)):
            self.profile_combo.addItem(profile.display_title(lang), name)
        self.description_label = text_label(style=GREY_STYLE, name="profileDescription")
        self.assumptions_label = text_label(style=GREY_STYLE + "font-style: italic;")
        self.assumptions_label.setObjectName("profileAssumptions")

        # what
        what = QGroupBox(self.tr("What to export"), self)
        self.scope_group = QButtonGroup(self)
        self.scope_buttons: dict[str, QRadioButton] = {}
        for n, scope in enumerate(SCOPES):
            button = QRadioButton(what)
            button.setObjectName(f"scope_{scope}")
            self.scope_group.addButton(button, n)
            self.scope_buttons[scope] = button
        month_ago = (date.today() - timedelta(days=30)).isoformat()
        self.since_edit = QDateEdit(QDate.fromString(month_ago, Qt.DateFormat.ISODate), what)
        self.since_edit.setObjectName("sinceEdit")
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("dd.MM.yyyy")
        self.since_edit.dateChanged.connect(lambda _d: self.set_scope("since"))
        since_row = QHBoxLayout()
        since_row.addWidget(self.scope_buttons["since"])
        since_row.addWidget(self.since_edit)
        since_row.addStretch(1)
        what_layout = QVBoxLayout(what)
        for scope in ("all", "search", "selected"):
            what_layout.addWidget(self.scope_buttons[scope])
        what_layout.addLayout(since_row)
        self.set_total(None)
        self.scope_buttons["search"].setEnabled(search_count > 0)
        self.scope_buttons["selected"].setEnabled(selected_count > 0)
        self.scope_buttons["all"].setChecked(True)

        # where
        self.package_check = QCheckBox(
            self.tr("&District package (ZIP with the MARC file, a summary table and a manifest)"),
            self,
        )
        self.package_check.setObjectName("packageCheck")
        self.dest_label = QLabel(self)
        self.dest_edit = QLineEdit(self)
        self.dest_edit.setObjectName("destinationEdit")
        self.dest_edit.textChanged.connect(lambda _t: self._update_dest_note())
        self.dest_label.setBuddy(self.dest_edit)
        self.browse_button = QPushButton(self.tr("C&hoose…"), self)
        self.browse_button.setObjectName("browseButton")
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        self.dest_note = text_label(style=GREY_STYLE, name="destinationNote")
        self.library_edit = QLineEdit(library_name, self)
        self.library_edit.setObjectName("libraryNameEdit")
        self.library_edit.setPlaceholderText(self.tr("e.g. School No. 12, Astana"))
        self.library_edit.textChanged.connect(lambda _t: self._update_dest_note())
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.setObjectName("encodingCombo")
        self.encoding_warning = text_label(style=WARNING_STYLE, name="encodingWarning")
        dest_row = QHBoxLayout()
        dest_row.addWidget(self.dest_edit, 1)
        dest_row.addWidget(self.browse_button)
        # a grid, not a QFormLayout: wrapped notes then take the height they need
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        self.grid = grid
        self._row_labels: dict[QWidget, QLabel] = {}
        self._add_row(self.tr("&For:"), self.profile_combo)
        self._add_row("", self.description_label)
        self._add_row("", self.assumptions_label)
        grid.addWidget(what, grid.rowCount(), 0, 1, 2)
        grid.addWidget(self.package_check, grid.rowCount(), 0, 1, 2)
        row = grid.rowCount()
        grid.addWidget(self.dest_label, row, 0)
        grid.addLayout(dest_row, row, 1)
        self._add_row("", self.dest_note)
        self._add_row(self.tr("&Library name:"), self.library_edit)
        self._add_row(self.tr("Character &set:"), self.encoding_combo)
        self._add_row("", self.encoding_warning)
        grid.setRowStretch(grid.rowCount(), 1)

        self.profile_combo.currentIndexChanged.connect(lambda _i: self._profile_changed())
        self.encoding_combo.currentIndexChanged.connect(lambda _i: self._update_encoding_note())
        self.package_check.toggled.connect(lambda _c: self._package_toggled())
        self.package_check.setChecked(package)
        self.set_profile(DEFAULT_PROFILE)
        self._package_toggled()

    def _add_row(self, text: str, field: QWidget) -> None:
        row = self.grid.rowCount()
        label = QLabel(text, self)
        label.setBuddy(field)
        self.grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
        self.grid.addWidget(field, row, 1)
        self._row_labels[field] = label

    def _show_row(self, field: QWidget, visible: bool) -> None:
        field.setVisible(visible)
        self._row_labels[field].setVisible(visible)

    # --- reading the choices --------------------------------------------------------------
    def profile(self) -> Profile | None:
        """The chosen profile with the chosen character set."""
        profile = self.profiles.get(self.profile_combo.currentData() or "")
        encoding = self.encoding_combo.currentData()
        if profile is not None and self.encoding_combo.isEnabled() and encoding:
            profile = profile.with_encoding(encoding)
        return profile

    def scope(self) -> str:
        return next((s for s, b in self.scope_buttons.items() if b.isChecked()), "all")

    def since(self) -> date:
        return self.since_edit.date().toPython()  # type: ignore[no-any-return]

    def is_package(self) -> bool:
        return self.package_check.isChecked()

    def destination(self) -> str:
        return self.dest_edit.text().strip()

    def library_name(self) -> str:
        return self.library_edit.text().strip()

    # --- setting them ---------------------------------------------------------------------
    def set_profile(self, name: str) -> None:
        if name not in self.profiles:
            name = DEFAULT_PROFILE
        self.profile_combo.setCurrentIndex(max(0, self.profile_combo.findData(name)))
        self._profile_changed()

    def set_encoding(self, encoding: str) -> None:
        self.encoding_combo.setCurrentIndex(max(0, self.encoding_combo.findData(encoding)))

    def set_scope(self, scope: str) -> None:
        self.scope_buttons[scope].setChecked(True)

    def set_destination(self, path: Path | str) -> None:
        self.dest_edit.setText(str(path))

    def set_total(self, total: int | None) -> None:
        b = self.scope_buttons
        b["all"].setText(
            self.tr("The &whole catalog ({n} records)").format(n=total)
            if total is not None
            else self.tr("The &whole catalog")
        )
        b["search"].setText(
            self.tr("The records found by the &search «{query}» ({n})").format(
                query=self.query, n=self.search_count
            )
            if self.query
            else self.tr("The records shown in the &list ({n})").format(n=self.search_count)
        )
        b["selected"].setText(self.tr("The s&elected records ({n})").format(n=self.selected_count))
        b["since"].setText(self.tr("Records added or &changed since"))

    def browse(self) -> None:
        current = self.destination()
        if self.is_package():
            path = QFileDialog.getExistingDirectory(
                self, self.tr("Where to save the package"), current
            )
        else:
            profile = self.profile()
            path, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the export as"),
                current,
                self.tr("MARC file (*.{ext})").format(ext=profile.extension if profile else "*"),
            )
        if path:
            self.dest_edit.setText(path)

    # --- keeping the form consistent --------------------------------------------------------
    def _profile_changed(self) -> None:
        profile = self.profiles.get(self.profile_combo.currentData() or "")
        if profile is None:
            return
        lang = ui_language()
        self.description_label.setText(profile.display_description(lang))
        self._show_row(self.description_label, bool(profile.description))
        self.assumptions_label.setText(profile.display_assumptions(lang))
        self._show_row(self.assumptions_label, bool(profile.assumptions))
        self.encoding_combo.blockSignals(True)
        self.encoding_combo.clear()
        for encoding in dict.fromkeys((*EXPORT_ENCODINGS, profile.encoding)):
            self.encoding_combo.addItem(encoding_name(encoding), encoding)
        self.encoding_combo.setCurrentIndex(self.encoding_combo.findData(profile.encoding))
        self.encoding_combo.blockSignals(False)
        iso = profile.format == "iso2709"
        self.encoding_combo.setEnabled(iso)
        self.encoding_combo.setToolTip(
            "" if iso else self.tr("MARCXML and MarcEdit files are always written in UTF-8.")
        )
        if self._file_dest:
            self._file_dest = str(Path(self._file_dest).with_suffix("." + profile.extension))
        if not self.is_package():
            self.dest_edit.setText(self._file_dest or self._suggested_file(profile))
        self._update_encoding_note()

    def _suggested_file(self, profile: Profile) -> str:
        return str(documents_dir() / f"catalog-{date.today():%Y-%m-%d}.{profile.extension}")

    def _package_toggled(self) -> None:
        text = self.destination()
        if self.is_package():
            self._file_dest = text or self._file_dest
            if not self._folder_dest:
                drives = exchange_common.removable_volumes()
                self._folder_dest = str(drives[0] if drives else documents_dir())
            self.dest_edit.setText(self._folder_dest)
            self.dest_label.setText(self.tr("F&older:"))
        else:
            self._folder_dest = text or self._folder_dest
            profile = self.profile()
            self.dest_edit.setText(
                self._file_dest or (self._suggested_file(profile) if profile else "")
            )
            self.dest_label.setText(self.tr("Fi&le:"))
        self._show_row(self.library_edit, self.is_package())
        self._update_dest_note()

    def _update_dest_note(self) -> None:
        text = self.destination()
        notes: list[str] = []
        if self.is_package():
            notes.append(
                self.tr("The package will be saved in this folder as {name}.").format(
                    name=package_name(self.library_edit.text())
                )
            )
        if text and exchange_common.on_removable_volume(Path(text)):
            notes.append(self.tr("This is a removable drive (USB stick)."))
        self.dest_note.setText(" ".join(notes))
        self._show_row(self.dest_note, bool(notes))

    def _update_encoding_note(self) -> None:
        encoding = self.encoding_combo.currentData() if self.encoding_combo.isEnabled() else ""
        if encoding == "cp1251":
            text = self.tr(
                "Windows-1251 has no Kazakh letters (ә ғ қ ң ө ұ ү һ): records with them "
                "cannot be written and will be left out and listed. Choose it only if the "
                "receiving program cannot read UTF-8."
            )
        elif encoding and encoding not in ("utf-8", "kz1048"):
            text = self.tr(
                "{encoding} may not hold every letter: such records are left out and listed."
            ).format(encoding=encoding_name(encoding))
        else:
            text = ""
        self.encoding_warning.setText(text)
        self._show_row(self.encoding_warning, bool(text))
