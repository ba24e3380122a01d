"""Fill a loop's rounds with items from the practice banks, preferring items the learner
has not seen: coding and SQL problems never started, design prompts never sessioned,
behavioral questions never practised, take-home briefs of the role never attempted, and
nothing used in an earlier mock. Reads the
other features only through their services.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pivotprep.core.errors import NextStep, NotFoundError, ValidationError
from pivotprep.mock.loops import LEVELS, RoundSpec, loop_specs, parse_level, parse_size
from pivotprep.mock.models import MockLoop, MockRound


@dataclass(frozen=True)
class Item:
    id: str
    title: str
    seen: bool


@dataclass(frozen=True)
class PlannedRound:
    spec: RoundSpec
    item: Item


@dataclass(frozen=True)
class LoopPlan:
    size: str
    role: str
    role_title: str
    level: str
    rounds: tuple[PlannedRound, ...]

    @property
    def minutes(self) -> int:
        return sum(r.spec.minutes for r in self.rounds)


def _order(ids: Iterable[str], salt: int) -> list[str]:
    """A stable shuffle: the same history gives the same loop, a new loop a new order."""
    return sorted(ids, key=lambda i: hashlib.sha256(f"{salt}:{i}".encode()).hexdigest())


def _mocked(session: Session) -> set[str]:
    return set(session.scalars(select(MockRound.item_id).where(MockRound.source == "app")))


def _problem_items(session: Session, spec: RoundSpec) -> list[tuple[str, str, bool]]:
    from pivotprep.practice import service as practice

    kind = "sql" if spec.kind == "sql" else "code"
    rows = [p for p in practice.catalogue(kind=kind).rows if p.difficulty in spec.difficulties]
    return [(p.id, p.title, False) for p in rows]


def _seen_problem(session: Session, problem_id: str) -> bool:
    from pivotprep.practice import service as practice

    return practice.attempt_state(session, problem_id).started


def _design_items(session: Session, spec: RoundSpec) -> list[tuple[str, str, bool]]:
    from pivotprep.design import service as design

    return [(p.id, p.title, p.sessions > 0) for p in design.list_prompts(session, spec.track)]


def _behavioral_items(session: Session, spec: RoundSpec, size: str) -> list[tuple[str, str, bool]]:
    from pivotprep.stories import service as stories

    practised = {a.question_id for a in stories.history(session).attempts}
    out = []
    for kind in spec.question_kinds:
        found = stories.find_questions(kind=kind, size=size if kind == "company-size" else None)
        out += [(q.id, q.text, q.id in practised) for q in found]
    return out


def _brief_items(session: Session, role: str | None) -> list[tuple[str, str, bool]]:
    """The take-home briefs of the role (every brief for a role that has none)."""
    from pivotprep.portfolio import service as portfolio

    tried = {t.brief.id for t in portfolio.takehomes(session, limit=500)}
    briefs = portfolio.list_briefs(role) if role in portfolio.ROLES else []
    return [(b.id, b.title, b.id in tried) for b in briefs or portfolio.list_briefs()]


def candidates(
    session: Session, spec: RoundSpec, size: str, role: str | None = None
) -> list[tuple[str, str, bool]]:
    """(id, title, seen elsewhere) of every item that can fill the round."""
    if spec.kind in ("coding", "sql"):
        return _problem_items(session, spec)
    if spec.kind == "design":
        return _design_items(session, spec)
    if spec.kind == "take-home":
        return _brief_items(session, role)
    return _behavioral_items(session, spec, size)


def choose(
    session: Session,
    spec: RoundSpec,
    size: str,
    taken: set[str],
    salt: int,
    role: str | None = None,
) -> Item:
    """The first unseen item in a stable shuffled order, else the first not taken."""
    rows = {i: (title, seen) for i, title, seen in candidates(session, spec, size, role)}
    if not rows:
        raise NotFoundError(f"The banks hold nothing for a {spec.title.lower()} round.")
    mocked = _mocked(session)
    order = [i for i in _order(rows, salt) if i not in taken]
    for item_id in order:
        title, seen = rows[item_id]
        if seen or item_id in mocked:
            continue
        if spec.kind in ("coding", "sql") and _seen_problem(session, item_id):
            continue
        return Item(item_id, title, False)
    item_id = order[0] if order else _order(rows, salt)[0]
    return Item(item_id, rows[item_id][0], True)


def resolve_role(session: Session, role: str | None) -> tuple[str, str, dict[str, float]]:
    """(role id, title, emphasis) of the role asked for, else the profile's target role."""
    from pivotprep.profile import service as profile

    if not role:
        saved = profile.get_profile(session)
        if saved is None:
            raise ValidationError(
                "No profile yet, so no target role: name a role, or create a profile.",
                field="role",
                next_step=NextStep("profile.create"),
            )
        role = saved.target_role
    found = profile.get_role(role)
    return found.id, found.title, found.emphasis.model_dump()


def profile_role(session: Session) -> str | None:
    """The profile's target role, or None without a profile."""
    from pivotprep.profile import service as profile

    saved = profile.get_profile(session)
    return saved.target_role if saved else None


def default_size(session: Session, size: str | None) -> str:
    """The size asked for, else the profile's first target size, else 50-500."""
    from pivotprep.profile import service as profile

    if size:
        return parse_size(size)
    saved = profile.get_profile(session)
    sizes = list(saved.company_sizes) if saved else []
    return parse_size(sizes[0]) if sizes else "mid"


def plan_loop(
    session: Session,
    size: str | None,
    role: str | None = None,
    level: str | None = None,
    *,
    take_home: bool = False,
) -> LoopPlan:
    """The rounds a loop for this size, role and level holds, each with its item."""
    size_id = default_size(session, size)
    role_id, title, emphasis = resolve_role(session, role)
    level_id = parse_level(level or LEVELS[1])
    salt = int(session.scalar(select(func.count()).select_from(MockLoop)) or 0)
    taken: set[str] = set()
    rounds = []
    for spec in loop_specs(size_id, emphasis, level_id, take_home=take_home):
        item = choose(session, spec, size_id, taken, salt, role_id)
        taken.add(item.id)
        rounds.append(PlannedRound(spec, item))
    return LoopPlan(size_id, role_id, title, level_id, tuple(rounds))
