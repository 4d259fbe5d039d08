"""Settings survive restarts and never block start-up when damaged."""

from __future__ import annotations

from pathlib import Path

from shkola_lib.settings import Settings, settings_path


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    Settings(language="ru", library_name="№ 12 мектеп-гимназиясы").save(path)
    loaded = Settings.load(path)
    assert loaded.language == "ru"
    assert loaded.library_name == "№ 12 мектеп-гимназиясы"
    assert loaded.load_warning == ""


def test_damaged_file_falls_back_to_defaults_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_bytes(b'{"language": "kk", \xff\xfe broken')
    loaded = Settings.load(path)
    assert loaded == Settings()
    assert str(path) in loaded.load_warning


def test_wrong_types_and_unknown_keys_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text('{"language": 5, "sort_descending": true, "future_option": 1}')
    loaded = Settings.load(path)
    assert loaded.language == ""
    assert loaded.sort_descending is True


def test_missing_file_is_defaults_without_warning(tmp_path: Path) -> None:
    loaded = Settings.load(tmp_path / "none.json")
    assert loaded == Settings() and loaded.load_warning == ""


def test_default_location_follows_the_data_dir_override(tmp_path: Path) -> None:
    assert settings_path() == tmp_path / "userdata" / "settings.json"
