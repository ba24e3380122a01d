"""Contacts: imported from LinkedIn's Connections.csv or any CSV, or typed in; listed
and searched; exported.

A contact is identified across imports by its profile address, else its email, else its
name and company (`dedupe_key`), so importing next month's export updates people (a new
company, a new position) instead of doubling them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any, BinaryIO, cast

from sqlalchemy import Table, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from pivotprep.applications import fields
from pivotprep.applications.company_names import match_key
from pivotprep.applications.content import outreach as outreach_content
from pivotprep.applications.importing import ImportResult, LineProblem, run_import
from pivotprep.applications.models import Contact, Outreach
from pivotprep.core.clock import today
from pivotprep.core.errors import NextStep, NotFoundError, ValidationError

CONTACT_COLUMNS = (
    "first_name",
    "last_name",
    "url",
    "email",
    "company",
    "position",
    "connected_on",
    "past_companies",
    "schools",
    "notes",
    "source",
)


def dedupe_key(first: str, last: str, url: str, email: str, company_key: str) -> str:
    if url:
        return "url:" + url.split("?")[0].rstrip("/").casefold()[:390]
    if email:
        return "email:" + email.casefold()[:390]
    return f"name:{first.casefold()} {last.casefold()}|{company_key}"[:400]


def _names(values: dict[str, str]) -> tuple[str, str]:
    first, last = values.get("first_name", ""), values.get("last_name", "")
    if not (first or last) and values.get("name"):
        whole = " ".join(values["name"].split())
        first, _, last = whole.rpartition(" ") if " " in whole else (whole, "", "")
    return first, last


def _outreach_cell(value: str) -> list[dict[str, str]]:
    """The outreach column of pivotprep's own export: a JSON list of steps."""
    if not value:
        return []
    try:
        steps = json.loads(value)
    except json.JSONDecodeError:
        raise ValueError("outreach is not the JSON list pivotprep exports.") from None
    known = {s.id for s in outreach_content().steps}
    out = []
    for item in steps if isinstance(steps, list) else [None]:
        if not isinstance(item, dict) or item.get("step") not in known:
            raise ValueError("outreach holds an unknown step.")
        on = fields.day(item.get("on"), "an outreach date")
        out.append(
            {
                "step": str(item["step"]),
                "on": (on or today()).isoformat(),
                "note": fields.text(item.get("note", ""), "An outreach note", 4_000),
            }
        )
    return out


def check_contact(
    values: dict[str, str], *, order: str = "mdy", source: str = "csv"
) -> dict[str, object]:
    """A contact row ready to store, from a file's or a form's values; ValueError if bad."""
    first, last = _names(values)
    row: dict[str, object] = {
        "first_name": fields.line(first, "First Name", 100),
        "last_name": fields.line(last, "Last Name", 100),
        "url": fields.url(values.get("url", ""), "URL", 300),
        "email": fields.line(values.get("email", ""), "Email Address", 254),
        "company": fields.line(values.get("company", ""), "Company", 200),
        "position": fields.line(values.get("position", ""), "Position", 300),
        "connected_on": fields.day(values.get("connected_on", ""), "Connected On", order=order),
        "past_companies": fields.items(values.get("past_companies", ""), "Past companies"),
        "schools": fields.items(values.get("schools", ""), "Schools"),
        "notes": fields.text(values.get("notes", ""), "Notes", 4_000),
        "source": source,
    }
    if row["email"] and "@" not in str(row["email"]):
        raise ValueError(f"Email Address {str(row['email'])[:40]!r} has no @.")
    if not any(row[k] for k in ("first_name", "last_name", "url", "email")):
        raise ValueError("has no name, profile address or email: nobody to store.")
    row["company_key"] = match_key(str(row["company"]))
    row["dedupe_key"] = dedupe_key(
        str(row["first_name"]),
        str(row["last_name"]),
        str(row["url"]),
        str(row["email"]),
        str(row["company_key"]),
    )
    return row


