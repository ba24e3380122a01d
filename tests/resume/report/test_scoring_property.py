"""Property: adding a missing keyword (or any line) to a resume never lowers the match rate."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pivotprep.resume.documents.reading import read_job
from pivotprep.resume.report.scoring import JobText, ResumeLine, ResumeText, scan
from pivotprep.resume.service import job_input
from tests.resume.pairs import (
    ANALYST_JOB,
    ENGINEER_JOB,
    FINANCE_RESUME,
    OPS_RESUME,
    SCIENTIST_JOB,
    TEACHER_RESUME,
)

RESUMES = (TEACHER_RESUME, FINANCE_RESUME, OPS_RESUME)
JOBS = (ANALYST_JOB, SCIENTIST_JOB, ENGINEER_JOB)


@cache
def job(index: int) -> JobText:
    return job_input(read_job(JOBS[index]))


def with_line(resume: ResumeText, text: str) -> ResumeText:
    number = max((ln.number for ln in resume.lines), default=0) + 1
    return replace(resume, lines=(*resume.lines, ResumeLine(number, text, "skills")))


@settings(
    max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(
    resume_index=st.integers(0, 2),
    job_index=st.integers(0, 2),
    picks=st.lists(st.integers(0, 200), min_size=1, max_size=5),
)
def test_adding_missing_keywords_never_lowers_the_rate(
    resume_index: int, job_index: int, picks: list[int]
) -> None:
    resume = ResumeText.from_text(RESUMES[resume_index])
    report = scan(resume, job(job_index))
    missing = report.missing
    if not missing:
        return
    rate = report.rate
    for pick in picks:
        keyword = missing[pick % len(missing)]
        resume = with_line(resume, f"Used {keyword.job_forms[0]} at work")
        new = scan(resume, job(job_index))
        assert new.rate >= rate, keyword.name
        assert keyword.name in {k.name for k in new.matched}
        rate = new.rate


@settings(max_examples=40, deadline=None, derandomize=True)
@given(
    resume_index=st.integers(0, 2),
    job_index=st.integers(0, 2),
    line=st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=120
    ),
)
def test_adding_any_line_never_lowers_the_rate(
    resume_index: int, job_index: int, line: str
) -> None:
    resume = ResumeText.from_text(RESUMES[resume_index])
    before = scan(resume, job(job_index)).rate
    assert scan(with_line(resume, line), job(job_index)).rate >= before


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=30),
    st.integers(0, 70),
    st.integers(0, 20),
)
def test_a_span_is_blocked_exactly_when_it_overlaps_a_blocked_span(
    spans: list[tuple[int, int]], start: int, length: int
) -> None:
    """The blocked spans of a sentence are looked up by bisection (a sentence of thousands
    of negations has thousands of them): the answer is the plain overlap test's."""
    from pivotprep.resume.report.denials import Spans

    blocked = [(s, s + n) for s, n in spans]
    end = start + length
    assert Spans(blocked).overlap(start, end) == any(s < end and start < e for s, e in blocked)


def test_a_long_sentence_of_negations_still_asks_for_what_it_names_outside_them() -> None:
    negated = "you won't need Excel, and " * 300
    text = f"Data Analyst\nRequirements\n- {negated}and we use Python and SQL\n"
    report = scan(
        ResumeText.from_text("Analyst\nExperience\n- Python\n"), job_input(read_job(text))
    )
    assert {k.name for k in report.keywords if k.kind == "hard_skills"} == {"Python", "SQL"}
