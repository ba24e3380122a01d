"""`pivotprep mock ...` in-process: plan, a round from question to scorecard, the kit, a
mock with a person, clear errors."""

from __future__ import annotations

import json

from tests.mock.conftest import reference


def test_plan_as_json_and_the_no_profile_error(cli):
    result = cli("mock", "plan", "--size", "500+", "--role", "backend-engineer", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [r["spec"]["kind"] for r in data["rounds"]][:3] == ["coding", "sql", "design"]
    assert data["size"] == "large"
    missing = cli("mock", "start", "--size", "50-500")
    assert missing.exit_code == 2 and "No profile yet" in missing.output
    assert "pivotprep init" in missing.output
    bad = cli("mock", "plan", "--size", "huge", "--role", "backend-engineer")
    assert bad.exit_code == 2 and "50-500" in bad.output


def test_a_round_from_the_command_line(cli, tmp_path):
    started = cli("mock", "round", "coding", "--item", "merge-room-bookings")
    assert started.exit_code == 0 and "Merge Overlapping Room Bookings" in started.output
    assert "10^5" not in started.output
    asked = cli("mock", "ask", "How large can the input be?")
    assert "10^5" in asked.output
    assert "Noted at" in cli("mock", "note", "sort then sweep").output
    code = tmp_path / "solution.py"
    code.write_text(reference("merge-room-bookings"), encoding="utf-8")
    ran = cli("mock", "run", str(code))
    assert ran.exit_code == 0 and "pass" in ran.output and "The interviewer asks" in ran.output
    assert "The interviewer asks" in cli("mock", "reply", "I would test empty input").output
    closed = cli("mock", "close", "Who reviews the code?")
    assert closed.exit_code == 0 and "Technical:" in closed.output and "Advance:" in closed.output
    card = json.loads(cli("mock", "scorecard", "1", "--json").stdout)
    assert {s["scale"] for s in card["scores"]} == {"technical", "problem_solving", "communication"}
    again = cli("mock", "note", "too late")
    assert again.exit_code == 2 and "No mock round is open" in again.output
    assert "pivotprep mock start" in again.output


def test_kit_record_and_history(cli):
    kit = cli("mock", "kit", "coding", "merge-room-bookings")
    assert kit.exit_code == 0 and "Give only when asked" in kit.output and "10^5" in kit.output
    bad = cli(
        "mock",
        "record",
        "--kind",
        "coding",
        "--technical",
        "7",
        "--problem-solving",
        "2",
        "--communication",
        "3",
        "--advance",
        "yes",
    )
    assert bad.exit_code == 2 and "1 to 4" in bad.output
    ok = cli(
        "mock",
        "record",
        "--kind",
        "coding",
        "--technical",
        "3",
        "--problem-solving",
        "2",
        "--communication",
        "3",
        "--advance",
        "yes",
        "--feedback",
        "Clear and calm.",
    )
    assert ok.exit_code == 0 and "Mocks done: 1" in ok.output
    history = cli("mock", "history")
    assert "1 mock(s) done" in history.output and "technical: 3" in history.output
