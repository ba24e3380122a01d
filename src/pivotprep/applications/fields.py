"""Checks for values a person types or a file holds: lengths, dates, lists, yes/no.

Each returns the clean value or raises ValueError with a message that names the field,
so a form can show it beside the field and an import can show it beside the line. Pure.
"""

from __future__ import annotations

import json
import re
from datetime import date

from pivotprep.applications.dates import parse_date


def text(value: object, label: str, limit: int, *, required: bool = False) -> str:
    """Stripped text (inner newlines kept) within `limit` characters."""
    cleaned = str(value if value is not None else "").replace("\x00", "").strip()
    if required and not cleaned:
        raise ValueError(f"{label} is empty.")
    if len(cleaned) > limit:
        raise ValueError(f"{label} is {len(cleaned):,} characters; the limit is {limit:,}.")
    return cleaned


def line(value: object, label: str, limit: int, *, required: bool = False) -> str:
    """One line of text: inner whitespace collapsed."""
    return text(
        " ".join(str(value if value is not None else "").split()), label, limit, required=required
    )


def day(
    value: object, label: str, *, order: str = "mdy", latest: date | None = None
) -> date | None:
    """A date from text (see dates.py), or None for an empty value; not after `latest`."""
    if isinstance(value, date):
        parsed: date | None = value
    else:
        try:
            parsed = parse_date(str(value or ""), order=order)
        except ValueError as bad:
            raise ValueError(f"{label}: {bad}") from None
    if parsed is not None and latest is not None and parsed > latest:
        raise ValueError(f"{label} is {parsed.isoformat()}, after today ({latest.isoformat()}).")
    return parsed


def items(value: object, label: str, *, limit: int = 200, most: int = 50) -> list[str]:
    """A list from a cell: a JSON array (as pivotprep exports it) or "a; b; c"."""
    if isinstance(value, list | tuple):
        raw = [str(v) for v in value]
    else:
        cell = str(value or "").strip()
        raw = []
        if cell.startswith("["):
            try:
                loaded = json.loads(cell)
            except json.JSONDecodeError:
                loaded = None
            if isinstance(loaded, list) and all(isinstance(v, str) for v in loaded):
                raw = loaded
            else:
                raise ValueError(f"{label} starts with '[' but is not a list of names.")
        elif cell:
            raw = cell.split(";")
    out = list(dict.fromkeys(x for x in (line(v, label, limit) for v in raw) if x))
    if len(out) > most:
        raise ValueError(f"{label} lists {len(out)} names; the limit is {most}.")
    return out


def yes_no(value: object, label: str) -> bool | None:
    word = str(value or "").strip().casefold()
    if not word:
        return None
    if word in ("yes", "y", "true", "1"):
        return True
    if word in ("no", "n", "false", "0"):
        return False
    raise ValueError(f"{label} must be yes or no, got {word[:20]!r}.")


def url(value: object, label: str, limit: int) -> str:
    """A web address, or empty; only http(s) addresses are accepted (they become links).
    A bare address ("www.linkedin.com/in/ada") gets https:// in front."""
    cleaned = line(value, label, limit)
    if cleaned and re.fullmatch(r"[\w-]+(\.[\w-]+)*\.[a-z]{2,}(/\S*)?", cleaned, re.IGNORECASE):
        cleaned = "https://" + cleaned
    if cleaned and not cleaned.lower().startswith(("http://", "https://")):
        raise ValueError(f"{label} must start with https:// (got {cleaned[:40]!r}).")
    return cleaned
