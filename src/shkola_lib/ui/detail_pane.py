"""The selected record: its card description and its holdings, with holding actions."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from shkola_lib.catalog.data import CopyData, RecordDetail, StockData
from shkola_lib.catalog.describe import (
    isbn_display,
    language_name,
    publication_area,
    shelf_mark,
    title_statement,
)
from shkola_lib.models import CopyStatus, MaterialType
from shkola_lib.ui.copies_model import HoldingsModel
from shkola_lib.ui.formatting import count_text
from shkola_lib.ui.marc_view import MarcView


class DetailPane(QWidget):
    addCopiesRequested = Signal(int)
    addStockRequested = Signal(int)
    editCopyRequested = Signal(object)  # CopyData
    writeOffRequested = Signal(object)  # CopyData | StockData
    editRecordRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail: RecordDetail | None = None
        self.card = QTextBrowser(self)
        self.card.setObjectName("recordCard")
        self.card.setOpenLinks(False)
        self.card.anchorClicked.connect(self._anchor)

        self.holdings_label = QLabel(self.tr("Holdings"), self)
        self.holdings_label.setObjectName("holdingsLabel")
        self.model = HoldingsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("holdingsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self._edit_copy())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.add_copies_button = QPushButton(self.tr("Add copies…"), self)
        self.add_copies_button.setObjectName("addCopiesButton")
        self.add_stock_button = QPushButton(self.tr("Add counted stock…"), self)
        self.add_stock_button.setObjectName("addStockButton")
        self.edit_copy_button = QPushButton(self.tr("Edit copy…"), self)
        self.edit_copy_button.setObjectName("editCopyButton")
        self.write_off_button = QPushButton(self.tr("Write off…"), self)
        self.write_off_button.setObjectName("writeOffButton")
        self.add_copies_button.clicked.connect(self._add_copies)
        self.add_stock_button.clicked.connect(self._add_stock)
        self.edit_copy_button.clicked.connect(self._edit_copy)
        self.write_off_button.clicked.connect(self._write_off)

        buttons = QHBoxLayout()
        for button in (
            self.add_copies_button,
            self.add_stock_button,
            self.edit_copy_button,
            self.write_off_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.holdings_label.setWordWrap(True)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.holdings_label)
        lower_layout.addLayout(buttons)
        lower_layout.addWidget(self.table)

        # --- MARC view: "Card" | "MARC" tabs (the MARC text is computed only when shown) ---
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("detailTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.card, self.tr("Card"))
        self.marc = MarcView(self)
        self.tabs.addTab(self.marc, self.tr("MARC"))
        # --- end MARC view ---
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tabs)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.show_detail(None)

    # --- content -------------------------------------------------------------
    def detail(self) -> RecordDetail | None:
        return self._detail

    def record_id(self) -> int | None:
        return self._detail.record.id if self._detail else None

    def show_detail(self, detail: RecordDetail | None, *, copy_id: int | None = None) -> None:
        self._detail = detail
        self.model.set_detail(detail)
        self.marc.set_record(detail.record.id if detail else None)  # MARC view
        if detail is None:
            self.card.setHtml(
                "<p style='color:#666'>{}</p>".format(
                    escape(self.tr("Select a record to see its description and copies."))
                )
            )
        else:
            self.card.setHtml(self._card_html(detail))
            counts = self.tr("{copies} copies ({available} available), {stock} in counted stock")
            self.holdings_label.setText(
                self.tr("Holdings: {counts}").format(
                    counts=counts.format(
                        copies=sum(
                            1 for c in detail.copies if c.status is not CopyStatus.WRITTEN_OFF
                        ),
                        available=count_text(detail.copies_available),
                        stock=count_text(detail.stock_remaining),
                    )
                )
            )
        if detail is None:
            self.holdings_label.setText(self.tr("Holdings"))
        if copy_id is not None:
            row = self.model.row_of_copy(copy_id)
            if row is not None:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
        self._update_buttons()

    def _card_html(self, d: RecordDetail) -> str:
        r = d.record
        rows: list[tuple[str, str]] = []

        def add(label: str, value: str) -> None:
            if value:
                rows.append((label, value))

        authors = "; ".join(
            p.name if p.role.value == "author" else f"{p.name} ({p.role.label.lower()})"
            for p in r.persons
        )
        add(self.tr("Persons"), authors)
        add(self.tr("Organisation"), r.corporate_body)
        add(self.tr("ISBN"), ", ".join(isbn_display(r.isbns)))
        add(self.tr("Shelf mark"), shelf_mark(r))
        add(self.tr("UDC"), r.udc)
        add(self.tr("Language"), ", ".join(language_name(c) for c in r.languages))
        add(self.tr("Type"), r.material_type.label)
        if r.material_type is MaterialType.TEXTBOOK:
            add(self.tr("Grade"), ", ".join(r.grades))
            add(self.tr("School subject"), r.school_subject)
            add(
                self.tr("Language of instruction"),
                language_name(r.instruction_language) if r.instruction_language else "",
            )
        add(
            self.tr("Subjects"),
            "; ".join(" — ".join([s.term, *(v for _k, v in s.subdivisions)]) for s in r.subjects),
        )
        add(self.tr("Keywords"), ", ".join(r.keywords))
        table = "".join(
            f"<tr><td style='color:#555;padding-right:12px'>{escape(k)}</td>"
            f"<td>{escape(v)}</td></tr>"
            for k, v in rows
        )
        parts = [
            f"<h3 style='margin-bottom:2px'>{escape(title_statement(r))}</h3>",
            f"<p style='margin-top:0'>{escape(publication_area(r))}</p>",
            f"<table>{table}</table>",
        ]
        if r.annotation:
            parts.append(f"<p><i>{escape(r.annotation)}</i></p>")
        if r.notes:
            parts.append(f"<p>{escape(r.notes)}</p>")
        parts.append(
            "<p><a href='edit'>{}</a></p>".format(escape(self.tr("Edit this record (Ctrl+E)")))
        )
        return "".join(parts)

    # --- actions -------------------------------------------------------------
    def selected_item(self) -> CopyData | StockData | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        has_record = self._detail is not None
        item = self.selected_item()
        self.add_copies_button.setEnabled(has_record)
        self.add_stock_button.setEnabled(has_record)
        self.edit_copy_button.setEnabled(isinstance(item, CopyData))
        can_write_off = (
            isinstance(item, CopyData) and item.status is not CopyStatus.WRITTEN_OFF
        ) or (isinstance(item, StockData) and item.remaining > 0)
        self.write_off_button.setEnabled(can_write_off)

    def _anchor(self, url: object) -> None:
        rid = self.record_id()
        if rid is not None:
            self.editRecordRequested.emit(rid)

    def _add_copies(self) -> None:
        rid = self.record_id()
        if rid is not None:
            self.addCopiesRequested.emit(rid)

    def _add_stock(self) -> None:
        rid = self.record_id()
        if rid is not None:
            self.addStockRequested.emit(rid)

    def _edit_copy(self) -> None:
        item = self.selected_item()
        if isinstance(item, CopyData):
            self.editCopyRequested.emit(item)

    def _write_off(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.writeOffRequested.emit(item)
