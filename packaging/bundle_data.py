"""What the frozen program needs beyond the modules PyInstaller finds by reading imports.

``shkola-lib.spec`` builds its data list and hidden imports from here, and
``tests/packaging/test_spec.py`` checks the list against the source tree: every file under
``resources/`` and the migration scripts must be shipped or named in ``NOT_SHIPPED``, so a
new kind of file cannot be forgotten quietly. Destinations mirror the installed wheel
(``shkola_lib/resources``, ``shkola_lib/translations``, ``shkola_lib/models/migrations``),
which is where ``paths.resources_dir()``, ``app.translations_dirs()`` and
``models.db.MIGRATIONS_DIR`` look, relative to the package's ``__file__``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_NAME = "shkola-lib"
ENTRY_SCRIPT = ROOT / "packaging" / "entry.py"
ICON_ICO = ROOT / "resources" / "icons" / "shkola-lib.ico"


@dataclass(frozen=True)
class DataRule:
    """Files matching ``pattern`` (relative to the repository) go to ``dest`` in the bundle."""

    pattern: str
    dest: str
    why: str
    required: bool = True

    def files(self, root: Path = ROOT) -> list[Path]:
        return sorted(p for p in root.glob(self.pattern) if p.is_file())


MIGRATIONS = "src/shkola_lib/models/migrations"
RES = "shkola_lib/resources"

DATA_RULES: tuple[DataRule, ...] = (
    # resources/: found through paths.resources_dir() at run time
    DataRule("resources/README.md", RES, "explains the folder to whoever opens it"),
    DataRule("resources/fonts/*.ttf", f"{RES}/fonts", "DejaVu Sans embedded in label PDFs"),
    DataRule("resources/fonts/LICENSE-DejaVu.txt", f"{RES}/fonts", "the fonts' licence"),
    DataRule("resources/fonts/README.md", f"{RES}/fonts", "where the fonts come from"),
    DataRule("resources/labels/README.md", f"{RES}/labels", "the template/layout format"),
    DataRule("resources/labels/templates/*.toml", f"{RES}/labels/templates", "label sheets"),
    DataRule("resources/labels/layouts/*.toml", f"{RES}/labels/layouts", "label layouts"),
    DataRule("resources/profiles/*.toml", f"{RES}/profiles", "exchange profiles"),
    DataRule("resources/icons/shkola-lib.svg", f"{RES}/icons", "the icon's source"),
    DataRule("resources/icons/shkola-lib-*.png", f"{RES}/icons", "window icon sizes"),
    DataRule("resources/icons/shkola-lib.ico", f"{RES}/icons", "Windows icon"),
    # Alembic reads env.py, the template and the revisions from disk (ScriptDirectory),
    # so they must be files, not modules inside the PYZ archive.
    DataRule(f"{MIGRATIONS}/env.py", "shkola_lib/models/migrations", "Alembic environment"),
    DataRule(f"{MIGRATIONS}/script.py.mako", "shkola_lib/models/migrations", "Alembic template"),
    DataRule(f"{MIGRATIONS}/versions/*.py", "shkola_lib/models/migrations/versions", "revisions"),
    # Compiled by the hatch build hook (hatch_build.py); absent in an untranslated build.
    DataRule(
        "src/shkola_lib/translations/*.qm",
        "shkola_lib/translations",
        "interface translations",
        required=False,
    ),
    DataRule("LICENSE", ".", "the program's licence"),
)

# Files in the checked folders that are deliberately left out, with the reason.
NOT_SHIPPED: dict[str, str] = {
    f"{MIGRATIONS}/__init__.py": "a package marker; Alembic finds the scripts by path",
}
# Folders whose every file must be covered by DATA_RULES or NOT_SHIPPED.
CHECKED_FOLDERS = ("resources", MIGRATIONS, "src/shkola_lib/translations")

HIDDEN_IMPORTS: tuple[str, ...] = (
    # create_engine("sqlite:///...") imports the dialect by name from the URL
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.sqlite.pysqlite",
    # env.py and the revision scripts are data files, so PyInstaller never sees their imports
    "alembic",
    "alembic.op",
    "alembic.context",
    "alembic.ddl",
    "alembic.ddl.sqlite",
    "alembic.runtime.migration",
    "alembic.runtime.environment",
    "alembic.script",
    "alembic.operations.toimpl",
    "alembic.operations.batch",
    "shkola_lib.models",
    "shkola_lib.models.base",
    "logging.config",
    # reportlab looks up its standard font metrics by name
    "reportlab.rl_settings",
    "reportlab.pdfbase._fontdata",
    "reportlab.pdfbase.ttfonts",
    "reportlab.graphics.barcode.code128",
    # pymarc builds the MARC-8 tables from this module on first use
    "pymarc.marc8_mapping",
    "stdnum.isbn",
    "stdnum.numdb",
    "openpyxl",
    "defusedxml",
    "defusedxml.ElementTree",
    "qrcode",
    "platformdirs",
)
# reportlab.pdfbase._fontdata_* (widths and encodings) are added by the spec with
# collect_submodules, as reportlab imports them with __import__.
STDNUM_DATA = ("isbn.dat",)  # stdnum.numdb opens these with importlib.resources
QT_TRANSLATIONS = ("kk", "ru")  # Qt's qtbase_*.qm etc. for the languages of the interface

# Not needed at run time; some come in through optional imports of the libraries.
EXCLUDES: tuple[str, ...] = (
    "tkinter",
    "_tkinter",
    "zxingcpp",  # tests only: reads the QR codes back
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    # reportlab imports PIL.Image at start-up but we draw no raster images: the codecs with
    # large bundled libraries (AVIF, WebP, colour management, FreeType, Tk) stay out.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL._imagingft",
    "PIL.ImageFont",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
    "numpy",
    "IPython",
    "pydoc_data",
)


def project_version(root: Path = ROOT) -> str:
    with (root / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, destination folder) pairs for PyInstaller's Analysis(datas=...)."""
    pairs: list[tuple[str, str]] = []
    for rule in DATA_RULES:
        found = rule.files(root)
        if not found and rule.required:
            raise FileNotFoundError(f"nothing matches {rule.pattern} ({rule.why})")
        pairs.extend((str(path), rule.dest) for path in found)
    return pairs
