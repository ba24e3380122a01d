"""The app's peak memory and the time to refuse each hostile import file (issue 21, point
12), next to importing a valid export of the same size, measured the same way in the same run.

The files are the ones tests/backup/test_hostile.py builds from a real export (a profile
filled through the service): an integer of 2^70, a 100,000-deep JSON, NaN, nesting in a
JSON column, and wrong shapes in JSON columns. The baselines are valid exports: the export
itself (the size of most hostile files), and the export with one company whose notes pad
it to the size of the 100k-deep file. Each file is uploaded to the web app's import route
(`POST /data/import`, the real app on a fresh SQLite file, in a fresh process per file, so
that one file's memory does not hide in another's).

Prints, per file: its size, the app process's peak RSS (ru_maxrss) and its RSS before the
upload, the seconds until the page came back, the status, and whether the page said
"Nothing was changed" and the data was indeed unchanged. The goal is a peak under 300 MB
and a refusal with a message for every hostile file. Exits 0.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOAL_MB = 300
VALID = ("valid export", "valid export, padded to the 100k-deep file's size")

DRIVER = r"""
import json, os, resource, sys, time
from fastapi.testclient import TestClient
from pivotprep.backup.service import export_data
from pivotprep.core.db import make_engine
from pivotprep.core.migrate import upgrade
from pivotprep.web.app import create_app
from tests.backup.test_hostile import add_company, fill, hostile_texts

name = sys.argv[1]
engine = make_engine(f"sqlite:///{os.environ['PIVOTPREP_HOME']}/bench.db")
upgrade(engine)
fill(engine)
good = export_data(engine)
hostile = {key: text for key, (text, _) in hostile_texts(good).items()}
if name == "--names":
    print(json.dumps(list(hostile)))
    sys.exit(0)
if name == "valid export":
    body = json.dumps(good)
elif name.startswith("valid export, padded"):
    plain = len(json.dumps(add_company(good, notes="")))
    body = json.dumps(add_company(good, notes="x" * (len(hostile["100k-deep JSON"]) - plain)))
else:
    body = hostile[name]
del hostile
unchanged = export_data(engine)
unchanged.pop("exported_at")
raw = body.encode()
del body
with TestClient(create_app(engine, extra_hosts=("testserver",))) as client:
    client.get("/data")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    page = client.post(
        "/data/import", files={"file": ("export.json", raw, "application/json")}
    )
    seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
after = export_data(engine)
after.pop("exported_at")
print(json.dumps({
    "bytes": len(raw),
    "status": page.status_code,
    "refused": "Nothing was changed" in page.text,
    "restored": "Restored" in page.text,
    "unchanged": after == unchanged,
    "seconds": seconds,
    "before_mb": before / 1024,
    "peak_mb": peak / 1024,
}))
"""


def measure(name: str) -> dict[str, object]:
    """Upload the file called `name` in a fresh app process; its figures."""
    result: dict[str, object] = driver(name)
    return result


def names() -> list[str]:
    """The baselines, then each hostile file's name as the tests give it."""
    listed: list[str] = driver("--names")
    return [*VALID, *listed]


def driver(argument: str) -> Any:
    """Run DRIVER with `argument` on a fresh data folder; its last line of output, decoded
    (or the error it ended with)."""
    with tempfile.TemporaryDirectory(prefix="pivotprep-bench-") as home:
        done = subprocess.run(
            [sys.executable, "-c", DRIVER, argument],
            capture_output=True,
            text=True,
            env=dict(os.environ, PIVOTPREP_HOME=home),
            cwd=ROOT,
            timeout=600,
            check=False,
        )
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1:]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def outcome(name: str, row: dict[str, object]) -> str:
    """What happened, in words: restored, or refused with a message and nothing changed."""
    if name in VALID:
        return "restored" if row["restored"] else f"NOT restored (status {row['status']})"
    said = "refused with a message" if row["refused"] else "NO refusal message"
    kept = "nothing changed" if row["unchanged"] else "DATA CHANGED"
    return f"{row['status']}, {said}, {kept}"


def main() -> int:
    from pivotprep.backup.service import MAX_IMPORT_BYTES

    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"import size limit: {MAX_IMPORT_BYTES / 2**20:.0f} MB")
    print(f"{'file':52} {'bytes':>8} {'app peak':>9} {'before':>7} {'seconds':>8}  outcome")
    worst = 0.0
    for name in names():
        row = measure(name)
        if "error" in row:
            print(f"{name:52} failed: {row['error']}")
            continue
        peak = float(str(row["peak_mb"]))
        worst = worst if name in VALID else max(worst, peak)
        print(
            f"{name:52} {int(str(row['bytes'])):8d} {peak:7.0f}MB "
            f"{float(str(row['before_mb'])):5.0f}MB {float(str(row['seconds'])):8.3f}  "
            f"{outcome(name, row)}",
            flush=True,
        )
    verdict = "under" if worst < GOAL_MB else "OVER"
    print(f"worst hostile peak: {worst:.0f} MB, {verdict} the {GOAL_MB} MB goal")
    return 0


if __name__ == "__main__":
    sys.exit(main())
