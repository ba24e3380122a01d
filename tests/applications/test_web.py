"""The /jobs pages through the real ASGI app: forms, uploads, the gate's second submit,
escaping, downloads."""

from __future__ import annotations

from tests.applications.conftest import POSTING, RESUME_MATCH, linkedin_csv

HOSTILE = '<script>alert("x")</script>'
ROWS = [
    "Ada,Lee,https://www.linkedin.com/in/ada-lee,,ACME ANALYTICS INC,Data Engineer,12 Mar 2024",
    f"Bob,Stone,javascript:alert(1),,Globex,{HOSTILE},03/12/2024",
]
WORDS = "They sell invoicing software to small accounting firms across Europe and the UK."


def _company(web, name="Acme Analytics", size="50-500"):
    return web.post(
        "/jobs/companies", data={"name": name, "size": size, "role": "DE"}, follow_redirects=False
    )


def _upload(web, url, text, **form):
    files = {"file": ("Connections.csv", text.encode("utf-16"), "text/csv")}
    return web.post(url, data=form, files=files)


def test_the_jobs_page_adds_targets_and_refuses_duplicates(web):
    page = web.get("/jobs")
    assert page.status_code == 200 and "Aim for 20-40 target companies" in page.text
    assert '<a href="/jobs" aria-current="page">Jobs</a>' in page.text  # the top bar
    created = _company(web)
    assert created.status_code == 303 and created.headers["location"] == "/jobs/companies/1"
    again = _company(web, name="acme analytics, inc.", size="500+")
    assert again.status_code == 409 and "already on your target list" in again.text
    assert 'value="acme analytics, inc."' in again.text
    bad = _company(web, name=HOSTILE, size="huge")
    assert bad.status_code == 422 and "<script>alert" not in bad.text
    assert "Unknown company size" in bad.text
    home = web.get("/jobs")
    assert "you have\n  <strong>1</strong> (add 19 more)" in home.text


def test_research_posting_and_scan_from_the_company_page(web):
    _company(web)
    form = {"research-what-they-sell": WORDS, "research-how-they-interview": WORDS}
    saved = web.post("/jobs/companies/1/research", data=form, follow_redirects=False)
    assert saved.status_code == 303
    page = web.get("/jobs/companies/1")
    assert "2 of 6 sections" in page.text and WORDS in page.text
    too_long = web.post(
        "/jobs/companies/1/research", data={"research-values-and-news": "word " * 2000}
    )
    assert too_long.status_code == 422 and "the limit is 8,000" in too_long.text
    assert "word word word" in too_long.text  # what was typed is kept
    web.post("/jobs/companies/1/posting", data={"posting_text": POSTING, "posting_url": ""})
    files = {"resume": ("cv.txt", RESUME_MATCH.encode(), "text/plain")}
    scanned = web.post("/jobs/companies/1/scan", files=files, follow_redirects=False)
    assert scanned.status_code == 303
    page = web.get("/jobs/companies/1")
    assert "Latest ATS scan of <strong>cv.txt</strong>" in page.text
    empty = web.post("/jobs/companies/1/scan", files={"resume": ("cv.txt", b"", "text/plain")})
    assert empty.status_code == 422 and "is empty" in empty.text


def test_contacts_import_with_problems_then_good_lines_only(web):
    _company(web)
    bad_rows = [*ROWS, "Cy,Ng,,,Acme,CTO,31/31/2024"]
    page = _upload(web, "/jobs/contacts/import", linkedin_csv(bad_rows))
    assert page.status_code == 422
    assert "line 6:" in page.text and "no month" in page.text
    assert "Bob" not in page.text.split("contact(s)")[1]  # nothing stored
    page = _upload(web, "/jobs/contacts/import", linkedin_csv(bad_rows), skip_bad="yes")
    assert page.status_code == 200 and "Skipped 2 line(s)" in page.text
    assert "must start with https://" in page.text and "1 new, 0 updated" in page.text
    good = _upload(
        web,
        "/jobs/contacts/import",
        linkedin_csv([ROWS[0], ROWS[1].replace("javascript:alert(1)", "")]),
    )
    assert good.status_code == 200 and "1 new, 1 updated" in good.text
    assert "read as utf-16" in good.text.replace("Read as", "read as")
    listed = web.get("/jobs/contacts?q=stone")
    assert HOSTILE not in listed.text and "&lt;script&gt;" in listed.text
    paths = web.get("/jobs/paths")
    assert "Ada Lee" in paths.text and "first-degree" in paths.text


