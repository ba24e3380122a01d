"""ATS scan speed: one resume vs one job, and one resume vs 1,000 job descriptions.

    python bench/bench_resume_speed.py

Wall-clock figures depend on the machine's load (a shared 2-core box is noisy); the CPU
time of the 1,000-job run is printed next to it. Targets (issue 3): one resume against
one job under 200 ms without the semantic extra;
one resume against 1,000 job descriptions under 10 s. The 1,000 postings are generated
here from templates (seeded, varied titles, skills, requirement and responsibility
sentences). The baseline, measured in the same run on the same texts, is Resume-Matcher's
method: the overlap of the sets of words of 3+ letters minus stop words.

The in-process figures exclude what a person waits for the first time: a new
`pivotprep scan RESUME JOB` process imports the app, opens (and on first use creates) the
database, loads the taxonomy and builds the skill matcher. So the bench also runs the real
CLI as a subprocess and prints its wall time three ways (medians over 5 rounds): a first-ever run
(new data folder: no database, no matcher cache on disk), a later run (both exist), and a
later run with the on-disk matcher cache deleted (what the cache saves); then the command a
person types, `pivotprep scan RESUME JOB` with its text report (target: under 1 s wall).
These run in-process (PIVOTPREP_RESIDENT=0); the same command answered by the resident
process (the first run starts it, later ones are a small client) is printed after them.
Beside them, in the same rounds, `python -c pass` (the interpreter alone): on a busy
machine every process is slower, and that baseline shows by how much. The subprocesses run
without PYTHONDONTWRITEBYTECODE, as an installed package does (its bytecode compiled once);
the bench uses a temporary PIVOTPREP_HOME, never the user's data folder.
"""

from __future__ import annotations

import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ATS_POSTINGS = ROOT / "bench" / "data" / "ats" / "postings"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

TITLES = [
    "Data Analyst",
    "Senior Data Analyst",
    "Data Scientist",
    "Machine Learning Engineer",
    "Data Engineer",
    "Analytics Engineer",
    "Backend Engineer",
    "BI Developer",
    "Product Analyst",
    "ML Ops Engineer",
]
SKILLS = [
    "Python",
    "SQL",
    "Excel",
    "Tableau",
    "Power BI",
    "Looker",
    "R",
    "Spark",
    "Airflow",
    "dbt",
    "Snowflake",
    "BigQuery",
    "AWS",
    "GCP",
    "Azure",
    "Docker",
    "Kubernetes",
    "Terraform",
    "Kafka",
    "PostgreSQL",
    "MongoDB",
    "scikit-learn",
    "PyTorch",
    "TensorFlow",
    "pandas",
    "Go",
    "Java",
    "TypeScript",
    "FastAPI",
    "Git",
    "CI/CD",
    "A/B testing",
    "machine learning",
    "statistics",
    "data modeling",
    "ETL",
    "data pipelines",
    "model monitoring",
    "system design",
    "REST APIs",
    "microservices",
    "time-series forecasting",
    "data visualization",
    "experiment design",
    "NLP",
]
SOFT = [
    "communication",
    "stakeholder management",
    "attention to detail",
    "problem solving",
    "mentoring",
    "cross-functional collaboration",
    "ownership",
    "prioritization",
]
RESP = [
    "Build and maintain {a} and {b} for the {team} team.",
    "Partner with {team} stakeholders to define metrics and report KPIs.",
    "Design, test and ship {a} solutions that scale to millions of users.",
    "Own {a} end to end, from prototype to production monitoring.",
    "Write clear documentation and review code from peers.",
    "Analyse {b} data to find what drives retention and revenue.",
]
REQ = [
    "{n}+ years of experience with {a} and {b}.",
    "Strong {a} skills; experience with {b} is expected.",
    "Hands-on experience with {a}, {b} or {c}.",
    "Excellent {s} and {s2}.",
    "Bachelor's degree in computer science, statistics or a related field.",
    "Master's degree or equivalent practical experience.",
]
NICE = ["Experience with {a} is a plus.", "Familiarity with {b} and {c}.", "Exposure to {a}."]
TEAMS = ["growth", "finance", "marketing", "platform", "risk", "operations", "product"]
STOP = frozenset(
    """the and for with are you our will your from that this have has into who what all can
    able work team role years experience""".split()  # noqa: SIM905
)


