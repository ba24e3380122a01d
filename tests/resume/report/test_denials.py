"""A resume line that denies or limits a skill is never evidence of it (report/denials.py),
and a skill the taxonomy says implies another counts as that one, worded differently."""

from __future__ import annotations

import pytest

from pivotprep.resume.report.denials import denied_spans
from pivotprep.resume.report.scoring import JobText, ResumeText, scan
from pivotprep.resume.report.triage import triage

JOB = JobText.from_text(
    "Data Engineer\nRequirements\n- Experience with Kubernetes, ETL and Python.\n"
    "- Knowledge of relational databases.\n"
)


@pytest.mark.parametrize(
    ("line", "denied"),
    [
        ("Limited experience with ETL.", "Limited experience with ETL"),
        ("No exposure to Kubernetes or Go.", "No exposure to Kubernetes or Go"),
        ("Python: learning (one course completed).", "Python: learning"),
        ("SQL: basic SELECT queries only.", "SQL: basic SELECT queries only"),
        ("Looker (viewer), Tableau", "Looker (viewer)"),
        ("Java only from a university course.", "Java only from a university course"),
        ("Learning HTML, CSS and basic JavaScript.", "Learning HTML, CSS and basic JavaScript"),
        ("- Learning Go on weekends", "- Learning Go on weekends"),
        ("Go, Java, TypeScript (some), Postgres", "TypeScript (some)"),
        ("Kubernetes (exposure), Docker", "Kubernetes (exposure)"),
        ("Spark (basics), Python", "Spark (basics)"),
        ("Python: basic (one online course)", "Python: basic"),
        ("Kubernetes: none yet (Docker and ECS only)", "Kubernetes: none"),
        ("Terraform: read-only familiarity", "Terraform: read-only"),
        ("TensorFlow: used once in a course", "TensorFlow: used once"),
        (
            "R, PyTorch (two courses, no production models)",
            "PyTorch (two courses, no production models)",
        ),
        ("Go: some exposure; Java", "Go: some exposure"),
        ("Ruby: have read Rails logs, never written Ruby", "Ruby: have read"),
        (
            "Machine learning: one online course, not used at work.",
            "Machine learning: one online course",
        ),
        (
            "Ruby: have read Rails logs, never written Ruby",
            "have read Rails logs, never written Ruby",
        ),
        (
            "Python: completed an introductory online course, not used at work",
            "Python: completed an introductory online course",
        ),
        # a label and its qualifier after another clause of the same line
        (
            "AWS: none - all our servers are on-premises. Deep learning: not used.",
            "Deep learning: not used",
        ),
        ("Spark: not yet used at work", "Spark: not yet"),
        ("Kafka: never used", "Kafka: never used"),
        ("TensorFlow: used in a course only.", "TensorFlow: used in a course"),
        ("Airflow: tried in a weekend workshop", "Airflow: tried in a weekend workshop"),
        (
            "Python: introductory course, not yet used at work",
            "Python: introductory course",
        ),
        (
            "Python: reads scripts written by others, does not write them.",
            "Python: reads scripts written by others",
        ),
        ("dbt: only read the project's models", "dbt: only read"),
        ("Apache Spark - not yet", "Apache Spark - not yet"),
        ("Minimal Python.", "Minimal Python"),
        (
            "Kubernetes: limited to reading the platform team's manifests.",
            "Kubernetes: limited to reading",
        ),
        (
            "Gene annotation: checked other people's annotation files, never produced one.",
            "Gene annotation: checked other people's",
        ),
        (
            "Differential privacy: know the idea, never implemented it.",
            "Differential privacy: know the idea",
        ),
    ],
)
def test_denials_and_limits_are_found(line: str, denied: str) -> None:
    assert denied in [line[s:e] for s, e in denied_spans(line)]


