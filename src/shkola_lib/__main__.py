"""Entry point: ``python -m shkola_lib`` and the ``shkola-lib`` script."""

from __future__ import annotations

import sys

from shkola_lib.cli import main as _cli_main


def main() -> None:
    sys.exit(_cli_main())


if __name__ == "__main__":
    main()
