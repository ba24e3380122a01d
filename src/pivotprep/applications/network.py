"""Your side of the network: past employers (from the profile, plus any you add), schools
and the project you cite in messages; and the warm paths they open into each target.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pivotprep.applications import fields
from pivotprep.applications.company_names import keys_for, match_key
from pivotprep.applications.models import Background, Company, Contact
from pivotprep.applications.rows import rows
from pivotprep.applications.warm_paths import Person, WarmPath, introducers, paths_into
from pivotprep.core.errors import ValidationError


@dataclass(frozen=True)
class BackgroundView:
    employers: tuple[str, ...]  # added here
    profile_employers: tuple[str, ...]  # named in the profile's past roles
    schools: tuple[str, ...]
    project: str
    name: str  # from the profile
    past_role: str  # the profile's latest past role
    target_role: str  # the profile's target role id, "" without a profile

    @property
    def all_employers(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((*self.profile_employers, *self.employers)))

    def employer_keys(self) -> dict[str, str]:
        return {match_key(e): e for e in self.all_employers if match_key(e)}

    def school_keys(self) -> dict[str, str]:
        return {match_key(s): s for s in self.schools if match_key(s)}


def _row(session: Session) -> Background | None:
    return session.scalars(select(Background).order_by(Background.id).limit(1)).first()


def background(session: Session) -> BackgroundView:
    from pivotprep.profile.service import career_background, profile_snapshot

    row = _row(session)
    career = career_background(session)
    snapshot = profile_snapshot(session)
    return BackgroundView(
        tuple(row.employers) if row else (),
        career.past_employers if career else (),
        tuple(row.schools) if row else (),
        row.project if row else "",
        career.name if career else "",
        career.past_roles[0] if career and career.past_roles else "",
        snapshot.target_role if snapshot else "",
    )


def set_background(
    session: Session,
    *,
    employers: Sequence[str] | None = None,
    schools: Sequence[str] | None = None,
    project: str | None = None,
) -> BackgroundView:
    """Replace what is given (None keeps the current value)."""
    row = _row(session) or Background(employers=[], schools=[], project="")
    try:
        if employers is not None:
            row.employers = fields.items(list(employers), "Past employers", limit=200, most=30)
        if schools is not None:
            row.schools = fields.items(list(schools), "Schools", limit=200, most=10)
        if project is not None:
            row.project = fields.line(project, "The project", 300)
    except ValueError as bad:
        raise ValidationError(str(bad)) from None
    session.add(row)
    session.flush()
    return background(session)


PERSON_COLUMNS = (
    Contact.id,
    Contact.first_name,
    Contact.last_name,
    Contact.email,
    Contact.url,
    Contact.position,
    Contact.company_key,
)


def _person(contact: Any, *, employers: bool = True, schools: bool = True) -> Person:
    """A contact (ORM object or row of PERSON_COLUMNS, with past companies and schools
    when asked) as warm_paths sees it."""
    name = " ".join(p for p in (contact.first_name, contact.last_name) if p)
    return Person(
        contact.id,
        name or contact.email or contact.url or f"contact #{contact.id}",
        contact.position,
        contact.company_key,
        frozenset(match_key(c) for c in contact.past_companies or ()) if employers else frozenset(),
        frozenset(match_key(s) for s in contact.schools or ()) if schools else frozenset(),
    )


def people_at(
    session: Session, keys: Iterable[str], *, employers: bool = True, schools: bool = True
) -> list[Person]:
    """Your contacts whose company has one of these keys, in one query; their past
    employers and schools are read only when you have some to compare them with."""
    wanted = sorted(set(keys))
    if not wanted:
        return []
    columns = [
        *PERSON_COLUMNS,
        *([Contact.past_companies] if employers else []),
        *([Contact.schools] if schools else []),
    ]
    found = rows(session, select(*columns).where(Contact.company_key.in_(wanted)))
    return [_person(c, employers=employers, schools=schools) for c in found]


def paths_by_company(
    session: Session, companies: Sequence[Company], view: BackgroundView
) -> dict[int, list[WarmPath]]:
    """Each target's warm paths (company id -> paths), with one query for all contacts."""
    keys = {c.id: keys_for(c.name, c.aliases) for c in companies}
    employers, schools = view.employer_keys(), view.school_keys()
    by_key: dict[str, list[Person]] = {}
    everyone = people_at(
        session,
        {k for ks in keys.values() for k in ks},
        employers=bool(employers),
        schools=bool(schools),
    )
    for person in everyone:
        by_key.setdefault(person.company_key, []).append(person)
    return {
        company_id: paths_into(
            company_keys,
            [p for k in company_keys for p in by_key.get(k, ())],
            employers=employers,
            schools=schools,
        )
        for company_id, company_keys in keys.items()
    }


def vouchers(session: Session, view: BackgroundView) -> list[Person]:
    """Contacts still at one of your past employers: they can vouch for you anywhere."""
    employers = view.employer_keys()
    return introducers(people_at(session, employers, schools=False), employers)
