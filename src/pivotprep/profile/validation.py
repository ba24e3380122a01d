"""Checks a candidate profile as typed by a person. Pure: no I/O beyond the role content.

Collects every problem at once, so a form can show each one next to its field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from pivotprep.core import clock
from pivotprep.core.errors import ValidationError
from pivotprep.profile.roles import SIZE_IDS, load_roles

MIN_HOURS, MAX_HOURS = 4, 60
MIN_MONTHS, MAX_MONTHS = 3, 6
START_WINDOW_YEARS = 1  # a start date may be this many years before or after today
DEFAULT_HOURS = 18
DEFAULT_MONTHS = 6
DOMAINS = (
    "finance",
    "teaching",
    "healthcare",
    "operations",
    "retail",
    "military",
    "research",
    "sales",
    "engineering",
    "other",
)
SIZE_ALIASES = {
    "small": "small",
    "<50": "small",
    "startup": "small",
    "mid": "mid",
    "50-500": "mid",
    "medium": "mid",
    "large": "large",
    "500+": "large",
    "enterprise": "large",
    "big": "large",
}


@dataclass(frozen=True)
class PastRole:
    title: str
    domain: str
    years: float


@dataclass(frozen=True)
class ProfileInput:
    target_role: str
    company_sizes: tuple[str, ...]
    hours_per_week: int
    timeline_months: int
    start_date: date
    past_roles: tuple[PastRole, ...] = ()
    name: str = ""
    domain: str = "other"
    years_experience: float = 0.0
    errors: dict[str, str] = field(default_factory=dict, compare=False, repr=False)


def _label(name: str) -> str:
    return name.replace("_", " ").capitalize()


def years_from(day: date, years: int) -> date:
    """`day` moved by whole years (29 February becomes the 28th in other years)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def start_window(today: date) -> tuple[date, date]:
    """The first and last start dates accepted on `today`. A plan is for the months just
    ahead: a date far off (year 9999, year 1) is a typo, and the week arithmetic of a plan
    starting there would run off the calendar."""
    return years_from(today, -START_WINDOW_YEARS), years_from(today, START_WINDOW_YEARS)


def _int(value: object, name: str, errors: dict[str, str]) -> int | None:
    try:
        number = float(str(value).strip())
    except ValueError:
        errors[name] = (
            f"{name.replace('_', ' ').capitalize()} must be a whole number, got {value!r}."
        )
        return None
    if number != int(number):
        errors[name] = (
            f"{name.replace('_', ' ').capitalize()} must be a whole number, got {value!r}."
        )
        return None
    return int(number)


def parse_sizes(raw: object) -> tuple[str, ...]:
    """Accept `small,mid`, `<50, 500+`, or a list; return canonical ids in order."""
    items = raw if isinstance(raw, list | tuple) else str(raw or "").split(",")
    out: list[str] = []
    for item in items:
        key = str(item).strip().lower()
        if not key:
            continue
        if key not in SIZE_ALIASES:
            raise ValueError(item)
        out.append(SIZE_ALIASES[key])
    return tuple(size for size in SIZE_IDS if size in out)


MAX_YEARS = 60
MAX_TITLE = 200
PAST_ROLES_EXAMPLE = "'Financial analyst|finance|6; Teacher|teaching|3'"


def _past_role(title: object, domain: object, years: object, entry: str) -> PastRole:
    """One checked past role; ValueError with a message naming `entry` when it is bad."""
    name = " ".join(str(title or "").split())
    problems = []
    if not name:
        problems.append("it needs a job title before the first |")
    elif len(name) > MAX_TITLE:
        problems.append(f"the title is longer than {MAX_TITLE} characters")
    dom = str(domain or "").strip().lower() or "other"
    if dom not in DOMAINS:
        known = ", ".join(DOMAINS)
        problems.append(f"unknown domain {str(domain).strip()!r} (use one of: {known})")
    raw_years = str(years if years is not None else "").strip() or "0"
    try:
        number = float(raw_years.replace(",", "."))
    except ValueError:
        number = float("nan")
    if not 0 <= number <= MAX_YEARS:  # also catches nan
        problems.append(f"years must be a number from 0 to {MAX_YEARS}, got {raw_years!r}")
    if problems:
        raise ValueError(f"Past role {entry!r}: " + "; ".join(problems) + ".")
    return PastRole(name, dom, number)