class ContactSink:
    """Stores checked contact rows: new ones inserted, known ones updated, by batch."""

    def __init__(self, session: Session, *, order: str, source: str) -> None:
        self.session = session
        self.order = order
        self.source = source
        self.created = 0
        self.updated = 0

    def parse(self, values: dict[str, str]) -> object:
        row = check_contact(values, order=self.order, source=self.source)
        row["outreach"] = _outreach_cell(values.get("outreach", ""))
        return row

    def store(self, rows: list[tuple[int, object]]) -> list[LineProblem]:
        batch: dict[str, dict[str, object]] = {}
        for _line, row in rows:
            assert isinstance(row, dict)
            batch[str(row["dedupe_key"])] = row  # a repeat within the batch: the later wins
        existing = {
            key: contact_id
            for key, contact_id in self.session.execute(
                select(Contact.dedupe_key, Contact.id).where(Contact.dedupe_key.in_(list(batch)))
            )
        }
        steps = {k: r.pop("outreach") for k, r in batch.items()}
        new = [r for k, r in batch.items() if k not in existing]
        old = [{**r, "id": existing[k]} for k, r in batch.items() if k in existing]
        if new:  # Core insert: the ORM's per-row bookkeeping is not needed here
            self.session.execute(insert(cast(Table, Contact.__table__)), new)
        if old:
            self.session.execute(update(Contact), old)
        self.created += len(new)
        self.updated += len(rows) - len(new)
        self._store_outreach(steps)
        return []

    def _store_outreach(self, steps: dict[str, object]) -> None:
        wanted = {k: v for k, v in steps.items() if v}
        if not wanted:
            return
        ids = {
            key: contact_id
            for key, contact_id in self.session.execute(
                select(Contact.dedupe_key, Contact.id).where(Contact.dedupe_key.in_(list(wanted)))
            )
        }
        self.session.execute(delete(Outreach).where(Outreach.contact_id.in_(list(ids.values()))))
        rows = [
            {
                "contact_id": ids[k],
                "step": s["step"],
                "on_date": date.fromisoformat(s["on"]),
                "note": s["note"],
            }
            for k, items in wanted.items()
            for s in items  # type: ignore[attr-defined]
        ]
        self.session.execute(insert(Outreach), rows)


def import_contacts(
    session: Session,
    stream: BinaryIO,
    *,
    mapping: dict[str, str] | None = None,
    date_order: str = "mdy",
    skip_bad: bool = False,
) -> ImportResult:
    """Import a LinkedIn Connections.csv or any contacts CSV (see importing.py)."""
    if date_order not in ("mdy", "dmy"):
        raise ValidationError("The date order must be mdy or dmy.", field="date_order")

    def sink(_prefix: str) -> ContactSink:
        return ContactSink(session, order=date_order, source="csv")

    return run_import(session, "contacts", stream, sink, mapping=mapping, skip_bad=skip_bad)


def contact_name(contact: Any) -> str:
    """A contact's name (an ORM object or a row with the name, email and url columns)."""
    return " ".join(p for p in (contact.first_name, contact.last_name) if p) or (
        contact.email or contact.url or f"contact #{contact.id}"
    )


def get_contact(session: Session, contact_id: int) -> Contact:
    found = session.get(Contact, contact_id) if 0 < contact_id < 2**63 else None
    if found is None:
        raise NotFoundError(
            f"No contact #{contact_id}.", next_step=NextStep("applications.list_contacts")
        )
    return found


@dataclass(frozen=True)
class ContactPage:
    total: int
    items: tuple[Contact, ...]


def list_contacts(
    session: Session,
    *,
    query: str = "",
    company_keys: frozenset[str] | None = None,
    limit: int = 100,
    offset: int = 0,
) -> ContactPage:
    """Contacts by name, filtered by a search over name, company and position."""
    wanted = select(Contact)
    if company_keys is not None:
        wanted = wanted.where(Contact.company_key.in_(list(company_keys)))
    words = " ".join(str(query or "").split())[:100]
    if words:
        like = f"%{words.casefold()}%"
        wanted = wanted.where(
            or_(
                func.lower(Contact.first_name + " " + Contact.last_name).like(like),
                func.lower(Contact.company).like(like),
                func.lower(Contact.position).like(like),
            )
        )
    total = session.scalar(select(func.count()).select_from(wanted.subquery())) or 0
    page = session.scalars(
        wanted.order_by(Contact.last_name, Contact.first_name, Contact.id)
        .limit(max(1, min(limit, 500)))
        .offset(max(0, offset))
    )
    return ContactPage(total, tuple(page))


def add_contact(session: Session, values: dict[str, str]) -> Contact:
    """A contact typed in (a form or the CLI); an existing one with the same address,
    email or name and company is updated instead."""
    try:
        row = check_contact(values, source="manual")
    except ValueError as bad:
        raise ValidationError(str(bad)) from None
    found = session.scalars(select(Contact).where(Contact.dedupe_key == row["dedupe_key"])).first()
    contact = found or Contact()
    for key, value in row.items():
        setattr(contact, key, value)
    session.add(contact)
    session.flush()
    return contact


def count_contacts(session: Session) -> int:
    return session.scalar(select(func.count(Contact.id))) or 0
