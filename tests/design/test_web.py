"""The /design pages through the real app: prompts, worksheet autosave, review, paste,
drills, cards, the drift lab and its charts."""

from __future__ import annotations

import re

from tests.design.conftest import STRONG_SHORTENER

FEATURES = ("amount", "hour", "merchant_category", "account_age_days", "model_score", "is_fraud")


def _start(web, prompt="url-shortener", minutes="45") -> str:  # type: ignore[no-untyped-def]
    response = web.post(
        f"/design/prompts/{prompt}/start", data={"minutes": minutes}, follow_redirects=False
    )
    assert response.status_code == 303
    return response.headers["location"]


def test_index_and_prompt_pages_list_tracks_levels_and_rubric(web):
    page = web.get("/design")
    assert page.status_code == 200
    assert "ML systems" in page.text and "Data engineering" in page.text
    prompt = web.get("/design/prompts/ml-drift-monitoring")
    assert "What each level shows" in prompt.text and "Senior" in prompt.text
    assert "Show it anyway" in prompt.text and "Hourly batch statistics" not in prompt.text
    shown = web.get("/design/prompts/ml-drift-monitoring?reference=1")
    assert "Hourly batch statistics" in shown.text
    missing = web.get("/design/prompts/nope")
    assert missing.status_code == 404 and "See the design prompts" in missing.text


def test_autosave_returns_json_and_keeps_text_when_a_box_is_too_large(web):
    url = _start(web)
    page = web.get(url)
    assert 'id="clock"' in page.text and "Requirements and estimates" in page.text
    saved = web.post(
        url + "/save",
        data={
            "text_requirements": "Short links.",
            "diagram": "flowchart LR\n a[API] --> b[(DB)]",
            "active_phase": "api",
        },
        headers={"X-Autosave": "1"},
    )
    assert saved.status_code == 200 and saved.json()["problems"] == {}
    huge = web.post(
        url + "/save",
        data={"text_api": "y" * 1_000_000, "text_requirements": "Still saved."},
        headers={"X-Autosave": "1"},
    )
    assert huge.status_code == 413 and "at most 20,000" in huge.json()["problems"]["api"]
    page = web.get(url)
    assert "Still saved." in page.text
    svg = web.get(url + "/diagram.svg")
    assert svg.status_code == 200 and svg.headers["content-type"].startswith("image/svg+xml")
    assert "default-src 'none'" in svg.headers["content-security-policy"]


def test_the_plain_form_shows_a_refused_box_with_what_was_typed(web):
    url = _start(web)
    page = web.post(url + "/save", data={"text_api": "z" * 30_000, "text_requirements": "ok"})
    assert page.status_code == 413 and "holds at most" in page.text
    assert "z" * 100 in page.text  # what was typed stays on screen


def test_a_broken_diagram_is_kept_and_its_line_named(web):
    url = _start(web)
    saved = web.post(
        url + "/save", data={"diagram": "flowchart LR\na[API --> b"}, headers={"X-Autosave": "1"}
    )
    assert "Diagram line 2" in saved.json()["diagram_error"]
    assert web.get(url + "/diagram.svg").status_code == 422
    assert "flowchart LR\na[API --&gt; b" in web.get(url).text


def test_finish_reviews_with_evidence_and_empty_is_refused(web):
    url = _start(web)
    empty = web.post(url + "/finish", data={})
    assert empty.status_code == 422 and "The worksheet is empty" in empty.text
    done = web.post(
        url + "/finish", data={"text_requirements": STRONG_SHORTENER}, follow_redirects=False
    )
    assert done.status_code == 303 and done.headers["location"].endswith("/review")
    review = web.get(done.headers["location"])
    assert "Rubric" in review.text and "<q>" in review.text and "Follow-up questions" in review.text
    assert "Time per phase" in review.text
    export = web.get(url + "/export.md")
    assert export.headers["content-type"].startswith("text/markdown")
    assert "# URL shortener" in export.text


def test_paste_review_and_its_errors(web):
    page = web.post("/design/review", data={"prompt": "url-shortener", "answer": STRONG_SHORTENER})
    assert page.status_code == 200 and "covered" in page.text
    empty = web.post("/design/review", data={"prompt": "url-shortener", "answer": " "})
    assert empty.status_code == 422 and "empty" in empty.text
    huge = web.post("/design/review", data={"prompt": "url-shortener", "answer": "w " * 600_000})
    assert huge.status_code == 413 and "at most 150,000 characters" in huge.text
    unknown = web.post("/design/review", data={"prompt": "nope", "answer": "text"})
    assert unknown.status_code == 404


def test_drill_pages_grade_numbers_and_refuse_words(web):
    assert "chat-message-rate" in web.get("/design/drills").text
    right = web.post("/design/drills/chat-message-rate", data={"answer": "20000"})
    assert "Right" in right.text and "Worked answer" in right.text
    bad = web.post("/design/drills/chat-message-rate", data={"answer": "a lot"})
    assert bad.status_code == 422 and "not a number" in bad.text


def test_cards_page_checks_an_answer_and_shows_the_next(web):
    page = web.get("/design/cards?deck=design")
    card = re.search(r'action="/design/cards/([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    wrong = web.post(
        f"/design/cards/{card}",
        data={"answer": "definitely not it", "shown_ms": "0", "deck": "design"},
    )
    assert wrong.status_code == 200 and "Again" in wrong.text and "Next card" in wrong.text
    empty = web.post(f"/design/cards/{card}", data={"answer": "", "deck": "design"})
    assert empty.status_code == 422 and "Type an answer first" in empty.text


def test_lab_grades_and_draws_charts(web):
    page = web.get("/design/lab")
    assert "Black Friday week" in page.text and "/design/lab/chart/" in page.text
    data = {"reference": "last_year", "plan": "Data quality checks first, then drift checks."}
    for feature in FEATURES:
        data[f"stat_{feature}"], data[f"threshold_{feature}"] = "psi", "0.1"
    graded = web.post("/design/lab", data=data)
    assert graded.status_code == 200 and "Detection against last year" in graded.text
    data["threshold_amount"] = "ten"
    refused = web.post("/design/lab", data=data)
    assert refused.status_code == 422 and "must be a number" in refused.text
    chart = web.get("/design/lab/chart/broken-feed/merchant_category.svg?reference=training")
    assert chart.status_code == 200 and "(missing)" in chart.text
    assert web.get("/design/lab/chart/nope/amount.svg").status_code == 404
    assert web.get("/design/lab/chart/no-shift/amount.svg?reference=yesterday").status_code == 422


def test_the_roles_track_opens_first_and_later_plan_tasks_fold(web):
    web.post(
        "/profile",
        data={"target_role": "ml-engineer", "company_sizes": ["mid"], "hours_per_week": "15",
              "timeline_months": "4"},
    )  # fmt: skip
    page = web.get("/design").text
    first = page.index('<details class="card track" open>')
    assert page.index("ML systems", first) < page.index("Data engineering")
    assert page.count('<details class="card track"') == 3
    assert "more task(s) of this step" in page
    upcoming = page.split("more task(s) of this step")[0]
    assert upcoming.count('<span class="tag">week ') == 3