def parse_past_roles(raw: object) -> tuple[PastRole, ...]:
    """Accept `Title|domain|years; Title|domain|years` or a list of dicts. A missing
    domain is "other" and missing years are 0. Raises ValueError naming every bad entry
    (empty title, unknown domain, years outside 0-60)."""
    if not raw:
        return ()
    roles: list[PastRole] = []
    problems: list[str] = []
    if isinstance(raw, list | tuple):
        for item in raw:
            if not isinstance(item, dict):
                problems.append(f"Past role {item!r} is not a title, domain and years.")
                continue
            entry = f"{item.get('title', '')}|{item.get('domain', '')}|{item.get('years', '')}"
            try:
                roles.append(
                    _past_role(item.get("title"), item.get("domain"), item.get("years"), entry)
                )
            except ValueError as bad:
                problems.append(str(bad))
    else:
        for chunk in str(raw).split(";"):
            if not chunk.strip():
                continue
            parts = [p.strip() for p in chunk.split("|")]
            if len(parts) > 3:
                problems.append(
                    f"Past role {chunk.strip()!r} has more than three parts; "
                    f"write Title|domain|years, e.g. {PAST_ROLES_EXAMPLE}."
                )
                continue
            parts += [""] * (3 - len(parts))
            try:
                roles.append(_past_role(parts[0], parts[1], parts[2], chunk.strip()))
            except ValueError as bad:
                problems.append(str(bad))
    if problems:
        raise ValueError(" ".join(problems))
    return tuple(roles)


def validate_profile(
    *,
    target_role: object,
    company_sizes: object,
    hours_per_week: object = DEFAULT_HOURS,
    timeline_months: object = DEFAULT_MONTHS,
    start_date: object = None,
    past_roles: object = (),
    name: object = "",
    domain: object = "other",
    years_experience: object = 0,
    today: date | None = None,
) -> ProfileInput:
    """Return a clean `ProfileInput` or raise `ValidationError` listing every bad field."""
    errors: dict[str, str] = {}
    roles = load_roles()
    role = str(target_role or "").strip().lower()
    if role not in roles:
        errors["target_role"] = (
            f"Unknown target role {target_role!r}. Choose one of: {', '.join(sorted(roles))}."
        )
    try:
        sizes = parse_sizes(company_sizes)
        if not sizes:
            errors["company_sizes"] = "Pick at least one company size: <50, 50-500 or 500+."
    except ValueError as bad:
        sizes = ()
        errors["company_sizes"] = (
            f"Unknown company size {bad.args[0]!r}. Use <50, 50-500 or 500+ (or small, mid, large)."
        )
    hours = _int(hours_per_week, "hours_per_week", errors)
    if hours is not None and not MIN_HOURS <= hours <= MAX_HOURS:
        errors["hours_per_week"] = (
            f"Hours per week must be between {MIN_HOURS} and {MAX_HOURS} (15-20 is typical); "
            f"got {hours}."
        )
    months = _int(timeline_months, "timeline_months", errors)
    if months is not None and not MIN_MONTHS <= months <= MAX_MONTHS:
        errors["timeline_months"] = (
            f"The timeline must be {MIN_MONTHS} to {MAX_MONTHS} months; got {months}. "
            "Shorter leaves no room for practice; longer plans are better split into two runs."
        )
    today = today or clock.today()
    start: date | None
    if start_date in (None, ""):
        start = today
    elif isinstance(start_date, date):
        start = start_date
    else:
        try:
            start = date.fromisoformat(str(start_date).strip())
        except ValueError:
            start = None
            errors["start_date"] = f"Start date must look like 2026-01-31, got {start_date!r}."
    if start is not None:
        first, last = start_window(today)
        if not first <= start <= last:
            errors["start_date"] = (
                f"Start date must be within a year of today: from {first.isoformat()} "
                f"to {last.isoformat()}; got {start.isoformat()}."
            )
            start = None
    dom = str(domain or "other").strip().lower()
    if dom not in DOMAINS:
        errors["domain"] = f"Unknown past domain {domain!r}. Choose one of: {', '.join(DOMAINS)}."
    try:
        past = parse_past_roles(past_roles)
    except ValueError as bad:
        past = ()
        errors["past_roles"] = str(bad)
    years_raw = str(years_experience if years_experience not in (None, "") else 0).strip()
    try:
        years = float(years_raw)
        if not 0 <= years <= MAX_YEARS:
            raise ValueError
    except ValueError:
        years = 0.0
        errors["years_experience"] = (
            f"Years of experience must be 0 to {MAX_YEARS}, got {years_experience!r}."
        )
    if len(str(name or "")) > 200:
        errors["name"] = "Name is too long (200 characters at most)."
    if errors:
        first = next(iter(errors.values()))
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise ValidationError(first + more, field=next(iter(errors)), errors=errors)
    assert hours is not None and months is not None and start is not None
    return ProfileInput(
        target_role=role,
        company_sizes=sizes,
        hours_per_week=hours,
        timeline_months=months,
        start_date=start,
        past_roles=past,
        name=str(name or "").strip(),
        domain=dom,
        years_experience=years,
    )


def field_problem(name: str, value: object, *, today: date | None = None) -> str | None:
    """The message for one field's value on its own (None when it is fine), so a
    prompt can ask again for just that field. Uses the same checks as the whole form."""
    baseline: dict[str, object] = {
        "target_role": next(iter(load_roles())),
        "company_sizes": "mid",
        "today": today,
    }
    try:
        validate_profile(**(baseline | {name: value}))  # type: ignore[arg-type]
    except ValidationError as error:
        return error.errors.get(name)
    return None
