"""SIGKILL during an import, an edit, a series of 100 copies and a backup, ≥ 50 times.

The workers and the checks are in ``killing.py``; ``benchmarks/kill_test.py`` runs
the same campaign with many more kills. Set SHKOLA_LIB_KILLS (kills per operation)
and SHKOLA_LIB_KILL_SEED to vary it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

from tests.safety.killing import OPERATIONS, run_campaign

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

KILLS_PER_OPERATION = int(os.environ.get("SHKOLA_LIB_KILLS", "15"))
SEED = int(os.environ.get("SHKOLA_LIB_KILL_SEED", "20260301"))


def test_killed_writers_never_leave_a_corrupt_or_half_changed_catalog(
    tmp_path: Path, corpus_dir: Path
) -> None:
    stats = run_campaign(
        KILLS_PER_OPERATION, SEED, tmp_path, corpus_dir / "rusmarc-nlr" / "TEST1.ISO"
    )
    summary = [asdict(s) for s in stats]
    print(json.dumps(summary, indent=1))  # the figures, with -s
    failures = [f for s in stats for f in s.failures]
    assert not failures, "\n".join(failures[:20])
    assert sum(s.kills for s in stats) >= 50 or KILLS_PER_OPERATION < 13
    for s in stats:
        assert s.kills == KILLS_PER_OPERATION
        assert s.stale_locks_recovered == s.kills  # every killed worker's lock was recovered
        assert s.committed > 0  # the workers got work done between the kills
    # The real command line agrees: every catalog is in order after all the kills.
    for op in OPERATIONS:
        db = tmp_path / op / "catalog.sqlite"
        result = subprocess.run(
            [sys.executable, "-m", "shkola_lib", "--db", str(db), "check"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, (op, result.stdout, result.stderr)
        assert "in order" in result.stdout
