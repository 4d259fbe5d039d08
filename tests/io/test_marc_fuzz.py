"""Mutated real records: only MarcRecordError comes out, and quickly."""

from __future__ import annotations

import io
import time
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shkola_lib.io.marc import (
    MarcRecordError,
    decode,
    detect_encoding,
    iter_raw_records,
    parse_record,
    read_iso2709,
)

FUZZ_SETTINGS = settings(
    max_examples=400,
    deadline=None,  # timed explicitly below, generously, to stay robust on slow machines
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)


@cache
def _test1_records(corpus_dir: Path) -> tuple[bytes, ...]:
    with (corpus_dir / "rusmarc-nlr/TEST1.ISO").open("rb") as stream:
        return tuple(raw.data for raw in iter_raw_records(stream))


@st.composite
def mutated_record(draw: st.DrawFn, records: tuple[bytes, ...]) -> bytes:
    """One of ``records`` with random byte changes, insertions, deletions, truncation."""
    data = bytearray(records[draw(st.integers(0, len(records) - 1))])
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["set", "set-structural", "insert", "delete", "truncate"]))
        position = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "set" and data:
            data[position] = draw(st.integers(0, 255))
        elif kind == "set-structural" and data:
            data[position] = draw(st.sampled_from([0x1D, 0x1E, 0x1F, 0x1B, 0x20, 0x30, 0x39]))
        elif kind == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=20))
        elif kind == "delete":
            del data[position : position + draw(st.integers(1, 20))]
        else:
            del data[position:]
    return bytes(data)


@FUZZ_SETTINGS
@given(data=st.data(), encoding=st.sampled_from(["cp1251", "utf-8", "marc-8", "kz1048"]))
def test_parse_record_raises_only_marc_record_error(
    corpus_dir: Path, data: st.DataObject, encoding: str
) -> None:
    raw = data.draw(mutated_record(_test1_records(corpus_dir)))
    started = time.perf_counter()
    try:
        record = parse_record(raw, encoding)
    except MarcRecordError as exc:
        assert exc.reason  # a reason for the user, never empty
    else:
        assert record.fields
    assert time.perf_counter() - started < 0.5


@FUZZ_SETTINGS
@given(draw=st.data())
def test_reading_a_mutated_file_never_raises(corpus_dir: Path, draw: st.DataObject) -> None:
    pieces = st.one_of(mutated_record(_test1_records(corpus_dir)), st.binary(max_size=200))
    data = b"".join(draw.draw(st.lists(pieces, min_size=1, max_size=5)))
    started = time.perf_counter()
    results = list(read_iso2709(io.BytesIO(data), "cp1251"))
    assert [r.index for r in results] == list(range(1, len(results) + 1))
    assert all((r.record is None) != (r.error is None) for r in results)
    detect_encoding([raw.data for raw in iter_raw_records(io.BytesIO(data))])
    assert time.perf_counter() - started < 2.0


@FUZZ_SETTINGS
@given(data=st.binary(max_size=300))
def test_marc8_decoder_raises_only_unicode_decode_error(data: bytes) -> None:
    try:
        decode(data, "marc-8")
    except UnicodeDecodeError:
        pass
