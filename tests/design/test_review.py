"""The review of a written design: matching, worksheet, rubric, trade-offs, numbers."""

from __future__ import annotations

import pytest

from pivotprep.design.content import get_prompt, phases
from pivotprep.design.review.estimates import check_numbers
from pivotprep.design.review.report import review_answer
from pivotprep.design.review.text import SentenceIndex, phrase, sentences, words_of
from pivotprep.design.review.worksheet import PhaseHeadings, parse_worksheet
from pivotprep.design.sessions import review_text
from tests.design.conftest import STRONG_SHORTENER


def _first(text: str, term: str) -> int | None:
    return SentenceIndex(sentences(text, "answer", "answer")).first(phrase(term))


def test_phrases_match_word_forms_in_order_with_small_gaps():
    assert _first("We keep three replicas of each shard.", "replication") == 0
    assert _first("Clients send an idempotency key.", "idempotent") == 0
    assert _first("Write ahead logging protects us.", "write-ahead log") == 0
    assert _first("A key for idempotency is sent.", "idempotency key") is None  # order matters
    assert _first("We share the results.", "shard") is None  # share is not shard


def test_a_negated_phrase_is_no_evidence_but_a_modal_requirement_is():
    assert _first("We will not shard the table.", "shard") is None
    assert _first("We don't cache anything.", "cache") is None
    assert _first("Messages must not be lost.", "lost") == 0
    assert words_of("Add not null tests")[0] == ("add", "notnull", "test")


def test_headings_are_optional_and_name_phases():
    heads = [PhaseHeadings(p.id, p.headings) for p in phases()]
    sheet = parse_worksheet(STRONG_SHORTENER, heads)
    # the high-level section holds only the diagram, which is not text of the phase
    assert set(sheet.texts) == {"requirements", "api", "entities", "deep_dives", "wrap_up"}
    assert sheet.diagram.startswith("flowchart LR")
    plain = parse_worksheet("Just text about redirects.\n<!-- a note -->\nMore.", heads)
    assert set(plain.texts) == {"answer"} and "note" not in plain.texts["answer"]


def test_a_strong_answer_is_covered_with_quoted_evidence_and_counted_tradeoffs():
    review = review_text("url-shortener", STRONG_SHORTENER)
    status = {i.id: i.status for i in review.items}
    assert status["interfaces"] == "covered" and status["deep"] == "covered"
    deep = next(i for i in review.items if i.id == "deep")
    quotes = [e.quote for e in deep.evidence]
    assert any("base62" in q for q in quotes)  # the learner's own sentence, quoted
    parts = next(i for i in review.items if i.id == "parts")
    assert any(e.where.startswith("diagram node") for e in parts.evidence)
    assert len(review.tradeoffs) >= 2
    assert {t.marker.lower() for t in review.tradeoffs} >= {"rather than", "instead of"}
    assert review.diagram_nodes == 6 and review.diagram_error is None


def test_missing_items_name_what_an_interviewer_expects_and_drive_followups():
    prompt = get_prompt("ml-drift-monitoring")
    review = review_answer(prompt, phases(), {"requirements": "We log predictions to S3."})
    response = next(i for i in review.items if i.id == "response")
    assert response.status == "missing"
    assert "An interviewer listens for" in response.message
    assert "proxy signals before labels arrive" in response.message
    assert review.followups and all(isinstance(q, str) for q in review.followups)
    asked = {f.question: set(f.probes) for f in prompt.followups}
    assert any(asked[q] & {"response", "scope", "blind-spots"} for q in review.followups)


def test_an_answer_to_another_prompt_is_missing_everywhere():
    chat = (
        "Clients hold WebSockets to gateways. Messages get a sequence number per "
        "conversation and are stored in Cassandra. Offline users get push notifications. "
        "We monitor delivery latency and alert on errors. At least once instead of exactly "
        "once."
    )
    review = review_text("ml-drift-monitoring", chat)
    assert all(i.status == "missing" for i in review.items)
    assert any("says little about this prompt" in i.message for i in review.items if i.evidence)


def test_numbers_are_recomputed_from_stated_assumptions_within_2x():
    found, checks = check_numbers(
        [
            "We expect 100M DAU.",
            "Each user makes 10 requests per user per day.",
            "Each record is 1 KB, kept for 3 years, replication factor 3.",
            "Peak is 3x average.",
            "QPS is about 12k requests per second.",
            "Peak QPS: 35k.",
            "Storage: 1 PB in total.",
            "Bandwidth is about 12 MB/s.",
            "Storage is huge.",
        ]
    )
    names = {a.name: a.value for a in found}
    assert names["users"] == 1e8 and names["per_user_total"] == 10 and names["size"] == 1000
    assert names["retention_days"] == 1095 and names["peak"] == 3 and names["replication"] == 3
    by_quote = {c.quote: c for c in checks}
    qps = by_quote["QPS is about 12k requests per second."]
    assert qps.status == "pass" and "÷ 86,400 s" in qps.working and "11,574" in qps.working
    assert by_quote["Peak QPS: 35k."].status == "pass"
    storage = by_quote["Storage: 1 PB in total."]
    assert storage.status == "off" and "off by 3.3x" in storage.working
    assert "× 1095 days × 3 copies" in storage.working
    assert by_quote["Bandwidth is about 12 MB/s."].status == "pass"
    assert by_quote["Storage is huge."].status == "not-a-number"


def test_a_figure_without_assumptions_cannot_be_checked():
    _, checks = check_numbers(["Storage will be around 40 TB."])
    assert checks[0].status == "cannot-check" and "cannot recompute" in checks[0].working


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [("QPS: high", "qps"), ("Bandwidth: TBD", "bandwidth"), ("Storage is ???", "storage")],
)
def test_non_numeric_estimates_are_reported_not_crashed(sentence, kind):
    _, checks = check_numbers([sentence])
    assert checks and checks[0].status == "not-a-number" and checks[0].kind == kind


def test_time_per_phase_is_set_against_the_suggested_split():
    prompt = get_prompt("url-shortener")
    review = review_answer(
        prompt,
        phases(),
        {"requirements": "Short links and redirects.", "api": "POST /links"},
        minutes=45,
        seconds={"requirements": 900, "api": 240},
    )
    rows = {p.phase: p for p in review.phases}
    assert rows["requirements"].suggested == 5 and rows["requirements"].spent == 15.0
    assert rows["requirements"].verdict.startswith("over by 10 min")
    assert rows["api"].verdict == "on time"
    assert rows["deep_dives"].verdict.startswith("empty")


def test_a_broken_diagram_is_reported_and_the_text_still_reviewed():
    text = STRONG_SHORTENER.replace("lb --> r[Redirect service]", "lb --> r[Redirect service")
    review = review_text("url-shortener", text)
    assert review.diagram_error and "line 3" in review.diagram_error
    assert "of the file" in review.diagram_error
    assert any(i.status == "covered" for i in review.items)
