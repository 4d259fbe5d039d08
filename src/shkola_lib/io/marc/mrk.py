"""MarcEdit text ("mnemonic", .mrk) reading and writing, UTF-8.

::

    =LDR  00000nam\\\\2200000\\a\\4500
    =001  RU\\NLR\\bibl\\3415     (control data: blanks as ``\\``)
    =245  10$aTitle$bsubtitle

Blanks in the leader, control fields and indicators are written ``\\``; in data a
``$`` is written ``{dollar}``, and ``{``/``}`` and a backslash in control data as
``{lcub}``/``{rcub}``/``{bsol}``, so that writing and reading back gives the same
record. Records are separated by a blank line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import BinaryIO, Final

from pymarc import Field, Indicators, Leader, Record, Subfield

from shkola_lib.i18n import translate
from shkola_lib.io.marc import encodings
from shkola_lib.io.marc.iso2709 import LEADER_LENGTH, ReadResult, UnencodableError
from shkola_lib.io.marc.plain import PlainRecord

_LINE_RE: Final = re.compile(r"=(LDR|[0-9A-Za-z]{3}) {1,2}(.*)")
_MNEMONIC_RE: Final = re.compile(r"\{(dollar|bsol|lcub|rcub|U\+[0-9A-Fa-f]{4,6})\}")
_MNEMONICS: Final = {"dollar": "$", "bsol": "\\", "lcub": "{", "rcub": "}"}
_DATA_ESCAPES: Final = {ord("$"): "{dollar}", ord("{"): "{lcub}", ord("}"): "{rcub}"}
_CONTROL_ESCAPES: Final = {
    ord("\\"): "{bsol}",
    ord(" "): "\\",
    ord("$"): "{dollar}",
    ord("{"): "{lcub}",
    ord("}"): "{rcub}",
}
# Line breaks would end the line; other controls are written as {U+XXXX}.
_NEEDS_CODE: Final = re.compile("[\x00-\x1f\x7f\u2028\u2029\x85]")


def _unescape(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name.startswith("U+"):
            return chr(int(name[2:], 16))
        return _MNEMONICS[name]

    return _MNEMONIC_RE.sub(replace, text)


def _code_controls(text: str) -> str:
    return _NEEDS_CODE.sub(lambda m: f"{{U+{ord(m.group()):04X}}}", text)


def _escape_data(text: str) -> str:
    return _code_controls(text.translate(_DATA_ESCAPES))


def _escape_control(text: str) -> str:
    return _code_controls(text.translate(_CONTROL_ESCAPES))


def _unescape_control(text: str) -> str:
    # "\" is a blank; "{bsol}" a real backslash (decoded after the blanks).
    return _unescape(text.replace("\\", " "))


# --- writing --------------------------------------------------------------------------


def record_to_mrk(record: Record | PlainRecord) -> str:
    """The MarcEdit text of ``record`` (lines ending with ``\\n``, no blank line)."""
    lines = [f"=LDR  {_escape_control(str(record.leader))}"]
    for item in record.fields:
        tag = item.tag
        if item.control_field:
            lines.append(f"={tag}  {_escape_control(item.data or '')}")
            continue
        indicators = "".join(
            "\\" if (value or " ") == " " else value for value in (item.indicators or (" ", " "))
        )
        parts = []
        for code, value in item.subfields:
            if code in ("$", "{", "\\") or len(code) != 1:
                raise UnencodableError(tag, [code], "MarcEdit")
            parts.append(f"${code}{_escape_data(value or '')}")
        lines.append(f"={tag}  {indicators}{''.join(parts)}")
    return "\n".join(lines) + "\n"


def write_mrk(records: Iterable[Record], stream: BinaryIO) -> int:
    """Write ``records`` as UTF-8 MarcEdit text; return how many were written.

    A subfield code the format cannot show raises ``UnencodableError`` (``record_index``
    set) after the records before it were written.
    """
    count = 0
    for count, record in enumerate(records, start=1):
        try:
            text = record_to_mrk(record)
        except UnencodableError as exc:
            exc.record_index = count
            raise
        if count > 1:
            stream.write(b"\n")
        stream.write(text.encode("utf-8"))
    return count


# --- reading --------------------------------------------------------------------------


def _parse_lines(lines: list[tuple[int, str]]) -> Record:
    """A record from its (line number, text) lines; ValueError says what is wrong."""
    record = Record()
    fields: list[Field] = []
    leader_seen = False
    for number, line in lines:
        match = _LINE_RE.fullmatch(line)
        if not match:
            raise ValueError(
                translate("MarcIO", "Line {n} does not start with “=TAG”.").format(n=number)
            )
        tag, content = match.groups()
        if tag == "LDR":
            leader = _unescape_control(content)
            if len(leader) != LEADER_LENGTH:
                raise ValueError(
                    translate("MarcIO", "Line {n}: the leader has {k} characters, not 24.").format(
                        n=number, k=len(leader)
                    )
                )
            record.leader = Leader(leader)
            leader_seen = True
        elif tag.isdigit() and tag < "010":
            fields.append(Field(tag=tag, data=_unescape_control(content)))
        else:
            fields.append(_data_field(number, tag, content))
    if not leader_seen:
        raise ValueError(translate("MarcIO", "The record has no =LDR line."))
    if not fields:
        raise ValueError(translate("MarcIO", "The record has no fields."))
    record.fields = fields
    return record


def _data_field(number: int, tag: str, content: str) -> Field:
    if len(content) < 2:
        raise ValueError(
            translate("MarcIO", "Line {n}: field {tag} has no indicators.").format(
                n=number, tag=tag
            )
        )
    indicators = [" " if c == "\\" else c for c in content[:2]]
    if any(not " " <= c <= "~" for c in indicators):
        raise ValueError(
            translate("MarcIO", "Line {n}: field {tag} has invalid indicators.").format(
                n=number, tag=tag
            )
        )
    body = content[2:]
    if body and not body.startswith("$"):
        raise ValueError(
            translate("MarcIO", "Line {n}: field {tag} does not continue with “$”.").format(
                n=number, tag=tag
            )
        )
    subfields = []
    for piece in body.split("$")[1:]:
        if not piece:
            raise ValueError(
                translate("MarcIO", "Line {n}: field {tag} has an empty subfield code.").format(
                    n=number, tag=tag
                )
            )
        subfields.append(Subfield(piece[0], _unescape(piece[1:])))
    return Field(tag=tag, indicators=Indicators(*indicators), subfields=subfields)


def read_mrk(stream: BinaryIO, encoding: str = "utf-8") -> Iterator[ReadResult]:
    """Every record of a MarcEdit text file; a bad record is reported, reading goes on."""
    index = 0
    offset = 0
    record_offset = 0
    lines: list[tuple[int, str]] = []
    problem: str | None = None

    def finish() -> ReadResult:
        nonlocal index
        index += 1
        if problem is not None:
            return ReadResult(index, record_offset, None, problem)
        try:
            return ReadResult(index, record_offset, _parse_lines(lines))
        except ValueError as exc:
            return ReadResult(index, record_offset, None, str(exc))

    for number, raw in enumerate(stream, start=1):
        line_offset = offset
        offset += len(raw)
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            line = encodings.decode(raw, encoding).rstrip("\r\n")
        except UnicodeDecodeError:
            line = ""
            if problem is None:
                problem = translate("MarcIO", "Line {n} is not valid {encoding}.").format(
                    n=number, encoding=encodings.ENCODING_LABELS.get(encoding, encoding)
                )
            lines.append((number, ""))
            continue
        if not line.strip():
            if lines:
                yield finish()
                lines, problem = [], None
            continue
        if not lines:
            record_offset = line_offset
        elif line.startswith("=LDR"):
            # A new leader without a blank line before it still starts a new record.
            yield finish()
            lines, problem = [], None
            record_offset = line_offset
        lines.append((number, line))
    if lines:
        yield finish()
