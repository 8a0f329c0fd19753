"""The run's manifest: `OUT/_runs/ingest_date=D/_manifest.json`, the partition's commit point
(`pipeline.run.publish` writes it; readers see the files it lists).

It lists the run id, the pipeline version, the config digest, the input files with sizes (and those
`--incremental` skipped), every output file with its record count, each table's schema version
and fingerprint, and the counts, reconciled: inputs = articles + dead letters + duplicates.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from typing import TYPE_CHECKING

from pipeline import __version__
from pipeline.run.publish import WrittenFile
from pipeline.tables import schema_fingerprint

if TYPE_CHECKING:
    from pipeline.run.job import Job


def digest(value: object) -> str:
    return "sha256:" + hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()


def build_manifest(job: Job, counters: dict[str, int], files: dict[str, list[WrittenFile]]) -> dict:
    """The manifest of a finished run from its job, its counters and the files it published."""
    records = {table: sum(f.records for f in table_files) for table, table_files in files.items()}
    counts = {
        "inputs": counters.get("inputs", 0),
        "articles": counters.get("articles", 0),
        "dead_letters": records["dead_letters"],
        "duplicates": counters.get("duplicates", 0),
        "events": records["events"],
        "mentions": records["mentions"],
    }
    return {
        "run_id": job.run_id,
        "pipeline_version": __version__,
        "ingest_date": job.ingest_date.isoformat(),
        "runner": job.config.beam.get("runner", "DirectRunner"),
        "config_digest": digest(job.config.model_dump(mode="json")),
        "inputs": [{"path": f.path, "size": f.size} for f in job.files],
        "skipped_inputs": [{"path": f.path, "size": f.size} for f in job.skipped],
        "tables": {
            table: {
                "schema_version": job.schemas[table].get("version"),
                "schema_fingerprint": schema_fingerprint(job.schemas[table]),
                "records": records[table],
                "files": [dataclasses.asdict(f) for f in table_files],
            }
            for table, table_files in files.items()
        },
        "counts": counts,
        # a mention group the merge failed on is a dead letter, but no input
        "reconciled": counts["inputs"] == counts["articles"] + counts["duplicates"]
        + counts["dead_letters"] - counters.get("mention_groups_not_merged", 0),
    }