@pytest.mark.parametrize(
    "line",
    [
        "Built ETL pipelines in Python and SQL",
        "Learning management system admin for 300 teachers",
        "Machine learning with Python and scikit-learn",
        "Taught Python (two courses per term)",
        # the teaching verb opens the list the bracketed skill ends
        "Taught statistics and Python (two courses per term)",
        "Taught Java, Python (two courses per term)",
        # a course the teller gave, not one they took
        "Python (a course I designed and taught to 40 analysts)",
        # how often, not how little
        "Tableau: used twice a week for board reports",
        "SQL: used once per sprint to audit the ledger",
        "Excel: basic to advanced formulas, pivot tables",
        "Python: pandas, NumPy (3 years)",
        "Python: a course in 2019; daily use since",
        # having read and then done something is no limit
        "I have read and applied the Python style guide across 40 services",
        "Code reviews: have read and approved 300 pull requests in Go",
        # used in a course the teller ran, or read as the work itself
        "Python: used in a course I taught to 40 analysts",
        "Python: reads sensor files and writes the daily report",
        "Spark: used in production since 2021",
        "SQL: courses in query tuning taught to the analysts",
        # work done, results seen, courses given: no watching, attending or planning
        "Completed the migration to PostgreSQL in six weeks",
        "Observed a 20% uplift after the A/B test on pricing",
        "SQL: reading and writing complex window queries",
        "Ran a Python workshop for 40 colleagues",
        "Watched the Grafana boards during on-call shifts",
        "Kubernetes: know the cluster inside out, run it for 40 teams",
        "Code review: reviewed colleagues' pull requests every day for three years",
        # results and acts, not limits
        "- Limited AWS spend by 30% by moving batch jobs to spot instances",
        "- Minimal-downtime migration of 2 TB to PostgreSQL",
        "Migrated 40 reports to Power BI - read by 300 staff daily",
        "Rebuilt the Kafka pipeline \u2013 never missed an SLA since",
        "Wrote Airflow DAGs - can run 500 tasks an hour",
        "Observed team velocity rise 20% after introducing Scrum",
        "Watched the team's Kubernetes costs fall after I right-sized the nodes",
        "Access control: limited to the roles each team needs",
    ],
)
def test_a_plain_line_denies_nothing(line: str) -> None:
    assert denied_spans(line) == []


def test_a_denied_skill_is_missing_and_the_triage_quotes_no_denial() -> None:
    resume = ResumeText.from_text(
        "Sam Lee\nAnalyst\n- Limited experience with ETL.\n- No exposure to Kubernetes.\n"
        "- Automated reports in Python\n- Tuned queries in PostgreSQL\n"
    )
    report = scan(resume, JOB)
    by_name = {k.name: k for k in report.keywords}
    assert not by_name["ETL"].matched and not by_name["Kubernetes"].matched
    assert by_name["Python"].matched
    result = triage(report, resume)
    for item in result.items:
        assert all(
            "Limited" not in e["text"] and "No exposure" not in e["text"] for e in item.evidence
        ), item


def test_a_skill_implied_by_another_is_a_variant_match() -> None:
    resume = ResumeText.from_text("Sam Lee\nAnalyst\n- Tuned queries in PostgreSQL\n")
    relational = next(k for k in scan(resume, JOB).keywords if k.name == "relational databases")
    assert relational.matched and not relational.exact
    assert relational.resume_forms == ["PostgreSQL"]


@pytest.mark.parametrize(
    ("asked", "line"),
    [
        ("web development", "- Build and maintain Rails apps for 40 clients"),
        ("back-end development", "- Build and maintain Rails apps for 40 clients"),
        ("distributed systems", "- Migrated a module to microservices"),
        ("JavaScript", "- Newsroom graphics in D3.js and Vega-Lite"),
        ("API design", "- Serve models behind FastAPI in Docker"),
        ("relational databases", "- Built a to-do app with Flask and SQLite"),
        ("infrastructure as code", "- Manage staging stacks with Pulumi on AWS"),
        ("infrastructure as code", "- Wrote the CloudFormation templates for our VPCs"),
        # a provider's service shows the provider
        ("AWS", "- Built the hotel group's data warehouse on Amazon Redshift"),
        ("GCP", "- Query five years of sensor readings in BigQuery"),
        # the act beside what it was done to
        ("data analysis", "- Analysed pupils' test results in Google Sheets each term"),
    ],
)
def test_a_framework_or_pattern_is_evidence_of_the_skill_it_is_built_on(
    asked: str, line: str
) -> None:
    job = JobText.from_text(f"Engineer\nRequirements\n- Experience with {asked}.\n")
    report = scan(ResumeText.from_text(f"Sam Lee\nEngineer\n{line}\n"), job)
    keyword = next(k for k in report.keywords if asked in (k.name, *k.job_forms))
    assert keyword.matched and not keyword.exact


