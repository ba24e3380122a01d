"""Numbers as learners write them: "12k", "1.2e4", "100M", "3 billion", "1.5 TB", "40 MB/s".

`parse_count` reads a plain quantity with an optional magnitude word; `parse_bytes` a size
with a byte unit (decimal: 1 KB = 1,000 bytes); `parse_rate_bytes` a bandwidth (bytes or
bits per second). `human` writes a number back for people. Pure.
"""

from __future__ import annotations

import math
import re

# Bounded digit runs that start where a number starts: a 100,000-digit "number" costs a
# linear scan, not a quadratic one.
NUMBER = (
    r"(?<![\d.,])(\d{1,3}(?:,\d{3}){1,5}(?:\.\d{1,10})?(?![\d,])"
    r"|\d{1,15}(?:[.,]\d{1,10})?(?:e[+-]?\d{1,3})?(?![\d.,]\d))"
)
MAGNITUDE = r"(k|m|b|bn|mn|mm|thousand|million|billion|trillion|t)?"
MAGNITUDES = {
    "": 1.0,
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mm": 1e6,
    "million": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "t": 1e12,
    "trillion": 1e12,
}
BYTE_UNITS = {
    "b": 1.0,
    "byte": 1.0,
    "bytes": 1.0,
    "kb": 1e3,
    "kib": 1024.0,
    "kilobyte": 1e3,
    "kilobytes": 1e3,
    "mb": 1e6,
    "mib": 1024.0**2,
    "megabyte": 1e6,
    "megabytes": 1e6,
    "gb": 1e9,
    "gib": 1024.0**3,
    "gigabyte": 1e9,
    "gigabytes": 1e9,
    "tb": 1e12,
    "tib": 1024.0**4,
    "terabyte": 1e12,
    "terabytes": 1e12,
    "pb": 1e15,
    "pib": 1024.0**5,
    "petabyte": 1e15,
    "petabytes": 1e15,
    "eb": 1e18,
}
BIT_UNITS = {"bps": 1.0, "kbps": 1e3, "mbps": 1e6, "gbps": 1e9, "tbps": 1e12}
BYTE_WORD = "|".join(sorted(BYTE_UNITS, key=len, reverse=True))
COUNT = re.compile(rf"{NUMBER}\s*{MAGNITUDE}(?![a-z])", re.IGNORECASE)
BYTES = re.compile(
    rf"{NUMBER}\s*{MAGNITUDE}\s*({BYTE_WORD})(?![a-z/])(?!\s*(?:/|per)\s*s)", re.IGNORECASE
)
RATE = re.compile(
    rf"{NUMBER}\s*{MAGNITUDE}\s*(?:({BYTE_WORD})\s*(?:/\s*s(?:ec(?:ond)?)?\b|ps\b|per\s+second)"
    rf"|(bps|kbps|mbps|gbps|tbps|[kmgt]?b/s|[kmgt]?bits?/s)(?![a-z]))",
    re.IGNORECASE,
)


def to_float(text: str) -> float:
    """'12,000' -> 12000, '1,5' -> 1.5 (a decimal comma), '1.2e4' -> 12000."""
    text = text.strip()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        return float(text.replace(",", ""))
    return float(text.replace(",", "."))


def _magnitude(word: str | None) -> float:
    return MAGNITUDES.get((word or "").lower(), 1.0)


def parse_count(text: str) -> float | None:
    """The first plain quantity in `text` ("12k" -> 12000), or None."""
    found = COUNT.search(text)
    if not found:
        return None
    return to_float(found.group(1)) * _magnitude(found.group(2))


def bytes_value(found: re.Match[str]) -> float:
    return (
        to_float(found.group(1)) * _magnitude(found.group(2)) * BYTE_UNITS[found.group(3).lower()]
    )


def parse_bytes(text: str) -> float | None:
    found = BYTES.search(text)
    return bytes_value(found) if found else None


def rate_value(found: re.Match[str]) -> float:
    """Bytes per second of a RATE match (bits are divided by 8)."""
    base = to_float(found.group(1)) * _magnitude(found.group(2))
    if found.group(3):
        return base * BYTE_UNITS[found.group(3).lower()]
    unit = found.group(4).lower()
    if unit in BIT_UNITS:
        return base * BIT_UNITS[unit] / 8
    prefix = {"k": 1e3, "m": 1e6, "g": 1e9, "t": 1e12}.get(unit[0], 1.0)
    if unit.startswith(("bit", "b/")):
        prefix = 1.0
    return base * prefix / 8


def parse_rate_bytes(text: str) -> float | None:
    found = RATE.search(text)
    return rate_value(found) if found else None


def human(value: float, unit: str = "") -> str:
    """12345 -> '12,345'; 3.2e9 -> '3.2 billion'; bytes -> '1.2 TB'; rates keep '/s'."""
    if unit in ("bytes", "bytes/s"):
        return _human_bytes(value) + ("/s" if unit == "bytes/s" else "")
    if not math.isfinite(value):
        return str(value)
    text = _human_count(value)
    return f"{text} {unit}".strip()


def _human_count(value: float) -> str:
    if abs(value) >= 1e12:
        return f"{value / 1e12:.3g} trillion"
    if abs(value) >= 1e9:
        return f"{value / 1e9:.3g} billion"
    if abs(value) >= 1e6:
        return f"{value / 1e6:.3g} million"
    if abs(value) >= 100 or value == int(value):
        return f"{value:,.0f}"
    return f"{value:.3g}"


def _human_bytes(value: float) -> str:
    for unit, size in (("PB", 1e15), ("TB", 1e12), ("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if abs(value) >= size:
            return f"{value / size:.3g} {unit}"
    return f"{value:.3g} bytes"


def within(claimed: float, expected: float, factor: float) -> bool:
    """Whether `claimed` lies within `factor` times of `expected` (both positive)."""
    if claimed <= 0 or expected <= 0:
        return False
    ratio = claimed / expected
    return 1 / factor <= ratio <= factor
