"""The import wizard's second page: what the file holds, readable or not.

Format, kind of MARC and character set in plain words with the first titles; under
«More choices» each of them can be forced, and the preview is read again at once so
the librarian sees the titles become readable (or not).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QListWidget,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shkola_lib.io.marc.encodings import SUPPORTED_ENCODINGS
from shkola_lib.ui.exchange_common import (
    ERROR_STYLE,
    FLAVOUR_NAMES,
    GREY_STYLE,
    WARNING_STYLE,
    confidence_words,
    encoding_name,
    format_name,
)
from shkola_lib.ui.import_pages import WizardPage, headline_label, text_label


# --- 2. what was found ---------------------------------------------------------------------
class FoundPage(WizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What the file holds"))
        self._subtitle = self.tr("Check that the titles below read correctly.")
        self.setSubTitle(self._subtitle)
        self.headline = headline_label("foundHeadline")
        self.details = text_label(style=GREY_STYLE, name="foundDetails")
        self.titles_label = text_label(self.tr("The first titles, as they will be imported:"))
        self.titles_list = QListWidget(self)
        self.titles_list.setObjectName("previewTitles")
        self.titles_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.titles_list.setMinimumHeight(120)
        self.warning = text_label(style=WARNING_STYLE, name="previewWarning")
        self.hint = text_label(
            self.tr(
                "If you see strange letters instead of words, open «More choices» and try "
                "another character set: the titles are read again at once."
            ),
            style=GREY_STYLE,
        )
        # the file cannot be read at all
        self.error_box = QWidget(self)
        self.error_label = text_label(style=ERROR_STYLE, name="previewError")
        self.error_help = text_label(
            self.tr(
                "It may be another kind of file (a document or a spreadsheet), or it is "
                "damaged. Ask the sender for the catalog as a MARC file (ISO 2709 .iso or "
                ".mrc, MARCXML .xml or MarcEdit .mrk), or choose another file."
            )
        )
        self.another_button = QPushButton(self.tr("Choose &another file…"), self.error_box)
        self.another_button.setObjectName("chooseAnotherButton")
        self.another_button.clicked.connect(lambda: self.wiz().choose_another_file())
        error_layout = QVBoxLayout(self.error_box)
        error_layout.setContentsMargins(0, 0, 0, 0)
        error_layout.addWidget(self.error_label)
        error_layout.addWidget(self.error_help)
        error_layout.addWidget(self.another_button, 0, Qt.AlignmentFlag.AlignLeft)
        # overrides
        self.advanced_button = QToolButton(self)
        self.advanced_button.setObjectName("advancedButton")
        self.advanced_button.setText(self.tr("More choices: format, kind of MARC, character set"))
        self.advanced_button.setCheckable(True)
        self.advanced_button.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.toggled.connect(self._toggle_advanced)
        self.advanced = QWidget(self)
        form = QFormLayout(self.advanced)
        form.setContentsMargins(18, 0, 0, 0)
        self.format_combo = self._combo(
            "formatCombo",
            [(f, format_name(f)) for f in ("iso2709", "marcxml", "mrk")],
        )
        self.flavour_combo = self._combo("flavourCombo", list(FLAVOUR_NAMES.items()))
        self.encoding_combo = self._combo(
            "encodingCombo", [(e, encoding_name(e)) for e in SUPPORTED_ENCODINGS]
        )
        form.addRow(self.tr("&Format:"), self.format_combo)
        form.addRow(self.tr("&Kind of MARC:"), self.flavour_combo)
        form.addRow(self.tr("C&haracter set:"), self.encoding_combo)
        self.advanced.hide()
        for combo, name in (
            (self.format_combo, "format"),
            (self.flavour_combo, "flavour"),
            (self.encoding_combo, "encoding"),
        ):
            combo.activated.connect(
                lambda _i, c=combo, n=name: self.wiz().set_override(n, c.currentData())
            )

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        layout.addWidget(self.error_box)
        layout.addWidget(self.titles_label)
        layout.addWidget(self.titles_list, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.hint)
        layout.addStretch(0)  # takes the room only while the list is hidden
        layout.addWidget(self.advanced_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.advanced)

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(self.tr("Detect automatically"), "auto")
        for value, text in items:
            combo.addItem(text, value)
        return combo

    def _toggle_advanced(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        self.advanced_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def choose_encoding(self, encoding: str) -> None:
        """Pick a character set under «More choices», as the librarian would."""
        self.advanced_button.setChecked(True)
        index = self.encoding_combo.findData(encoding)
        self.encoding_combo.setCurrentIndex(index)
        self.encoding_combo.activated.emit(index)

    def initializePage(self) -> None:
        self.wiz().request_preview()

    def cleanupPage(self) -> None:
        pass

    def titles(self) -> list[str]:
        return [self.titles_list.item(i).text() for i in range(self.titles_list.count())]

    def show_loading(self) -> None:
        self.headline.setText(self.tr("Reading the file…"))
        self.details.setText(str(self.wiz().path or ""))
        self.titles_list.setEnabled(False)
        self.details.show()
        self.error_box.hide()
        self.completeChanged.emit()

    def show_preview(self) -> None:
        w = self.wiz()
        self.titles_list.setEnabled(True)
        self.titles_list.clear()
        self.warning.clear()
        self._sync_combos()
        preview = w.preview
        unreadable = preview is None
        self.error_box.setVisible(unreadable)
        for widget in (self.titles_label, self.titles_list, self.hint):
            widget.setVisible(not unreadable)
        self.details.setVisible(not unreadable)
        self.setSubTitle("" if unreadable else self._subtitle)
        if preview is None:
            self.headline.setText(self.tr("This file cannot be imported"))
            self.error_label.setText(w.preview_error)
            self.another_button.setFocus()
            self.completeChanged.emit()
            return
        exact = preview.format != "iso2709" or preview.total_estimate <= preview.sample_size
        count = (self.tr("{n} records") if exact else self.tr("about {n} records")).format(
            n=preview.total_estimate
        )
        flavour = FLAVOUR_NAMES.get(preview.flavour, preview.flavour)
        guess = preview.encoding
        self.headline.setText(
            self.tr("{flavour}, {count}, {encoding}").format(
                flavour=flavour, count=count, encoding=encoding_name(guess.encoding)
            )
        )
        chosen = w.options.encoding != "auto"
        if not chosen and guess.confidence < 0.7:
            self.advanced_button.setChecked(True)  # unsure: put the choices in view
        certainty = self.tr("chosen by you") if chosen else confidence_words(guess.confidence)
        self.details.setText(
            self.tr("{format} · character set: {encoding} ({certainty}). {reason}").format(
                format=format_name(preview.format),
                encoding=encoding_name(guess.encoding),
                certainty=certainty,
                reason="" if chosen else guess.reason,
            )
        )
        self.titles_list.addItems(preview.titles)
        if preview.sample_errors:
            self.warning.setText(
                self.tr(
                    "{bad} of the first {n} records cannot be read with this character set; "
                    "they will be listed in the report."
                ).format(bad=preview.sample_errors, n=preview.sample_size)
            )
        if not preview.titles:
            self.warning.setText(
                self.tr("No readable records were found. Try another character set or file.")
            )
        self.completeChanged.emit()

    def _sync_combos(self) -> None:
        w = self.wiz()
        preview = w.preview
        detected = {
            "format": preview.format if preview and w.options.format == "auto" else "",
            "flavour": preview.flavour if preview and w.options.flavour == "auto" else "",
            "encoding": w.detected_encoding if preview else "",
        }
        names = {
            "format": format_name(detected["format"]),
            "flavour": FLAVOUR_NAMES.get(detected["flavour"], detected["flavour"]),
            "encoding": encoding_name(detected["encoding"]),
        }
        for name, combo in (
            ("format", self.format_combo),
            ("flavour", self.flavour_combo),
            ("encoding", self.encoding_combo),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(getattr(w.options, name))))
            combo.setItemText(
                0,
                self.tr("Detect automatically (found: {value})").format(value=names[name])
                if detected[name]
                else self.tr("Detect automatically"),
            )
            combo.blockSignals(False)
        xml = (preview is not None and preview.format == "marcxml") or (
            w.options.format == "marcxml"
        )
        self.encoding_combo.setEnabled(not xml)
        self.encoding_combo.setToolTip(
            self.tr("A MARCXML file names its own character set.") if xml else ""
        )

    def isComplete(self) -> bool:
        w = self.wiz()
        return not w.preview_loading and w.preview is not None and bool(w.preview.titles)