def test_outreach_log_message_due_and_calendar(web):
    _company(web)
    _upload(web, "/jobs/contacts/import", linkedin_csv([ROWS[0]]))
    logged = web.post(
        "/jobs/contacts/1/outreach",
        data={"step": "referral-requested", "on": "2026-02-27", "note": ""},
        follow_redirects=False,
    )
    assert logged.status_code == 303
    page = web.get("/jobs/contacts/1")
    assert "Follow-up 1 of 2 due 2026-03-02" in page.text and "Referral requested" in page.text
    assert "Re: A question about DE work at Acme Analytics" in page.text
    future = web.post("/jobs/contacts/1/outreach", data={"step": "replied", "on": "2031-01-01"})
    assert future.status_code == 422 and "after today" in future.text
    due = web.get("/jobs/due")
    assert "Ada Lee" in due.text and "follow-up 1 of 2" in due.text
    ics = web.get("/jobs/due.ics")
    assert ics.headers["content-type"].startswith("text/calendar")
    assert b"SUMMARY:Follow up with Ada Lee (Acme Analytics)" in ics.content


def test_the_gate_needs_a_second_submit_which_is_recorded(web):
    _company(web)
    _upload(web, "/jobs/contacts/import", linkedin_csv([ROWS[0]]))
    created = web.post(
        "/jobs/applications",
        data={"company": "Acme Analytics", "role": "DE", "channel": "cold"},
        follow_redirects=False,
    )
    assert created.headers["location"] == "/jobs/applications/1"
    page = web.get("/jobs/applications/1")
    assert "Before you apply" in page.text and "research file" in page.text
    first = web.post("/jobs/applications/1/stage", data={"stage": "applied", "note": "sent"})
    assert first.status_code == 409
    assert 'name="override" value="yes"' in first.text and "Ada Lee" in first.text
    assert web.get("/jobs/applications/1").text.count("Saved") >= 1
    second = web.post(
        "/jobs/applications/1/stage",
        data={"stage": "applied", "note": "sent", "override": "yes"},
        follow_redirects=False,
    )
    assert second.status_code == 303
    page = web.get("/jobs/applications/1")
    assert "Applied over the gate" in page.text and "sent Applied over the gate" in page.text
    duplicate = web.post("/jobs/applications", data={"company": "ACME ANALYTICS", "role": "de"})
    assert duplicate.status_code == 409 and "Open the application" in duplicate.text
    search = web.get("/jobs/applications?q=acme+analytics+inc")
    assert "<strong>Yes</strong>" in search.text
    none = web.get("/jobs/applications?q=Hooli")
    assert "<strong>No</strong> application" in none.text


def test_funnel_page_cites_its_baselines(web):
    web.post("/jobs/applications", data={"company": "Initech", "channel": "referral"})
    web.post("/jobs/applications/1/stage", data={"stage": "screen"})
    page = web.get("/jobs/funnel")
    assert page.status_code == 200
    assert "1 in 16 referred candidates was hired" in page.text
    assert "1 in 152" in page.text and "about 7% of applicants and about 40% of hires" in page.text
    assert "1 of 1 (too few to compare)" in page.text
    assert 'href="https://www.jobvite.com/resources/jobvite-index/"' in page.text


def test_import_page_reads_huntr_and_export_downloads_csv(web):
    huntr = (
        "id,createdAt,title,listName,companyName,lastMovedAt\n"
        "a1,2022-02-26 19:17:05,Data Analyst,applied,Globex,-\n"
    )
    files = {"file": ("huntr.csv", huntr.encode(), "text/csv")}
    page = web.post("/jobs/import", data={"kind": "applications", "preset": "huntr"}, files=files)
    assert page.status_code == 200 and "1 new, 0 updated" in page.text
    download = web.get("/jobs/export/applications.csv")
    assert download.headers["content-type"].startswith("text/csv")
    assert download.text.startswith("pivotprep_ref,company,role,stage")
    assert "huntr-a1,Globex,Data Analyst,applied" in download.text
    missing = web.post("/jobs/import", data={"kind": "applications"})
    assert missing.status_code == 422 and "Choose a CSV file" in missing.text


def test_the_dashboard_card_appears_once_there_is_something(web):
    profile = {
        "target_role": "data-engineer",
        "company_sizes": ["mid"],
        "hours_per_week": "15",
        "timeline_months": "3",
        "start_date": "2026-01-05",
    }
    assert web.post("/profile", data=profile, follow_redirects=False).status_code == 303
    assert "Open your job search" not in web.get("/dashboard").text
    _company(web)
    page = web.get("/dashboard")
    assert (
        "Open your job search" in page.text and "<strong>1</strong> target companies" in page.text
    )
