"""Reusable form widgets shared by the dialogs (no services, no database access)."""
