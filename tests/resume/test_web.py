"""The ATS scan page: upload both, breakdown, highlighted job, errors by the field, plan gaps."""

from __future__ import annotations

import re

from tests.resume.builders import one_column_pdf, zero_byte
from tests.resume.pairs import ANALYST_JOB


def post_scan(web, resume: bytes = b"", job_text: str = ANALYST_JOB, job_file=None):  # type: ignore[no-untyped-def]
    files = {}
    if resume:
        files["resume"] = ("maria.pdf", resume, "application/pdf")
    if job_file is not None:
        files["job_file"] = job_file
    return web.post(
        "/resume/scan",
        data={"job_text": job_text, "semantic": "off"},
        files=files or {"resume": ("", b"", "application/octet-stream")},
        follow_redirects=True,
    )


def test_form_is_in_the_nav(web) -> None:  # type: ignore[no-untyped-def]
    page = web.get("/resume")
    assert page.status_code == 200
    assert 'href="/resume"' in page.text and 'name="resume"' in page.text


def test_scan_shows_breakdown_and_highlights_the_job(web) -> None:  # type: ignore[no-untyped-def]
    page = post_scan(web, one_column_pdf(), ANALYST_JOB + "- Experience with Apache Airflow.\n")
    assert page.status_code == 200, page.text
    assert "/resume/scans/1" in str(page.url)
    text = page.text
    assert "match rate" in text and "rule of thumb" in text
    assert "Hard skills" in text and "Job title" in text
    assert re.search(r'<mark class="hit" title="SQL">SQL</mark>', text)
    assert re.search(r'<mark class="miss" title="attention to detail">', text)
    assert "Add this gap to my plan" in text
    assert "Missing keywords, triaged" in text
    assert "Matched as variants" in text  # "report" in the job, "reporting" in the resume
    # the summary names the missing hard skills before the highlighted job
    missing = text.index("<strong>Missing, ")
    assert "Apache Airflow" in text[missing : missing + 600]
    assert missing < text.index("The job, highlighted")


def test_job_can_be_a_file_upload(web) -> None:  # type: ignore[no-untyped-def]
    page = post_scan(web, one_column_pdf(), "", ("job.txt", ANALYST_JOB.encode(), "text/plain"))
    assert page.status_code == 200 and "Data Analyst" in page.text


def test_errors_are_shown_next_to_the_field(web) -> None:  # type: ignore[no-untyped-def]
    page = post_scan(web, b"", "")
    assert page.status_code == 422
    assert 'id="resume-error"' in page.text and 'id="job-error"' in page.text
    empty = web.post(
        "/resume/scan",
        data={"job_text": ANALYST_JOB},
        files={"resume": ("empty.pdf", zero_byte(), "application/pdf")},
    )
    assert empty.status_code == 422 and 'id="resume-error"' in empty.text
    short = post_scan(web, one_column_pdf(), "Python")
    assert short.status_code == 422 and "too short" in short.text
    assert web.get("/resume").text.count("/resume/scans/") == 0  # nothing stored


def test_user_text_is_escaped(web) -> None:  # type: ignore[no-untyped-def]
    page = post_scan(web, one_column_pdf(), ANALYST_JOB + "\n<script>alert(1)</script> SQL SQL\n")
    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;" in page.text and "&gt;" in page.text  # shown, escaped (and highlighted)


def test_gap_button_adds_to_the_plan(web) -> None:  # type: ignore[no-untyped-def]
    web.post(
        "/profile",
        data={
            "target_role": "data-analyst",
            "company_sizes": "mid",
            "hours_per_week": "18",
            "timeline_months": "6",
            "domain": "finance",
        },
    )
    post_scan(web, one_column_pdf())
    page = web.post(
        "/resume/gaps",
        data={"skill": "attention to detail", "step": "stories", "hours": "2", "scan_id": "1"},
        follow_redirects=True,
    )
    assert page.status_code == 200
    assert "Added “attention to detail” to your plan" in page.text
    # The plan was full: the two hours came out of practice blocks, and the page says so.
    assert "It took the place of 2 h of practice blocks" in page.text
    spoofed = web.get("/resume/scans/1?added=x&moved=nan")
    assert "took the place of" not in spoofed.text
    again = web.post(
        "/resume/gaps",
        data={"skill": "attention to detail", "step": "stories", "hours": "2", "scan_id": "1"},
        follow_redirects=True,
    )
    assert "“attention to detail” is already in your plan" in again.text
    assert "Added “attention to detail”" not in again.text
    bad = web.post(
        "/resume/gaps", data={"skill": "Looker", "hours": "many", "scan_id": "1"}
    )  # the error is shown with the page, not carried in the address
    assert bad.status_code == 422 and "Hours must be a number." in bad.text
    assert "Hours must be a number" not in web.get("/resume/scans/1?error=Hours+must").text
    huge = web.get(f"/resume/scans/{2**70}")
    assert huge.status_code == 404 and "No scan #" in huge.text


