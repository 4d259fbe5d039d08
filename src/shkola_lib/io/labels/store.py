"""Reading and saving sheets, layouts and printer corrections (TOML files).

Shipped files live in ``resources/labels/{templates,layouts}``; the librarian's
own in ``data_dir()/labels/{templates,layouts}`` and ``printers.toml``. A user
file with a shipped name is ignored (and reported in ``errors``), so a shipped
sheet always means what its name says; a broken user file is skipped, never
fatal, while a broken shipped file is a bug and raises.
"""

from __future__ import annotations

import json
import logging
import math
import tomllib
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from shkola_lib.i18n import translate
from shkola_lib.io.labels.templates import (
    NAME_PATTERN,
    LabelLayout,
    PrinterCalibration,
    SheetTemplate,
    TemplateError,
    TextSpec,
    err,
    validate_calibration,
    validate_layout,
    validate_template,
)
from shkola_lib.io.safe_files import atomic_write
from shkola_lib.paths import data_dir, resources_dir

log = logging.getLogger(__name__)


def _typed(cls: type, data: dict[str, Any], source: Path) -> dict[str, Any]:
    """Check and convert a TOML table into constructor arguments of ``cls``."""
    kinds = {f.name: str(f.type) for f in fields(cls) if f.name not in ("user", "texts")}
    out: dict[str, Any] = {}
    for key, value in data.items():
        kind = kinds.get(key)
        if kind is None:
            raise err(
                translate("Labels", "{file}: unknown setting “{key}”."), file=source.name, key=key
            )
        if kind == "float" and isinstance(value, int | float) and not isinstance(value, bool):
            value = float(value)
            ok = math.isfinite(value)
        elif kind == "int":
            ok = isinstance(value, int) and not isinstance(value, bool)
        else:
            ok = kind in ("bool", "str") and isinstance(value, bool if kind == "bool" else str)
        if not ok:
            raise err(
                translate("Labels", "{file}: “{key}” has a value of the wrong kind."),
                file=source.name,
                key=key,
            )
        out[key] = value
    return out


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise err(
            translate("Labels", "{file} is not a valid TOML file: {error}"),
            file=path.name,
            error=exc,
        ) from None


def template_from_dict(data: dict[str, Any], source: Path = Path("<template>")) -> SheetTemplate:
    """A validated SheetTemplate from a TOML table."""
    args = _typed(SheetTemplate, data, source)
    try:
        template = SheetTemplate(**args)
    except TypeError:
        raise err(
            translate("Labels", "{file}: some sheet measurements are missing."), file=source.name
        ) from None
    validate_template(template)
    return template


def layout_from_dict(data: dict[str, Any], source: Path = Path("<layout>")) -> LabelLayout:
    """A validated LabelLayout from a TOML table with ``[[text]]`` entries."""
    data = dict(data)
    raw_texts = data.pop("text", [])
    if not isinstance(raw_texts, list) or not raw_texts:
        raise err(
            translate("Labels", "{file}: a layout needs at least one [[text]]."), file=source.name
        )
    texts = []
    for raw in raw_texts:
        if not isinstance(raw, dict):
            raise err(
                translate("Labels", "{file}: [[text]] entries must be tables."), file=source.name
            )
        try:
            texts.append(TextSpec(**_typed(TextSpec, raw, source)))
        except TypeError:
            raise err(
                translate("Labels", "{file}: each [[text]] needs field, size_pt and min_size_pt."),
                file=source.name,
            ) from None
    try:
        layout = LabelLayout(texts=tuple(texts), **_typed(LabelLayout, data, source))
    except TypeError:
        raise err(
            translate("Labels", "{file}: a layout needs a name and a title."), file=source.name
        ) from None
    validate_layout(layout)
    return layout


def shipped_dir() -> Path:
    return resources_dir() / "labels"


def user_dir() -> Path:
    return data_dir() / "labels"


