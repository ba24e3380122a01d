"""Reading time per resume file, next to the plain library extraction measured in the same run.

For PDFs the baseline is pypdf's `extract_text()` on every page (no layout, no sections) and,
for reference, pdfplumber's word extraction; for DOCX it is python-docx's paragraph text.
`read_resume` adds sectioning, contact details, positions and layout facts, and reads a
two-column page again with word positions. Figures are medians of repeated runs in one
warmed-up process. Run: `python bench/bench_resume_reading.py`.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.resume import builders  # noqa: E402 - after the path insert

RUNS = 15
JOB_POSTING = """Senior Data Analyst
About us
We run logistics software for 300 regional carriers and care about careful, honest numbers.
What you'll do
- Own the weekly operations dashboards in Tableau and Looker.
- Write SQL against our PostgreSQL warehouse and model data with dbt.
- Design and read A/B tests with the product team; explain results to stakeholders.
- Automate recurring reports in Python (pandas) and schedule them in Airflow.
What you bring
- 3+ years of experience in data analysis or a quantitative role.
- Strong SQL, including window functions, and working Python.
- A bachelor's degree in a quantitative field, or equivalent experience.
Nice to have
- Experience with forecasting or time-series models is a plus.
- Familiarity with Snowflake or BigQuery.
Benefits
Remote-first, a learning budget and 30 days of leave.
"""


def median_ms(fn: Callable[[], object], runs: int = RUNS) -> float:
    fn()  # warm up: imports, caches
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def pypdf_text(data: bytes) -> str:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def pdfplumber_words(data: bytes) -> int:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return sum(len(page.extract_words()) for page in pdf.pages)


def docx_text(data: bytes) -> str:
    from docx import Document

    return "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)


def main() -> int:
    from pivotprep.resume.documents.reading import read_job, read_resume
    from pivotprep.resume.report.formatting import check_formatting

    files = [
        ("1-page PDF, one column", "r.pdf", builders.one_column_pdf()),
        ("2-page PDF, one column", "r.pdf", builders.header_contact_pdf()),
        ("1-page PDF, two columns", "r.pdf", builders.two_column_pdf()),
        ("1-page PDF with a table", "r.pdf", builders.table_pdf()),
        ("DOCX, one column", "r.docx", builders.one_column_docx()),
        ("DOCX with a table", "r.docx", builders.table_docx()),
        ("TXT", "r.txt", builders.resume_text().encode()),
    ]
    print(f"{'file':<26} {'read_resume':>12} {'+formatting':>12} {'baseline':>10} {'ratio':>6}")
    worst_pdf = 0.0
    for label, name, data in files:
        ours = median_ms(lambda data=data, name=name: read_resume(data, name))
        doc = read_resume(data, name)
        checks = median_ms(lambda doc=doc: check_formatting(doc, "Data Analyst"))
        if name.endswith(".pdf"):
            base = median_ms(lambda data=data: pypdf_text(data))
            base_name = "pypdf"
            worst_pdf = max(worst_pdf, ours)
        elif name.endswith(".docx"):
            base = median_ms(lambda data=data: docx_text(data))
            base_name = "docx"
        else:
            base = median_ms(lambda data=data: data.decode("utf-8").splitlines())
            base_name = "split"
        print(
            f"{label:<26} {ours:>9.1f} ms {checks:>9.2f} ms {base:>7.1f} ms {ours / base:>5.1f}x"
            f"  (baseline: {base_name})"
        )
    plumber = median_ms(lambda: pdfplumber_words(builders.two_column_pdf()), runs=5)
    ours_two = median_ms(lambda: read_resume(builders.two_column_pdf(), "r.pdf"))
    print(
        f"\ntwo-column page: pdfplumber words alone {plumber:.1f} ms vs read_resume (pypdf, then "
        f"pdfminer character boxes) {ours_two:.1f} ms, ratio {plumber / ours_two:.1f}x"
    )
    job_text = JOB_POSTING * 3  # a long posting, as pasted with its repeats
    job_ms = median_ms(lambda: read_job(job_text))
    split_ms = median_ms(lambda: job_text.split("\n"))
    print(
        f"job description ({len(job_text)} chars): read_job {job_ms:.2f} ms "
        f"(str.split baseline {split_ms:.3f} ms, ratio {job_ms / max(split_ms, 1e-6):.0f}x)"
    )
    print(f"slowest PDF read: {worst_pdf:.1f} ms (budget for a whole scan: 200 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
