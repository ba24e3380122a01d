"""The one judge vocabulary (core/judging.py): a run's status follows its cases, and the
serialised form and summary keep the documented shape."""

from __future__ import annotations

import json

from pivotprep.core.judging import FORMAT_VERSION, CaseResult, Status, outcome, overall


def test_a_run_passes_only_when_every_case_passes() -> None:
    assert overall([CaseResult("a", Status.PASS), CaseResult("b", Status.PASS)]) == "pass"
    assert overall([]) == Status.PASS  # nothing failed


def test_a_run_takes_the_status_of_its_first_case_that_did_not_pass() -> None:
    cases = [
        CaseResult("a", Status.PASS),
        CaseResult("b", Status.TIMEOUT),
        CaseResult("c", Status.WRONG),
    ]
    assert overall(cases) == Status.TIMEOUT
    assert overall(reversed(cases)) == Status.WRONG


def test_the_serialised_form_and_summary_keep_their_documented_shape() -> None:
    cases = [
        CaseResult("a", Status.PASS, time_ms=1.5),
        CaseResult("b", Status.WRONG, "expected: 1\n     got: 2" * 50, "second case", "group"),
    ]
    run = outcome("p-1", cases, judge="code", elapsed_ms=12.345)
    data = json.loads(json.dumps(run.to_dict()))
    assert data["version"] == FORMAT_VERSION == 2
    assert (data["judge"], data["problem"], data["status"]) == ("code", "p-1", "wrong")
    assert data["elapsed_ms"] == 12.3 and data["message"] is None
    assert [t["status"] for t in data["tests"]] == ["pass", "wrong"]
    assert set(data["tests"][0]) == {
        "name", "description", "group", "status", "message", "output", "time_ms",
    }  # fmt: skip
    summary = run.summary()
    assert summary["counts"] == {"pass": 1, "wrong": 1} and not run.passed
    assert summary["failed"] == [
        {"name": "b", "status": "wrong", "message": cases[1].message[:300]}
    ]


def test_statuses_are_plain_strings_where_they_are_read() -> None:
    assert Status.MEMORY == "memory" and f"{Status.REFUSED}" == "refused"
    assert {"timeout": "time limit"}.get(Status.TIMEOUT) == "time limit"
    assert [s.value for s in Status] == ["pass", "wrong", "error", "timeout", "memory", "refused"]
