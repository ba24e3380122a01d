"""Checks a candidate profile as typed by a person. Pure: no I/O beyond the role content.

Collects every problem at once, so a form can show each one next to its field. Each field
has one small check in `FIELD_CHECKS`, run in the form's order: it returns the clean
value or raises `ValueError` with the message for that field.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import date

from pivotprep.core import clock
from pivotprep.core.errors import ValidationError
from pivotprep.profile.domains import DOMAINS, NO_DOMAIN
from pivotprep.profile.roles import SIZE_IDS, load_roles

MIN_HOURS, MAX_HOURS = 4, 60
MIN_MONTHS, MAX_MONTHS = 3, 6
START_WINDOW_YEARS = 1  # a start date may be this many years before or after today
DEFAULT_HOURS = 18
DEFAULT_MONTHS = 6
DEFAULT_SIZES = ("mid",)
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
MAX_YEARS = 60
MAX_TITLE = 200
MAX_NAME = 200
PAST_ROLES_EXAMPLE = "'Financial analyst|finance|6; Teacher|teaching|3'"


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
    domain: str = NO_DOMAIN
    years_experience: float = 0.0
    errors: dict[str, str] = field(default_factory=dict, compare=False, repr=False)


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


def _whole(value: object, name: str) -> int:
    """A whole number typed as text ("18", "18.0"); ValueError naming the field if not."""
    problem = f"{name.replace('_', ' ').capitalize()} must be a whole number, got {value!r}."
    try:
        number = float(str(value).strip())
    except ValueError:
        raise ValueError(problem) from None
    if number != int(number):
        raise ValueError(problem)
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


def _past_role(title: object, domain: object, years: object, entry: str) -> PastRole:
    """One checked past role; ValueError with a message naming `entry` when it is bad."""
    name = " ".join(str(title or "").split())
    problems = []
    if not name:
        problems.append("it needs a job title before the first |")
    elif len(name) > MAX_TITLE:
        problems.append(f"the title is longer than {MAX_TITLE} characters")
    dom = str(domain or "").strip().lower() or NO_DOMAIN
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


def _record_role(item: object) -> PastRole:
    """A past role given as a record {title, domain, years}."""
    if not isinstance(item, dict):
        raise ValueError(f"Past role {item!r} is not a title, domain and years.")
    entry = f"{item.get('title', '')}|{item.get('domain', '')}|{item.get('years', '')}"
    return _past_role(item.get("title"), item.get("domain"), item.get("years"), entry)


def _typed_role(chunk: object) -> PastRole:
    """A past role typed as `Title|domain|years` (domain and years may be left out)."""
    entry = str(chunk).strip()
    parts = [p.strip() for p in entry.split("|")]
    if len(parts) > 3:
        raise ValueError(
            f"Past role {entry!r} has more than three parts; "
            f"write Title|domain|years, e.g. {PAST_ROLES_EXAMPLE}."
        )
    parts += [""] * (3 - len(parts))
    return _past_role(parts[0], parts[1], parts[2], entry)


def parse_past_roles(raw: object) -> tuple[PastRole, ...]:
    """Accept `Title|domain|years; Title|domain|years` or a list of dicts. A missing
    domain is "other" and missing years are 0. Raises ValueError naming every bad entry
    (empty title, unknown domain, years outside 0-60)."""
    if not raw:
        return ()
    entries: list[object] = list(raw) if isinstance(raw, list | tuple) else []
    parse: Callable[[object], PastRole] = _record_role
    if not isinstance(raw, list | tuple):
        entries = [chunk for chunk in str(raw).split(";") if chunk.strip()]
        parse = _typed_role
    roles: list[PastRole] = []
    problems: list[str] = []
    for entry in entries:
        try:
            roles.append(parse(entry))
        except ValueError as bad:
            problems.append(str(bad))
    if problems:
        raise ValueError(" ".join(problems))
    return tuple(roles)


def format_past_roles(roles: tuple[PastRole, ...]) -> str:
    """Past roles written the way `parse_past_roles` reads them back."""
    return "; ".join(f"{r.title}|{r.domain}|{r.years:g}" for r in roles)


# One check per field: (value as typed, today) -> the clean value, or ValueError(message).


def _target_role(value: object, today: date) -> str:
    roles = load_roles()
    role = str(value or "").strip().lower()
    if role not in roles:
        known = ", ".join(sorted(roles))
        raise ValueError(f"Unknown target role {value!r}. Choose one of: {known}.")
    return role


def _company_sizes(value: object, today: date) -> tuple[str, ...]:
    try:
        sizes = parse_sizes(DEFAULT_SIZES if value is None else value)
    except ValueError as bad:
        raise ValueError(
            f"Unknown company size {bad.args[0]!r}. Use <50, 50-500 or 500+ (or small, mid, large)."
        ) from None
    if not sizes:
        raise ValueError("Pick at least one company size: <50, 50-500 or 500+.")
    return sizes


def _hours(value: object, today: date) -> int:
    hours = _whole(DEFAULT_HOURS if value is None else value, "hours_per_week")
    if not MIN_HOURS <= hours <= MAX_HOURS:
        raise ValueError(
            f"Hours per week must be between {MIN_HOURS} and {MAX_HOURS} (15-20 is typical); "
            f"got {hours}."
        )
    return hours


def _months(value: object, today: date) -> int:
    months = _whole(DEFAULT_MONTHS if value is None else value, "timeline_months")
    if not MIN_MONTHS <= months <= MAX_MONTHS:
        raise ValueError(
            f"The timeline must be {MIN_MONTHS} to {MAX_MONTHS} months; got {months}. "
            "Shorter leaves no room for practice; longer plans are better split into two runs."
        )
    return months


def _start_date(value: object, today: date) -> date:
    if value in (None, ""):
        return today
    if isinstance(value, date):
        start = value
    else:
        try:
            start = date.fromisoformat(str(value).strip())
        except ValueError:
            raise ValueError(f"Start date must look like 2026-01-31, got {value!r}.") from None
    first, last = start_window(today)
    if not first <= start <= last:
        raise ValueError(
            f"Start date must be within a year of today: from {first.isoformat()} "
            f"to {last.isoformat()}; got {start.isoformat()}."
        )
    return start


def _domain(value: object, today: date) -> str:
    dom = str(value or NO_DOMAIN).strip().lower()
    if dom not in DOMAINS:
        raise ValueError(f"Unknown past domain {value!r}. Choose one of: {', '.join(DOMAINS)}.")
    return dom


def _past_roles(value: object, today: date) -> tuple[PastRole, ...]:
    return parse_past_roles(value)


def _years(value: object, today: date) -> float:
    raw = str(value if value not in (None, "") else 0).strip()
    try:
        years = float(raw)
    except ValueError:
        years = -1.0
    if not 0 <= years <= MAX_YEARS:  # also catches nan
        raise ValueError(f"Years of experience must be 0 to {MAX_YEARS}, got {value!r}.")
    return years


def _name(value: object, today: date) -> str:
    if len(str(value or "")) > MAX_NAME:
        raise ValueError(f"Name is too long ({MAX_NAME} characters at most).")
    return str(value or "").strip()


FieldCheck = Callable[[object, date], object]
FIELD_CHECKS: tuple[tuple[str, FieldCheck], ...] = (
    ("target_role", _target_role),
    ("company_sizes", _company_sizes),
    ("hours_per_week", _hours),
    ("timeline_months", _months),
    ("start_date", _start_date),
    ("domain", _domain),
    ("past_roles", _past_roles),
    ("years_experience", _years),
    ("name", _name),
)


def _checked(raw: Mapping[str, object], today: date) -> tuple[dict[str, object], dict[str, str]]:
    """Every field's clean value, and the message of every field that is wrong."""
    clean: dict[str, object] = {}
    errors: dict[str, str] = {}
    for name, check in FIELD_CHECKS:
        try:
            clean[name] = check(raw.get(name), today)
        except ValueError as bad:
            errors[name] = str(bad)
    return clean, errors


