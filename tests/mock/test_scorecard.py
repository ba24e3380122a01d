"""Scorecards from recorded round events (pure): each score rests on evidence that points
back at the event it comes from."""

from __future__ import annotations

from pivotprep.mock.debrief import debrief
from pivotprep.mock.scorecard import score_round


def _strong_coding():
    return [
        {"kind": "opened", "t": 0},
        {"kind": "ask", "t": 40, "text": "How large?", "topic": "size"},
        {"kind": "note", "t": 60, "text": "Sort by start, then sweep and merge"},
        {"kind": "note", "t": 400, "text": "Edge case: empty input returns empty"},
        {
            "kind": "run",
            "t": 900,
            "passed": True,
            "cases_passed": 12,
            "cases_total": 12,
            "complexity": "same",
        },
        {"kind": "followup", "t": 900, "n": 0, "text": "10x?"},
        {
            "kind": "reply",
            "t": 1000,
            "n": 0,
            "text": "Still n log n for the sort; I would stream sorted chunks and merge them if "
            "it did not fit in memory",
        },
        {"kind": "note", "t": 1100, "text": "I would test touching intervals and one booking"},
        {"kind": "close", "t": 1200, "text": "How do you review code here?"},
    ]


def test_a_strong_round_scores_4_and_advances_with_linked_evidence():
    events = _strong_coding()
    card = score_round("coding", events, 45)
    assert [s.value for s in card.scores] == [4, 4, 4]
    assert card.advance
    technical = card.scores[0]
    assert technical.evidence[0].event == 4 and "12/12" in technical.evidence[0].text
    assert events[technical.evidence[0].event]["kind"] == "run"
    assert "15:00" in technical.evidence[0].text
    assert any(e.text == "Time to the first run at 15:00" for e in card.scores[1].evidence)


def test_spoken_notes_give_the_share_of_the_round_spent_talking():
    events = _strong_coding()
    events[2] = dict(events[2], voice={"duration": 60.0, "talking_share": 0.5})
    card = score_round("coding", events, 45)
    assert any(e.text == "Talked 2% of the round (spoken notes)" for e in card.scores[2].evidence)


def test_content_pack_holds_every_scale_and_level():
    from pivotprep.mock.content import pack

    rubric = pack().rubric
    for scale in ("technical", "problem_solving", "communication"):
        assert sorted(rubric[scale].levels) == [1, 2, 3, 4]
    assert sorted(rubric["advance"].levels) == [0, 1]
    assert set(pack().followups) == {"coding", "sql", "design", "behavioral", "take-home"}


def test_hints_silence_and_blind_retries_cost_points():
    events = [
        {"kind": "opened", "t": 0},
        {"kind": "hint", "t": 100, "n": 1},
        {"kind": "hint", "t": 200, "n": 2},
    ]
    events += [
        {"kind": "run", "t": 300 + i, "passed": False, "cases_passed": 1, "cases_total": 10}
        for i in range(3)
    ]
    events += [{"kind": "run", "t": 3000, "passed": True, "cases_passed": 10, "cases_total": 10}]
    events += [{"kind": "close", "t": 3100, "text": ""}]
    card = score_round("coding", events, 45)
    assert card.value("technical") == 3  # passed after the 45 minutes
    assert card.value("problem_solving") == 1
    assert card.value("communication") == 1
    assert not card.advance and "problem solving is at 1" in card.advance_reason


def test_no_run_is_technical_1_and_a_weak_story_loses_problem_solving():
    assert score_round("coding", [{"kind": "opened", "t": 0}], 45).value("technical") == 1
    story = [
        {"kind": "opened", "t": 0},
        {
            "kind": "answer",
            "t": 120,
            "score": 40,
            "missing": ["Result"],
            "findings": [],
            "relevance": 0.5,
        },
    ]
    card = score_round("behavioral", story, 30)
    assert card.value("technical") == 2
    assert any("Result" in e.text for e in card.scores[1].evidence)


def test_debrief_names_strongest_weakest_and_proposes_tasks():
    class Row:
        def __init__(self, id_, kind, card):  # type: ignore[no-untyped-def]
            self.id, self.kind, self.title, self.item_id = id_, kind, kind.title(), "x"
            self.scorecard = card.to_dict()

    strong = score_round("coding", _strong_coding(), 45)
    weak = score_round("coding", [{"kind": "opened", "t": 0}], 45)
    found = debrief([Row(1, "coding", strong), Row(2, "sql", weak)])
    assert found.rounds == 2 and found.advanced == 1
    assert found.strongest[0].round_id == 1 and found.weakest[0].round_id == 2
    assert any("SQL" in t.title for t in found.tasks)
    assert all("Sql" in t.because or "Coding" in t.because for t in found.tasks)
