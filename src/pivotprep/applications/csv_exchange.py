"""CSV in and out for applications, contacts and companies, losing nothing on a round trip.

pivotprep's own CSV has one column per field, with `pivotprep_ref` first (it marks the
file as ours on the way back). Lists and the stage history are JSON in their cell; dates
are ISO. A value a spreadsheet would run as a formula (starting with = + - @, a tab or a
return, or ') gets a ' in front, which the import takes off again.

Other trackers' files come in through a column mapping (see content/applications/
columns.yaml and the README): Huntr's export has a preset; any other tool's columns can be
mapped by the user.
"""

from __future__ import annotations

import csv
import hashlib
import json
from datetime import date
from typing import BinaryIO, TextIO

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pivotprep.applications import fields
from pivotprep.applications.company_names import build_index, keys_for, match_key
from pivotprep.applications.contacts import CONTACT_COLUMNS, ContactSink
from pivotprep.applications.content import research_checklist
from pivotprep.applications.importing import ImportResult, LineProblem, run_import
from pivotprep.applications.models import Application, Company, Contact, Outreach, StageEvent
from pivotprep.applications.vocabulary import (
    AFTER_APPLIED,
    SIZE_SHORT,
    parse_channel,
    parse_size,
    parse_stage,
)
from pivotprep.core.clock import today
from pivotprep.core.errors import ValidationError

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
APPLICATION_COLUMNS = (
    "pivotprep_ref",
    "company",
    "role",
    "stage",
    "channel",
    "applied_on",
    "stage_changed_on",
    "salary_notes",
    "notes",
    "posting_url",
    "resume_name",
    "history",
    "gate_override",
    "gate_reasons",
    "targeted",
)
COMPANY_COLUMNS = (
    "pivotprep_ref",
    "name",
    "size",
    "role",
    "aliases",
    "posting_url",
    "posting_text",
    "resume_name",
    "notes",
    "research",
)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _writer(out: TextIO, header: tuple[str, ...]) -> csv.DictWriter[str]:
    writer = csv.DictWriter(out, fieldnames=list(header), lineterminator="\r\n")
    writer.writeheader()
    return writer


def export_applications(session: Session, out: TextIO) -> int:
    writer = _writer(out, APPLICATION_COLUMNS)
    apps = list(session.scalars(select(Application).order_by(Application.id)))
    events: dict[int, list[list[str]]] = {a.id: [] for a in apps}
    for e in session.scalars(select(StageEvent).order_by(StageEvent.on_date, StageEvent.id)):
        events[e.application_id].append([e.stage, e.on_date.isoformat(), e.note])
    for a in apps:
        row = {
            "pivotprep_ref": a.ref,
            "company": a.company_name,
            "role": a.role,
            "stage": a.stage,
            "channel": a.channel,
            "applied_on": a.applied_on,
            "stage_changed_on": a.stage_changed_on,
            "salary_notes": a.salary_notes,
            "notes": a.notes,
            "posting_url": a.posting_url,
            "resume_name": a.resume_name,
            "history": events[a.id],
            "gate_override": a.gate_override,
            "gate_reasons": list(a.gate_reasons or []),
            "targeted": a.targeted,
        }
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return len(apps)


def export_contacts(session: Session, out: TextIO) -> int:
    writer = _writer(out, ("pivotprep_ref", *CONTACT_COLUMNS, "outreach"))
    steps: dict[int, list[dict[str, str]]] = {}
    for o in session.scalars(select(Outreach).order_by(Outreach.on_date, Outreach.id)):
        steps.setdefault(o.contact_id, []).append(
            {"step": o.step, "on": o.on_date.isoformat(), "note": o.note}
        )
    count = 0
    for c in session.scalars(select(Contact).order_by(Contact.id)).yield_per(1000):
        row: dict[str, object] = {name: getattr(c, name) for name in CONTACT_COLUMNS}
        row["pivotprep_ref"] = c.dedupe_key
        row["outreach"] = steps.get(c.id, [])
        writer.writerow({k: _cell(v) for k, v in row.items()})
        count += 1
    return count


def export_companies(session: Session, out: TextIO) -> int:
    writer = _writer(out, COMPANY_COLUMNS)
    companies = list(session.scalars(select(Company).order_by(Company.id)))
    for c in companies:
        row = {
            "pivotprep_ref": c.key,
            "name": c.name,
            "size": SIZE_SHORT.get(c.size, c.size),
            "role": c.role,
            "aliases": list(c.aliases or []),
            "posting_url": c.posting_url,
            "posting_text": c.posting_text,
            "resume_name": c.resume_name,
            "notes": c.notes,
            "research": dict(c.research or {}),
        }
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return len(companies)


