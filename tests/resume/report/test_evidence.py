"""Every keyword comes from a job sentence, which is its evidence, in the job's own words."""

from __future__ import annotations

import re

import pytest

from pivotprep.resume.documents.reading import read_job
from pivotprep.resume.report.scoring import ResumeText, scan
from pivotprep.resume.report.triage import triage
from pivotprep.resume.service import job_input

# A data-analyst posting that never says "data analysis" or "analytics" in a sentence:
# "Analytics" is only in the title line and in the team's name.
JOB = """Data Analyst, Growth Analytics

About the team
The Growth Analytics team at Northwind helps product managers understand customers.

Requirements
- 2+ years of experience writing SQL against Snowflake or BigQuery.
- Experience with dbt and Python for reporting.

Responsibilities
- Build dashboards in Tableau that product teams use every week.
- Build and maintain dbt models for the growth funnel.
- Maintain data quality checks and document metric definitions.
"""

# The same posting with "Analytics" only in the title line.
TITLE_ONLY = JOB.replace("The Growth Analytics team", "The Growth team")

RESUME = """Jane Doe
Operations Coordinator

Experience
- Built weekly Tableau dashboards for 40 warehouse managers.
- Maintained the shipment tracking spreadsheet and its data quality checks.
- Built SQL queries against Snowflake to reconcile late deliveries.
"""


def _report(job: str = JOB):  # type: ignore[no-untyped-def]
    return scan(ResumeText.from_text(RESUME), job_input(read_job(job)))


@pytest.mark.parametrize("job", [JOB, TITLE_ONLY])
def test_every_keyword_cites_a_job_sentence_that_holds_its_job_term(job: str) -> None:
    report = _report(job)
    assert report.keywords
    for k in report.keywords:
        assert k.evidence.job_sentences, f"{k.name} has no job sentence"
        said = " ".join(s["text"] for s in k.evidence.job_sentences).lower()
        assert all(form.lower() in said for form in k.job_forms), k.name


@pytest.mark.parametrize("job", [JOB, TITLE_ONLY])
def test_a_word_only_in_the_title_or_a_team_name_makes_no_keyword(job: str) -> None:
    names = {k.name for k in _report(job).keywords}
    assert "data analysis" not in names
    assert "analytics" not in names
    # "growth" is in the title, the team's name and one duty: once is not a repeated word.
    assert "growth" not in names


def test_a_skill_the_job_asks_for_in_a_sentence_still_counts() -> None:
    job = JOB.replace("for reporting.", "for reporting, and analytics for product managers.")
    report = scan(ResumeText.from_text(RESUME), job_input(read_job(job)))
    found = {k.name: k for k in report.keywords}
    assert found["data analysis"].job_forms == ["analytics"]
    sentence = found["data analysis"].evidence.job_sentences[0]["text"]
    assert "analytics for product managers" in sentence


@pytest.mark.parametrize("job", [JOB, TITLE_ONLY])
def test_suggestions_quote_only_words_of_job_sentences_or_the_resume(job: str) -> None:
    parsed = read_job(job)
    said = " ".join(s.text for s in parsed.sentences).lower() + RESUME.lower()
    advice = triage(_report(job), ResumeText.from_text(RESUME))
    assert advice.items
    for item in advice.items:
        for quoted in re.findall(r"(?<![A-Za-z])'([^']+)'(?![A-Za-z])", item.suggestion):
            for term in quoted.strip(".").replace("(", "|").replace(")", "|").split("|"):
                assert term.strip(" .").lower() in said, (item.keyword, term)


def test_a_one_of_gap_names_the_alternatives_as_the_job_wrote_them() -> None:
    job = JOB.replace("against Snowflake or BigQuery", "against Redshift or BigQuery")
    resume = RESUME.replace(" against Snowflake", "")
    report = scan(ResumeText.from_text(resume), job_input(read_job(job)))
    items = triage(report, ResumeText.from_text(resume)).items
    group = next(i for i in items if i.alternatives)
    assert group.verdict == "gap"
    assert "'Redshift' or 'BigQuery'" in group.suggestion
    assert "'Google BigQuery'" not in group.suggestion


ANALYTICS_JOB = JOB.replace("for reporting.", "for reporting, and analytics for product managers.")


def test_cli_and_web_show_the_jobs_words_beside_a_skill_name(session, web) -> None:  # type: ignore[no-untyped-def]
    from rich.console import Console

    from pivotprep.cli.resume_report import print_report
    from pivotprep.resume.service import scan_documents

    result = scan_documents(
        session,
        resume_data=RESUME.encode(),
        resume_filename="jane.txt",
        job=ANALYTICS_JOB,
        semantic="off",
        store=False,
    )
    out = Console(width=400, record=True)
    print_report(out, result.view(), full=True)
    printed = out.export_text()
    assert 'data analysis (job: "analytics")' in printed
    assert 'SQL (job: "SQL")' not in printed  # written as named: nothing added
    page = web.post(
        "/resume/scan",
        data={"job_text": ANALYTICS_JOB, "semantic": "off"},
        files={"resume": ("jane.txt", RESUME.encode(), "text/plain")},
        follow_redirects=True,
    )
    assert page.status_code == 200, page.text
    assert 'data analysis <span class="hint">(job: “analytics”)</span>' in page.text


def test_a_sentence_starting_with_team_does_not_hide_the_skill_before_it() -> None:
    """ "Advanced Tableau. Team player" names no team: Tableau stays a keyword."""
    from pivotprep.resume.jobs.company import team_spans

    for text in (
        "Advanced Tableau. Team player with strong communication.",
        "Know Python, SQL. Group projects welcome.",
        "Advanced Tableau Team player",
    ):
        assert team_spans(text) == [], text
    text = "Our Data Platform Team owns the warehouse; join the Growth Analytics team."
    assert [text[a:b] for a, b in team_spans(text)] == ["Data Platform", "Growth Analytics"]


def test_a_team_named_in_lower_case_after_the_or_our_asks_for_nothing() -> None:
    """ "work with the machine learning team": another team's name, not an ask for ML."""
    from pivotprep.resume.jobs.company import team_spans

    text = "You will work closely with the machine learning team and our data platform group."
    assert [text[a:b] for a, b in team_spans(text)] == ["machine learning", "data platform"]
    assert team_spans("Join a cross-functional team building Python services.") == []
    job = job_input(
        read_job(
            "Data Analyst\nRequirements\n- Strong SQL and Tableau for the reporting of our "
            "public programs.\n- You will partner with the machine learning team on the "
            "forecasts of every program.\n"
        )
    )
    report = scan(ResumeText.from_text("Jo\nAnalyst\n- SQL\n"), job)
    hard = {k.name for k in report.keywords if k.kind == "hard_skills"}
    assert "SQL" in hard and "machine learning" not in hard


def test_a_resume_form_that_holds_the_jobs_word_is_exact() -> None:
    """ "Administer 200 Linux servers" writes "Linux" as the job does: a literal keyword
    filter finds it, so the match is exact, not a variant to reword."""
    job = read_job(
        "Site Reliability Engineer\nWe run video delivery for millions of viewers every day.\n"
        "Requirements\n- Strong Linux skills and Python scripting for our fleet.\n"
        "- Experience with Kubernetes in production environments.\n"
    )
    resume = ResumeText.from_text(
        "Jane Doe\nSRE\n## Experience\n- Administer 200 Linux servers; tune kernels.\n"
    )
    linux = next(k for k in scan(resume, job_input(job)).keywords if k.name == "Linux")
    assert linux.matched and linux.exact
