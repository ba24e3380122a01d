"""Story pages through the real ASGI app."""

from __future__ import annotations

from tests.stories.conftest import GOOD_STORY, WE_STORY

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def _create(web, **data):
    form = {"title": "Attendance", "text": GOOD_STORY, "mode": "text", "signals": ["data-driven"]}
    form.update(data)
    return web.post("/stories/new", data=form, follow_redirects=False)


def test_create_then_the_analysis_quotes_labelled_sentences(web):
    page = _create(web)
    assert page.status_code == 303 and page.headers["location"] == "/stories/1"
    page = web.get("/stories/1")
    assert page.status_code == 200
    assert 'class="badge label-A"' in page.text
    assert "I built a spreadsheet" in page.text
    assert "Situation</strong>: present" in page.text


def test_html_in_a_story_is_stored_verbatim_and_shown_escaped(web):
    _create(web, title=f"T {HOSTILE}", text=GOOD_STORY + " " + HOSTILE)
    page = web.get("/stories/1")
    assert HOSTILE not in page.text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page.text
    edit = web.get("/stories/1/edit")
    assert "&lt;img src=x onerror=alert(1)&gt;" in edit.text
    bank = web.get("/stories")
    assert "<script>alert" not in bank.text


def test_form_errors_show_next_to_their_fields_and_keep_the_text(web):
    page = _create(web, title="", text="", signals=["telepathy"])
    assert page.status_code == 422
    assert 'id="title-error"' in page.text and 'id="text-error"' in page.text
    assert 'id="signals-error"' in page.text
    page = _create(web, text="word " * 50_000)
    assert page.status_code == 422 and "limit is 3,000 words" in page.text


def test_star_fields_form_and_edit(web):
    page = _create(
        web,
        mode="fields",
        text="",
        situation="Our support queue had 300 open tickets and customers waited a week.",
        task="I owned bringing it under 50.",
        action="I sorted tickets by cause and I wrote answers for the top ten.",
        result="The queue fell to 40 in three weeks.",
    )
    assert page.status_code == 303
    page = web.get("/stories/1")
    assert "<dt>Situation</dt>" in page.text
    page = web.post(
        "/stories/1/edit",
        data={"title": "Queue", "mode": "text", "text": WE_STORY},
        follow_redirects=False,
    )
    assert page.status_code == 303
    assert "we ownership" in web.get("/stories/1").text


def test_non_english_story_shows_the_notice(web):
    _create(
        web,
        text="Als Lehrerin habe ich die Anwesenheit der Schüler erfasst und jede Woche "
        "die Klassenlehrer informiert, die Fehlzeiten sind gesunken.",
    )
    assert "The analyzer reads English" in web.get("/stories/1").text


def test_a_short_chinese_story_shows_the_notice_and_is_kept(web):
    text = "我负责学生考勤，每周通知班主任。缺勤率下降了一半。"
    assert _create(web, text=text).status_code == 303
    page = web.get("/stories/1")
    assert "The analyzer reads English" in page.text
    assert text in page.text


def test_coverage_matrix_and_gaps_to_plan(web):
    _create(web)
    page = web.get("/stories/coverage")
    assert "No story shows conflict resolution." in page.text
    assert 'action="/stories/coverage/plan"' in page.text
    assert "What interviewers listen for" in page.text and "<dt>Senior</dt>" in page.text
    page = web.post("/stories/coverage/plan")
    assert page.status_code == 404 and 'href="/profile"' in page.text  # no profile yet
    web.post(
        "/profile",
        data={
            "target_role": "data-engineer",
            "company_sizes": ["mid"],
            "hours_per_week": "15",
            "timeline_months": "4",
        },
    )
    page = web.post("/stories/coverage/plan", follow_redirects=True)
    assert page.status_code == 200 and "Added 10 task(s) to your plan." in page.text
    assert "They took the place of 10 h of practice blocks" in page.text


def test_a_story_written_through_the_form_closes_its_gap_task(web, sqlite_engine):
    from sqlalchemy import select

    from pivotprep.core.db import session_scope
    from pivotprep.plan.models import PlanTask

    _create(web)
    web.post(
        "/profile",
        data={
            "target_role": "data-engineer",
            "company_sizes": ["mid"],
            "hours_per_week": "15",
            "timeline_months": "4",
        },
    )
    assert web.post("/stories/coverage/plan").status_code in (200, 303)
    title = "Write a STAR story that shows conflict resolution"
    query = select(PlanTask.status).where(PlanTask.title == title)
    with session_scope(sqlite_engine) as session:
        assert session.scalar(query) == "open"
    created = _create(web, title="Dispute", signals=["conflict-resolution"])
    assert created.status_code == 303 and "?closed=" in created.headers["location"]
    with session_scope(sqlite_engine) as session:
        assert session.scalar(query) == "done"
    page = web.get(created.headers["location"])
    assert f"done: {title}." in page.text and "Plan task #" in page.text
    # the notice names only done story-gap tasks, whatever the address says
    story_url = created.headers["location"].split("?")[0]
    assert "Plan task #" not in web.get(story_url + "?closed=1,2,x,99999999999").text


