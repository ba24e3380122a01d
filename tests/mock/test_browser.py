"""The voice path in a real browser: espeak-ng speaks a known answer into a WAV file that
Debian's chromium plays as its microphone; the page records it with MediaRecorder, the
server transcribes it offline, and the page shows the transcript and its measures."""

from __future__ import annotations

import pytest

from tests.browser import ARGS, CHROMIUM, served_app
from tests.conftest import need
from tests.mock.voice_fixtures import need_voice, spoken


@pytest.mark.browser
def test_the_microphone_answer_is_transcribed_on_the_page(tmp_path):
    need_voice()
    need(CHROMIUM.exists(), "Debian's chromium is not installed at /usr/bin/chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        need(False, "the playwright package is not installed")
        return
    wav = spoken(tmp_path / "answer.wav")
    fake = ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
            f"--use-file-for-fake-audio-capture={wav}"]  # fmt: skip
    with served_app(tmp_path / "home") as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS + fake)
        try:
            page = browser.new_page()
            page.goto(url + "/mock/voice")
            page.click("#rec-start")
            page.wait_for_selector("#rec-state:has-text('Recording')")
            page.wait_for_timeout(9000)  # the clip lasts about 8 s (a wait for audio, not a check)
            page.click("#rec-stop")
            page.wait_for_selector("#rec-result:not([hidden])", timeout=120_000)
            text = page.inner_text("#rec-text").lower()
            assert "start time" in text or "empty list" in text
            assert "words per minute" in page.inner_text("#rec-measures")
        finally:
            browser.close()


@pytest.mark.browser
def test_a_typed_round_in_the_browser_clock_questions_and_close(tmp_path):
    from tests.browser import chromium

    with served_app(tmp_path / "home") as url, chromium() as browser:
        # bypass_csp: wait_for_function evaluates a string, which the app's CSP forbids
        page = browser.new_page(bypass_csp=True)
        page.goto(url + "/mock")
        page.select_option("form[action='/mock/rounds'] select[name=kind]", "coding")
        page.fill("form[action='/mock/rounds'] input[name=item]", "merge-room-bookings")
        page.click("form[action='/mock/rounds'] button[type=submit]")
        page.wait_for_selector("#mock-clock")
        first = page.inner_text(".clock-face")
        page.wait_for_function(
            "document.querySelector('.clock-face').textContent !== " + repr(first)
        )
        page.fill("input[name=question]", "How many bookings can there be?")
        page.click("form[action$='/ask'] button")
        page.wait_for_selector(".mock-said:has-text('10^5')")
        page.fill("textarea[name=questions]", "How does the team review code?")
        page.click("form[action$='/close'] button")
        page.wait_for_selector(".mock-advance")
        assert "Technical" in page.inner_text("main")
