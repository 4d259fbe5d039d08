"""The PySide6 desktop interface: windows, dialogs, item models, the task runner."""
