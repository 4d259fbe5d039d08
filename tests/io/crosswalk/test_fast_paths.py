"""The shortcuts taken for speed on every imported field give what the general code gives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shkola_lib.io.marc.crosswalk.fields import squash, strip_isbd
from shkola_lib.io.marc.crosswalk.groups import group_of, split_groups
from shkola_lib.io.marc.reader import open_marc

_TRAILING_SEP = re.compile(r"(?:\s+[/:;=+]|\s*,)\s*$")


def _strip_separators_every_time(value: str) -> str:
    text = squash(value)
    while True:
        stripped = _TRAILING_SEP.sub("", text)
        if stripped == text:
            return text
        text = stripped


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([*"аbc /:;=+,.", "  ", "\t", "ed."]), max_size=14).map("".join))
def test_strip_isbd_only_looks_at_values_ending_in_a_separator(value: str) -> None:
    assert strip_isbd(value) == _strip_separators_every_time(value)


CORPUS_FILES = [
    ("rusmarc-nlr/TEST1.ISO", "rusmarc"),
    ("rusmarc-nlr/TEST2.ISO", "rusmarc"),
    ("pymarc/1251.dat", "rusmarc"),
    ("pymarc/testunimarc.dat", "unimarc"),
    ("pymarc/utf8_with_leader_flag.dat", "marc21"),
    ("pymarc/test.dat", "marc21"),
]


@pytest.mark.parametrize(("name", "flavour"), CORPUS_FILES)
def test_split_groups_agrees_with_group_of_on_real_records(
    corpus_dir: Path, name: str, flavour: str
) -> None:
    marc = open_marc(corpus_dir / name)
    fields_seen = 0
    for result in marc.records(plain=True):
        if result.record is None:
            continue
        fields = result.record.fields
        expected: dict[str, list[int]] = {}
        for i, fld in enumerate(fields):
            kind = group_of(fld, flavour)
            if kind is not None:
                expected.setdefault(kind, []).append(i)
        got = {
            kind: [next(i for i, f in enumerate(fields) if f is fld) for fld in members]
            for kind, members in split_groups(fields, flavour).items()
            if members
        }
        assert got == expected
        fields_seen += len(fields)
    assert fields_seen > 10
