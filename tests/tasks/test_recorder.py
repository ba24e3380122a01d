"""The voice recorder's upload in server mode: the recorder is a POST form, so the page
carries the login's CSRF token in it like every other form; the upload that sends the
form's fields with the recording (as the recorder's script does) is accepted, one without
the token is refused."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from pivotprep.mock import service as mock
from tests.tasks.test_pages import ada as ada  # noqa: F401 - the fixture, shared

pytestmark = pytest.mark.postgres
RECORDER = re.compile(r'<form class="mock-recorder" id="recorder"[^>]*>(.*?)</form>', re.S)
FIELD = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)">')
AUDIO = {"audio": ("answer.webm", b"\x1aE\xdf\xa3 not much of a recording", "audio/webm")}


def recorder_fields(client: TestClient) -> dict[str, str]:
    """The hidden fields of the recorder's form on the voice page (what FormData sends)."""
    page = client.get("/mock/voice")
    assert page.status_code == 200
    found = RECORDER.search(page.text)
    assert found is not None, page.text[:1000]
    assert 'action="/mock/transcribe"' in found.group(0)
    return dict(FIELD.findall(found.group(1)))


def test_the_recorders_upload_carries_the_csrf_token(ada, monkeypatch) -> None:
    monkeypatch.setattr(mock, "voice_available", lambda: True)
    fields = recorder_fields(ada)
    assert set(fields) == {"csrf_token"} and fields["csrf_token"]
    sent = ada.post("/mock/transcribe", data=fields, files=AUDIO)
    assert sent.status_code == 202 and sent.json()["poll"].startswith("/tasks/"), sent.text
    refused = ada.post("/mock/transcribe", files=AUDIO)
    assert refused.status_code == 403
    assert len(ada.app.state.task_queue.sent) == 1  # type: ignore[attr-defined]
