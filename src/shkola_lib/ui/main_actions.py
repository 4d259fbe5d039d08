"""The main window's actions, shortcuts and menus (kept apart from the window's logic)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenuBar


class MainActions:
    def __init__(self, window: QMainWindow) -> None:
        def make(text: str, shortcut: QKeySequence | str | None = None, name: str = "") -> QAction:
            action = QAction(text, window)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.setObjectName(name)
            window.addAction(action)
            return action

        tr = window.tr
        Std = QKeySequence.StandardKey
        self.new_record = make(tr("&New record…"), Std.New, "actionNewRecord")
        self.edit_record = make(tr("&Edit record…"), "Ctrl+E", "actionEditRecord")
        self.delete_record = make(tr("&Delete record…"), Std.Delete, "actionDeleteRecord")
        self.undo_delete = make(tr("&Undo delete"), Std.Undo, "actionUndoDelete")
        self.add_copies = make(tr("Add &copies…"), "Ctrl+Shift+C", "actionAddCopies")
        self.add_stock = make(tr("Add counted &stock…"), "Ctrl+Shift+T", "actionAddStock")
        self.find = make(tr("&Find"), Std.Find, "actionFind")
        self.demo = make(tr("Fill with &demo data…"), None, "actionDemo")
        self.check = make(tr("&Check the catalog"), None, "actionCheck")
        self.quit = make(tr("&Quit"), Std.Quit, "actionQuit")
        self.about = make(tr("&About Shkola-Lib"), "F1", "actionAbout")
        self.undo_delete.setEnabled(False)
        # --- MARC exchange ---
        self.import_file = make(tr("&Import a file…"), "Ctrl+I", "actionImportFile")
        self.import_history = make(tr("Import &history…"), None, "actionImportHistory")
        self.export = make(tr("E&xport…"), "Ctrl+Shift+E", "actionExport")
        self.district = make(tr("For the &district office…"), None, "actionDistrictExport")
        # --- end MARC exchange ---
        # --- labels ---
        self.print_labels = make(tr("Print &labels…"), Std.Print, "actionPrintLabels")
        # --- end labels ---

    def build_menus(self, bar: QMenuBar, window: QMainWindow) -> None:
        tr = window.tr
        catalog = bar.addMenu(tr("&Catalog"))
        catalog.addAction(self.new_record)
        catalog.addAction(self.edit_record)
        catalog.addAction(self.delete_record)
        catalog.addAction(self.undo_delete)
        catalog.addSeparator()
        # --- MARC exchange ---
        for action in (self.import_file, self.import_history, self.export, self.district):
            catalog.addAction(action)
        catalog.addSeparator()
        # --- end MARC exchange ---
        catalog.addAction(self.demo)
        catalog.addAction(self.check)
        catalog.addSeparator()
        catalog.addAction(self.quit)
        holdings = bar.addMenu(tr("C&opies"))
        holdings.addAction(self.add_copies)
        holdings.addAction(self.add_stock)
        # --- labels ---
        holdings.addSeparator()
        holdings.addAction(self.print_labels)
        # --- end labels ---
        search = bar.addMenu(tr("&Search"))
        search.addAction(self.find)
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self.about)
