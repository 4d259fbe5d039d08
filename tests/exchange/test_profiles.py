"""Criterion 9: shipped profiles load; user profiles add and override; bad ones are skipped."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from shkola_lib.catalog.data import RecordData
from shkola_lib.catalog.profiles import (
    ENCODINGS,
    FORMATS,
    ProfileError,
    get_profile,
    load_profiles,
    parse_profile,
)
from shkola_lib.catalog.service import CatalogService
from shkola_lib.paths import resources_dir
from tests.exchange.support import SHIPPED_PROFILES, cli, yaz_decode

SHIPPED = ["kabis", "kitapkhana", "marc-sql", "marc21", "marcxml", "mrk", "rusmarc"]
OVERRIDE = """\
name = "rusmarc"
title = "RUSMARC for our district (Windows-1251)"
format = "iso2709"
encoding = "cp1251"
extension = "iso"

[marc]
flavour = "rusmarc"
holdings = "899"
bbk_tags = ["686"]
"""


@pytest.fixture
def user_profiles() -> Path:
    folder = Path(os.environ["SHKOLA_LIB_DATA_DIR"]) / "profiles"
    folder.mkdir(parents=True)
    return folder


def test_every_shipped_profile_loads() -> None:
    files = sorted((resources_dir() / "profiles").glob("*.toml"))
    assert [parse_profile(f).name for f in files] == SHIPPED
    loaded = load_profiles()
    assert sorted(loaded) == SHIPPED
    for name, profile in loaded.items():
        assert profile.format in FORMATS and profile.encoding in ENCODINGS, name
        assert profile.title and profile.options.flavour in ("marc21", "rusmarc"), name
        assert profile.source is not None and profile.source.parent == resources_dir() / "profiles"
        assert get_profile(name) == profile == SHIPPED_PROFILES[name]


def test_user_profile_is_listed_and_overrides_by_name(user_profiles: Path) -> None:
    (user_profiles / "x.toml").write_text(
        'name = "x"\ntitle = "Our own MARC21 export"\n[marc]\nflavour = "marc21"\n',
        encoding="utf-8",
    )
    (user_profiles / "district.toml").write_text(OVERRIDE, encoding="utf-8")
    done = cli("profiles")
    assert done.returncode == 0, done.stderr
    first_lines = {line.split()[0]: line for line in done.stdout.splitlines() if line[:1] != " "}
    assert sorted(first_lines) == sorted([*SHIPPED, "x"])
    assert "Our own MARC21 export" in first_lines["x"]
    assert "RUSMARC for our district (Windows-1251)" in first_lines["rusmarc"]
    assert "RUSMARC (UTF-8)" not in done.stdout
    profile = get_profile("rusmarc")
    assert (profile.encoding, profile.source) == ("cp1251", user_profiles / "district.toml")


def test_overriding_profile_is_used_by_export(
    user_profiles: Path, catalog: CatalogService, db_path: Path, tmp_path: Path
) -> None:
    (user_profiles / "district.toml").write_text(OVERRIDE, encoding="utf-8")
    catalog.create_record(RecordData(title="Капитанская дочка", year=2001, languages=["rus"]))
    catalog.close()
    out = tmp_path / "district.iso"
    done = cli("--db", db_path, "export", "--profile", "rusmarc", "--out", out)
    assert done.returncode == 0, done.stderr
    assert "Капитанская дочка".encode("cp1251") in out.read_bytes()
    (record,) = yaz_decode(out, "cp1251")
    assert record.first("200", "a") == "Капитанская дочка"
    assert record.first("100", "a")[26:30] == "0189"


def test_malformed_user_profiles_are_skipped_not_fatal(user_profiles: Path) -> None:
    (user_profiles / "broken.toml").write_text('name = "broken\n[marc\n', encoding="utf-8")
    (user_profiles / "pdf.toml").write_text('name = "pdf"\nformat = "pdf"\n', encoding="utf-8")
    (user_profiles / "latin1.toml").write_bytes(b'name = "caf\xe9"\n')
    (user_profiles / "flavour.toml").write_text(
        'name = "odd"\n[marc]\nflavour = "danmarc"\n', encoding="utf-8"
    )
    for path in user_profiles.iterdir():
        with pytest.raises(ProfileError) as info:
            parse_profile(path)
        assert str(path) in str(info.value)
    assert sorted(load_profiles()) == SHIPPED
    done = cli("profiles")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert sorted(line.split()[0] for line in done.stdout.splitlines() if line[:1] != " ") == (
        SHIPPED
    )


def test_unknown_profile_is_one_clear_line_and_exit_2(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.iso"
    done = cli("--db", db_path, "export", "--profile", "nope", "--out", out)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "nope" in lines[0] and "rusmarc" in lines[0]  # says what exists
    assert done.stdout == ""
    assert not out.exists()
