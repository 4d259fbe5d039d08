"""A worker that repeats one writing operation until it is killed (see ``killing.py``).

    python kill_worker.py OPERATION CATALOG [ARG]

OPERATION is ``import`` (ARG: the MARC file), ``edit``, ``series`` or ``backup``
(ARG: the backup folder). The worker takes the catalog's instance lock, prints
``ready``, then prints ``done N`` after the N-th operation has committed (for backups:
``done N R`` once the N-th backup, holding R records, was renamed into place).
"""

from __future__ import annotations

import sys
from pathlib import Path

from shkola_lib.catalog.backup import Kind, make_backup, rotate
from shkola_lib.catalog.data import PersonData, RecordData
from shkola_lib.catalog.holdings import SeriesRequest
from shkola_lib.catalog.importer import DuplicatePolicy, ImportOptions, ImportSummary
from shkola_lib.catalog.instance_lock import InstanceLock
from shkola_lib.catalog.service import CatalogService

EDIT_TITLE = "Kill test record {i} generation {gen}"
SERIES_SIZE = 100


def edited(data: RecordData, i: int, gen: int) -> RecordData:
    """Every edited field carries the generation: a mixed record is a half edit."""
    data.title = EDIT_TITLE.format(i=i, gen=gen)
    data.publisher = f"Publisher {gen}"
    data.notes = f"Notes {gen}"
    data.persons = [PersonData(f"Author{gen}, Test"), PersonData(f"Second{gen}, Test")]
    data.keywords = [f"kw{gen}", f"key{gen}"]
    return data


def generation(title: str) -> int:
    return int(title.rsplit(" ", 1)[-1])


def main(argv: list[str]) -> int:
    op, db = argv[0], Path(argv[1])
    arg = Path(argv[2]) if len(argv) > 2 else None
    lock = InstanceLock(db, f"kill-worker {op}").acquire()
    service = CatalogService.open(db)
    print("ready", flush=True)
    done = 0
    if op == "import":
        assert arg is not None
        options = ImportOptions(policy=DuplicatePolicy.NEW, report_dir=db.parent / "reports")
        while True:
            print(f"begin {done + 1}", flush=True)
            for _step in service.run_import(arg, options, ImportSummary(file=arg)):
                pass
            done += 1
            print(f"done {done}", flush=True)
    elif op == "series":
        record_id = int(service.search("").record_ids[0])
        while True:
            print(f"begin {done + 1}", flush=True)
            service.add_copy_series(record_id, SeriesRequest(count=SERIES_SIZE, location="K"))
            done += 1
            print(f"done {done}", flush=True)
    elif op == "edit":
        ids = sorted(service.search("").record_ids)
        gens = [generation(service.get_record(rid).title) for rid in ids]
        gen = max(gens)
        if min(gens) == gen:
            gen += 1  # the last round was complete: start the next one
        while True:
            for i, rid in enumerate(ids):
                print(f"begin {done + 1}", flush=True)
                data = service.get_record(rid)
                if generation(data.title) >= gen:
                    continue  # done in a round that a kill interrupted
                service.update_record(edited(data, i, gen))
                done += 1
                print(f"done {done}", flush=True)
            gen += 1
    elif op == "backup":
        assert arg is not None
        while True:
            print(f"begin {done + 1}", flush=True)
            service.create_record(RecordData(title=f"Written between backups {done}"))
            records = service.counts().records
            make_backup(db, arg, kind=Kind.AUTO)
            rotate(arg, db.stem)
            done += 1
            print(f"done {done} {records}", flush=True)
    lock.release()
    return 2  # unreachable: the loops end by being killed


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
