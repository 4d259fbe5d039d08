"""The main window's actions, shortcuts and menus (kept apart from the window's logic)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenuBar

from shkola_lib import i18n_runtime

# lupdate files translate("MainActions", …) under "MainActions", where it is looked up at run
# time; an alias such as ``tr = window.tr`` was filed under no context and never translated.
translate = QCoreApplication.translate


class MainActions:
    def __init__(self, window: QMainWindow) -> None:
        def make(text: str, shortcut: QKeySequence | str | None = None, name: str = "") -> QAction:
            action = QAction(text, window)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.setObjectName(name)
            window.addAction(action)
            return action

        Std = QKeySequence.StandardKey
        self.new_record = make(translate("MainActions", "&New record…"), Std.New, "actionNewRecord")
        self.edit_record = make(
            translate("MainActions", "&Edit record…"), "Ctrl+E", "actionEditRecord"
        )
        self.delete_record = make(
            translate("MainActions", "&Delete record…"), Std.Delete, "actionDeleteRecord"
        )
        self.undo_delete = make(
            translate("MainActions", "&Undo delete"), Std.Undo, "actionUndoDelete"
        )
        self.add_copies = make(
            translate("MainActions", "Add &copies…"), "Ctrl+Shift+C", "actionAddCopies"
        )
        self.add_stock = make(
            translate("MainActions", "Add counted &stock…"), "Ctrl+Shift+T", "actionAddStock"
        )
        self.find = make(translate("MainActions", "&Find"), Std.Find, "actionFind")
        self.demo = make(translate("MainActions", "Fill with &demo data…"), None, "actionDemo")
        self.check = make(translate("MainActions", "&Check the catalog"), None, "actionCheck")
        self.quit = make(translate("MainActions", "&Quit"), Std.Quit, "actionQuit")
        self.about = make(translate("MainActions", "&About Shkola-Lib"), "F1", "actionAbout")
        self.undo_delete.setEnabled(False)
        # --- MARC exchange ---
        self.import_file = make(
            translate("MainActions", "&Import a file…"), "Ctrl+I", "actionImportFile"
        )
        self.import_history = make(
            translate("MainActions", "Import &history…"), None, "actionImportHistory"
        )
        self.export = make(translate("MainActions", "E&xport…"), "Ctrl+Shift+E", "actionExport")
        self.district = make(
            translate("MainActions", "For the &district office…"), None, "actionDistrictExport"
        )
        # --- end MARC exchange ---
        # --- labels ---
        self.print_labels = make(
            translate("MainActions", "Print &labels…"), Std.Print, "actionPrintLabels"
        )
        # --- end labels ---
        # --- backups ---
        self.back_up_now = make(
            translate("MainActions", "&Back up now"), "Ctrl+Shift+B", "actionBackUpNow"
        )
        self.restore_backup = make(
            translate("MainActions", "&Restore from a backup…"), None, "actionRestoreBackup"
        )
        self.backup_settings = make(
            translate("MainActions", "&Backup settings…"), None, "actionBackupSettings"
        )
        # --- end backups ---
        # --- interface language: each named in its own language, never translated ---
        self.language_group = QActionGroup(window)
        self.languages: dict[str, QAction] = {}
        for code in i18n_runtime.LANGUAGES:
            action = make(i18n_runtime.NATIVE_NAMES[code], None, f"actionLanguage_{code}")
            action.setCheckable(True)
            action.setData(code)
            self.language_group.addAction(action)
            self.languages[code] = action
        # --- end interface language ---

    def build_menus(self, bar: QMenuBar, window: QMainWindow) -> None:
        catalog = bar.addMenu(translate("MainActions", "&Catalog"))
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
        catalog.addAction(self.back_up_now)
        catalog.addAction(self.restore_backup)
        catalog.addSeparator()
        catalog.addAction(self.demo)
        catalog.addAction(self.check)
        catalog.addSeparator()
        catalog.addAction(self.quit)
        holdings = bar.addMenu(translate("MainActions", "C&opies"))
        holdings.addAction(self.add_copies)
        holdings.addAction(self.add_stock)
        # --- labels ---
        holdings.addSeparator()
        holdings.addAction(self.print_labels)
        # --- end labels ---
        search = bar.addMenu(translate("MainActions", "&Search"))
        search.addAction(self.find)
        # --- interface language ---
        settings = bar.addMenu(i18n_runtime.settings_menu_title())
        settings.setObjectName("settingsMenu")
        languages = settings.addMenu(i18n_runtime.language_menu_title())
        languages.setObjectName("languageMenu")
        for action in self.languages.values():
            languages.addAction(action)
        settings.addAction(self.backup_settings)
        # --- end interface language ---
        help_menu = bar.addMenu(translate("MainActions", "&Help"))
        help_menu.addAction(self.about)
