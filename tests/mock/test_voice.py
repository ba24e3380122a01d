"""Voice mode: the speech measures (pure), then offline transcription of espeak-ng speech
through the service, the CLI and the web, and the recordings it refuses."""

from __future__ import annotations

import json

import pytest

from pivotprep.core.errors import InputTooLargeError, ValidationError
from pivotprep.mock.speech import Word, measure
from tests.mock.voice_fixtures import need_voice, silent, spoken


def test_measures_from_word_timestamps():
    words = [Word(0.5, 0.8, "So"), Word(0.9, 1.2, "um,"), Word(1.3, 1.6, "you"),
             Word(1.7, 2.0, "know,"), Word(5.0, 5.5, "why?")]  # fmt: skip
    m = measure(words, 6.0, "So um, you know, why?")
    assert m.words == 5 and m.fillers == 2 and m.filler_rate == 40.0
    assert m.longest_silence == 3.0 and m.longest_silence_at == 2.0
    assert m.questions == 1 and 0 < m.talking_share < 0.5
    assert m.words_per_minute == pytest.approx(5 / (5.0 / 60), rel=0.01)
    empty = measure([], 3.0, "")
    assert empty.words == 0 and empty.longest_silence == 3.0


def test_without_the_extra_the_pages_say_how_to_enable_voice(web, monkeypatch):
    from pivotprep.mock import service

    monkeypatch.setattr(service, "voice_available", lambda: False)
    page = web.get("/mock/voice")
    assert "pip install" in page.text and "pivotprep[voice]" in page.text


def test_a_spoken_answer_is_transcribed_with_its_measures(tmp_path):
    need_voice()
    from pivotprep.mock.service import transcribe_bytes

    found = transcribe_bytes(spoken(tmp_path / "a.wav").read_bytes())
    text = found.text.lower()
    assert "start time" in text and "empty list" in text
    assert found.measures.questions == 1 and found.measures.words >= 20
    assert 100 < found.measures.words_per_minute < 300
    assert all(w.end >= w.start for w in found.words)


def test_bad_recordings_are_refused_with_a_reason(tmp_path):
    need_voice()
    from pivotprep.mock.service import transcribe_bytes

    with pytest.raises(ValidationError, match="silent"):
        transcribe_bytes(silent(tmp_path / "s.wav", 3).read_bytes())
    with pytest.raises(ValidationError, match="not an audio file"):
        transcribe_bytes(b"This is a text file, not a recording." * 50)
    with pytest.raises(InputTooLargeError, match="10 minutes"):
        transcribe_bytes(silent(tmp_path / "long.wav", 11 * 60).read_bytes())
    german = spoken(tmp_path / "de.wav", "Ich würde die Buchungen nach der Startzeit "
                    "sortieren und dann einmal durchgehen.", voice="de")  # fmt: skip
    with pytest.raises(ValidationError, match="English only"):
        transcribe_bytes(german.read_bytes())


def test_cli_and_web_transcribe_and_keep_a_voice_note(cli, web, tmp_path):
    need_voice()
    wav = spoken(tmp_path / "a.wav")
    data = json.loads(cli("mock", "transcribe", str(wav), "--json").stdout)
    assert "empty list" in data["text"].lower() and data["measures"]["questions"] == 1
    bad = cli("mock", "transcribe", str(silent(tmp_path / "s.wav", 2)))
    assert bad.exit_code == 2 and "silent" in bad.output
    started = web.post("/mock/rounds", data={"kind": "coding", "item": "merge-room-bookings"},
                       follow_redirects=False)  # fmt: skip
    round_id = started.headers["location"].rsplit("/", 1)[1]
    with wav.open("rb") as handle:
        answer = web.post("/mock/transcribe", data={"round": round_id},
                          files={"audio": ("a.wav", handle, "audio/wav")})  # fmt: skip
    assert answer.status_code == 200 and "start time" in answer.json()["text"].lower()
    page = web.get(f"/mock/rounds/{round_id}")
    assert "start time" in page.text.lower() and 'id="recorder"' in page.text
    assert "Spoken:" in page.text and "words per minute" in page.text
    refused = web.post("/mock/transcribe", files={"audio": ("x.wav", b"nope", "audio/wav")})
    assert refused.status_code == 422 and "not an audio file" in refused.json()["error"]