def _load_all(kind: str, build: Any, errors: list[str] | None) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for base, is_user in ((shipped_dir(), False), (user_dir(), True)):
        for path in sorted((base / kind).glob("*.toml")):
            try:
                item = build(_read_toml(path), path)
            except (TemplateError, OSError) as exc:
                if not is_user:
                    raise
                log.warning("skipping %s: %s", path, exc)
                if errors is not None:
                    errors.append(str(exc))
                continue
            if is_user and item.name in found:
                message = translate(
                    "Labels", "{file}: the name “{name}” belongs to a shipped one; ignored."
                ).format(file=path.name, name=item.name)
                if errors is not None:
                    errors.append(message)
                continue
            found[item.name] = replace(item, user=is_user)
    return found


def load_templates(errors: list[str] | None = None) -> dict[str, SheetTemplate]:
    """Shipped and user sheets by name; broken user files are skipped and reported."""
    return _load_all("templates", template_from_dict, errors)


def load_layouts(errors: list[str] | None = None) -> dict[str, LabelLayout]:
    """Shipped and user layouts by name; broken user files are skipped and reported."""
    return _load_all("layouts", layout_from_dict, errors)


def _pick(kind: str, items: dict[str, Any], name: str) -> Any:
    try:
        return items[name]
    except KeyError:
        raise err(
            translate("Labels", "There is no label {kind} “{name}”. Available: {names}."),
            kind=kind,
            name=name,
            names=", ".join(sorted(items)),
        ) from None


def get_template(name: str) -> SheetTemplate:
    return _pick(translate("Labels", "sheet"), load_templates(), name)


def get_layout(name: str) -> LabelLayout:
    return _pick(translate("Labels", "layout"), load_layouts(), name)


# --- writing files -----------------------------------------------------------------


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return json.dumps(str(value), ensure_ascii=False)  # a valid TOML basic string


def template_to_toml(template: SheetTemplate) -> str:
    lines = ["# A label sheet made in Shkola-Lib. Lengths in millimetres."]
    for f in fields(SheetTemplate):
        if f.name != "user":
            lines.append(f"{f.name} = {_toml_value(getattr(template, f.name))}")
    return "\n".join(lines) + "\n"


def save_user_template(template: SheetTemplate) -> Path:
    """Validate and save a sheet made in the app; returns the file written."""
    validate_template(template)
    if any(not t.user and t.name == template.name for t in load_templates().values()):
        raise err(
            translate(
                "Labels",
                "“{name}” is the name of a sheet that comes with the program; choose another name.",
            ),
            name=template.name,
        )
    path = user_dir() / "templates" / f"{template.name}.toml"
    with atomic_write(path) as fh:
        fh.write(template_to_toml(template).encode("utf-8"))
    return path


def delete_user_template(name: str) -> bool:
    """Remove a user sheet; False when there was none of that name."""
    path = user_dir() / "templates" / f"{name}.toml"
    if not NAME_PATTERN.match(name) or not path.is_file():
        return False
    path.unlink()
    return True


# --- printer profiles ----------------------------------------------------------------


def _printers_file() -> Path:
    return user_dir() / "printers.toml"


def load_printer_profiles() -> dict[str, PrinterCalibration]:
    """Saved corrections by printer name (empty when none were saved)."""
    path = _printers_file()
    if not path.is_file():
        return {}
    try:
        data = _read_toml(path).get("printer", {})
        return {
            name: PrinterCalibration(**_typed(PrinterCalibration, values, path))
            for name, values in data.items()
        }
    except (TemplateError, TypeError, AttributeError) as exc:
        log.warning("ignoring %s: %s", path, exc)
        return {}


def save_printer_profile(name: str, calibration: PrinterCalibration) -> None:
    """Remember a printer's correction under the printer's name."""
    validate_calibration(calibration)
    profiles = load_printer_profiles()
    profiles[name] = calibration
    lines = ["# Printer corrections for label sheets (mm; scale 1 = unchanged)."]
    for printer, c in sorted(profiles.items()):
        lines += [
            "",
            f"[printer.{_toml_value(printer)}]",
            f"offset_x_mm = {c.offset_x_mm!r}",
            f"offset_y_mm = {c.offset_y_mm!r}",
            f"scale = {c.scale!r}",
        ]
    with atomic_write(_printers_file()) as fh:
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))
