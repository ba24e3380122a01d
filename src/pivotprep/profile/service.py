"""Profile operations, called by the CLI and the web alike."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from pivotprep.core.errors import NextStep, NotFoundError
from pivotprep.profile.models import Profile
from pivotprep.profile.validation import ProfileInput


def get_profile(session: Session) -> Profile | None:
    return session.scalars(select(Profile).order_by(Profile.id).limit(1)).first()


def require_profile(session: Session) -> Profile:
    profile = get_profile(session)
    if profile is None:
        raise NotFoundError("No profile yet.", next_step=NextStep("profile.create"))
    return profile


@dataclass(frozen=True)
class ProfileSnapshot:
    """The profile values other features read (the plan), as plain values."""

    id: int
    target_role: str
    company_sizes: tuple[str, ...]
    hours_per_week: int
    timeline_months: int
    start_date: date


def snapshot(profile: Profile) -> ProfileSnapshot:
    return ProfileSnapshot(
        id=profile.id,
        target_role=profile.target_role,
        company_sizes=tuple(profile.company_sizes or ()),
        hours_per_week=profile.hours_per_week,
        timeline_months=profile.timeline_months,
        start_date=profile.start_date,
    )


def profile_snapshot(session: Session) -> ProfileSnapshot | None:
    profile = get_profile(session)
    return None if profile is None else snapshot(profile)


def require_profile_snapshot(session: Session) -> ProfileSnapshot:
    """The profile's values; NotFoundError (with what to do) when there is none."""
    return snapshot(require_profile(session))


def save_profile(session: Session, data: ProfileInput) -> Profile:
    """Create the profile, or update it in place. Returns the stored row."""
    profile = get_profile(session) or Profile()
    profile.name = data.name
    profile.domain = data.domain
    profile.years_experience = data.years_experience
    profile.past_roles = [asdict(role) for role in data.past_roles]
    profile.target_role = data.target_role
    profile.company_sizes = list(data.company_sizes)
    profile.hours_per_week = data.hours_per_week
    profile.timeline_months = data.timeline_months
    profile.start_date = data.start_date
    session.add(profile)
    session.flush()
    return profile


@dataclass(frozen=True)
class CareerBackground:
    """The candidate's past, as the applications feature reads it: the name that signs an
    outreach message, past role titles (as typed, first is the latest) and the employers
    named in them ("Financial analyst at Northwind Bank" or "... @ Northwind Bank" names
    Northwind Bank; "Head of data at scale" names none, as an employer starts with a capital
    or a digit), which find former colleagues among the candidate's contacts."""

    name: str
    past_roles: tuple[str, ...]
    past_employers: tuple[str, ...]


_EMPLOYER_IN_TITLE = re.compile(r"\s(?:at|@)\s+(\S.*)$")


def career_background(session: Session) -> CareerBackground | None:
    """The profile's name, past role titles and the employers they name; None before a
    profile exists."""
    profile = get_profile(session)
    if profile is None:
        return None
    titles: list[str] = []
    employers: list[str] = []
    for role in profile.past_roles or []:
        title = " ".join(str(role.get("title", "")).split()) if isinstance(role, dict) else ""
        if not title:
            continue
        found = _EMPLOYER_IN_TITLE.search(title)
        if found and (found.group(1)[0].isupper() or found.group(1)[0].isdigit()):
            employers.append(found.group(1).strip())
            title = title[: found.start()].strip()
        titles.append(title)
    unique = tuple(dict.fromkeys(employers))
    return CareerBackground(profile.name or "", tuple(titles), unique)
