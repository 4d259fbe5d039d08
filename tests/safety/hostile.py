"""Helpers for the hostile-input tests: corpus seeds, mutations, a time and memory bound."""

from __future__ import annotations

import contextlib
import io
import signal
import threading
import time
import tracemalloc
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from hypothesis import strategies as st

from shkola_lib.io.marc import iter_raw_records, read_iso2709, write_mrk

ISO_FILES = (
    "rusmarc-nlr/TEST1.ISO",
    "rusmarc-nlr/TEST2.ISO",
    "rusmarc-nlr/ur.iso",
    "pymarc/test.dat",
    "pymarc/1251.dat",
    "pymarc/marc8.dat",
    "pymarc/diacritic.dat",
    "pymarc/testunimarc.dat",
    "pymarc/utf8_errors.dat",
    "pymarc/bad_records.mrc",
    "pymarc/bad_indicator.dat",
    "pymarc/bad_subfield_code.dat",
)
XML_FILES = ("pymarc/batch.xml", "pymarc/utf8.xml", "pymarc/bad_tag.xml")
SECONDS_PER_CASE = 5.0  # a hard stop (SIGALRM): far above the milliseconds a case takes
SECONDS_EXPECTED = 2.0  # what a case must stay under (traced, on a slow machine)
MEGABYTES_PER_CASE = 64


class Hang(Exception):
    """A reader ran past the time bound."""


@contextlib.contextmanager
def bounded(seconds: float = SECONDS_PER_CASE) -> Iterator[dict[str, float]]:
    """Run a block under a real timer (SIGALRM) and measure its peak Python memory."""
    measured: dict[str, float] = {}
    in_main = threading.current_thread() is threading.main_thread()

    def alarm(_signum: int, _frame: object) -> None:
        raise Hang(f"no result within {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm) if in_main else None
    if in_main:
        signal.setitimer(signal.ITIMER_REAL, seconds)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        yield measured
    finally:
        measured["seconds"] = time.perf_counter() - started
        measured["peak_mb"] = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        if in_main:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


@cache
def iso_records(corpus: Path) -> tuple[bytes, ...]:
    out: list[bytes] = []
    for name in ISO_FILES:
        with (corpus / name).open("rb") as stream:
            out += [raw.data for raw in iter_raw_records(stream)][:40]
    return tuple(out)


@cache
def mrk_records(corpus: Path) -> tuple[bytes, ...]:
    """MarcEdit text of real records (written by our writer from the ISO corpus)."""
    out: list[bytes] = []
    for name in ("rusmarc-nlr/TEST1.ISO", "pymarc/test.dat", "pymarc/1251.dat"):
        encoding = "cp1251" if name.endswith("1251.dat") else "utf-8"
        with (corpus / name).open("rb") as stream:
            records = [r.record for r in read_iso2709(stream, encoding) if r.record][:20]
        for record in records:
            buffer = io.BytesIO()
            write_mrk([record], buffer)
            out.append(buffer.getvalue())
    return tuple(out)


@cache
def xml_documents(corpus: Path) -> tuple[bytes, ...]:
    return tuple((corpus / name).read_bytes() for name in XML_FILES)


def prolog_length(document: bytes) -> int:
    """Bytes of the XML declaration (``<?xml … ?>``), 0 when there is none."""
    return document.index(b"?>") + 2 if document.startswith(b"<?xml") else 0


@st.composite
def mutated(
    draw: st.DrawFn, seeds: tuple[bytes, ...], structural: bytes, *, keep_prolog: bool = False
) -> bytes:
    """A seed with byte changes, structural bytes, insertions, deletions, duplication.

    ``keep_prolog`` leaves an XML declaration alone: a damaged declared character set
    is a known reader bug, tested on its own (see test_hostile_input.py).
    """
    seed = draw(st.sampled_from(seeds))
    kept = prolog_length(seed) if keep_prolog else 0
    data = bytearray(seed[kept:])
    for _ in range(draw(st.integers(1, 10))):
        kind = draw(st.sampled_from(["set", "structural", "insert", "delete", "cut", "repeat"]))
        pos = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "set" and data:
            data[pos] = draw(st.integers(0, 255))
        elif kind == "structural" and data:
            data[pos] = draw(st.sampled_from(list(structural)))
        elif kind == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=40))
        elif kind == "delete":
            del data[pos : pos + draw(st.integers(1, 60))]
        elif kind == "cut":
            del data[pos:]
        else:
            piece = bytes(data[pos : pos + draw(st.integers(1, 200))])
            data[pos:pos] = piece * draw(st.integers(1, 50))
    return seed[:kept] + bytes(data)


ISO_STRUCTURE = b"\x1d\x1e\x1f\x1b 09"
MRK_STRUCTURE = b"=$\\{}\n\r 0123456789LDR"
XML_STRUCTURE = b"<>/=\"'&;!?[] \n"
