"""Many SIGKILLs: imports, edits, series of 100 copies and backups killed at random moments.

Usage: python benchmarks/kill_test.py [--kills 500] [--seed 1] [--lanes 2] [--keep DIR]

``--kills`` is the total, spread evenly over the four operations. The workers and
the checks after each kill are those of ``tests/safety/test_kill.py`` (integrity
check, the catalog's own check, all-or-nothing counts, durability of what the
worker reported committed, stale lock recovered, backup files complete). Prints
one JSON object; exits 1 if any kill left a damaged or half-changed catalog.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.safety.killing import OPERATIONS, run_campaign  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=500, help="total kills (default 500)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--lanes", type=int, default=2, help="operations run at once")
    parser.add_argument("--keep", metavar="DIR", help="keep the catalogs in DIR")
    parser.add_argument(
        "--corpus",
        default=os.environ.get("SHKOLA_LIB_CORPUS", str(ROOT.parent / "shared" / "corpus")),
    )
    args = parser.parse_args()
    marc = Path(args.corpus) / "rusmarc-nlr" / "TEST1.ISO"
    per_operation = max(1, args.kills // len(OPERATIONS))
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="shkola-lib-kill-") as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        stats = run_campaign(
            per_operation,
            args.seed,
            folder,
            marc,
            lanes=args.lanes,
            progress=lambda line: print(line, file=sys.stderr, flush=True),
        )
    failures = [f for s in stats for f in s.failures]
    summary = {
        "seed": args.seed,
        "kills": sum(s.kills for s in stats),
        "corrupt_or_half_applied": len(failures),
        "seconds": round(time.monotonic() - started, 1),
        "python": sys.version.split()[0],
        "operations": [asdict(s) | {"failures": s.failures[:10]} for s in stats],
    }
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
