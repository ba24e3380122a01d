"""The optional LLM interviewer against a fake OpenAI-compatible endpoint on 127.0.0.1:
off by default, used only to word follow-ups, and any failure keeps the scripted wording.
Scores never depend on it."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pivotprep.mock import service as mock
from tests.mock.conftest import reference


class FakeModel(BaseHTTPRequestHandler):
    reply = "You sorted the bookings first: which cases would you write to test that merge?"
    seen: list[dict] = []  # type: ignore[type-arg]

    def do_POST(self) -> None:  # noqa: N802 - the handler's fixed name
        length = int(self.headers.get("Content-Length", "0"))
        body = json.loads(self.rfile.read(length))
        FakeModel.seen.append(
            {"path": self.path, "body": body, "auth": self.headers.get("Authorization")}
        )
        data = {"choices": [{"message": {"role": "assistant", "content": FakeModel.reply}}]}
        raw = json.dumps(data).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def fake_endpoint(monkeypatch) -> Iterator[str]:  # type: ignore[no-untyped-def]
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeModel)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    monkeypatch.setenv("PIVOTPREP_LLM_URL", url)
    monkeypatch.setenv("PIVOTPREP_LLM_MODEL", "fake-interviewer")
    monkeypatch.setenv("PIVOTPREP_LLM_KEY", "local-secret")
    FakeModel.seen = []
    yield url
    server.shutdown()
    server.server_close()


def _pass_a_round(session) -> str:  # type: ignore[no-untyped-def]
    mock.start_single(session, "coding", "merge-room-bookings")
    mock.note(session, "I sort the bookings by start first")
    mock.run(session, reference("merge-room-bookings"))
    return str(mock.view(session).pending_followup)


def test_off_by_default_follow_ups_are_scripted(session):
    assert mock.llm_endpoint() is None
    assert "ten times larger" in _pass_a_round(session)
    event = next(e for e in mock.current_round(session).events if e["kind"] == "followup")
    assert event["by"] == "" and event["text"] == event["scripted"]


def test_the_model_words_the_follow_up_and_scoring_ignores_it(session, fake_endpoint):
    asked = _pass_a_round(session)
    assert asked == FakeModel.reply
    call = FakeModel.seen[0]
    assert call["path"] == "/v1/chat/completions" and call["auth"] == "Bearer local-secret"
    assert "I sort the bookings" in call["body"]["messages"][1]["content"]
    event = next(e for e in mock.current_round(session).events if e["kind"] == "followup")
    assert event["by"] == "fake-interviewer" and "ten times larger" in event["scripted"]
    _row, card = mock.close(session, "")
    from pivotprep.mock.scorecard import score_round

    scripted = [dict(e, text=e.get("scripted", e.get("text"))) for e in _row.events]
    assert score_round("coding", scripted, 45) == card


@pytest.mark.parametrize("reply", ["", "Sure! Here is a question.", "x" * 500 + "?"])
def test_an_odd_reply_keeps_the_scripted_wording(session, fake_endpoint, reply, monkeypatch):
    monkeypatch.setattr(FakeModel, "reply", reply)
    assert "ten times larger" in _pass_a_round(session)
    event = next(e for e in mock.current_round(session).events if e["kind"] == "followup")
    assert event["by"] == "" and "not one short question" in event["problem"]


def test_an_unreachable_endpoint_keeps_the_scripted_wording(session, monkeypatch, cli):
    monkeypatch.setenv("PIVOTPREP_LLM_URL", "http://127.0.0.1:9/v1")  # the discard port
    monkeypatch.setenv("PIVOTPREP_LLM_MODEL", "nobody")
    said = mock.phrase_followup("How would you test this?", "")
    assert said.text == "How would you test this?" and "could not be reached" in said.problem
    status = cli("mock", "interviewer", "--check")
    assert "worded by nobody" in status.output and "did not answer usefully" in status.output
