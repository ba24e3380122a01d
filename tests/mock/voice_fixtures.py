"""Recordings for the voice tests, made on the spot: a spoken answer by Debian's espeak-ng
(known text), silence, and an over-long file. Tests using them `need` the voice extra and
espeak-ng (skipped on a laptop without them, failing under CI=true)."""

from __future__ import annotations

import shutil
import subprocess
import wave
from pathlib import Path

from tests.conftest import need

ANSWER = (
    "I would sort the bookings by start time, then walk through them once. "
    "What happens if the list is empty? Then I return an empty list."
)


def need_voice() -> None:
    from pivotprep.mock.service import voice_available

    need(voice_available(), "the voice extra is not installed (pip install '.[voice]')")
    need(shutil.which("espeak-ng") is not None, "Debian's espeak-ng is not installed")


def spoken(path: Path, text: str = ANSWER, voice: str = "en") -> Path:
    """`text` spoken by espeak-ng into a WAV file."""
    subprocess.run(["espeak-ng", "-v", voice, "-w", str(path), text], check=True, timeout=60)
    return path


def silent(path: Path, seconds: float, rate: int = 8000) -> Path:
    """A WAV of digital silence (8-bit unsigned: 128 is zero)."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(1)
        out.setframerate(rate)
        out.writeframes(bytes([128]) * int(seconds * rate))
    return path
