"""Profile operations, called by the CLI, the web pages and other features.

This module is the profile's public surface: the stored profile and its snapshot for
other features (the plan), saving a profile from what a person typed, the form's values,
a summary for display, and the content the profile refers to (target roles, company
sizes, past domains) so no caller reaches into the feature's inner modules.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from pivotprep.core import clock
from pivotprep.core.errors import NextStep, NotFoundError
from pivotprep.profile.domains import DOMAINS, NO_DOMAIN
from pivotprep.profile.form import ProfileForm, blank_form, filled_form, past_roles_of
from pivotprep.profile.models import Profile
from pivotprep.profile.roles import (
    SIZE_IDS,
    CompanySize,
    Role,
    get_role,
    load_company_sizes,
    load_roles,
)
from pivotprep.profile.validation import (
    DEFAULT_HOURS,
    DEFAULT_MONTHS,
    PastRole,
    ProfileInput,
    field_problem,
    start_window,
    validate_profile,
    years_from,
)

__all__ = [
    "CareerBackground",
    "DEFAULT_HOURS",
    "DEFAULT_MONTHS",
    "DOMAINS",
    "NO_DOMAIN",
    "SIZE_IDS",
    "CompanySize",
    "PastRole",
    "ProfileForm",
    "ProfileInput",
    "ProfileSnapshot",
    "ProfileSummary",
    "Role",
    "career_background",
    "field_problem",
    "get_profile",
    "get_role",
    "load_company_sizes",
    "load_roles",
    "profile_form",
    "profile_summary",
    "require_profile",
    "profile_snapshot",
    "require_profile_snapshot",
    "save_profile",
    "snapshot",
    "start_window",
    "summarize",
    "target_role",
    "update_profile",
    "validate_profile",
    "years_from",
]


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
    """The profile's values, or None before there is a profile."""
    profile = get_profile(session)
    return snapshot(profile) if profile is not None else None


def require_profile_snapshot(session: Session) -> ProfileSnapshot:
    """The profile's values; NotFoundError (with what to do) when there is none."""
    return snapshot(require_profile(session))


def target_role(session: Session) -> Role | None:
    """The target role of the profile (its emphasis, skills, loops), None without one."""
    profile = get_profile(session)
    return None if profile is None else get_role(profile.target_role)


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


def update_profile(session: Session, **typed: object) -> Profile:
    """Check the fields as a person typed them (`validate_profile`'s names; a field left
    out or None takes its default) and save them. Raises `ValidationError` naming every
    bad field, saving nothing."""
    data = validate_profile(**typed, today=clock.today())
    return save_profile(session, data)


def profile_form(profile: Profile | None) -> ProfileForm:
    """The profile form's values: the stored profile's, or the defaults before one."""
    return blank_form(clock.today()) if profile is None else filled_form(profile)


@dataclass(frozen=True)
class ProfileSummary:
    """The profile as shown to its owner: the row, its target role, the company sizes it
    aims at (in order) and its past roles."""

    profile: Profile
    role: Role
    sizes: tuple[CompanySize, ...]
    past_roles: tuple[PastRole, ...]

    @property
    def loops(self) -> tuple[tuple[CompanySize, str], ...]:
        """The interview loop of the target role at each company size aimed at."""
        return tuple((size, self.role.interview_loops[size.id]) for size in self.sizes)


def profile_summary(session: Session) -> ProfileSummary:
    """The stored profile with its role and sizes; NotFoundError when there is none."""
    return summarize(require_profile(session))


def summarize(profile: Profile) -> ProfileSummary:
    """`profile` with its role and sizes, for a caller that has just read it."""
    sizes = load_company_sizes()
    return ProfileSummary(
        profile=profile,
        role=get_role(profile.target_role),
        sizes=tuple(sizes[s] for s in profile.company_sizes),
        past_roles=past_roles_of(profile),
    )


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
