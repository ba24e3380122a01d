"""Relevance: a story read against the question it answers; and `analyze --json`."""

from __future__ import annotations

import json

from pivotprep.stories import service
from pivotprep.stories.analyzer.analysis import analyze
from tests.stories.conftest import GOOD_STORY

CLOSE = (
    "Situation: Every month-end close at the logistics firm took five days because invoices "
    "arrived late.\n"
    "Task: I had to get the close down to three days.\n"
    "Action: I built a shared tracker for invoices, set a cut-off with suppliers and "
    "automated the accrual journal.\n"
    "Result: The close took three days from March on, and the auditors signed off."
)
CONFLICT = (
    "Situation: A senior analyst and I disagreed about whether to restate last quarter's "
    "accruals; he thought it would alarm the auditors.\n"
    "Task: I had to settle it before the close.\n"
    "Action: I showed him the three invoices that were booked twice and proposed a note "
    "instead of a restatement.\n"
    "Result: He agreed, and the auditors signed off with no adjustments."
)


def test_a_story_without_the_moment_asked_for_is_off_topic_and_says_what_it_is_about():
    analysis = analyze(CLOSE, question="Tell me about a disagreement with a colleague.")
    finding = next(f for f in analysis.findings if f.code == "off_topic")
    assert "conflict or disagreement" in finding.message
    assert finding.quotes == ("I had to get the close down to three days.",)
    assert analysis.score_parts["Fits the question"] < 0
    fitting = analyze(CONFLICT, question="Tell me about a disagreement with a colleague.")
    assert "off_topic" not in fitting.codes
    assert fitting.score > analysis.score


def test_a_past_story_does_not_answer_a_question_about_the_role():
    question = "What do you know about the day-to-day of this role?"
    assert "off_topic" in analyze(CLOSE, question=question).codes
    assert "off_topic" not in analyze(CLOSE).codes  # no question: nothing to check


def test_practice_reads_the_answer_against_its_question(session):
    attempt, result, _ = service.submit_practice(session, question_id="q032", answer=CLOSE)
    assert result.analysis is not None and "off_topic" in result.analysis.codes
    assert any(f["code"] == "off_topic" for f in attempt.analysis["findings"])
    _, fitting, _ = service.submit_practice(session, question_id="q032", answer=CONFLICT)
    assert fitting.analysis is not None and "off_topic" not in fitting.analysis.codes


def test_analyze_json_gives_sentences_roles_reasons_findings_and_score_parts(cli):
    out = cli("stories", "analyze", "--json", "--text", CLOSE, "--question", "Describe a conflict.")
    assert out.exit_code == 0, out.output
    body = json.loads(out.output)
    assert body["question"] == "Describe a conflict."
    analysis = body["analysis"]
    assert [s["label"] for s in analysis["sentences"]] == ["S", "T", "A", "R"]
    assert all(s["reasons"] for s in analysis["sentences"])
    codes = {f["code"]: f for f in analysis["findings"]}
    assert codes["off_topic"]["quotes"] == ["I had to get the close down to three days."]
    assert sum(analysis["score_parts"].values()) == analysis["score"]


def test_analyze_json_of_a_stored_story_and_of_a_kept_non_english_one(cli):
    assert cli("stories", "add", "--title", "Attendance", "--text", GOOD_STORY).exit_code == 0
    body = json.loads(cli("stories", "analyze", "1", "--json").output)
    assert body["analysis"]["score"] > 0 and body["notice"] == ""
    german = "Ich habe die Tabelle für die Schüler gebaut und die Fehlzeiten sind gesunken."
    assert cli("stories", "add", "--title", "Tabelle", "--text", german).exit_code == 0
    body = json.loads(cli("stories", "analyze", "2", "--json").output)
    assert body["analysis"] is None and "reads English" in body["notice"]


def test_the_practice_page_says_when_an_answer_does_not_fit_its_question(web):
    page = web.post("/stories/practice", data={"question_id": "q032", "answer": CLOSE})
    assert page.status_code == 200
    assert 'data-code="off_topic"' in page.text
    assert "I had to get the close down to three days." in page.text


def test_a_moment_told_in_other_words_still_answers_its_question():
    views = (
        "Last spring our product lead wanted to ship the new pricing page in a week, but I "
        "believed the tests were not ready. I was asked to decide on the release. I showed "
        "her the failing checkout cases and proposed a two-day slip. We shipped on the "
        "Thursday with no checkout errors."
    )
    assert "off_topic" not in analyze(views, question="Tell me about a conflict at work.").codes
    served = (
        "In my school, parents kept missing the termly report evenings. I was asked to get "
        "more of them in. I moved the evening online and sent each family a five-minute "
        "booking link. Attendance went from 40% to 85%."
    )
    question = "Tell me about a time you went above and beyond for a customer."
    assert "off_topic" not in analyze(served, question=question).codes
    assert "off_topic" in analyze(CLOSE, question=question).codes


def test_someone_with_a_plan_of_their_own_is_the_other_side_of_a_conflict():
    # no word of conflict: the other side is someone named by role who wanted it otherwise
    site = (
        "On a bridge repair last May, the contractor's foreman wanted to pour concrete "
        "before the formwork had been inspected, because the pump was booked. I had to "
        "keep the programme on track without skipping the inspection. I inspected the two "
        "critical bays first and split the pour. It was finished the same day."
    )
    question = "Tell me about a time you disagreed with a colleague."
    assert "off_topic" not in analyze(site, question=question).codes
    # the same role wanting something, with no other way proposed, is no conflict
    asked = site.replace(
        "wanted to pour concrete before the formwork had been inspected", "asked for an early pour"
    )
    assert "off_topic" in analyze(asked, question=question).codes


def test_a_person_the_question_names_does_not_make_the_story_answer_it():
    """ "Disagreed with your manager" asks for a disagreement: a story that only mentions
    a manager ("my manager asked me to ...") tells none."""
    story = (
        "Situation: Last spring our month-end close took five days because invoices arrived "
        "late.\nTask: My manager asked me to get it down to three days.\n"
        "Action: I built a shared invoice tracker and automated the accrual journal.\n"
        "Result: The close took three days from March on."
    )
    question = "Tell me about a time you disagreed with your manager."
    assert "off_topic" in analyze(story, question=question).codes
