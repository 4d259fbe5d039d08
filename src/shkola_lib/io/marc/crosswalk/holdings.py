"""Holdings: copies and counted stock in 899, 852, MARC-SQL 090/876/990, Koha 952/995."""

from __future__ import annotations

from datetime import date

from shkola_lib.catalog.data import CopyData, RecordDetail, StockData
from shkola_lib.i18n import translate
from shkola_lib.models import CopyStatus

from .common import Ctx, Partial, exportable_copies
from .fields import MarcFieldData, datafield, squash
from .values import format_price, parse_price

HOLDINGS_TAGS = ("852", "090", "876", "990", "952", "995", "899")


def holdings_style(fld: MarcFieldData) -> str:
    """The export style a holdings field belongs to ("899", "852", "marc-sql", …)."""
    if fld.tag in ("090", "876", "990"):
        return "marc-sql"
    if fld.tag == "952":
        return "koha-952"
    if fld.tag == "995":
        return "koha-995"
    return fld.tag


def is_holdings_field(fld: MarcFieldData, flavour: str) -> bool:
    if fld.tag == "899":  # without $p/$x it names a shelf, not a copy: kept verbatim
        return flavour == "rusmarc" and fld.has("p", "x")
    if fld.tag == "090":  # LC files use 090 for a local call number ($a/$b)
        return fld.has("e", "x")
    if fld.tag == "995":
        return fld.has("f", "j")
    return fld.tag in HOLDINGS_TAGS


def shelf_mark(bbk: str, author_sign: str) -> str:
    """The call number of the spine label: "ББК/author sign"."""
    return "/".join(p for p in (bbk.strip(), author_sign.strip()) if p)


def _int(text: str) -> int | None:
    digits = text.strip()
    return int(digits) if digits.isdigit() else None


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def _price(raw: str, ctx: Ctx) -> int | None:
    if not raw.strip():
        return None
    price = parse_price(raw)
    if price is None:
        ctx.warn(translate("Crosswalk", "Price not understood, ignored: {price}").format(price=raw))
    return price


# ---------------------------------------------------------------- import


def read_holdings(fields: list[MarcFieldData], ctx: Ctx) -> Partial:
    copies: list[CopyData] = []
    stock: list[StockData] = []
    bbk = sign = ""
    links: list[MarcFieldData] = []  # 876 and 990 refer to copies made by 090
    for fld in fields:
        if fld.tag == "899":
            barcode, inventory = fld.get("p"), fld.get("x")
            if not inventory:
                inventory, barcode = barcode, ""
            if inventory:
                location = fld.get("c") or fld.get("b")
                copies.append(CopyData(inventory, barcode=barcode or None, location=location))
        elif fld.tag == "852":
            bbk = bbk or squash(fld.get("h"))
            sign = sign or squash(fld.get("i"))
            if fld.get("p"):
                location = fld.get("b") or fld.get("c")
                copies.append(CopyData(fld.get("p"), location=location))
        elif fld.tag == "090":
            sign = sign or squash(fld.get("x"))
            copies += [CopyData(inventory) for inventory in fld.all("e")]
        elif fld.tag in ("876", "990"):
            links.append(fld)
        elif fld.tag == "952":
            _read_952(fld, copies, ctx)
        elif fld.tag == "995":
            inventory = fld.get("j") or fld.get("f")
            copies.append(CopyData(inventory, barcode=fld.get("f") or None))
    for fld in links:
        if fld.tag == "876":
            _read_876(fld, copies, ctx)
        elif fld.has("h") or (fld.has("j") and not fld.has("t")):
            written_off = _int(fld.get("z")) or 0
            stock.append(
                StockData(
                    quantity=_int(fld.get("j")) or 0,
                    ksu_entry=fld.get("h"),
                    written_off=written_off,
                )
            )
        elif fld.get("t"):
            targets = set(fld.all("e"))
            for copy in copies:
                if (copy.inventory_number in targets) or (not targets and not copy.ksu_entry):
                    copy.ksu_entry = fld.get("t")
    seen: set[str] = set()
    for copy in copies:
        if copy.inventory_number in seen:
            ctx.warn(
                translate("Crosswalk", "Inventory number {number} appears twice.").format(
                    number=copy.inventory_number
                )
            )
        seen.add(copy.inventory_number)
    return {"copies": copies, "stock": stock, "bbk": bbk, "author_sign": sign}