def test_practice_page_has_a_countdown_and_stores_the_attempt(web):
    _create(web)
    page = web.get("/stories/practice?question=q001")
    assert page.status_code == 200
    assert 'id="countdown"' in page.text and 'data-seconds="180"' in page.text
    assert '<script src="/static/stories.js"></script>' in page.text
    script = web.get("/static/stories.js")
    assert script.status_code == 200 and "setInterval" in script.text
    page = web.post(
        "/stories/practice",
        data={
            "question_id": "q001",
            "signal": "motivation",
            "answer": GOOD_STORY,
            "story_id": "1",
            "seconds_allowed": "180",
            "seconds_taken": "140",
        },
    )
    assert page.status_code == 200 and "Attempt #1" in page.text and "140 s of 180 s" in page.text
    page = web.post("/stories/practice", data={"question_id": "q001", "answer": " "})
    assert page.status_code == 422 and 'id="answer-error"' in page.text
    history = web.get("/stories/history")
    assert "q001" not in history.text and "Why are you leaving your previous career" in history.text
    # one attempt: what to work on, by name, and no "earlier vs later" claim
    short = web.post(
        "/stories/practice",
        data={"question_id": "q002", "answer": "I fixed the rota. It went better."},
    )
    assert short.status_code == 200
    history = web.get("/stories/history?signal=" + "")
    assert "too_short" not in history.text


def test_questions_explain_export_and_dashboard_panel(web):
    assert "leaving your previous career" in web.get("/stories/questions?kind=career-change").text
    page = web.post(
        "/stories/explain/p-value",
        data={
            "answer": "It tells us how surprising "
            "the result would be if the change did nothing, which matters because "
            "shipping a lucky result wastes money and customers' time."
        },
    )
    assert page.status_code == 200 and "Why it matters: 30/30" in page.text
    page = web.post("/stories/explain/p-value", data={"answer": ""})
    assert page.status_code == 422 and 'id="answer-error"' in page.text
    _create(web)
    export = web.get("/stories/export.md")
    assert export.headers["content-type"].startswith("text/markdown")
    assert export.text.startswith("# Story bank")
    web.post(
        "/profile",
        data={
            "target_role": "data-engineer",
            "company_sizes": ["mid"],
            "hours_per_week": "15",
            "timeline_months": "4",
        },
    )
    home = web.get("/dashboard")
    assert "Behavioral stories" in home.text and "of 10-15 stories written" in home.text


def test_an_oversized_practice_answer_is_refused_in_the_page_and_kept(web):
    huge = "word " * 50_000
    page = web.post("/stories/practice", data={"question_id": "q002", "answer": huge})
    assert page.status_code == 413  # InputTooLargeError's one status
    assert 'id="answer-error"' in page.text and "limit is 3,000 words" in page.text
    assert page.text.count("word ") >= 50_000  # the text is still in the box


def test_bad_ids_and_numbers_get_an_error_page_not_a_crash(web):
    _create(web)
    huge = "99999999999999999999999"
    assert web.get("/stories/abc").status_code == 404
    assert web.get(f"/stories/{huge}").status_code == 404
    assert web.get(f"/stories/{huge}/edit").status_code == 404
    assert web.post(f"/stories/{huge}/delete").status_code == 404
    assert web.get("/stories/coverage?added=abc").status_code == 200
    assert web.get("/stories/practice?weakest=maybe").status_code == 200
    page = web.get("/stories/practice?question=q001&signal=telepathy")
    assert page.status_code == 422 and "Unknown signal" in page.text
    form = {"question_id": "q001", "answer": GOOD_STORY}
    page = web.post("/stories/practice", data={**form, "story_id": huge})
    assert page.status_code == 404 and f"No story #{huge}" in page.text  # NotFoundError
    assert web.post("/stories/practice", data={**form, "story_id": "²"}).status_code == 200
    assert web.post("/stories/practice", data={**form, "seconds_taken": huge}).status_code == 200
    page = web.post("/stories/practice", data={**form, "signal": "telepathy"})
    assert page.status_code == 422 and GOOD_STORY[:40] in page.text


def test_a_finding_does_not_repeat_the_quote_its_message_already_gives(web):
    _create(web, text="I did it.", signals=[])
    page = web.get("/stories/1").text
    situation = page[page.index('data-code="missing_situation"') :]
    situation = situation[: situation.index("</li>")]
    assert "I did it." in situation and "<blockquote>" not in situation
    task = page[page.index('data-code="missing_task"') :]
    assert "<blockquote>I did it.</blockquote>" in task[: task.index("</li>")]


def test_the_spoken_time_of_a_short_story_is_in_seconds(web):
    assert _create(web).status_code == 303
    page = web.get("/stories/1")
    assert "seconds spoken (aim for 1.5-3 minutes)" in page.text and "0.0 minutes" not in page.text
