"""The report as the interfaces show it: bands, labels, tones, match words, variants and the
highlighted job are decided once (report/presentation.py), from the report's JSON form."""

from __future__ import annotations

import pytest

from pivotprep.resume.report.presentation import (
    EXTRACTED,
    UNTITLED_JOB,
    VERDICT_LABELS,
    KeywordView,
    Tone,
    highlight,
    present,
    rate_band,
)
from pivotprep.resume.report.verdicts import GAP, SHOW, TRANSFERABLE, WORDED
from pivotprep.resume.service import scan_documents
from tests.resume.builders import one_column_docx
from tests.resume.pairs import ANALYST_JOB, OPS_RESUME, TEACHER_RESUME

# The analyst job with dashboards asked for as a qualification: its duty "Build and maintain
# dashboards in Tableau" names a deliverable, which gives Tableau and no dashboards keyword.
DASHBOARD_JOB = ANALYST_JOB.replace(
    "- Experience with Python for data analysis.\n",
    "- Experience with Python for data analysis.\n- Experience designing dashboards.\n",
)


@pytest.mark.parametrize(
    ("rate", "band"),
    [(100.0, Tone.GOOD), (80.0, Tone.GOOD), (79.9, Tone.CAUTION), (60.0, Tone.CAUTION)]
    + [(59.9, Tone.BAD), (0.0, Tone.BAD)],
)
def test_the_rate_band_is_over_near_or_under_the_80_percent_line(rate: float, band: Tone) -> None:
    assert rate_band(rate, 80) is band


def test_every_verdict_has_one_label() -> None:
    assert VERDICT_LABELS == {
        WORDED: "Worded differently",
        TRANSFERABLE: "Transferable",
        SHOW: "Show it",
        GAP: "Real gap",
    }


def teacher_scan(session):  # type: ignore[no-untyped-def]
    return scan_documents(
        session,
        resume_data=TEACHER_RESUME.encode(),
        resume_filename="alex.txt",
        job=ANALYST_JOB,
        semantic="off",
        store=False,
    )


def test_a_scan_is_presented_with_its_band_labels_and_tones(session) -> None:  # type: ignore[no-untyped-def]
    result = teacher_scan(session)
    view = result.view()
    assert view.rate == result.report.rate and view.line == 80
    assert view.band is rate_band(result.report.rate, 80)
    assert view.job_label == "Data Analyst" and view.lines_of == ""
    assert [t.keyword for t in view.triage] == [i.keyword for i in result.triage.items]
    for shown, item in zip(view.triage, result.triage.items, strict=True):
        assert shown.label == VERDICT_LABELS[item.verdict]
        assert (
            shown.tone
            is {
                WORDED: Tone.CAUTION,
                TRANSFERABLE: Tone.INFO,
                SHOW: Tone.CAUTION,
                GAP: Tone.BAD,
            }[item.verdict]
        )
    assert {t.keyword for t in view.gaps} == {i.keyword for i in result.triage.gaps}
    assert all(g.plan_step and g.plan_hours > 0 for g in view.gaps)
    for k in view.keywords:
        assert k.tone is (Tone.GOOD if k.matched else Tone.BAD)
        assert k.match.startswith("missing") is not k.matched
    group = next(k for k in view.keywords if k.one_of)
    assert group.one_of == 2 and group.match == "missing: none of them"


def test_variants_are_skills_matched_only_in_other_words(session) -> None:  # type: ignore[no-untyped-def]
    result = scan_documents(
        session,
        resume_data=OPS_RESUME.replace("daily KPI dashboard", "daily KPI dashboarding").encode(),
        resume_filename="sam.txt",
        job=DASHBOARD_JOB,
        semantic="off",
        store=False,
    )
    view = result.view()
    # "report KPIs" is the verb, not the keyword reporting (other keywords are taken as
    # written); "KPI" for the job's "KPIs" is the job's own word in the singular, no variant
    assert [v.keyword for v in view.variants] == ["dashboards"]
    metrics = next(k for k in result.report.keywords if k.name == "metrics")
    assert metrics.matched and metrics.exact
    for v in view.variants:
        keyword = next(k for k in result.report.keywords if k.name == v.keyword)
        assert v.job_wrote == keyword.job_forms[0]
        assert v.line == keyword.evidence.resume_lines[0]["number"]
        assert v.resume_wrote == keyword.evidence.resume_lines[0]["matched"]
        assert v.resume_wrote.lower() != v.job_wrote.lower()


def test_a_repeated_job_word_matched_in_another_form_is_no_variant() -> None:
    words = keyword_data(name="customers", category="word", matched=True, resume_forms=["customer"])
    skill = keyword_data(name="reporting", category="concept", matched=True, job_forms=["report"])
    exact = keyword_data(name="SQL", matched=True, exact=True, job_forms=["SQL"])
    view = present(report_data([words, skill, exact]))
    assert [v.keyword for v in view.variants] == ["reporting"]
    assert view.variants[0].job_wrote == "report" and view.variants[0].line == 3


def test_a_docx_report_names_lines_of_the_extracted_text(session) -> None:  # type: ignore[no-untyped-def]
    result = scan_documents(
        session,
        resume_data=one_column_docx(),
        resume_filename="maria.docx",
        job=ANALYST_JOB,
        semantic="off",
        store=False,
    )
    assert result.view().lines_of == EXTRACTED == " of the extracted text"