def test_a_plan_called_a_roadmap_shows_no_product_management() -> None:
    job = JobText.from_text("Architect\nRequirements\n- Knowledge of Agile product management.\n")
    line = "- Ran building projects; owned the programme and the roadmap with the client\n"
    resume = ResumeText.from_text("Sam Lee\nArchitect\n" + line)
    keyword = next(k for k in scan(resume, job).keywords if k.name == "product management")
    assert not keyword.matched


def test_analysing_something_that_is_not_data_shows_no_data_analysis() -> None:
    job = JobText.from_text("Analyst\nRequirements\n- Solid background in data analysis.\n")
    resume = ResumeText.from_text("Sam Lee\nAnalyst\n- Analysed requirements with the client\n")
    keyword = next(k for k in scan(resume, job).keywords if k.name == "data analysis")
    assert not keyword.matched


ACQUAINTED = ResumeText.from_text(
    "Jordan Alvarez\nData Engineer\n"
    "- Automated month-end reconciliations with Python and SQL.\n"
    "- Familiar with Kubernetes from a weekend course.\n"
    "- Some exposure to Apache Spark through a bootcamp capstone.\n"
    "- Coursework in Airflow (Coursera), no production use yet.\n"
)


def test_acquaintance_is_no_evidence_of_a_required_skill_but_is_of_a_preferred_one() -> None:
    required = JobText.from_text(
        "Data Engineer\nRequirements\n- Python, Kubernetes, Apache Spark and Airflow in "
        "production.\n"
    )
    preferred = JobText.from_text(
        "Data Engineer\nRequirements\n- Python.\nNice to have\n- Kubernetes, Apache Spark and "
        "Airflow.\n"
    )
    asked = {k.name: k.matched for k in scan(ACQUAINTED, required).keywords}
    wished = {k.name: k.matched for k in scan(ACQUAINTED, preferred).keywords}
    for name in ("Kubernetes", "Apache Spark", "Apache Airflow"):
        assert asked[name] is False and wished[name] is True, name
    assert asked["Python"] is True


def test_a_required_skill_known_only_by_acquaintance_is_not_called_worded_differently() -> None:
    job = JobText.from_text("Data Engineer\nRequirements\n- Apache Spark in production.\n")
    items = {i.keyword: i for i in triage(scan(ACQUAINTED, job), ACQUAINTED).items}
    spark = items["Apache Spark"]
    assert spark.verdict == "gap" and "only acquaintance" in spark.reason
    assert spark.evidence[0]["text"].startswith("- Some exposure to Apache Spark")


def test_teaching_others_to_be_familiar_with_a_tool_shows_it() -> None:
    from pivotprep.resume.report.denials import limited_spans

    assert limited_spans("Trained 40 analysts to become familiar with Tableau and Power BI") == []
    assert limited_spans("Made the whole team familiar with Helm") == []
    assert limited_spans("Familiar with Kubernetes from a weekend course.") != []


def test_a_skill_line_that_says_no_production_code_yet_limits_the_whole_line() -> None:
    """ "Go: completed the Tour of Go; no production code yet" is study, not use: the label
    and the clause before the semicolon are both limited; a skill in an earlier sentence
    of the line is not."""
    from pivotprep.resume.report.denials import limited_spans

    line = "Go: completed the Tour of Go and an Exercism track; no production code yet"
    assert limited_spans(line) == [(0, line.index(" yet"))]
    line = "Shipped Python services daily. Rust: no production use yet"
    ((start, _end),) = limited_spans(line)
    assert line[start:].startswith("Rust")


def test_a_use_limit_in_one_clause_of_a_semicolon_list_limits_only_that_clause() -> None:
    """ "Python (production, 5 years); Rust (no production use)": the limit is said of
    Rust alone. Only a limit that opens its clause ("...; no production code yet") looks
    back past the semicolon."""
    from pivotprep.resume.report.denials import limited_spans

    line = "Languages: Python (production, 5 years); Rust (no production use)"
    ((start, _end),) = limited_spans(line)
    assert line[start:].startswith("Rust")
    line = "Go and Python daily at work; Rust on weekends, no production use"
    ((start, _end),) = limited_spans(line)
    assert line[start:].startswith("Rust")