def _history(cell: str, order: str) -> list[tuple[str, date, str]]:
    if not cell:
        return []
    try:
        raw = json.loads(cell)
    except json.JSONDecodeError:
        raise ValueError("history is not the JSON list pivotprep exports.") from None
    out = []
    for item in raw if isinstance(raw, list) else [None]:
        if (
            not isinstance(item, list)
            or len(item) != 3
            or not all(isinstance(x, str) for x in item)
        ):
            raise ValueError("history holds an entry that is not [stage, date, note].")
        on = fields.day(item[1], "a history date", order=order)
        out.append((parse_stage(item[0]), on or today(), fields.text(item[2], "A note", 4_000)))
    return out


def _derived_history(values: dict[str, str], stage: str, order: str) -> list[tuple[str, date, str]]:
    """A history for a file that has only dates: saved, applied, then the current stage."""
    saved = fields.day(values.get("saved_on"), "Date saved", order=order)
    applied = fields.day(values.get("applied_on"), "Date applied", order=order)
    changed = fields.day(values.get("stage_changed_on"), "Stage date", order=order)
    steps = []
    if saved:
        steps.append(("saved", saved, ""))
    if applied and stage != "applied":
        steps.append(("applied", applied, ""))
    steps.append((stage, changed or applied or saved or today(), ""))
    return steps


def _stage_for(values: dict[str, str]) -> str:
    if values.get("stage"):
        return parse_stage(values["stage"])
    return "applied" if values.get("applied_on") else "saved"


def check_application(values: dict[str, str], *, order: str, prefix: str) -> dict[str, object]:
    """An application row from a file's values; ValueError naming the bad value."""
    company = fields.line(values.get("company"), "Company", 200, required=True)
    stage = _stage_for(values)
    history = _history(values.get("history", ""), order) or _derived_history(values, stage, order)
    applied = fields.day(values.get("applied_on"), "Date applied", order=order) or next(
        (on for s, on, _ in history if s == "applied" or s in AFTER_APPLIED), None
    )
    changed = fields.day(values.get("stage_changed_on"), "Stage date", order=order)
    row: dict[str, object] = {
        "company_name": company,
        "company_key": match_key(company),
        "role": fields.line(values.get("role"), "Role", 200),
        "stage": stage,
        "stage_changed_on": changed or history[-1][1],
        "applied_on": applied,
        "channel": parse_channel(values.get("channel", "")),
        "salary_notes": fields.text(values.get("salary_notes"), "Salary", 4_000),
        "notes": fields.text(values.get("notes"), "Notes", 20_000),
        "posting_url": fields.url(values.get("posting_url"), "Posting address", 500),
        "resume_name": fields.line(values.get("resume_name"), "Résumé", 255),
        "gate_override": bool(fields.yes_no(values.get("gate_override"), "gate_override")),
        "gate_reasons": fields.items(values.get("gate_reasons", ""), "gate_reasons", limit=2_000),
        "targeted": fields.yes_no(values.get("targeted"), "targeted"),
        "history": history,
    }
    if not row["company_key"]:
        raise ValueError("Company has no letters or digits.")
    given = fields.line(values.get("ref"), "id", 70)
    seed = f"{row['company_key']}|{str(row['role']).casefold()}|{history[0][1].isoformat()}"
    row["ref"] = (
        (prefix + given) if given else "csv-" + hashlib.sha1(seed.encode()).hexdigest()[:16]
    )
    return row


class ApplicationSink:
    def __init__(self, session: Session, *, order: str, source: str, prefix: str) -> None:
        self.session, self.order, self.source, self.prefix = session, order, source, prefix
        self.created = self.updated = 0
        self.seen: dict[str, int] = {}
        companies = list(session.scalars(select(Company)))
        self.index = build_index({c.id: (c.name, c.aliases) for c in companies})
        self.names = {c.id: (c.name, c.key) for c in companies}

    def parse(self, values: dict[str, str]) -> object:
        return check_application(values, order=self.order, prefix=self.prefix)

    def store(self, rows: list[tuple[int, object]]) -> list[LineProblem]:
        problems, fresh = [], []
        for line, row in rows:
            assert isinstance(row, dict)
            ref = str(row["ref"])
            if ref in self.seen:
                problems.append(
                    LineProblem(line, f"is the same application as line {self.seen[ref]}.")
                )
                continue
            self.seen[ref] = line
            fresh.append(row)
        existing = {
            a.ref: a
            for a in self.session.scalars(
                select(Application).where(Application.ref.in_([str(r["ref"]) for r in fresh]))
            )
        }
        for row in fresh:
            self._write(row, existing.get(str(row["ref"])))
        self.session.flush()
        return problems

    def _write(self, row: dict[str, object], app: Application | None) -> None:
        history = row.pop("history")
        target = self.index.get(str(row["company_key"]))
        if target is not None:
            row["company_name"], row["company_key"] = self.names[target]
        if app is None:
            app = Application(source=self.source)
            self.session.add(app)
            self.created += 1
        else:
            self.updated += 1
            self.session.execute(delete(StageEvent).where(StageEvent.application_id == app.id))
        for key, value in row.items():
            setattr(app, key, value)
        app.company_id = target
        self.session.flush()
        for stage, on, note in history:  # type: ignore[attr-defined]
            self.session.add(StageEvent(application_id=app.id, stage=stage, on_date=on, note=note))


