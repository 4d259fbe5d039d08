"""Sheets, layouts and printer corrections as data files: shipped, user-made, invalid."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from shkola_lib.io.labels import (
    LabelData,
    PrinterCalibration,
    SheetTemplate,
    TemplateError,
    get_layout,
    get_template,
    load_layouts,
    load_printer_profiles,
    load_templates,
    next_position,
    render_labels,
    save_printer_profile,
    save_user_template,
)
from shkola_lib.io.labels.store import (
    delete_user_template,
    layout_from_dict,
    template_from_dict,
    user_dir,
)
from shkola_lib.io.labels.templates import validate_template
from shkola_lib.paths import resources_dir

from .support import decode, in_reading_order, pdf_to_pngs

# (label w, h, columns, rows) as the makers publish them; margins must centre the grid.
PUBLISHED = {
    "avery-3474": (70.0, 37.0, 3, 8),
    "avery-l7160": (63.5, 38.1, 3, 7),
    "avery-l7159": (63.5, 33.9, 3, 8),
    "avery-l7651": (38.1, 21.2, 5, 13),
}


def test_shipped_sheets_have_the_published_geometry() -> None:
    templates = load_templates()
    assert set(PUBLISHED) <= set(templates)
    for name, (w, h, cols, rows) in PUBLISHED.items():
        t = templates[name]
        assert (t.label_width_mm, t.label_height_mm, t.columns, t.rows) == (w, h, cols, rows)
        assert (t.page_width_mm, t.page_height_mm) == (210.0, 297.0)
        right = t.page_width_mm - t.margin_left_mm - cols * w - (cols - 1) * t.gap_x_mm
        bottom = t.page_height_mm - t.margin_top_mm - rows * h - (rows - 1) * t.gap_y_mm
        assert abs(right - t.margin_left_mm) < 0.05 and abs(bottom - t.margin_top_mm) < 0.05
        assert t.title and t.title_kk and t.title_ru and not t.user
        source = (resources_dir() / "labels/templates" / f"{name}.toml").read_text("utf-8")
        assert "calibration page" in source  # each file says how to check its numbers


def test_shipped_layouts_load() -> None:
    layouts = load_layouts()
    assert {"standard", "spine", "spine-text", "barcode", "qr-and-barcode"} <= set(layouts)
    assert layouts["standard"].code == "qr" and layouts["standard"].qr_min_mm >= 15
    assert layouts["barcode"].code == "code128" and not layouts["barcode"].has_qr
    assert layouts["qr-and-barcode"].has_qr and layouts["qr-and-barcode"].has_barcode
    assert [t.field for t in layouts["standard"].texts][:3] == ["bbk", "author_sign", "inventory"]


def _sheet(**changes: object) -> SheetTemplate:
    base = {"name": "school-sheet", "title": "Мектеп"}
    return replace(get_template("avery-l7160"), **{**base, **changes})


def test_labels_larger_than_the_page_are_refused_with_the_numbers() -> None:
    with pytest.raises(TemplateError) as err:
        validate_template(_sheet(label_width_mm=80.0))
    message = str(err.value)
    assert "do not fit on the page" in message and "3 columns of 80 mm" in message
    assert "252.29 mm" in message and "210 mm wide" in message
    with pytest.raises(TemplateError, match=r"rows of 38\.1 mm"):
        validate_template(_sheet(rows=8))
    with pytest.raises(TemplateError, match="cannot be negative"):
        validate_template(_sheet(gap_x_mm=-1.0))
    with pytest.raises(TemplateError, match="more than 0 mm"):
        validate_template(_sheet(label_height_mm=0.0))
    with pytest.raises(TemplateError, match="1 to 1000 labels"):
        validate_template(_sheet(columns=0))
    with pytest.raises(TemplateError, match="name"):
        validate_template(_sheet(name="Мой лист"))


def test_broken_files_say_which_setting_is_wrong(tmp_path: Path) -> None:
    source = tmp_path / "x.toml"
    data = {"name": "x", "title": "x", "page_width_mm": "wide"}
    with pytest.raises(TemplateError, match="“page_width_mm” has a value of the wrong kind"):
        template_from_dict(data, source)
    with pytest.raises(TemplateError, match="unknown setting “colour”"):
        template_from_dict({"colour": 1}, source)
    with pytest.raises(TemplateError, match="measurements are missing"):
        template_from_dict({"name": "x", "title": "x"}, source)
    with pytest.raises(TemplateError, match="at least one"):
        layout_from_dict({"name": "x", "title": "x"}, source)
    bad_text = {"field": "price", "size_pt": 8.0, "min_size_pt": 6.0}
    with pytest.raises(TemplateError, match="Unknown text field “price”"):
        layout_from_dict({"name": "x", "title": "x", "text": [bad_text]}, source)
    with pytest.raises(TemplateError, match="Unknown code type"):
        layout_from_dict(
            {
                "name": "x",
                "title": "x",
                "code": "datamatrix",
                "text": [{**bad_text, "field": "bbk"}],
            },
            source,
        )


def test_user_template_round_trip_save_load_render(tmp_path: Path) -> None:
    mine = SheetTemplate(
        name="school-40x25",
        title="Мектеп жапсырмалары 40 × 25",
        page_width_mm=210.0,
        page_height_mm=297.0,
        margin_top_mm=11.0,
        margin_left_mm=9.0,
        label_width_mm=45.0,
        label_height_mm=25.0,
        gap_x_mm=3.0,
        gap_y_mm=2.0,
        columns=4,
        rows=10,
        corner_radius_mm=1.0,
        title_ru="Школьные наклейки",
    )
    path = save_user_template(mine)
    assert path.parent == user_dir() / "templates" and path.is_file()
    loaded = load_templates()["school-40x25"]
    assert loaded.user and replace(loaded, user=False) == mine
    labels = [LabelData(i, str(5000 + i), None, "Ұлпан", "84(5Каз)", "М90") for i in range(12)]
    pdf = render_labels(labels, loaded, get_layout("spine"), start=3)
    found = in_reading_order(decode(pdf_to_pngs(pdf, tmp_path)), loaded)
    assert [slot for slot, _ in found][:2] == [(0, 0, 2), (0, 0, 3)]
    assert [text for _, text in found] == [x.inventory_number for x in labels]
    assert delete_user_template("school-40x25") and "school-40x25" not in load_templates()


def test_user_files_cannot_take_a_shipped_name_and_broken_ones_are_skipped() -> None:
    with pytest.raises(TemplateError, match="comes with the program"):
        save_user_template(replace(get_template("avery-3474"), title="Моё"))
    folder = user_dir() / "templates"
    folder.mkdir(parents=True)
    (folder / "broken.toml").write_text('name = "broken"\ntitle = 3\n', "utf-8")
    (folder / "fake.toml").write_text(
        (resources_dir() / "labels/templates/avery-3474.toml").read_text("utf-8"), "utf-8"
    )
    errors: list[str] = []
    templates = load_templates(errors)
    assert not templates["avery-3474"].user and "broken" not in templates
    assert any("broken.toml" in e for e in errors)
    assert any("fake.toml" in e and "shipped" in e for e in errors)


def test_printer_profiles_are_remembered() -> None:
    assert load_printer_profiles() == {}
    save_printer_profile("HP LaserJet 1018", PrinterCalibration(1.2, -0.8, 1.0))
    save_printer_profile("Canon «Кітапхана»", PrinterCalibration(0.0, 0.5, 0.99))
    profiles = load_printer_profiles()
    assert profiles["HP LaserJet 1018"] == PrinterCalibration(1.2, -0.8, 1.0)
    assert profiles["Canon «Кітапхана»"].scale == 0.99
    with pytest.raises(TemplateError, match="scale"):
        save_printer_profile("x", PrinterCalibration(scale=1.5))


def test_next_free_position_on_the_last_sheet() -> None:
    sheet = get_template("avery-3474")  # 24 a sheet
    assert next_position(sheet, 1, 10) == 11
    assert next_position(sheet, 20, 5) == 1  # the sheet is used up exactly
    assert next_position(sheet, 20, 10) == 6