def test_a_line_of_many_cues_limits_each_clause_as_one_cue_does() -> None:
    """Cues share one search of the line: a line that repeats a clause gets the spans of
    one clause, repeated (each cue still scopes over its own clause)."""
    from pivotprep.resume.report.denials import denied_spans, limited_spans

    for unit, spans_of in (
        ("No experience with Go; ", denied_spans),
        ("Looker (viewer), ", denied_spans),
        ("Familiar with Rust, and SQL daily. ", limited_spans),
        ("Go: the Tour of Go; no production code yet. ", limited_spans),
    ):
        one = spans_of(unit)
        assert one
        shifted = [(s + i * len(unit), e + i * len(unit)) for i in range(200) for s, e in one]
        assert spans_of(unit * 200) == shifted, unit


def test_a_line_of_thousands_of_limits_keeps_each_skill_where_one_limit_puts_it() -> None:
    """The mentions and words of a line are checked against its denials and limits by
    bisection (a line can hold thousands of them): every limited skill is acquaintance, a
    skill outside every span is evidence, and a denied one is neither."""
    from pivotprep.resume.report.evidence import prepare
    from pivotprep.resume.report.triage import _mentions

    line = "Go daily. " + "Tableau (viewer), Kafka, no production use; " * 2_000 + "Rust daily"
    resume = ResumeText.from_text(
        "Nina Example\nSkills\n" + line + "\nNo experience with Java; " * 3 + "\n"
    )
    found, tokens, acquainted = _mentions(list(resume.lines))
    assert sorted(found) == ["Go", "Rust"]
    assert sorted(acquainted) == ["Apache Kafka"]
    assert len(acquainted["Apache Kafka"]) == 2_000
    kept = {t.key for line_tokens in tokens.values() for t in line_tokens}
    assert {"go", "rust", "daily"} <= kept and not {"tableau", "kafka", "java"} & kept
    prepared = prepare(resume, False)
    named = {m.skill.name for _line, m in prepared.hits}
    assert named == {"Go", "Rust", "Apache Kafka"}
    assert len(prepared.limited) == 2_000


def test_a_run_of_spaces_starts_no_clause_from_its_middle() -> None:
    """ "Python: have" + 10,000 spaces + "read": a clause start ("and", "but" after spaces)
    is looked for from the first space of a run only, or each space would read the run
    again (10,000 spaces took 1.5 s, 20,000 took 6 s); so is a clause end ("but")."""
    from pivotprep.resume.report.denials import _CLAUSE_END, _CLAUSE_START

    line = "Python" + " " * 50 + "and Go"
    assert _CLAUSE_START.match(line, 6) is not None
    assert _CLAUSE_START.match(line, 20) is None
    assert denied_spans("Python: have" + " " * 50 + "read") != []
    assert _CLAUSE_END.match(line.replace("and", "but"), 20) is None
    assert denied_spans("no experience" + " " * 50 + "but Go") == [(0, 13)]


@pytest.mark.parametrize(
    "line",
    [
        "Completed a " + "-" * 60 + " Python",  # a rule of dashes after a course verb
        "Took " + "two-" * 5000,
        "Python:" + " " * 50_000 + "x",  # a run of spaces after a label
        "Python - " + " " * 50_000 + "x",
        "Hoping " + " " * 50_000 + "to learn Python",
    ],
)
def test_a_hostile_line_is_read_whole(line: str) -> None:
    """Lines that once made a denial pattern backtrack for seconds (their time is measured
    by bench/bench_resume_hostile.py): read to the end, and every span found lies inside
    the line. The cue a line holds is still found after the long run."""
    spans = denied_spans(line)
    assert all(0 <= start < end <= len(line) for start, end in spans)
    if line.startswith("Hoping"):
        assert spans == [(0, len(line))]  # the hope reaches the skill after the run


@pytest.mark.parametrize(
    "line",
    [
        "Built a Django app as a user-facing booking portal",
        "Completed the course-catalogue migration to PostgreSQL",
    ],
)
def test_a_hyphenated_word_is_no_denial(line: str) -> None:
    assert denied_spans(line) == []
