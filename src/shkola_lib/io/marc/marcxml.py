"""MARCXML (http://www.loc.gov/MARC21/slim) reading and writing.

Reading goes through defusedxml with DTDs refused outright: MARCXML never needs
one, and refusing them closes external entities and entity expansion bombs.
Records are streamed (memory stays flat on large files); a record with invalid
content is reported and the others are kept. Malformed XML stops the reading at
that point with an error result, after the records before it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from functools import lru_cache
from os import PathLike
from typing import BinaryIO, Final
from xml.sax.saxutils import escape, quoteattr

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, iterparse
from pymarc import Field, Indicators, Leader, Record, Subfield

from shkola_lib.i18n import translate
from shkola_lib.io.marc.iso2709 import LEADER_LENGTH, ReadResult, UnencodableError
from shkola_lib.io.marc.plain import PlainRecord

MARC_NS: Final = "http://www.loc.gov/MARC21/slim"
XSI_NS: Final = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION: Final = f"{MARC_NS} http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd"

_TAG_RE: Final = re.compile(r"[0-9A-Za-z]{3}")
# Characters XML 1.0 cannot hold at all (C0 controls but tab/CR/LF, surrogates, FFFE/FFFF).
_XML_ILLEGAL: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _local(tag: str) -> tuple[str | None, str]:
    if tag.startswith("{"):
        namespace, _, name = tag[1:].partition("}")
        return namespace, name
    return None, tag


def _is_marc(tag: str) -> bool:
    namespace, _ = _local(tag)
    return namespace in (MARC_NS, None)


def _record_from_element(element: ET.Element) -> tuple[Record | None, list[str]]:
    """A Record from a <record> element, or the problems that prevent it."""
    problems: list[str] = []
    record = Record()
    fields: list[Field] = []
    leader_text: str | None = None
    for child in element:
        if not _is_marc(child.tag):
            continue
        name = _local(child.tag)[1]
        if name == "leader":
            leader_text = child.text or ""
        elif name == "controlfield":
            tag = child.get("tag", "")
            if not (_TAG_RE.fullmatch(tag) and tag.isdigit() and tag < "010"):
                problems.append(
                    translate("MarcIO", "Invalid control field tag “{tag}”.").format(tag=tag)
                )
                continue
            fields.append(Field(tag=tag, data=child.text or ""))
        elif name == "datafield":
            field = _data_field(child, problems)
            if field is not None:
                fields.append(field)
    if leader_text is None:
        problems.append(translate("MarcIO", "The record has no leader."))
    elif len(leader_text) != LEADER_LENGTH or not leader_text.isascii():
        problems.append(
            translate("MarcIO", "The leader has {n} characters instead of 24: “{leader}”.").format(
                n=len(leader_text), leader=leader_text
            )
        )
    else:
        record.leader = Leader(leader_text)
    if not fields and not problems:
        problems.append(translate("MarcIO", "The record has no fields."))
    if problems:
        return None, problems
    record.fields = fields
    return record, []


def _data_field(element: ET.Element, problems: list[str]) -> Field | None:
    tag = element.get("tag", "")
    if not _TAG_RE.fullmatch(tag) or (tag.isdigit() and tag < "010"):
        problems.append(translate("MarcIO", "Invalid data field tag “{tag}”.").format(tag=tag))
        return None
    indicators = []
    for name in ("ind1", "ind2"):
        value = element.get(name, " ")
        if len(value) != 1 or not " " <= value <= "~":
            problems.append(
                translate("MarcIO", "Field {tag} has an invalid indicator “{ind}”.").format(
                    tag=tag, ind=value
                )
            )
            return None
        indicators.append(value)
    subfields: list[Subfield] = []
    for child in element:
        if not _is_marc(child.tag) or _local(child.tag)[1] != "subfield":
            continue
        code = child.get("code", "")
        if len(code) != 1 or not "!" <= code <= "~":
            problems.append(
                translate("MarcIO", "Field {tag} has an invalid subfield code “{code}”.").format(
                    tag=tag, code=code
                )
            )
            return None
        subfields.append(Subfield(code, child.text or ""))
    return Field(tag=tag, indicators=Indicators(*indicators), subfields=subfields)


def read_marcxml(source: str | PathLike[str] | BinaryIO) -> Iterator[ReadResult]:
    """Every record of a MARCXML document (``collection`` or a single ``record``).

    ``byte_offset`` is ``None``: the XML parser does not report positions of elements.
    """
    index = 0
    root: ET.Element | None = None
    depth = 0
    try:
        for event, element in iterparse(source, events=("start", "end"), forbid_dtd=True):
            if event == "start":
                depth += 1
                if root is None:
                    root = element
                    name = _local(element.tag)[1]
                    if name not in ("collection", "record") or not _is_marc(element.tag):
                        yield ReadResult(
                            1,
                            None,
                            None,
                            translate(
                                "MarcIO",
                                "The XML document is not MARCXML (root element <{name}>).",
                            ).format(name=name),
                        )
                        return
                continue
            depth -= 1
            if _local(element.tag)[1] != "record" or not _is_marc(element.tag):
                continue
            if element is not root and depth != 1:
                continue  # a <record> nested deeper than collection/record: not MARCXML
            index += 1
            record, problems = _record_from_element(element)
            if record is not None:
                yield ReadResult(index, None, record)
            else:
                yield ReadResult(index, None, None, " ".join(problems[:5]))
            if element is not root and root is not None:
                root.clear()  # keep memory flat on large collections
    except DefusedXmlException as exc:
        yield ReadResult(
            index + 1,
            None,
            None,
            translate(
                "MarcIO",
                "The XML file declares a DTD or entities ({what}); this is refused for safety.",
            ).format(what=type(exc).__name__),
        )
    except ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        yield ReadResult(
            index + 1,
            None,
            None,
            translate(
                "MarcIO", "The XML is broken at line {line}, column {column}: reading stopped."
            ).format(line=line, column=column),
        )
    except (LookupError, ValueError) as exc:  # e.g. encoding="U-F-8", "UTF-32", "rot13"
        yield ReadResult(
            index + 1,
            None,
            None,
            translate(
                "MarcIO",
                "The XML file declares a character set this program cannot read ({error}): "
                "reading stopped.",
            ).format(error=exc),
        )


# --- writing --------------------------------------------------------------------------


def _text(value: str, tag: str) -> str:
    if _XML_ILLEGAL.search(value):
        bad = list(dict.fromkeys(_XML_ILLEGAL.findall(value)))
        raise UnencodableError(tag, bad, "MARCXML")
    return escape(value)


# Tags, indicators and codes are few: quote each once (quoteattr is slow).
_attr = lru_cache(maxsize=4096)(quoteattr)


def record_to_marcxml(record: Record | PlainRecord, *, indent: str = "  ") -> str:
    """One ``<record>`` element (no namespace declaration: it goes on the collection).

    Leader positions 20-23 are written as ``4500`` (UNIMARC's ``450 `` does not pass
    the schema; the entry map has no meaning in XML). Raises
    :class:`~shkola_lib.io.marc.iso2709.UnencodableError` for characters XML cannot hold.
    """
    leader = str(record.leader).ljust(LEADER_LENGTH)[:LEADER_LENGTH]
    leader = leader[:20] + "4500"
    pad1, pad2, pad3 = indent, indent * 2, indent * 3
    lines = [f"{pad1}<record>", f"{pad2}<leader>{_text(leader, 'LDR')}</leader>"]
    for item in record.fields:
        tag = item.tag
        if item.control_field:
            lines.append(
                f"{pad2}<controlfield tag={_attr(tag)}>{_text(item.data or '', tag)}</controlfield>"
            )
            continue
        ind1, ind2 = item.indicators or (" ", " ")
        lines.append(
            f"{pad2}<datafield tag={_attr(tag)} ind1={_attr(ind1 or ' ')} "
            f"ind2={_attr(ind2 or ' ')}>"
        )
        for code, value in item.subfields:
            lines.append(f"{pad3}<subfield code={_attr(code)}>{_text(value or '', tag)}</subfield>")
        lines.append(f"{pad2}</datafield>")
    lines.append(f"{pad1}</record>")
    return "\n".join(lines) + "\n"


def write_marcxml(records: Iterable[Record], stream: BinaryIO) -> int:
    """Write a UTF-8 MARCXML collection of ``records``; return how many were written.

    A record that XML cannot hold raises ``UnencodableError`` (its ``record_index`` set);
    the records before it are already in ``stream`` and the collection is not closed.
    """
    stream.write(
        (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<collection xmlns="{MARC_NS}" xmlns:xsi="{XSI_NS}" '
            f'xsi:schemaLocation="{SCHEMA_LOCATION}">\n'
        ).encode()
    )
    count = 0
    for count, record in enumerate(records, start=1):
        try:
            chunk = record_to_marcxml(record)
        except UnencodableError as exc:
            exc.record_index = count
            raise
        stream.write(chunk.encode("utf-8"))
    stream.write(b"</collection>\n")
    return count
