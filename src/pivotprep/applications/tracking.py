"""Applications: add one, move it through its stages (the gate checks "applied"), list,
flag the stale ones, and answer "did I already apply there?".
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pivotprep.applications import fields
from pivotprep.applications.company_names import keys_for, match_key
from pivotprep.applications.content import outreach as outreach_content
from pivotprep.applications.content import research_checklist
from pivotprep.applications.gate import GateFacts, Reason, ScanFacts, reasons
from pivotprep.applications.models import Application, Company, Contact, Outreach, StageEvent
from pivotprep.applications.network import background, paths_by_company
from pivotprep.applications.research import status
from pivotprep.applications.rows import rows
from pivotprep.applications.vocabulary import (
    AFTER_APPLIED,
    CHANNEL_LABELS,
    CLOSED,
    STAGE_LABELS,
    parse_channel,
    parse_stage,
)
from pivotprep.core.clock import today
from pivotprep.core.errors import ConflictError, NextStep, NotFoundError, ValidationError

STALE_DAYS = 14


@dataclass(frozen=True)
class StageStep:
    stage: str
    label: str
    on: date
    note: str


@dataclass(frozen=True)
class ApplicationView:
    id: int
    ref: str
    company_id: int | None
    company_name: str
    role: str
    stage: str
    stage_label: str
    stage_changed_on: date
    applied_on: date | None
    channel: str
    channel_label: str
    salary_notes: str
    notes: str
    posting_url: str
    resume_name: str
    gate_override: bool
    gate_reasons: tuple[str, ...]
    targeted: bool | None
    source: str
    history: tuple[StageStep, ...]  # empty in lists (see `stages_seen`)
    days_idle: int
    stages_seen: frozenset[str] = frozenset()  # every stage it was at, with or without history

    @property
    def stale(self) -> bool:
        return self.stage not in CLOSED and self.days_idle >= STALE_DAYS

    @property
    def reached(self) -> frozenset[str]:
        found = {s.stage for s in self.history} | set(self.stages_seen) | {self.stage}
        if found & AFTER_APPLIED:
            found.add("applied")
        return frozenset(found)


@dataclass(frozen=True)
class StageChange:
    application: ApplicationView
    reasons: tuple[Reason, ...]  # the gate's reasons the user chose to override


class GateBlockedError(ConflictError):
    """Marking "applied" was held back by the gate; `reasons` says why. Repeating the
    request with the override goes on and records it."""

    def __init__(self, application_id: int, found: Sequence[Reason]) -> None:
        lines = "\n".join(f"  - {r.message}" for r in found)
        super().__init__(
            f"Before you mark application #{application_id} applied:\n{lines}\n"
            "You can still go on; the override is recorded.",
            field="stage",
            next_step=NextStep(
                "applications.apply_anyway", {"application_id": str(application_id)}
            ),
        )
        self.reasons = tuple(found)


def _events(session: Session, ids: Iterable[int]) -> dict[int, list[Any]]:
    """Each application's stage events (rows with stage, on_date, note), oldest first.
    Plain rows, not ORM objects: the jobs page reads hundreds of them per request."""
    wanted = list(ids)
    found: dict[int, list[Any]] = {i: [] for i in wanted}
    if not wanted:
        return found
    query = select(
        StageEvent.application_id, StageEvent.stage, StageEvent.on_date, StageEvent.note
    ).where(StageEvent.application_id.in_(wanted))
    for event in rows(session, query.order_by(StageEvent.on_date, StageEvent.id)):
        found[event.application_id].append(event)
    return found


def to_view(
    app: Any,
    events: Sequence[Any],
    day: date,
    seen: frozenset[str] = frozenset(),
    *,
    with_reasons: bool = True,
) -> ApplicationView:
    """The view of an application (an ORM object or a row with the same names); lists
    read their rows without gate reasons (`with_reasons=False`)."""
    return ApplicationView(
        app.id,
        app.ref,
        app.company_id,
        app.company_name,
        app.role,
        app.stage,
        STAGE_LABELS.get(app.stage, app.stage),
        app.stage_changed_on,
        app.applied_on,
        app.channel,
        CHANNEL_LABELS.get(app.channel, app.channel),
        app.salary_notes,
        app.notes,
        app.posting_url,
        app.resume_name,
        app.gate_override,
        tuple(app.gate_reasons or ()) if with_reasons else (),
        app.targeted,
        app.source,
        tuple(
            StageStep(e.stage, STAGE_LABELS.get(e.stage, e.stage), e.on_date, e.note)
            for e in events
        ),
        max(0, (day - app.stage_changed_on).days),
        seen,
    )


def get_application(session: Session, application_id: int) -> Application:
    found = session.get(Application, application_id) if 0 < application_id < 2**63 else None
    if found is None:
        raise NotFoundError(
            f"No application #{application_id}.",
            next_step=NextStep("applications.list_applications"),
        )
    return found


def application_view(session: Session, application_id: int) -> ApplicationView:
    app = get_application(session, application_id)
    return to_view(app, _events(session, [app.id])[app.id], today())


def _stages_seen(session: Session) -> dict[int, frozenset[str]]:
    """Every stage each application was at, in one light query (no dates, no notes)."""
    seen: dict[int, set[str]] = {}
    query = select(StageEvent.application_id, StageEvent.stage).distinct()
    for row in rows(session, query):
        seen.setdefault(row.application_id, set()).add(row.stage)
    return {k: frozenset(v) for k, v in seen.items()}


def list_applications(
    session: Session, *, stage: str | None = None, stale_only: bool = False
) -> list[ApplicationView]:
    """Applications, most recently changed first, without their dated history and gate
    reasons (which `application_view` gives): lists and the funnel need only the stages
    each reached and whether the gate was overridden."""
    columns = [c for c in Application.__table__.columns if c.name != "gate_reasons"]
    query = select(*columns).order_by(Application.stage_changed_on.desc(), Application.id.desc())
    if stage:
        query = query.where(Application.stage == stage)
    apps = list(rows(session, query))
    seen = _stages_seen(session)
    day = today()
    views = [to_view(a, (), day, seen.get(a.id, frozenset()), with_reasons=False) for a in apps]
    return [v for v in views if v.stale] if stale_only else views


def _target_for(session: Session, name: str) -> Company | None:
    key = match_key(name)
    for company in session.scalars(select(Company)):
        if key in keys_for(company.name, company.aliases):
            return company
    return None


def add_application(
    session: Session,
    *,
    company: str,
    role: str = "",
    channel: str = "",
    salary_notes: str = "",
    notes: str = "",
    posting_url: str = "",
    on: object = None,
) -> ApplicationView:
    """A new application, saved (not yet sent); the gate speaks when it is marked applied."""
    try:
        name = fields.line(company, "The company", 200, required=True)
        values = {
            "role": fields.line(role, "The role", 200),
            "channel": parse_channel(channel),
            "salary_notes": fields.text(salary_notes, "Salary notes", 4_000),
            "notes": fields.text(notes, "Notes", 20_000),
            "posting_url": fields.url(posting_url, "The posting address", 500),
        }
        day = fields.day(on, "The date", latest=today()) or today()
    except ValueError as bad:
        raise ValidationError(str(bad)) from None
    key = match_key(name)
    if not key:
        raise ValidationError("The company name has no letters or digits.", field="company")
    _refuse_duplicate(session, key, str(values["role"]))
    target = _target_for(session, name)
    app = Application(
        ref="pp-" + uuid.uuid4().hex[:12],
        company_id=target.id if target else None,
        company_name=target.name if target else name,
        company_key=target.key if target else key,
        stage="saved",
        stage_changed_on=day,
        applied_on=None,
        gate_override=False,
        gate_reasons=[],
        targeted=None,
        source="manual",
        resume_name="",
        **values,
    )
    session.add(app)
    session.flush()
    session.add(StageEvent(application_id=app.id, stage="saved", on_date=day, note=""))
    session.flush()
    return application_view(session, app.id)


def _refuse_duplicate(session: Session, key: str, role: str) -> None:
    for app in session.scalars(select(Application).where(Application.company_key == key)):
        if app.stage not in CLOSED and app.role.casefold() == role.casefold():
            raise ConflictError(
                f"You already have an open application to {app.company_name} for "
                f"{app.role or 'this role'} (#{app.id}, {STAGE_LABELS[app.stage].lower()} on "
                f"{app.stage_changed_on.isoformat()}).",
                field="company",
                next_step=NextStep(
                    "applications.show_application", {"application_id": str(app.id)}
                ),
            )


def _referral_tried(session: Session, app: Application, company: Company | None) -> bool:
    if app.channel == "referral" or "referral_asked" in {
        e.stage for e in _events(session, [app.id])[app.id]
    }:
        return True
    if company is None:
        return False
    steps = [s.id for s in outreach_content().steps if s.referral]
    keys = keys_for(company.name, company.aliases)
    query = (
        select(Outreach.id)
        .join(Contact, Contact.id == Outreach.contact_id)
        .where(Contact.company_key.in_(list(keys)), Outreach.step.in_(steps))
        .limit(1)
    )
    return session.scalar(query) is not None


def gate_facts(session: Session, app: Application) -> GateFacts:
    """What the gate needs to know about one application, from every part of the feature
    (and the résumé feature's scans)."""
    from pivotprep.resume.service import latest_scans, match_rate_line

    company = session.get(Company, app.company_id) if app.company_id else None
    research = status(company.research or {}, research_checklist()) if company else None
    paths = paths_by_company(session, [company], background(session))[company.id] if company else []
    scan = None
    if company and company.posting_hash:
        found = latest_scans(session, {company.posting_hash: company.resume_name or None})
        hit = found.get(company.posting_hash)
        if hit is not None:
            scan = ScanFacts(hit.rate, hit.resume_name, hit.resume_version, hit.scan_id)
    return GateFacts(
        company.name if company else app.company_name,
        company is not None,
        research,
        [p.name for p in paths],
        _referral_tried(session, app, company),
        bool(company and company.posting_text),
        scan,
        float(match_rate_line()[0]),
    )


def check_gate(session: Session, application_id: int) -> tuple[Reason, ...]:
    return reasons(gate_facts(session, get_application(session, application_id)))


def move_stage(
    session: Session,
    application_id: int,
    stage: str,
    *,
    on: object = None,
    note: str = "",
    override: bool = False,
) -> StageChange:
    """Move an application to `stage` (dated today unless given). Marking it applied for
    the first time runs the gate: with reasons and no override, GateBlockedError; with
    the override, it goes on and the reasons are stored with it."""
    app = get_application(session, application_id)
    try:
        wanted = parse_stage(stage)
        day = fields.day(on, "The date", latest=today()) or today()
        text = fields.text(note, "The note", 4_000)
    except ValueError as bad:
        raise ValidationError(str(bad), field="stage") from None
    if wanted == app.stage:
        raise ConflictError(
            f"Application #{app.id} is already at {STAGE_LABELS[wanted]} (since "
            f"{app.stage_changed_on.isoformat()}).",
            field="stage",
        )
    found: tuple[Reason, ...] = ()
    if wanted == "applied" and app.applied_on is None:
        found = reasons(gate_facts(session, app))
        if found and not override:
            raise GateBlockedError(app.id, found)
        app.targeted = not found
        app.gate_override = bool(found)
        app.gate_reasons = [r.message for r in found]
        if found:
            text = (
                (text + " " if text else "")
                + "Applied over the gate: "
                + "; ".join(r.id for r in found)
            )
    if app.applied_on is None and (wanted == "applied" or wanted in AFTER_APPLIED):
        app.applied_on = day
    app.stage = wanted
    app.stage_changed_on = day
    session.add(StageEvent(application_id=app.id, stage=wanted, on_date=day, note=text))
    session.flush()
    return StageChange(application_view(session, app.id), found)


def update_application(
    session: Session, application_id: int, values: dict[str, object]
) -> ApplicationView:
    """Change the role, channel, salary notes, notes, posting address or résumé name."""
    app = get_application(session, application_id)
    checks = {
        "role": lambda v: fields.line(v, "The role", 200),
        "channel": lambda v: parse_channel(str(v or "")),
        "salary_notes": lambda v: fields.text(v, "Salary notes", 4_000),
        "notes": lambda v: fields.text(v, "Notes", 20_000),
        "posting_url": lambda v: fields.url(v, "The posting address", 500),
        "resume_name": lambda v: fields.line(v, "The résumé name", 255),
    }
    for key, value in values.items():
        if key not in checks:
            raise ValidationError(f"Unknown application field {key!r}.")
        try:
            setattr(app, key, checks[key](value))
        except ValueError as bad:
            raise ValidationError(str(bad), field=key) from None
    session.flush()
    return application_view(session, app.id)


def delete_application(session: Session, application_id: int) -> None:
    session.delete(get_application(session, application_id))
    session.flush()


@dataclass(frozen=True)
class SearchHit:
    application: ApplicationView
    score: int  # 100: the same company, in any spelling


def search_applications(session: Session, query: str, *, limit: int = 10) -> list[SearchHit]:
    """Applications to companies whose name is the query's or close to it (fuzzy, so
    "stripe inc" and "Strpe" find Stripe)."""
    from rapidfuzz import fuzz, process

    key = match_key(" ".join(str(query or "").split())[:200])
    if not key:
        raise ValidationError("Type a company name to search for.", field="query")
    apps = list(session.scalars(select(Application)))
    choices = {a.id: a.company_key for a in apps}
    hits = process.extract(key, choices, scorer=fuzz.WRatio, score_cutoff=85, limit=None)
    scores = {
        app_id: (100 if choices[app_id] == key else round(score)) for _, score, app_id in hits
    }
    ranked = sorted(scores, key=lambda i: (-scores[i], i))[: max(1, min(limit, 100))]
    by_id = {a.id: a for a in apps}
    events = _events(session, ranked)
    return [SearchHit(to_view(by_id[i], events[i], today()), scores[i]) for i in ranked]