def _research_cell(cell: str) -> dict[str, str]:
    if not cell:
        return {}
    try:
        raw = json.loads(cell)
    except json.JSONDecodeError:
        raise ValueError("research is not the JSON object pivotprep exports.") from None
    known = {i.id: i.title for i in research_checklist().items}
    if not isinstance(raw, dict) or not set(raw) <= set(known):
        raise ValueError(f"research must map the sections {', '.join(known)} to text.")
    return {k: fields.text(v, known[k], 8_000) for k, v in raw.items() if str(v or "").strip()}


def check_company_row(values: dict[str, str]) -> dict[str, object]:
    name = fields.line(values.get("name"), "Name", 200, required=True)
    if not values.get("size"):
        raise ValueError("Size is empty: use <50, 50-500 or 500+.")
    posting = fields.text(values.get("posting_text"), "Posting text", 60_000)
    row: dict[str, object] = {
        "name": name,
        "key": match_key(name),
        "size": parse_size(values["size"]),
        "role": fields.line(values.get("role"), "Role", 200),
        "aliases": fields.items(values.get("aliases", ""), "Aliases", most=20),
        "posting_url": fields.url(values.get("posting_url"), "Posting address", 500),
        "posting_text": posting,
        "resume_name": fields.line(values.get("resume_name"), "Résumé", 255),
        "notes": fields.text(values.get("notes"), "Notes", 20_000),
        "research": _research_cell(values.get("research", "")),
    }
    if not row["key"]:
        raise ValueError("Name has no letters or digits.")
    return row


class CompanySink:
    def __init__(self, session: Session) -> None:
        from pivotprep.resume.service import job_hash

        self.session, self.job_hash = session, job_hash
        self.created = self.updated = 0
        self.seen: dict[str, int] = {}

    def parse(self, values: dict[str, str]) -> object:
        return check_company_row(values)

    def store(self, rows: list[tuple[int, object]]) -> list[LineProblem]:
        problems = []
        companies = list(self.session.scalars(select(Company)))
        for line, row in rows:
            assert isinstance(row, dict)
            keys = keys_for(str(row["name"]), row["aliases"])
            repeat = next((self.seen[k] for k in keys if k in self.seen), None)
            if repeat is not None:
                problems.append(LineProblem(line, f"names the same company as line {repeat}."))
                continue
            self.seen.update({k: line for k in keys})
            same = next((c for c in companies if c.key == row["key"]), None)
            clash = next(
                (c for c in companies if c is not same and keys & keys_for(c.name, c.aliases)), None
            )
            if clash is not None:
                problems.append(LineProblem(line, f"is already the target {clash.name!r}."))
                continue
            self._write(row, same, companies)
        self.session.flush()
        return problems

    def _write(
        self, row: dict[str, object], company: Company | None, companies: list[Company]
    ) -> None:
        if company is None:
            company = Company()
            self.session.add(company)
            companies.append(company)
            self.created += 1
        else:
            self.updated += 1
        for key, value in row.items():
            setattr(company, key, value)
        posting = str(row["posting_text"])
        company.posting_hash = (self.job_hash(posting) or "") if posting else ""


def import_file(
    session: Session,
    kind: str,
    stream: BinaryIO,
    *,
    mapping: dict[str, str] | None = None,
    preset: str | None = None,
    date_order: str = "mdy",
    skip_bad: bool = False,
) -> ImportResult:
    """Import a CSV of `kind` (contacts, applications, companies): see importing.py."""
    if date_order not in ("mdy", "dmy"):
        raise ValidationError("The date order must be mdy or dmy.", field="date_order")

    def sink(prefix: str) -> ContactSink | ApplicationSink | CompanySink:
        if kind == "contacts":
            return ContactSink(session, order=date_order, source="csv")
        if kind == "companies":
            return CompanySink(session)
        source = prefix.rstrip("-") if prefix else "csv"
        return ApplicationSink(session, order=date_order, source=source, prefix=prefix)

    return run_import(
        session, kind, stream, sink, mapping=mapping, preset=preset, skip_bad=skip_bad
    )
