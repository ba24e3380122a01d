"""Which rounds a loop holds, by company size, the role's emphasis and the candidate's level.
Pure: the items that fill each round are chosen in `assembly.py`.

<50 people: a hands-on coding session and a conversation with a founder. 50-500: coding,
system design from mid-level up, behavioral. 500+: two coding rounds, a dedicated design
round from mid-level up, and an extensive behavioral part (two rounds).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pivotprep.core.errors import ValidationError

KINDS = ("coding", "sql", "design", "behavioral", "take-home")
LEVELS = ("junior", "mid", "senior")
ROUND_SOURCES = ("app", "peer")  # a round the app ran, or one with real people
SIZE_LABELS = {"small": "<50", "mid": "50-500", "large": "500+"}
_SIZE_WORDS = {
    "<50": "small",
    "1-50": "small",
    "small": "small",
    "50-500": "mid",
    "mid": "mid",
    "500+": "large",
    ">500": "large",
    "large": "large",
}


@dataclass(frozen=True)
class RoundSpec:
    """One round to fill: its kind, its name in the loop, its length and what it draws on."""

    kind: str
    title: str
    minutes: int
    why: str
    difficulties: tuple[str, ...] = ()  # coding and SQL rounds
    question_kinds: tuple[str, ...] = ()  # behavioral rounds: general, career-change, company-size
    track: str = ""  # design rounds: ml, data, classic


def parse_size(text: object) -> str:
    """A company size as typed ("<50", "50-500", "500+" or small/mid/large) -> its id."""
    key = str(text or "").strip().lower().replace(" ", "")
    if key in _SIZE_WORDS:
        return _SIZE_WORDS[key]
    raise ValidationError(
        f"Unknown company size {str(text)[:40]!r}: use <50, 50-500 or 500+.", field="size"
    )


def parse_level(text: object) -> str:
    key = str(text or "").strip().lower()
    if key in LEVELS:
        return key
    raise ValidationError(
        f"Unknown level {str(text)[:40]!r}: use one of {', '.join(LEVELS)}.", field="level"
    )


def parse_kind(text: object) -> str:
    key = str(text or "").strip().lower()
    if key in KINDS:
        return key
    raise ValidationError(
        f"Unknown round kind {str(text)[:40]!r}: use one of {', '.join(KINDS)}.", field="kind"
    )


def _coding_kind(emphasis: Mapping[str, float]) -> str:
    return "sql" if emphasis.get("sql", 0) > emphasis.get("dsa", 0) else "coding"


def _second_coding_kind(emphasis: Mapping[str, float]) -> str:
    first = _coding_kind(emphasis)
    other = "coding" if first == "sql" else "sql"
    share = emphasis.get("dsa" if other == "coding" else "sql", 0)
    return other if share >= 0.15 else first


def design_track(emphasis: Mapping[str, float]) -> str:
    """ML roles get ML systems, SQL-heavy roles data engineering, the rest classic design
    (the design feature's rule)."""
    from pivotprep.design import service as design

    return design.track_for(emphasis)


# The rounds of each size: (kind, title, minutes, why, difficulties or question kinds).
# Kind "first" is the role's main coding language (code or SQL), "second" its other one
# when the role uses it; "design" rounds are kept from mid-level up for roles that have them.
_ROUNDS: dict[str, tuple[tuple[str, str, int, str, tuple[str, ...]], ...]] = {
    "small": (
        ("first", "Hands-on coding", 60, "Small teams test whether you can ship on day one, "
         "on something close to their work.", ("easy", "medium")),
        ("behavioral", "Founder conversation", 30, "A founder asks why you, why a small "
         "team, and how you work.", ("career-change", "company-size")),
    ),
    "mid": (
        ("first", "Coding", 45, "The defined loop opens with a coding round.",
         ("easy", "medium")),
        ("design", "System design", 45, "A design round from mid-level up.", ()),
        ("behavioral", "Behavioral", 30, "One behavioral round on past situations.",
         ("general", "company-size")),
    ),
    "large": (
        ("first", "Coding 1", 45, "Structured loops run two coding rounds.", ("easy", "medium")),
        ("second", "Coding 2", 45, "The second coding round is harder, or in the role's "
         "other language.", ("medium", "hard")),
        ("design", "System design", 60, "A dedicated, longer design round from mid-level up.",
         ()),
        ("behavioral", "Structured behavioral", 45, "Scored on a rubric, with follow-ups "
         "that probe details.", ("general",)),
        ("behavioral", "Behavioral: motivation", 30, "Why this role, this company, the "
         "change.", ("career-change", "company-size")),
    ),
}  # fmt: skip


def _with_design(emphasis: Mapping[str, float], level: str) -> bool:
    """From mid-level up, for roles whose loops have a design round (not data analysts)."""
    return level != "junior" and (
        emphasis.get("system_design", 0) >= 0.1 or emphasis.get("ml", 0) >= 0.3
    )


TAKE_HOME = RoundSpec(
    "take-home",
    "Take-home, then a walkthrough",
    240,
    "Instead of live coding, many small teams send a take-home brief with a 4-hour "
    "clock, try the result the way a reviewer does (install, tests, run, bad input), then "
    "ask you to walk them through it: the follow-ups are that walkthrough.",
)


def loop_specs(
    size: str, emphasis: Mapping[str, float], level: str, *, take_home: bool = False
) -> list[RoundSpec]:
    """The rounds of a loop, in the order they are run (a small company's hands-on coding
    round becomes a take-home with `take_home`)."""
    kinds = {"first": _coding_kind(emphasis), "second": _second_coding_kind(emphasis)}
    rounds = []
    for kind, title, minutes, why, draws in _ROUNDS[size]:
        if kind == "design":
            if _with_design(emphasis, level):
                rounds.append(RoundSpec(kind, title, minutes, why, track=design_track(emphasis)))
        elif kind == "behavioral":
            rounds.append(RoundSpec(kind, title, minutes, why, question_kinds=draws))
        elif take_home and size == "small":
            rounds.append(TAKE_HOME)
        else:
            rounds.append(RoundSpec(kinds[kind], title, minutes, why, difficulties=draws))
    return rounds


def single_spec(kind: str, minutes: int | None = None) -> RoundSpec:
    """One round run on its own (not part of a loop)."""
    if kind == "take-home":
        if minutes not in (None, TAKE_HOME.minutes):
            raise ValidationError(
                "A take-home round runs on the 4-hour clock of its brief.", field="minutes"
            )
        return TAKE_HOME
    defaults = {"coding": 45, "sql": 45, "design": 45, "behavioral": 30}
    titles = {
        "coding": "Coding",
        "sql": "SQL",
        "design": "System design",
        "behavioral": "Behavioral",
    }
    length = minutes or defaults[kind]
    if not 5 <= length <= 240:
        raise ValidationError("A round lasts 5 to 240 minutes.", field="minutes")
    return RoundSpec(
        kind,
        titles[kind],
        length,
        "A single round.",
        difficulties=("easy", "medium") if kind in ("coding", "sql") else (),
        question_kinds=("general", "career-change") if kind == "behavioral" else (),
        track="classic" if kind == "design" else "",
    )