def test_the_highlighted_job_is_the_whole_text_cut_at_each_keyword(session) -> None:  # type: ignore[no-untyped-def]
    result = teacher_scan(session)
    view = result.view()
    segments = highlight(result.job_text, view.keywords)
    assert "".join(s.text for s in segments) == result.job_text
    marked = {(s.keyword, s.matched) for s in segments if s.keyword}
    assert ("SQL", True) in marked and ("Tableau", False) in marked
    for s in segments:
        if s.keyword:
            spans = next(k.job_spans for k in view.keywords if k.name == s.keyword)
            assert any(result.job_text[a:b] == s.text for a, b in spans)


def _keyword(name: str, spans: tuple[tuple[int, int], ...], matched: bool) -> KeywordView:
    return KeywordView(
        name, "hard_skills", "required", 1, 1, matched, "", Tone.GOOD, "", 0, False, (), (), spans
    )


def test_overlapping_or_out_of_range_spans_are_left_plain() -> None:
    text = "SQL and Python"
    segments = highlight(
        text,
        [
            _keyword("SQL", ((0, 3),), True),
            _keyword("SQL and", ((0, 7),), False),  # overlaps SQL: plain
            _keyword("Python", ((8, 14), (8, 99)), False),  # the second runs past the text
        ],
    )
    assert [(s.text, s.keyword, s.matched) for s in segments] == [
        ("SQL", "SQL", True),
        (" and ", "", False),
        ("Python", "Python", False),
        ("", "", False),
    ]


def keyword_data(**values: object) -> dict[str, object]:
    """A keyword in the JSON form of a report stored before the later optional keys."""
    keyword: dict[str, object] = {
        "name": "SQL",
        "kind": "hard_skills",
        "category": "language",
        "part": "required",
        "job_count": 1,
        "resume_count": 0,
        "matched": False,
        "exact": False,
        "job_forms": ["sql"],
        "resume_forms": [],
    }
    keyword.update(values)
    lines = [{"number": 3, "text": "- line", "matched": "line"}] if keyword["matched"] else []
    keyword["evidence"] = {"job_sentences": [{"index": 0, "text": "SQL."}], "resume_lines": lines}
    return keyword


def report_data(keywords: list[dict[str, object]]) -> dict[str, object]:
    return {
        "scan_id": 7,
        "resume": {"name": "old.pdf", "version": 1},
        "job": {"title": ""},
        "rate": 40.0,
        "rule_of_thumb": {"rate": 80, "note": "a rule of thumb."},
        "mode": "taxonomy + translation map",
        "parts": [],
        "keywords": keywords,
        "triage": [],
        "formatting": [{"id": "file_type", "severity": "odd", "message": "m"}],
    }


def test_an_older_stored_report_without_the_later_keys_is_still_shown() -> None:
    """Reports stored before one-of groups, text boxes, notes and line references."""
    view = present(report_data([keyword_data()]))
    assert view.job_label == UNTITLED_JOB and view.band is Tone.BAD
    assert view.changes is None and view.notes == () and view.lines_of == ""
    sql = view.keywords[0]
    assert sql.match == "missing" and sql.job_wrote == "" and sql.one_of == 0
    assert sql.job_spans == () and not sql.hot
    assert view.formatting[0].tone is None and view.formatting[0].check == "file type"


def test_the_jobs_word_in_the_singular_or_plural_is_exact_not_a_variant(session) -> None:  # type: ignore[no-untyped-def]
    result = scan_documents(
        session,
        resume_data=OPS_RESUME.encode(),  # "the daily KPI dashboard"
        resume_filename="sam.txt",
        job=DASHBOARD_JOB,  # "Experience designing dashboards", "report KPIs"
        semantic="off",
        store=False,
    )
    keywords = {k.name: k for k in result.report.keywords}
    assert keywords["dashboards"].exact and keywords["metrics"].exact
    assert result.view().variants == ()


def test_a_suggestion_met_twice_is_one_fix_at_its_better_rank() -> None:
    """A skill asked alone and again in a one-of group is triaged twice with the same
    suggestion: "What to fix first" gives it once, ranked as the required one."""
    from pivotprep.resume.report.presentation import top_fixes

    hint = "Describe that work concretely so a reader sees how close it is to JupyterHub."

    def triaged(keyword: str, part: str, verdict: str = TRANSFERABLE) -> dict[str, str]:
        return {"keyword": keyword, "part": part, "verdict": verdict, "suggestion": hint}

    data = {
        "keywords": [],
        "formatting": [],
        "title": {},
        "triage": [
            triaged("JupyterHub, BinderHub or Dask", "preferred", WORDED),
            triaged("JupyterHub", "required", WORDED),
            triaged("Dask", "required", GAP) | {"kind": "hard_skills"},
        ],
    }
    assert top_fixes(data) == (
        f"JupyterHub: {hint}",
        "Real gap, Dask: learn it before you claim it (plan).",
    )


def test_a_part_with_one_keyword_says_keyword_in_the_singular() -> None:
    """'Soft skills: 0%, 0 of 1 keywords' read as a typo."""
    from pivotprep.resume.report.scoring import JobText, ResumeText, scan

    resume = ResumeText.from_text("Dana Lee\nData Analyst\n- Wrote SQL reports in Python\n")
    job = JobText.from_text("Data Analyst\nRequirements\n- SQL and Python.\n- Teamwork.\n")
    parts = {p.name: p.detail for p in scan(resume, job).parts}
    assert parts["soft_skills"].startswith("0 of 1 keyword (weighted")
    assert parts["hard_skills"].startswith("2 of 2 keywords (weighted")
