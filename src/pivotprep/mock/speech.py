"""Measures of spoken answers from word timestamps. Pure.

Words per minute over the time spent speaking, fillers per 100 words, the longest silence
(between words, or before the first and after the last), the share of the recording spent
talking, and the questions asked (sentences ending in "?").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

PAUSE = 0.6  # seconds: a gap between words longer than this is silence, not speech
FILLERS = frozenset({"um", "uh", "erm", "er", "ah", "hmm", "mm", "basically", "like"})
FILLER_PAIRS = frozenset({("you", "know"), ("kind", "of"), ("sort", "of"), ("i", "mean")})
_TOKEN = re.compile(r"[a-z']+")


@dataclass(frozen=True)
class Word:
    start: float
    end: float
    text: str
    probability: float = 1.0


@dataclass(frozen=True)
class SpeechMeasures:
    duration: float
    words: int
    words_per_minute: float
    fillers: int
    filler_rate: float  # per 100 words
    longest_silence: float
    longest_silence_at: float
    talking_share: float  # 0..1
    questions: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _tokens(words: Sequence[Word]) -> list[str]:
    return [t for w in words for t in _TOKEN.findall(w.text.lower())]


def count_fillers(words: Sequence[Word]) -> int:
    tokens = _tokens(words)
    single = sum(1 for t in tokens if t in FILLERS)
    pairs = sum(1 for a, b in zip(tokens, tokens[1:], strict=False) if (a, b) in FILLER_PAIRS)
    return single + pairs


def _silences(words: Sequence[Word], duration: float) -> list[tuple[float, float]]:
    """(length, where) of every silence: before, between and after the words."""
    if not words:
        return [(duration, 0.0)]
    out = [(words[0].start, 0.0)]
    out += [(b.start - a.end, a.end) for a, b in zip(words, words[1:], strict=False)]
    out.append((max(0.0, duration - words[-1].end), words[-1].end))
    return out


def measure(words: Sequence[Word], duration: float, text: str) -> SpeechMeasures:
    """The measures of a transcript whose words carry timestamps (seconds)."""
    silences = _silences(words, duration)
    longest, where = max(silences)
    speaking = sum(gap for gap, _ in silences[1:-1] if gap <= PAUSE)
    speaking += sum(max(0.0, w.end - w.start) for w in words)
    span = (words[-1].end - words[0].start) if words else 0.0
    fillers = count_fillers(words)
    count = len(words)
    return SpeechMeasures(
        duration=round(duration, 2),
        words=count,
        words_per_minute=round(count / (span / 60), 1) if span > 0 else 0.0,
        fillers=fillers,
        filler_rate=round(100 * fillers / count, 1) if count else 0.0,
        longest_silence=round(longest, 2),
        longest_silence_at=round(where, 2),
        talking_share=round(min(1.0, speaking / duration), 2) if duration > 0 else 0.0,
        questions=text.count("?"),
    )