def test_gap_without_profile_shows_the_reason(web) -> None:  # type: ignore[no-untyped-def]
    post_scan(web, one_column_pdf())
    page = web.post(
        "/resume/gaps",
        data={"skill": "Looker", "step": "foundations", "hours": "6", "scan_id": "1"},
        follow_redirects=True,
    )
    assert 'role="alert"' in page.text and "profile" in page.text.lower()


def test_dashboard_panel_shows_the_latest_scan(web, session) -> None:  # type: ignore[no-untyped-def]
    from pivotprep.web.resume import panel

    assert panel(session) is None  # hidden before any scan
    post_scan(web, one_column_pdf())
    from pivotprep.core.db import session_scope

    with session_scope(web.app.state.engine) as fresh:
        card = panel(fresh)
    assert card is not None and card.link == ("Open the scan", "/resume/scans/1")
    assert card.context["scan"].job_title == "Data Analyst"


def test_one_of_groups_are_shown_as_one_keyword(web) -> None:  # type: ignore[no-untyped-def]
    page = post_scan(web, one_column_pdf())  # the job: "Experience with Looker or Power BI."
    assert page.status_code == 200
    assert "Looker or Microsoft Power BI" in page.text
    assert "one of 2</span>" in page.text
    sentence = (
        "80% is a common rule of thumb (Jobscan&#39;s) for passing a keyword filter, not a law."
    )
    assert sentence in page.text
    assert page.text.count("rule of thumb") == 1  # one sentence, not the note inside another


def test_an_oversized_text_part_is_shown_next_to_the_job_field(web) -> None:  # type: ignore[no-untyped-def]
    page = web.post(
        "/resume/scan",
        data={"job_text": "Python " * 200_000, "semantic": "off"},  # 1.4 MB: over the part limit
        files={"resume": ("maria.pdf", one_column_pdf(), "application/pdf")},
    )
    assert page.status_code == 422
    assert 'id="job-error"' in page.text and "over 1 MB" in page.text
    assert "<form" in page.text and "application/json" not in page.headers["content-type"]


def test_a_malformed_multipart_body_shows_the_form(web) -> None:  # type: ignore[no-untyped-def]
    for content_type, body, shown in (
        (
            "multipart/form-data; boundary=xyz",
            b"--xyz\r\nnot a header line at all\r\n\r\n",
            "could not be read",
        ),
        ("multipart/form-data", b"--xyz\r\n\r\n", "could not be read"),  # no boundary
        (
            "multipart/form-data; boundary=xyz",
            b"".join(
                b'--xyz\r\nContent-Disposition: form-data; name="resume"; filename="r%d.pdf"'
                b"\r\n\r\n%%PDF\r\n" % i
                for i in range(6)
            )
            + b"--xyz--\r\n",
            'id="resume-error"',  # six files: more than a resume and a job
        ),
    ):
        page = web.post("/resume/scan", content=body, headers={"content-type": content_type})
        assert page.status_code == 422, (content_type, page.text[:300])
        assert "<form" in page.text and 'role="alert"' in page.text and shown in page.text
        assert "text/html" in page.headers["content-type"]
    assert web.get("/resume").text.count("/resume/scans/") == 0  # nothing stored


def test_an_error_that_offers_a_next_step_shows_it_as_a_link(web) -> None:  # type: ignore[no-untyped-def]
    missing = web.get("/resume/scans/99")
    assert missing.status_code == 404 and "No scan #99." in missing.text
    assert '<a class="button" href="/resume">See your scans</a>' in missing.text
    post_scan(web, one_column_pdf())
    page = web.post(
        "/resume/gaps",
        data={"skill": "Looker", "step": "foundations", "hours": "6", "scan_id": "1"},
    )
    assert page.status_code == 404  # no profile yet: one status per error class
    assert '<a class="button" href="/welcome">Create your profile</a>' in page.text


def test_a_pasted_job_over_the_limit_is_refused_next_to_the_job_field(web) -> None:  # type: ignore[no-untyped-def]
    page = post_scan(web, one_column_pdf(), "Python " * 40_000)  # under the 1 MB form part
    assert page.status_code == 413
    assert 'id="job-error"' in page.text and "too long" in page.text
    assert web.get("/resume").text.count("/resume/scans/") == 0  # nothing stored


def test_the_page_starts_with_what_to_fix_and_folds_the_evidence(web) -> None:  # type: ignore[no-untyped-def]
    page = post_scan(web, one_column_pdf(), ANALYST_JOB + "- Experience with Apache Airflow.\n")
    text = page.text
    assert "exact forms only" in text
    fixes = text.index("What to fix first")
    assert fixes < text.index("The job, highlighted") < text.index("<details>")
    assert "Every keyword with its evidence" in text
    # No keyword row repeats a whole job sentence: the highlighted job shows where it asks.
    assert "<th>Job sentence</th>" not in text
    assert text.count("to answer business questions") == 1


def test_the_page_names_missing_skills_the_job_names_outside_its_lists(web) -> None:  # type: ignore[no-untyped-def]
    from tests.resume.test_cli import STACK_JOB

    text = post_scan(web, one_column_pdf(), STACK_JOB).text
    missing = text.index("<strong>Missing, named elsewhere in the job:</strong>")
    assert "Django" in text[missing : missing + 300]
    assert missing < text.index("The job, highlighted")
