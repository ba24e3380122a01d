"""The profile form's values as the person sees them: blank with the defaults, filled from
the stored profile, or as typed (kept when the form comes back with errors). Pure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pivotprep.profile.domains import NO_DOMAIN
from pivotprep.profile.models import Profile
from pivotprep.profile.validation import (
    DEFAULT_HOURS,
    DEFAULT_MONTHS,
    DEFAULT_SIZES,
    PastRole,
    format_past_roles,
)


@dataclass(frozen=True)
class ProfileForm:
    """Every field of the profile form, as text (company sizes: the ids ticked)."""

    target_role: str = ""
    company_sizes: tuple[str, ...] = DEFAULT_SIZES
    hours_per_week: str = str(DEFAULT_HOURS)
    timeline_months: str = str(DEFAULT_MONTHS)
    start_date: str = ""
    past_roles: str = ""
    domain: str = NO_DOMAIN
    years_experience: str = "0"
    name: str = ""


def blank_form(today: date) -> ProfileForm:
    """The form before any profile exists: the defaults, starting today."""
    return ProfileForm(start_date=today.isoformat())


def past_roles_of(profile: Profile) -> tuple[PastRole, ...]:
    """The stored past roles as typed values."""
    return tuple(
        PastRole(str(r["title"]), str(r["domain"]), float(r["years"]))
        for r in profile.past_roles or ()
    )


def filled_form(profile: Profile) -> ProfileForm:
    """The form showing the stored profile, past roles written as they are typed."""
    return ProfileForm(
        target_role=profile.target_role,
        company_sizes=tuple(profile.company_sizes),
        hours_per_week=str(profile.hours_per_week),
        timeline_months=str(profile.timeline_months),
        start_date=profile.start_date.isoformat(),
        past_roles=format_past_roles(past_roles_of(profile)),
        domain=profile.domain,
        years_experience=str(profile.years_experience),
        name=profile.name,
    )
