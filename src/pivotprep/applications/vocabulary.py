"""The feature's fixed words: company size bands, application stages and channels, read
from what a person or another tool writes ("50-500", "Wishlist", "LinkedIn").

Pure: strings in, ids or labels out; ValueError naming what is accepted.
"""

from __future__ import annotations

import re

from pivotprep.applications.content import CHANNELS, STAGES, columns, size_bands

SIZE_WORDS = {
    "<50": "small",
    "small": "small",
    "startup": "small",
    "50-500": "mid",
    "mid": "mid",
    "medium": "mid",
    "500+": "large",
    "large": "large",
    "enterprise": "large",
}
SIZE_SHORT = {"small": "<50", "mid": "50-500", "large": "500+"}
STAGE_LABELS = {
    "saved": "Saved",
    "researched": "Researched",
    "referral_asked": "Referral asked",
    "applied": "Applied",
    "screen": "Screen",
    "technical": "Technical",
    "onsite": "Onsite",
    "offer": "Offer",
    "rejected": "Rejected",
    "withdrawn": "Withdrawn",
}
CHANNEL_LABELS = {
    "referral": "Referral",
    "recruiter": "Recruiter",
    "cold": "Cold application",
    "job_board": "Job board",
    "": "Not recorded",
}
CLOSED = frozenset({"offer", "rejected", "withdrawn"})
AFTER_APPLIED = frozenset(STAGES[STAGES.index("applied") + 1 :]) - {"withdrawn"}


def _word(text: str) -> str:
    return re.sub(r"[^0-9a-z<+]+", " ", str(text or "").casefold()).strip()


def parse_size(text: str) -> str:
    key = re.sub(r"\s+", "", str(text or "").casefold()).replace("people", "")
    if key in SIZE_WORDS:
        return SIZE_WORDS[key]
    raise ValueError(f"Unknown company size {str(text)[:40]!r}: use <50, 50-500 or 500+.")


def size_label(size: str) -> str:
    return size_bands().get(size, size)


def _lookup(text: str, table: dict[str, tuple[str, ...]], what: str, known: tuple[str, ...]) -> str:
    word = _word(text)
    for name in known:
        if word in (_word(name), *(_word(w) for w in table.get(name, ()))):
            return name
    shown = ", ".join(n.replace("_", " ") for n in known)
    raise ValueError(f"Unknown {what} {str(text)[:40]!r}: use one of {shown}.")


def parse_stage(text: str) -> str:
    return _lookup(text, columns().stages, "stage", STAGES)


def parse_channel(text: str) -> str:
    """A channel id, or "" for an empty value (not recorded)."""
    if not str(text or "").strip():
        return ""
    return _lookup(text, columns().channels, "channel", CHANNELS)
