"""Target companies: add, change, find, remove; their research file and posting.

The list is meant to stay short (20-40 companies you have researched), so nothing here
pages. A company is found by its id or its name in any spelling (`company_names`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pivotprep.applications import fields
from pivotprep.applications.company_names import keys_for, match_key
from pivotprep.applications.content import research_checklist
from pivotprep.applications.models import Application, Company
from pivotprep.applications.research import from_markdown
from pivotprep.applications.vocabulary import parse_size
from pivotprep.core.errors import ConflictError, NextStep, NotFoundError, ValidationError

AIM = (20, 40)
MAX_COMPANIES = 200
MAX_POSTING_CHARS = 60_000
MAX_ALIASES = 20


@dataclass(frozen=True)
class CompanyInput:
    name: str
    size: str
    role: str = ""
    aliases: tuple[str, ...] = ()
    posting_url: str = ""
    notes: str = ""
    resume_name: str = ""


def _err(error: ValueError, field: str) -> ValidationError:
    return ValidationError(str(error), field=field)


def check_company(
    *,
    name: object,
    size: object,
    role: object = "",
    aliases: object = (),
    posting_url: object = "",
    notes: object = "",
    resume_name: object = "",
) -> CompanyInput:
    """A clean company, or ValidationError with every bad field."""
    errors: dict[str, str] = {}
    values: dict[str, object] = {}
    checks: dict[str, Callable[[], object]] = {
        "name": lambda: fields.line(name, "The company name", 200, required=True),
        "size": lambda: parse_size(str(size or "")),
        "role": lambda: fields.line(role, "The role", 200),
        "aliases": lambda: tuple(fields.items(aliases, "Aliases", limit=200, most=MAX_ALIASES)),
        "posting_url": lambda: fields.url(posting_url, "The posting address", 500),
        "notes": lambda: fields.text(notes, "Notes", 20_000),
        "resume_name": lambda: fields.line(resume_name, "The résumé file name", 255),
    }
    for key, check in checks.items():
        try:
            values[key] = check()
        except ValueError as bad:
            errors[key] = str(bad)
    if not errors and not match_key(str(values["name"])):
        errors["name"] = "The company name has no letters or digits."
    if errors:
        first = next(iter(errors.values()))
        raise ValidationError(
            first if len(errors) == 1 else "Some fields need fixing.", errors=errors
        )
    return CompanyInput(**values)  # type: ignore[arg-type]


def all_companies(session: Session) -> list[Company]:
    return list(session.scalars(select(Company).order_by(Company.name, Company.id)))


def _clash(session: Session, keys: Iterable[str], ignore: int | None) -> Company | None:
    wanted = set(keys)
    for company in all_companies(session):
        if company.id != ignore and wanted & keys_for(company.name, company.aliases):
            return company
    return None


def find_company(session: Session, name_or_id: str | int) -> Company:
    """A target by id, by any spelling of its name or aliases, or by the start of one
    name when only one starts so ("acme" for "Acme Analytics"); NotFoundError naming the
    closest names otherwise."""
    text = str(name_or_id).strip()
    if text.isdigit() and len(text) < 12:
        found = session.get(Company, int(text))
        if found is not None:
            return found
    key = match_key(text)
    companies = all_companies(session)
    for company in companies:
        if key and key in keys_for(company.name, company.aliases):
            return company
    starting = [c for c in companies if len(key) >= 3 and c.key.startswith(key)]
    if len(starting) == 1:
        return starting[0]
    from rapidfuzz import fuzz, process

    close = process.extract(key, {c.id: c.key for c in companies}, scorer=fuzz.WRatio, limit=3)
    names = [c.name for c in companies if any(c.id == hit[2] and hit[1] >= 70 for hit in close)]
    hint = f" Did you mean {' or '.join(names)}?" if names else ""
    raise NotFoundError(
        f"{text[:80]!r} is not on your target list.{hint}",
        next_step=NextStep("applications.list_companies"),
    )


def add_company(session: Session, data: CompanyInput) -> Company:
    """Put a company on the target list (ConflictError when it is already there)."""
    keys = keys_for(data.name, data.aliases)
    clash = _clash(session, keys, None)
    if clash is not None:
        raise ConflictError(
            f"{data.name} is already on your target list as {clash.name!r} (#{clash.id}).",
            field="name",
        )
    count = len(all_companies(session))
    if count >= MAX_COMPANIES:
        raise ConflictError(
            f"Your target list has {count} companies, the most it holds; a targeted search "
            f"works on {AIM[0]}-{AIM[1]}. Remove some first."
        )
    company = Company(research={})
    _apply(company, data)
    session.add(company)
    session.flush()
    _link_applications(session, company)
    return company


def update_company(session: Session, company: Company, data: CompanyInput) -> Company:
    clash = _clash(session, keys_for(data.name, data.aliases), company.id)
    if clash is not None:
        raise ConflictError(
            f"{data.name} (or one of its aliases) is already the target {clash.name!r}.",
            field="name",
        )
    _apply(company, data)
    session.flush()
    _link_applications(session, company)
    return company


def _apply(company: Company, data: CompanyInput) -> None:
    company.name = data.name
    company.key = match_key(data.name)
    company.size = data.size
    company.role = data.role
    company.aliases = list(data.aliases)
    company.posting_url = data.posting_url
    company.notes = data.notes
    company.resume_name = data.resume_name
    company.posting_text = company.posting_text or ""
    company.posting_hash = company.posting_hash or ""


def _link_applications(session: Session, company: Company) -> None:
    """Applications written to this company's name (any spelling) now point at it."""
    keys = keys_for(company.name, company.aliases)
    for app in session.scalars(select(Application).where(Application.company_key.in_(keys))):
        app.company_id = company.id


def remove_company(session: Session, company: Company) -> str:
    name = company.name
    session.delete(company)
    session.flush()
    return name


def set_research(session: Session, company: Company, answers: dict[str, object]) -> Company:
    """Replace the research sections given (section id -> text); others are kept."""
    known = {item.id: item for item in research_checklist().items}
    research = dict(company.research or {})
    errors: dict[str, str] = {}
    for key, value in answers.items():
        if key not in known:
            errors[key] = f"Unknown research section {key!r}."
            continue
        try:
            research[key] = fields.text(value, known[key].title, 8_000)
        except ValueError as bad:
            errors[key] = str(bad)
    if errors:
        raise ValidationError(next(iter(errors.values())), errors=errors)
    company.research = {k: v for k, v in research.items() if v}
    session.flush()
    return company


def set_research_markdown(session: Session, company: Company, text: str) -> Company:
    try:
        answers = from_markdown(text, research_checklist())
    except ValueError as bad:
        raise ValidationError(str(bad), field="research") from None
    return set_research(session, company, dict(answers))


def set_posting(session: Session, company: Company, text: str, url: str | None = None) -> Company:
    """Store the job posting's text (and address); its hash links résumé scans to it."""
    from pivotprep.resume.service import job_hash

    try:
        posting = fields.text(text, "The posting", MAX_POSTING_CHARS)
        address = company.posting_url if url is None else fields.url(url, "The address", 500)
    except ValueError as bad:
        raise ValidationError(str(bad), field="posting_text") from None
    company.posting_text = posting
    company.posting_url = address
    company.posting_hash = (job_hash(posting) or "") if posting else ""
    session.flush()
    return company