def make_jobs(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    jobs = []
    for _ in range(count):

        def fill(template: str) -> str:
            a, b, c = rng.sample(SKILLS, 3)
            s, s2 = rng.sample(SOFT, 2)
            return template.format(
                a=a, b=b, c=c, s=s, s2=s2, n=rng.randint(2, 6), team=rng.choice(TEAMS)
            )

        lines = [
            rng.choice(TITLES),
            "About us",
            f"We are a {rng.choice(TEAMS)} company of {rng.randint(20, 5000)} people.",
            "Responsibilities",
        ]
        lines += [f"- {fill(t)}" for t in rng.sample(RESP, 4)]
        lines.append("Requirements")
        lines += [f"- {fill(t)}" for t in rng.sample(REQ, 4)]
        lines.append("Nice to have")
        lines += [f"- {fill(t)}" for t in rng.sample(NICE, 2)]
        jobs.append("\n".join(lines))
    return jobs


def unigram_rate(resume_words: set[str], job: str) -> float:
    words = {w for w in re.findall(r"[a-z]{3,}", job.lower()) if w not in STOP}
    return 100.0 * len(words & resume_words) / max(len(words), 1)


def _cli() -> list[str]:
    script = Path(sys.executable).parent / "pivotprep"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from pivotprep.cli.main import main; main()"]


def _timed(command: list[str], home: Path, *, resident: bool = False) -> tuple[float, float]:
    """(wall, CPU) seconds of one process; CPU is steadier on a busy box. `resident`: the
    command may be answered by the resident process (its CPU is then not counted here)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    env = {**os.environ, "PIVOTPREP_HOME": str(home), "COLUMNS": "80"}
    env["PIVOTPREP_RESIDENT"] = "1" if resident else "0"
    env.pop("PIVOTPREP_DATABASE_URL", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: bytecode compiled once
    started = time.perf_counter()
    done = subprocess.run(
        command,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    took = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        raise SystemExit(f"{command[-6:]} failed ({done.returncode}): {done.stderr[-2000:]}")
    return took, cpu


def _timed_scan(
    home: Path,
    resume: Path,
    job: Path,
    semantic: str = "off",
    *,
    report: str = "--json",
    resident: bool = False,
) -> tuple[float, float]:
    """(wall, CPU) of one `pivotprep scan` process: JSON, or the text report (report="")."""
    extra = [report] if report else []
    command = [*_cli(), "scan", str(resume), str(job), *extra, "--semantic", semantic]
    return _timed(command, home, resident=resident)


def resident_figures(root: Path, resume: Path, job: Path) -> None:
    """`pivotprep scan RESUME JOB` as typed when the resident process answers it: the first
    run starts it, the later ones are a small client (the work is done in the resident
    process, so the CPU column is the client's own). With the semantic extra, the same
    for the default --semantic auto, whose model the resident process keeps loaded."""
    home = root / "resident"
    modes = ["off", "auto"] if _has_semantic() else ["off"]
    try:
        for semantic in modes:
            first = _timed_scan(home, resume, job, semantic, report="", resident=True)
            later = [
                _timed_scan(home, resume, job, semantic, report="", resident=True)
                for _ in range(ROUNDS)
            ]
            wall = 1000 * statistics.median(w for w, _ in later)
            cpu = 1000 * statistics.median(c for _, c in later)
            verdict = "met" if wall < 1000 else "not met"
            print(
                f"  answered by the resident process (--semantic {semantic}): first run "
                f"(starts it) {1000 * first[0]:.0f} ms wall; later runs {wall:.0f} ms wall, "
                f"{cpu:.0f} ms CPU in the client (target < 1000 ms wall: {verdict})"
            )
    finally:
        _timed([*_cli(), "resident", "--stop"], home, resident=True)


ROUNDS = 5


def cold_process_figures(resume_bytes: bytes, resume_name: str, job_text: str) -> None:
    """Wall time of a whole `pivotprep scan` process: first-ever, later, later without cache."""
    with tempfile.TemporaryDirectory(prefix="pivotprep-bench-") as tmp:
        root = Path(tmp)
        resume, job = root / resume_name, root / "job.txt"
        resume.write_bytes(resume_bytes)
        job.write_text(job_text, encoding="utf-8")
        first, later, no_cache, typed, bare = [], [], [], [], []
        for i in range(ROUNDS):  # the kinds alternate, so drift hits them alike
            home = root / f"home{i}"
            first.append(_timed_scan(home, resume, job))
            later.append(_timed_scan(home, resume, job))
            shutil.rmtree(home / "cache" / "skills", ignore_errors=True)
            no_cache.append(_timed_scan(home, resume, job))
            later.append(_timed_scan(home, resume, job))  # the cache is back on disk
            typed.append(_timed_scan(home, resume, job, report=""))
            bare.append(_timed([sys.executable, "-c", "pass"], home))
        semantic = _timed_scan(root / "home0", resume, job, "auto") if _has_semantic() else None
        resident_figures(root, resume, job)

    def ms(runs: list[tuple[float, float]]) -> tuple[float, float]:
        return (
            1000 * statistics.median(w for w, _ in runs),
            1000 * statistics.median(c for _, c in runs),
        )

    (fw, fc), (lw, lc), (nw, nc) = ms(first), ms(later), ms(no_cache)
    (tw, tc), (bw, bc) = ms(typed), ms(bare)
    cpu_later = sorted(c for _, c in later)
    noise = 1000 * (cpu_later[-2] - cpu_later[1]) / 2  # half the spread, extremes dropped
    saved = nc - lc
    verdict = (
        f"the disk cache saves {saved:.0f} ms CPU"
        if abs(saved) > noise
        else f"no difference beyond run-to-run noise ({saved:+.0f} ms, noise about {noise:.0f} ms)"
    )
    print(
        "a single `pivotprep scan RESUME JOB --json --semantic off` as a new process, "
        "in-process (PIVOTPREP_RESIDENT=0) "
        f"(medians of {ROUNDS} first, {2 * ROUNDS} later, {ROUNDS} without the cache):"
    )
    print(
        f"  first-ever run (no database, no matcher cache yet): {fw:.0f} ms wall, {fc:.0f} ms CPU"
    )
    print(f"  later run (database and matcher cache on disk): {lw:.0f} ms wall, {lc:.0f} ms CPU")
    print(
        f"  later run with the matcher cache deleted (matcher built in process): "
        f"{nw:.0f} ms wall, {nc:.0f} ms CPU; {verdict}"
    )
    verdict = "met" if tw < 1000 else "not met"
    print(
        f"  `pivotprep scan RESUME JOB` as typed (text report, --semantic off): {tw:.0f} ms "
        f"wall, {tc:.0f} ms CPU (target < 1000 ms wall: {verdict})"
    )
    print(
        f"  baseline in the same rounds, `python -c pass`: {bw:.0f} ms wall, {bc:.0f} ms CPU "
        f"(scan/pass wall ratio {tw / max(bw, 1e-3):.0f}x)"
    )
    print("  (the 200 ms target is for a scan inside a running process, measured above)")
    if semantic is not None:
        print(
            f"  with the semantic extra installed, the default --semantic auto loads the "
            f"model in every new process: a later run took {1000 * semantic[0]:.0f} ms wall, "
            f"{1000 * semantic[1]:.0f} ms CPU (1 run)"
        )


def real_postings(resume: object) -> None:
    """1,000 scans + triages over the real postings of bench/data/ats, cycled: real length
    (50-150 lines each, company text, benefits, EEO) instead of the short generated ones."""
    from pivotprep.resume.documents.reading import read_job
    from pivotprep.resume.report.scoring import scan
    from pivotprep.resume.report.triage import triage
    from pivotprep.resume.service import job_input

    texts = [p.read_text(encoding="utf-8") for p in sorted(ATS_POSTINGS.glob("*.txt"))]
    if not texts:
        return
    t0, c0 = time.perf_counter(), time.process_time()
    for i in range(1000):
        report = scan(resume, job_input(read_job(texts[i % len(texts)])))  # type: ignore[arg-type]
        triage(report, resume)  # type: ignore[arg-type]
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    chars = statistics.median(len(t) for t in texts)
    print(
        f"one resume vs 1,000 real postings ({len(texts)} from bench/data/ats cycled, median "
        f"{chars:.0f} characters; read + scan + triage): {wall:.2f} s wall, {cpu:.2f} s CPU "
        f"(target < 10 s CPU: {'met' if cpu < 10 else 'not met'})"
    )
    # The same 1,000 through the unigram baseline, in this run: on a shared box CPU seconds
    # grow with the load, and the ratio shows whether the scan or the machine changed.
    words = {w for line in resume.lines for w in re.findall(r"[a-z]{3,}", line.text.lower())}  # type: ignore[attr-defined]
    c0 = time.process_time()
    for i in range(1000):
        unigram_rate(words, texts[i % len(texts)])
    base = time.process_time() - c0
    print(
        f"  baseline (unigram set overlap) on the same 1,000: {base:.2f} s CPU; "
        f"ratio {cpu / max(base, 1e-9):.0f}x"
    )


def _has_semantic() -> bool:
    from pivotprep.resume.matching import semantic

    return semantic.available()


def main() -> int:
    bench_home = tempfile.mkdtemp(prefix="pivotprep-bench-home-")
    os.environ["PIVOTPREP_HOME"] = bench_home  # never the user's data folder
    try:
        return _main()
    finally:
        shutil.rmtree(bench_home, ignore_errors=True)


def _main() -> int:
    from pivotprep.resume.documents.reading import read_job, read_resume
    from pivotprep.resume.matching.taxonomy import SkillMatcher, get_matcher, load_taxonomy
    from pivotprep.resume.report.scoring import ResumeText, scan
    from pivotprep.resume.report.triage import triage
    from pivotprep.resume.service import job_input, resume_input

    try:
        from tests.resume.builders import one_column_pdf, resume_text

        pdf = one_column_pdf()
        text = resume_text()
    except ImportError:  # fpdf2 (dev extra) missing: text only
        pdf, text = None, None
    jobs = make_jobs(1000)

    taxonomy = load_taxonomy()
    started = time.perf_counter()
    SkillMatcher(taxonomy, broad=True)  # no cache on disk yet: normalises every alias
    build = time.perf_counter() - started
    started = time.perf_counter()
    get_matcher(True)  # reads the phrase keys the build above cached on disk
    cached = time.perf_counter() - started
    print(
        f"matcher build (once per process): {1000 * build:.0f} ms without the disk cache, "
        f"{1000 * cached:.0f} ms with it"
    )

    if pdf is not None:
        doc = read_resume(pdf, "resume.pdf")
        resume = resume_input(doc)
    else:
        resume = ResumeText.from_text(text or "")
    job0 = job_input(read_job(jobs[0]))
    scan(resume, job0)  # warm caches

    one, one_cpu = [], []
    for job_raw in jobs[:50]:
        t0, c0 = time.perf_counter(), time.process_time()
        job = job_input(read_job(job_raw))
        report = scan(resume, job)
        triage(report, resume)
        one.append(time.perf_counter() - t0)
        one_cpu.append(time.process_time() - c0)
    print(
        f"one resume vs one job (read job + scan + triage): median "
        f"{1000 * statistics.median(one):.1f} ms wall ({1000 * statistics.median(one_cpu):.1f} ms "
        f"CPU), max {1000 * max(one):.1f} ms "
        f"(target < 200 ms)"
    )
    if pdf is not None:
        full = []
        for job_raw in jobs[:10]:
            t0 = time.perf_counter()
            doc = read_resume(pdf, "resume.pdf")
            r_in = resume_input(doc)
            report = scan(r_in, job_input(read_job(job_raw)))
            triage(report, r_in)
            full.append(time.perf_counter() - t0)
        print(
            f"  including reading the PDF resume each time: median "
            f"{1000 * statistics.median(full):.1f} ms"
        )

    t0, c0 = time.perf_counter(), time.process_time()
    rates = []
    for job_raw in jobs:
        report = scan(resume, job_input(read_job(job_raw)))
        triage(report, resume)
        rates.append(report.rate)
    many, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(
        f"one resume vs 1,000 generated jobs (read + scan + triage): {many:.2f} s wall, "
        f"{cpu:.2f} s CPU ({1000 * many / len(jobs):.2f} ms/job; target < 10 s CPU); "
        f"rates {min(rates):.0f}-{max(rates):.0f}%, median {statistics.median(rates):.0f}%"
    )
    real_postings(resume)

    words = {w for line in resume.lines for w in re.findall(r"[a-z]{3,}", line.text.lower())}
    t0 = time.perf_counter()
    base = [unigram_rate(words, j) for j in jobs]
    baseline = time.perf_counter() - t0
    print(
        f"baseline (unigram set overlap, Resume-Matcher's method) on the same 1,000: "
        f"{1000 * baseline:.0f} ms; median rate {statistics.median(base):.0f}%"
    )
    print(
        f"ratio: pivotprep time / baseline time = {many / baseline:.1f}x "
        "(the price of phrases, guards, evidence and parts)"
    )
    if pdf is not None:
        cold_process_figures(pdf, "resume.pdf", jobs[0])
    else:
        cold_process_figures((text or "").encode("utf-8"), "resume.txt", jobs[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
