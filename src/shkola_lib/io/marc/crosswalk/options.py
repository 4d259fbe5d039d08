"""Export settings: the target flavour, where holdings and ББК go, the declared charset."""

from __future__ import annotations

from dataclasses import dataclass, field

MARC21 = "marc21"
RUSMARC = "rusmarc"
UNIMARC = "unimarc"
FLAVOURS = (MARC21, RUSMARC, UNIMARC)

HOLDINGS_STYLES = ("852", "899", "marc-sql", "koha-952", "none")


def is_unimarc_family(flavour: str) -> bool:
    """RUSMARC is UNIMARC with Russian additions: same tags for the mapped fields."""
    return flavour in (RUSMARC, UNIMARC)


def check_flavour(flavour: str) -> str:
    if flavour not in FLAVOURS:
        raise ValueError(f"unknown MARC flavour {flavour!r} (expected one of {FLAVOURS})")
    return flavour


@dataclass
class ExportOptions:
    """How ``catalog_to_marc`` writes a record (one exchange profile)."""

    flavour: str  # "marc21" | "rusmarc" | "unimarc"
    holdings: str  # "852" | "899" | "marc-sql" | "koha-952" | "none"
    bbk_tags: list[str] = field(default_factory=list)  # e.g. ["084"], ["091"], ["686"]
    charset_code: str = "50"  # UNIMARC 100$a/26-29 value to declare
    keep_local_fields: bool = True  # write back unmapped fields of the original record
    library_code: str = ""  # 852 $a / 899 $a / 952 $a
    # Series tag for MARC21: "" means 440 for the MARC-SQL profile and 490 otherwise.
    series_tag: str = ""

    def __post_init__(self) -> None:
        check_flavour(self.flavour)
        if self.holdings not in HOLDINGS_STYLES:
            raise ValueError(f"unknown holdings style {self.holdings!r}")
        if self.holdings == "899" and self.flavour != RUSMARC:
            # 899 means copies only in RUSMARC files (an Italian UNIMARC file uses it
            # for something else), and it is read back from RUSMARC files only.
            raise ValueError("899 holdings are written in RUSMARC records only")
        if not self.bbk_tags:
            self.bbk_tags = default_bbk_tags(self.flavour, self.holdings)

    @property
    def marc21(self) -> bool:
        return self.flavour == MARC21

    @property
    def marc21_series_tag(self) -> str:
        if self.series_tag:
            return self.series_tag
        return "440" if self.holdings == "marc-sql" else "490"

    def author_sign_home(self) -> str | None:
        """The group a fresh export writes the author sign into: "bbk", "holdings" or None."""
        if not self.marc21 and "686" in self.bbk_tags:
            return "bbk"
        if self.holdings in ("852", "marc-sql"):
            return "holdings"
        if "084" in self.bbk_tags or "686" in self.bbk_tags:
            return "bbk"
        return None


def default_bbk_tags(flavour: str, holdings: str = "") -> list[str]:
    """Where ББК goes by default: 686 in UNIMARC/RUSMARC, 084 (+091 for MARC-SQL) in MARC21."""
    if is_unimarc_family(flavour):
        return ["686"]
    return ["084", "091"] if holdings == "marc-sql" else ["084"]
