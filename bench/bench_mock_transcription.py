"""Voice mode: word error rate on espeak-ng clips of known text, and the real-time factor on
this machine, for the shipped settings (greedy decoding) beside beam search (beam 5)
measured in the same run.

12 sentences written for pivotprep, of the kind said in an interview, are spoken by Debian's
espeak-ng (a synthetic voice: real voices will differ) and transcribed offline by the
Whisper tiny.en model of the voice extra. Needs the extra and espeak-ng; says so otherwise.

    python bench/bench_mock_transcription.py
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCES = (
    "I would start by asking how large the input can get.",
    "Sorting the bookings first makes the merge a single pass.",
    "What happens when the list is empty?",
    "The hash map keeps the last index where each value was seen.",
    "I would test an empty string, a single character and a very long input.",
    "Tell me more about how the team reviews code.",
    "We cut the delivery delays by half over two months.",
    "The cache sits in front of the database and absorbs most reads.",
    "My first idea is quadratic, so let me look for something better.",
    "I led the migration and trained two colleagues on the new system.",
    "If traffic grows tenfold, the write path gives way first.",
    "Do you have questions for us before we finish?",
)
_WORD = re.compile(r"[a-z']+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("-", " "))


def edits(ref: list[str], hyp: list[str]) -> int:
    """Word-level Levenshtein distance."""
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, start=1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, start=1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[-1]


def run(clips: list[tuple[str, bytes]], beam: int) -> tuple[float, float]:
    """(word error rate, real-time factor) over the clips with `beam`."""
    from pivotprep.mock.voice import SAMPLE_RATE, _model, decode

    model = _model()
    errors = total = 0
    audio_seconds = compute = 0.0
    for text, data in clips:
        audio = decode(data)
        started = time.perf_counter()
        segments, _ = model.transcribe(
            audio, language="en", beam_size=beam, condition_on_previous_text=False, temperature=0.0
        )
        said = " ".join(s.text for s in segments)
        compute += time.perf_counter() - started
        audio_seconds += audio.size / SAMPLE_RATE
        errors += edits(words(text), words(said))
        total += len(words(text))
    return errors / total, compute / audio_seconds


def main() -> int:
    from pivotprep.mock.voice import available

    if not available() or shutil.which("espeak-ng") is None:
        print("skipped: needs the voice extra (pip install '.[voice]') and Debian's espeak-ng")
        return 0
    clips = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, text in enumerate(SENTENCES):
            path = Path(tmp) / f"{n}.wav"
            subprocess.run(["espeak-ng", "-w", str(path), text], check=True, timeout=60)
            clips.append((text, path.read_bytes()))
    run(clips[:1], 1)  # load the model and warm up
    print(f"clips: {len(clips)} espeak-ng sentences, {sum(len(words(t)) for t, _ in clips)} words")
    print(f"{'':30} {'WER':>6} {'RTF':>6}")
    for name, beam in (("shipped (greedy, beam 1)", 1), ("baseline: beam search 5", 5)):
        wer, rtf = run(clips, beam)
        print(f"{name:30} {wer:6.1%} {rtf:6.3f}")
    print("RTF: seconds of compute per second of audio on this machine (2 CPU threads).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
