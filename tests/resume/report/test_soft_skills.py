"""Soft skills are never a "do not claim" gap, and a domain word matches its forms."""

from __future__ import annotations

from pivotprep.resume.report.scoring import JobText, ResumeText, scan
from pivotprep.resume.report.triage import GAP, SHOW, triage

RESUME = ResumeText.from_text(
    "Priya Shah\nSenior Financial Analyst\n"
    "- Built FP&A models and financial modeling for 40 branches\n"
    "- Presented the monthly forecast to the CFO\n"
)
JOB = JobText.from_text(
    "Data Analyst\nRequirements\n- Experience in finance and SQL.\n"
    "- Strong critical thinking and teamwork.\n- Excellent communication skills.\n"
)


def test_a_soft_skill_without_a_line_is_show_it_never_a_real_gap() -> None:
    report = scan(RESUME, JOB)
    result = triage(report, RESUME)
    by_name = {i.keyword: i for i in result.items}
    for soft in ("critical thinking", "teamwork"):
        assert by_name[soft].verdict == SHOW
        assert "Do not" not in by_name[soft].suggestion
    assert all(i.kind == "hard_skills" for i in result.items if i.verdict == GAP)
    communication = next(k for k in report.keywords if k.name == "communication")
    assert communication.matched  # presented to the CFO shows it


def test_a_domain_word_matches_its_forms() -> None:
    finance = next(k for k in scan(RESUME, JOB).keywords if k.name == "finance")
    assert finance.kind == "other_keywords" and finance.matched


def test_only_required_and_duty_hard_gaps_go_to_the_plan_with_parts_merged() -> None:
    from types import SimpleNamespace

    from pivotprep.resume.gaps import plan_gaps

    resume = ResumeText.from_text("Sam Lee\nAnalyst\n- Wrote SQL reports every week\n")
    job = JobText.from_text(
        "Data Engineer\nRequirements\n- Experience with AWS and Amazon S3.\n"
        "- Load data on AWS with Apache Airflow.\n- Strong teamwork.\n"
        "What you'll do\n- Model the warehouse in dbt.\n"
        "Nice to have\n- Experience with Kubernetes.\n"
    )
    report = scan(resume, job)
    result = SimpleNamespace(report=report, triage=triage(report, resume))
    gaps = {g.skill: g for g in plan_gaps(result)}  # type: ignore[arg-type]
    assert set(gaps) == {"Amazon Web Services", "Apache Airflow", "dbt"}  # dbt: a duty
    assert gaps["Amazon Web Services"].parts == ("Amazon S3",)
    assert gaps["Amazon Web Services"].hours > gaps["Apache Airflow"].hours  # named 3 times


def test_show_it_names_the_skill_and_the_jobs_own_word() -> None:
    job = JobText.from_text(
        "Data Scientist\nWhat you'll do\n- Partner with operations stakeholders to put models "
        "into production.\n- Build forecasts in Python.\n"
    )
    result = triage(scan(RESUME, job), RESUME)
    shown = next(i for i in result.items if i.verdict == SHOW)
    assert shown.suggestion.startswith(f"Show {shown.keyword}")


def test_a_language_the_job_asks_for_is_stated_with_a_level_not_shown_in_a_story() -> None:
    """'English: Show English: add a bullet where you did it (who you worked with...) or
    prepare a STAR story about it' was the advice for 'Good command of the English language'."""
    job = JobText.from_text(
        "Data Analyst\nRequirements\n- Strong SQL.\n- Good command of the English language.\n"
        "- Able to work independently.\n"
    )
    result = triage(scan(RESUME, job), RESUME)
    by_name = {i.keyword: i for i in result.items}
    english = by_name["English"]
    assert english.verdict == SHOW
    assert "Languages: English" in english.suggestion and "STAR" not in english.suggestion
    independence = by_name["independence"]
    assert "STAR story" in independence.suggestion
    assert "who you worked with" not in independence.suggestion
