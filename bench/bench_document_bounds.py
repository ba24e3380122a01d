"""Time to refuse each hostile document, and the app's peak memory while it does.

Each file (written by tests/resume/documents/hostile_documents.py: PDF pages inflating to
74 MB each, 60,000 pages, 60,000 pages declared as one, a DOCX zip bomb) is read by
`read_resume` in a fresh process, as the CLI would (the parser worker's start included);
the figures are that process's wall time and peak RSS (the app) and the parser worker's
peak RSS. Baseline, in
the same run: an ordinary one-page PDF and DOCX resume read the same way. Goals: each
hostile file refused in under 5 s with the app under 300 MB.
Run: `python bench/bench_document_bounds.py`.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.resume import builders  # noqa: E402 - after the path insert
from tests.resume.documents.hostile_documents import HOSTILE  # noqa: E402

PROBE = """
import json, resource, sys, time
from pivotprep.resume.documents.reading import read_resume
data = open(sys.argv[1], "rb").read()
started = time.perf_counter()
try:
    read_resume(data, sys.argv[2])
    outcome = "read"
except Exception as exc:
    outcome = type(exc).__name__
seconds = time.perf_counter() - started
from pivotprep.resume.documents import bounded
with bounded._lock:
    bounded._discard()  # reaped, so its peak memory is counted as a child's
scale = 1 if sys.platform == "darwin" else 1024
app_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20
try:  # Linux: this process's own high-water mark (ru_maxrss keeps the launcher's across exec)
    status = open("/proc/self/status").read().split("VmHWM:")[1]
    app_mb = int(status.split()[0]) / 1024
except (OSError, IndexError, ValueError):
    pass
print(json.dumps({"outcome": outcome, "seconds": seconds, "app_mb": app_mb,
    "child_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale / 2**20}))
"""


def measure(data: bytes, filename: str) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / filename
        path.write_bytes(data)
        done = subprocess.run(
            [sys.executable, "-c", PROBE, str(path), filename],
            capture_output=True, text=True, check=True, cwd=ROOT,
        )  # fmt: skip
    return dict(json.loads(done.stdout.splitlines()[-1]))


def main() -> None:
    cases = {
        "baseline: one-page PDF resume": ("resume.pdf", builders.one_column_pdf),
        "baseline: one-page DOCX resume": ("resume.docx", builders.one_column_docx),
        **HOSTILE,
    }
    print(f"{'document':36} {'size':>8} {'outcome':>24} {'time':>7} {'app RSS':>9} {'child':>8}")
    worst_time = worst_rss = 0.0
    for name, (filename, make) in cases.items():
        data = make()
        got = measure(data, filename)
        seconds, app_mb = float(got["seconds"]), float(got["app_mb"])  # type: ignore[arg-type]
        if not name.startswith("baseline"):
            worst_time, worst_rss = max(worst_time, seconds), max(worst_rss, app_mb)
        print(
            f"{name:36} {len(data) / 2**20:7.2f}M {got['outcome']!s:>24} {seconds:6.2f}s "
            f"{app_mb:8.0f}M {float(got['child_mb']):7.0f}M"  # type: ignore[arg-type]
        )
    print(f"worst hostile: {worst_time:.2f} s (goal < 5 s), app peak {worst_rss:.0f} MB "
          "(goal < 300 MB)")  # fmt: skip


if __name__ == "__main__":
    main()
