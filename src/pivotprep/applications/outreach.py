"""Outreach to contacts: the log per contact, the message for the next step, the
follow-ups due (and their calendar file).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pivotprep.applications import fields
from pivotprep.applications.company_names import build_index
from pivotprep.applications.contacts import contact_name, get_contact
from pivotprep.applications.content import outreach as outreach_content
from pivotprep.applications.content import step as content_step
from pivotprep.applications.content import templates
from pivotprep.applications.messages import Message, render
from pivotprep.applications.models import Company, Contact, Outreach
from pivotprep.applications.network import background
from pivotprep.applications.reminders import CalendarEntry, FollowUp, Touch, follow_ups, to_ics
from pivotprep.applications.rows import rows
from pivotprep.core.clock import now, today
from pivotprep.core.errors import NotFoundError, ValidationError

NEXT_TEMPLATE = {
    None: "ask-chat",
    "ask": "follow-up",
    "follow_up": "follow-up",
    "reply": "ask-referral",
    "referred": "thank-referral",
}


@dataclass(frozen=True)
class OutreachEntry:
    id: int
    contact_id: int
    step: str
    label: str
    kind: str
    on: date
    note: str


@dataclass(frozen=True)
class FollowUpDue:
    contact_id: int
    contact_name: str
    company: str
    due: date
    number: int
    of: int
    asked_on: date
    overdue: bool


@dataclass(frozen=True)
class ContactView:
    contact: Contact
    name: str
    target_id: int | None
    target_name: str
    entries: tuple[OutreachEntry, ...]
    next_follow_up: FollowUp | None
    suggested_template: str


def _entry(row: Any) -> OutreachEntry:
    found = content_step(row.step)
    label, kind = (found.label, found.kind) if found else (row.step, "note")
    return OutreachEntry(row.id, row.contact_id, row.step, label, kind, row.on_date, row.note)


def _targets(session: Session) -> tuple[dict[str, int], dict[int, Any]]:
    """Target companies' keys -> id, and id -> (id, name, aliases) rows."""
    found = rows(session, select(Company.id, Company.name, Company.aliases))
    companies = {c.id: c for c in found}
    return build_index({i: (c.name, c.aliases) for i, c in companies.items()}), companies


def entries_for(session: Session, contact_ids: list[int] | None = None) -> list[OutreachEntry]:
    query = select(
        Outreach.id, Outreach.contact_id, Outreach.step, Outreach.on_date, Outreach.note
    ).order_by(Outreach.contact_id, Outreach.on_date, Outreach.id)
    if contact_ids is not None:
        query = query.where(Outreach.contact_id.in_(contact_ids))
    return [_entry(r) for r in rows(session, query)]


def log_outreach(
    session: Session, contact_id: int, step: str, *, on: object = None, note: str = ""
) -> OutreachEntry:
    """Record one outreach step for a contact (dated today unless given; never ahead)."""
    contact = get_contact(session, contact_id)
    found = content_step(str(step or "").strip().lower())
    if found is None:
        known = ", ".join(s.id for s in outreach_content().steps)
        raise ValidationError(f"Unknown outreach step {step!r}; use one of: {known}.", field="step")
    try:
        day = fields.day(on, "The date", latest=today()) or today()
        text = fields.text(note, "The note", 4_000)
    except ValueError as bad:
        raise ValidationError(str(bad), field="on") from None
    row = Outreach(contact_id=contact.id, step=found.id, on_date=day, note=text)
    session.add(row)
    session.flush()
    return _entry(row)


def delete_outreach(session: Session, entry_id: int) -> None:
    row = session.get(Outreach, entry_id) if 0 < entry_id < 2**63 else None
    if row is None:
        raise NotFoundError(f"No outreach entry #{entry_id}.")
    session.delete(row)
    session.flush()


def _next(entries: list[OutreachEntry]) -> FollowUp | None:
    touches = [Touch(e.kind, e.on) for e in entries]
    pending = follow_ups(touches, outreach_content().follow_up_days)
    return pending[0] if pending else None


def contact_view(session: Session, contact_id: int) -> ContactView:
    contact = get_contact(session, contact_id)
    index, companies = _targets(session)
    target = companies.get(index.get(contact.company_key, -1))
    entries = entries_for(session, [contact.id])
    kinds = [e.kind for e in entries if e.kind != "note"]
    return ContactView(
        contact,
        contact_name(contact),
        target.id if target else None,
        target.name if target else "",
        tuple(entries),
        _next(entries),
        NEXT_TEMPLATE.get(kinds[-1] if kinds else None, "ask-chat"),
    )


def message_for(session: Session, contact_id: int, template_id: str | None = None) -> Message:
    """The message for a step, filled with what is known about the contact and you."""
    view = contact_view(session, contact_id)
    wanted = template_id or view.suggested_template
    found = templates().get(wanted)
    if found is None:
        raise NotFoundError(
            f"No message template {wanted!r}; the templates are: {', '.join(templates())}."
        )
    me = background(session)
    target = session.get(Company, view.target_id) if view.target_id else None
    role = target.role if target and target.role else me.target_role.replace("-", " ")
    past = me.past_role
    if past[:1].isupper() and not past.split()[0].isupper():  # "Financial analyst", not "CFO"
        past = past[0].lower() + past[1:]
    values = {
        "first_name": view.contact.first_name,
        "company": view.target_name or view.contact.company,
        "role": role,
        "my_name": me.name,
        "past_role": past,
        "project": me.project,
    }
    return render(found, values)


def pending_follow_ups(session: Session) -> list[FollowUpDue]:
    """The next follow-up of every contact waiting for an answer, soonest first."""
    entries = entries_for(session)
    by_contact: dict[int, list[OutreachEntry]] = {}
    for entry in entries:
        by_contact.setdefault(entry.contact_id, []).append(entry)
    if not by_contact:
        return []
    columns = (
        Contact.id,
        Contact.first_name,
        Contact.last_name,
        Contact.email,
        Contact.url,
        Contact.company,
        Contact.company_key,
    )
    found = rows(session, select(*columns).where(Contact.id.in_(list(by_contact))))
    contacts = {c.id: c for c in found}
    index, companies = _targets(session)
    day = today()
    due = []
    for contact_id, items in by_contact.items():
        upcoming = _next(items)
        contact = contacts[contact_id]
        if upcoming is None:
            continue
        target = companies.get(index.get(contact.company_key, -1))
        due.append(
            FollowUpDue(
                contact_id,
                contact_name(contact),
                target.name if target else contact.company,
                upcoming.due,
                upcoming.number,
                upcoming.of,
                upcoming.asked_on,
                upcoming.due < day,
            )
        )
    return sorted(due, key=lambda d: (d.due, d.contact_name.casefold()))


def follow_ups_ics(session: Session, *, stamp: datetime | None = None) -> bytes:
    """Every pending follow-up as an all-day calendar event."""
    entries = [
        CalendarEntry(
            f"pivotprep-follow-up-{d.contact_id}-{d.asked_on.isoformat()}-{d.number}@pivotprep.local",
            d.due,
            f"Follow up with {d.contact_name}" + (f" ({d.company})" if d.company else ""),
            f"Follow-up {d.number} of {d.of} after your ask on {d.asked_on.isoformat()}. "
            f"Contact #{d.contact_id} in pivotprep has the message to send.",
        )
        for d in pending_follow_ups(session)
    ]
    return to_ics(entries, name="pivotprep follow-ups", stamp=stamp or now())


def week_bounds(day: date) -> tuple[date, date]:
    start = day - timedelta(days=day.weekday())
    return start, start + timedelta(days=6)
