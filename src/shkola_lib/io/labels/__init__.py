"""Shelf labels as PDF: sheet templates, layouts, printer calibration, QR and Code 128.

Qt-free and ORM-free: callers hand in ``LabelData`` and get PDF bytes back.
reportlab is imported only when a label is planned or drawn (``plan``, ``render``),
so the catalog can import the data types without slowing the program's start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from shkola_lib.io.labels.data import LabelData
from shkola_lib.io.labels.store import (
    delete_user_template,
    get_layout,
    get_template,
    load_layouts,
    load_printer_profiles,
    load_templates,
    save_printer_profile,
    save_user_template,
)
from shkola_lib.io.labels.templates import (
    LabelError,
    LabelLayout,
    PrinterCalibration,
    SheetTemplate,
    TemplateError,
    TextSpec,
    next_position,
)

if TYPE_CHECKING:
    from shkola_lib.io.labels.plan import LabelPlan, PlacedText, format_code, plan_label
    from shkola_lib.io.labels.render import render_calibration_page, render_labels

_LAZY = {
    "LabelPlan": "plan",
    "PlacedText": "plan",
    "format_code": "plan",
    "plan_label": "plan",
    "render_calibration_page": "render",
    "render_labels": "render",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(name)
    from importlib import import_module

    return getattr(import_module(f"shkola_lib.io.labels.{module}"), name)


__all__ = [
    "LabelData",
    "LabelError",
    "LabelLayout",
    "LabelPlan",
    "PlacedText",
    "PrinterCalibration",
    "SheetTemplate",
    "TemplateError",
    "TextSpec",
    "delete_user_template",
    "format_code",
    "get_layout",
    "get_template",
    "load_layouts",
    "load_printer_profiles",
    "load_templates",
    "next_position",
    "plan_label",
    "render_calibration_page",
    "render_labels",
    "save_printer_profile",
    "save_user_template",
]