def _read_952(fld: MarcFieldData, copies: list[CopyData], ctx: Ctx) -> None:
    inventory = fld.get("i") or fld.get("p")
    if not inventory:
        ctx.warn(translate("Crosswalk", "A copy without inventory number or barcode was skipped."))
        return
    status = CopyStatus.AVAILABLE
    if fld.get("0") not in ("", "0"):
        status = CopyStatus.WRITTEN_OFF
    elif fld.get("1") not in ("", "0"):
        status = CopyStatus.LOST
    copies.append(
        CopyData(
            inventory,
            barcode=fld.get("p") or None,
            location=fld.get("c"),
            status=status,
            acquired_on=_date(fld.get("d")),
            source=fld.get("e"),
            price_tiyn=_price(fld.get("g") or fld.get("v"), ctx),
        )
    )


def _read_876(fld: MarcFieldData, copies: list[CopyData], ctx: Ctx) -> None:
    """876 $p barcode and $c price, for the copy named in $a or the next one without."""
    link = fld.get("a")
    target = next((c for c in copies if link and c.inventory_number == link), None)
    if target is None and not link:
        target = next((c for c in copies if c.barcode is None and c.price_tiyn is None), None)
    if target is None:
        return
    target.barcode = fld.get("p") or target.barcode
    price = _price(fld.get("c"), ctx)
    if price is not None:
        target.price_tiyn = price


# ---------------------------------------------------------------- export


def write_holdings(detail: RecordDetail, options) -> list[MarcFieldData]:
    style = options.holdings
    copies = exportable_copies(detail)
    record = detail.record
    lib = options.library_code.strip()
    bbk, sign = record.bbk.strip(), record.author_sign.strip()
    sign_here = options.author_sign_home() == "holdings"
    out: list[MarcFieldData] = []
    if style == "899":
        for c in copies:
            barcode = c.barcode if c.barcode and c.barcode != c.inventory_number else ""
            out.append(
                datafield(
                    "899",
                    "  ",
                    ("a", lib),
                    ("c", c.location),
                    ("j", shelf_mark(bbk, sign)),
                    ("p", barcode or c.inventory_number),
                    ("x", c.inventory_number if barcode else ""),
                )
            )
    elif style == "852":
        rows = copies or ([None] if sign_here and sign else [])
        for c in rows:
            out.append(
                datafield(
                    "852",
                    "  ",
                    ("a", lib),
                    ("b", c.location if c else ""),
                    ("h", bbk),
                    ("i", sign),
                    ("p", c.inventory_number if c else ""),
                )
            )
    elif style == "marc-sql":
        out += _write_marc_sql(detail, copies, sign if sign_here else "")
    elif style == "koha-952":
        for c in copies:
            out.append(
                datafield(
                    "952",
                    "  ",
                    ("a", lib),
                    ("b", lib),
                    ("c", c.location),
                    ("d", c.acquired_on.isoformat() if c.acquired_on else ""),
                    ("e", c.source),
                    ("g", format_price(c.price_tiyn) if c.price_tiyn is not None else ""),
                    ("i", c.inventory_number),
                    ("o", shelf_mark(bbk, sign)),
                    ("p", c.barcode or ""),
                    ("1", "1" if c.status is CopyStatus.LOST else ""),
                )
            )
    return sorted(out, key=lambda f: f.tag)


def _write_marc_sql(detail: RecordDetail, copies: list[CopyData], sign: str) -> list:
    out = [datafield("090", "  ", ("e", c.inventory_number), ("x", sign)) for c in copies]
    if not copies and sign:
        out.append(datafield("090", "  ", ("x", sign)))
    for c in copies:
        if c.barcode or c.price_tiyn is not None:
            price = format_price(c.price_tiyn) if c.price_tiyn is not None else ""
            out.append(
                datafield("876", "  ", ("a", c.inventory_number), ("p", c.barcode), ("c", price))
            )
    entries: dict[str, list[str]] = {}
    for c in copies:
        if c.ksu_entry.strip():
            entries.setdefault(c.ksu_entry.strip(), []).append(c.inventory_number)
    shared = len(entries) == 1 and all(c.ksu_entry.strip() for c in copies)
    for entry, numbers in entries.items():
        links = [] if shared else [("e", n) for n in numbers]
        out.append(datafield("990", "  ", ("t", entry), *links))
    for lot in detail.stock:
        out.append(
            datafield(
                "990",
                "  ",
                ("h", lot.ksu_entry.strip()),
                ("j", str(lot.quantity)),
                ("z", str(lot.written_off) if lot.written_off else ""),
            )
        )
    return out