def validate_profile(
    *,
    target_role: object,
    company_sizes: object = None,
    hours_per_week: object = None,
    timeline_months: object = None,
    start_date: object = None,
    past_roles: object = (),
    name: object = "",
    domain: object = NO_DOMAIN,
    years_experience: object = 0,
    today: date | None = None,
) -> ProfileInput:
    """Return a clean `ProfileInput` or raise `ValidationError` listing every bad field.
    A value left as None takes its default (company sizes: mid; 18 h/week; 6 months;
    start today)."""
    raw = {
        "target_role": target_role,
        "company_sizes": company_sizes,
        "hours_per_week": hours_per_week,
        "timeline_months": timeline_months,
        "start_date": start_date,
        "past_roles": past_roles,
        "name": name,
        "domain": domain,
        "years_experience": years_experience,
    }
    clean, errors = _checked(raw, today or clock.today())
    if errors:
        first = next(iter(errors.values()))
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise ValidationError(first + more, field=next(iter(errors)), errors=errors)
    return ProfileInput(**clean)  # type: ignore[arg-type]


def field_problem(name: str, value: object, *, today: date | None = None) -> str | None:
    """The message for one field's value on its own (None when it is fine), so a
    prompt can ask again for just that field. Uses the same checks as the whole form."""
    baseline: dict[str, object] = {"target_role": next(iter(load_roles()))}
    try:
        validate_profile(**(baseline | {name: value}), today=today)
    except ValidationError as error:
        return error.errors.get(name)
    return None


# A stored start date is not held to the form's window: a profile saved long ago is still
# the learner's, and the plan already answers a far-off start by asking for a new one.
STORED_UNCHECKED = ("start_date",)


def _as_stored(value: object) -> object:
    """A clean value as the profile table holds it (tuples as lists, past roles as dicts)."""
    if isinstance(value, tuple):
        return [asdict(v) if isinstance(v, PastRole) else v for v in value]
    return value


def stored_profile_problems(
    row: Mapping[str, object], *, today: date | None = None
) -> dict[str, str]:
    """{field: why} for each value of a stored profile row (an imported one) that the form
    would refuse, or that the form would have stored differently ("<50" where it stores
    "small"): the same checks as `validate_profile`, so no page meets a profile the app
    could not have saved. Fields missing from `row` are not checked (their defaults are)."""
    clean, errors = _checked(row, today or clock.today())
    for name, value in clean.items():
        if name in errors or name in STORED_UNCHECKED or name not in row:
            continue
        if _as_stored(value) != row[name]:
            errors[name] = (
                f"{name} holds {str(row[name])[:60]!r}, which the profile form stores "
                f"as {str(_as_stored(value))[:60]!r}."
            )
    return {n: why for n, why in errors.items() if n in row and n not in STORED_UNCHECKED}
