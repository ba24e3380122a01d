"""Back-of-the-envelope numbers in a worksheet, recomputed from the learner's own assumptions.

Assumptions read from the text (any phase):

    "100M DAU" / "100 million daily active users"           users per day
    "10 requests per user per day", "each user posts 2 times a day"   actions per user
    "2B events per day", "500M new links per month"           actions per day (absolute)
    "1 KB per record", "each event is 500 bytes"              size of one record
    "kept for 3 years", "retention 90 days"                  retention
    "peak is 3x average", "3x peak"                          peak factor
    "replication factor 3", "3 replicas"                     copies stored
    "read:write 10:1", "100:1 read to write"                 reads per write

Claims: a rate in req/s ("12k QPS", "~1,200 writes/s"), a size ("storage: 1.1 PB",
"3 TB per day") and a bandwidth ("12 MB/s", "100 Mbps"). Each claim is compared to the
value its assumptions give; it passes within a factor of 2, and the working is shown.
A claim with no number ("QPS: high") is reported as not a number. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pivotprep.design.review.numbers import (
    BYTE_UNITS,
    BYTES,
    COUNT,
    MAGNITUDE,
    MAGNITUDES,
    NUMBER,
    RATE,
    bytes_value,
    human,
    rate_value,
    to_float,
    within,
)

FACTOR = 2.0
SECONDS_PER_DAY = 86_400
READ_WORDS = (
    "read",
    "view",
    "fetch",
    "search",
    "load",
    "open",
    "click",
    "visit",
    "lookup",
    "redirect",
    "get",
    "download",
    "query",
    "queries",
)
WRITE_WORDS = (
    "write",
    "post",
    "upload",
    "message",
    "create",
    "order",
    "send",
    "new",
    "insert",
    "update",
    "event",
    "transaction",
    "payment",
    "record",
    "log",
    "shorten",
    "tweet",
)

N = rf"{NUMBER}\s*{MAGNITUDE}"
USERS = re.compile(
    rf"{N}\s*(?:dau|daily\s+active\s+users|daily\s+users|active\s+users\s+(?:a|per)\s+day|"
    rf"users\s+(?:a|per|each)\s+day)\b",
    re.IGNORECASE,
)
MAU = re.compile(rf"{N}\s*(?:mau|monthly\s+active\s+users|monthly\s+users)\b", re.IGNORECASE)
PER_USER = re.compile(
    rf"{N}\s+([a-z][a-z ]{{0,30}}?)\s*(?:per|/|a|each|every)\s*(?:user|dau|person|customer|"
    rf"member|driver|rider|device)s?\s*(?:per|/|a|each|every)\s*day",
    re.IGNORECASE,
)
EACH_USER = re.compile(
    rf"(?:each|every|a|the average|an average)\s+(?:user|customer|member|person|device)\s+"
    rf"(?:\w+\s+){{0,3}}?{N}\s+([a-z][a-z ]{{0,30}}?)\s*(?:a|per|each|every|/)\s*day",
    re.IGNORECASE,
)
PER_PERIOD = re.compile(
    rf"{N}\s+([a-z][a-z ]{{0,30}}?)\s*(?:per|/|a|each|every)\s*(day|month|year|hour)\b",
    re.IGNORECASE,
)
SIZE = re.compile(
    rf"(?:{BYTES.pattern})\s*(?:per|each|/|a|for each|for every|an?)\s+([a-z]+)", re.IGNORECASE
)
EACH_SIZE = re.compile(
    rf"(?:each|every|one|a|an|average|avg|the)\s+([a-z]+)\s+(?:\w+\s+){{0,2}}?(?:is|are|=|~|of|"
    rf"takes|weighs|averages|about)\s+(?:about\s+|around\s+|~\s*)?(?:{BYTES.pattern})",
    re.IGNORECASE,
)
RETENTION = re.compile(
    rf"(?:keep|kept|retain|retained|retention|store|stored|for|over|history of)\D{{0,30}}?"
    rf"{NUMBER}\s*(years?|yrs?|months?|days?)\b",
    re.IGNORECASE,
)
PEAK = re.compile(
    r"peak\D{0,25}?(\d+(?:\.\d+)?)\s*(?:x|×|times)\b|(\d+(?:\.\d+)?)\s*(?:x|×)\s*(?:the\s+)?"
    r"(?:average\s+)?(?:at\s+|for\s+|in\s+)?peak",
    re.IGNORECASE,
)
REPLICATION = re.compile(
    r"replication\s*(?:factor)?\s*(?:of|=|:|is)?\s*(\d+)|(\d+)\s*(?:x\s*)?(?:replicas|copies)"
    r"|replicated\s+(\d+)\s*(?:x|×|times|ways?)",
    re.IGNORECASE,
)
RATIO = re.compile(
    r"(\d+)\s*:\s*(\d+)\s*(?:read|r)\s*(?:to|:|/)\s*(?:write|w)"
    r"|reads?\s*(?:to|:|/)\s*writes?\s*(?:ratio)?\s*(?:of|=|is|:)?\s*(\d+)\s*:\s*(\d+)",
    re.IGNORECASE,
)
QPS = re.compile(
    rf"{N}\s*(?:qps|rps|tps|req/s|reqs/s|requests?\s*/\s*s(?:ec)?|requests?\s+(?:per|a)\s+second|"
    rf"(?:reads?|writes?|events?|messages?|queries|lookups?|predictions?|calls?|redirects?)"
    rf"\s*(?:/\s*s(?:ec)?\b|per\s+second|a\s+second)|per\s+second|/\s*s(?:ec)?\b)",
    re.IGNORECASE,
)
QPS_WORD_FIRST = re.compile(
    rf"\b(?:qps|rps|requests per second|throughput)\b[^0-9\n]{{0,25}}?{N}"
    r"(?!\s*(?:kb|mb|gb|tb|pb|bytes))",
    re.IGNORECASE,
)
CLAIM_WORD = re.compile(
    r"\b(qps|rps|requests per second|storage|bandwidth|throughput|egress|ingress)\b"
    r"\s*(?:is|=|:|~|≈|of|will be|would be|around|about)",
    re.IGNORECASE,
)
PERIODS = {"day": 1.0, "month": 30.0, "year": 365.0, "hour": 1 / 24}


@dataclass(frozen=True)
class Assumption:
    name: str  # users, per_user_read, per_user_write, per_user, per_day, size, retention_days...
    value: float
    quote: str


@dataclass(frozen=True)
class NumberCheck:
    kind: str  # qps, storage, bandwidth
    quote: str  # the learner's sentence
    claimed: float | None
    expected: float | None
    status: str  # pass, off, not-a-number, cannot-check
    working: str
    unit: str  # req/s, bytes, bytes/s

    @property
    def ok(self) -> bool:
        return self.status == "pass"


@dataclass
class Assumptions:
    found: list[Assumption] = field(default_factory=list)

    def get(self, name: str) -> Assumption | None:
        return next((a for a in self.found if a.name == name), None)

    def add(self, name: str, value: float, quote: str) -> None:
        if self.get(name) is None and value > 0:
            self.found.append(Assumption(name, value, quote))


def _short(text: str, limit: int = 220) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _kind_of(noun: str) -> str:
    noun = noun.lower()
    if any(w in noun for w in READ_WORDS):
        return "read"
    if any(w in noun for w in WRITE_WORDS):
        return "write"
    return "total"


def _count(found: re.Match[str], start: int = 1) -> float:
    return to_float(found.group(start)) * _magnitude(found.group(start + 1))


def read_assumptions(sentences: list[str]) -> Assumptions:
    """Every assumption stated in the sentences (the first statement of each kind wins)."""
    found = Assumptions()
    for sentence in sentences:
        _users(found, sentence)
        _rates(found, sentence)
        _sizes(found, sentence)
        _others(found, sentence)
    return found


def _users(found: Assumptions, sentence: str) -> None:
    if match := USERS.search(sentence):
        found.add("users", _count(match), sentence)
    elif match := MAU.search(sentence):
        found.add("mau", _count(match), sentence)


def _rates(found: Assumptions, sentence: str) -> None:
    for pattern in (PER_USER, EACH_USER):
        for match in pattern.finditer(sentence):
            found.add(f"per_user_{_kind_of(match.group(3))}", _count(match), sentence)
    for match in PER_PERIOD.finditer(sentence):
        noun = match.group(3)
        if re.search(r"\b(users?|dau|mau|customers?)\b", noun, re.IGNORECASE):
            continue
        if PER_USER.search(sentence) or EACH_USER.search(sentence):
            continue
        per_day = _count(match) / PERIODS[match.group(4).lower()]
        found.add(f"per_day_{_kind_of(noun)}", per_day, sentence)


def _sizes(found: Assumptions, sentence: str) -> None:
    for pattern, offset in ((SIZE, 0), (EACH_SIZE, 1)):
        match = pattern.search(sentence)
        if match:
            groups = match.groups()[offset : offset + 3]
            if groups[0] is None:
                continue
            value = to_float(groups[0]) * _magnitude(groups[1]) * _unit(groups[2])
            found.add("size", value, sentence)
            return


def _magnitude(word: str | None) -> float:
    return MAGNITUDES.get((word or "").lower(), 1.0)


def _unit(word: str) -> float:
    return BYTE_UNITS[word.lower()]


def _others(found: Assumptions, sentence: str) -> None:
    if match := RETENTION.search(sentence):
        unit = match.group(2).lower()
        days = (
            365.0 if unit.startswith(("year", "yr")) else 30.0 if unit.startswith("month") else 1.0
        )
        found.add("retention_days", to_float(match.group(1)) * days, sentence)
    if match := PEAK.search(sentence):
        found.add("peak", float(match.group(1) or match.group(2)), sentence)
    if match := REPLICATION.search(sentence):
        found.add("replication", float(next(g for g in match.groups() if g)), sentence)
    if match := RATIO.search(sentence):
        groups = [g for g in match.groups() if g]
        reads, writes = float(groups[0]), float(groups[1])
        if writes:
            found.add("read_ratio", reads / writes, sentence)


@dataclass(frozen=True)
class Rates:
    """Daily actions derived from the assumptions, with the working of each."""

    writes: tuple[float, str] | None
    reads: tuple[float, str] | None
    total: tuple[float, str] | None


def daily_rates(a: Assumptions) -> Rates:
    users = a.get("users")
    writes = reads = total = None
    if users:
        u = users.value
        for kind in ("write", "read", "total"):
            per = a.get(f"per_user_{kind}")
            if per:
                value = (u * per.value, f"{human(u)} users × {human(per.value)} per user per day")
                if kind == "write":
                    writes = value
                elif kind == "read":
                    reads = value
                else:
                    total = value
    for kind in ("write", "read", "total"):
        per_day = a.get(f"per_day_{kind}")
        if per_day:
            value = (per_day.value, f"{human(per_day.value)} per day as stated")
            if kind == "write" and writes is None:
                writes = value
            elif kind == "read" and reads is None:
                reads = value
            elif kind == "total" and total is None:
                total = value
    ratio = a.get("read_ratio")
    if ratio and writes and reads is None:
        reads = (writes[0] * ratio.value, f"{writes[1]} × {ratio.value:g} reads per write")
    if total is None and (writes or reads):
        parts = [p for p in (writes, reads) if p]
        total = (sum(p[0] for p in parts), " + ".join(f"({p[1]})" for p in parts))
    if writes is None and total is not None and reads is None:
        writes = total
    return Rates(writes, reads, total)


def _qualifier(sentence: str) -> tuple[bool, str]:
    lowered = sentence.lower()
    peak = "peak" in lowered or "max" in lowered
    if re.search(r"\b(writes?|uploads?|ingest\w*|posts?|inserts?|creates?)\b", lowered):
        return peak, "write"
    if re.search(r"\b(reads?|views?|fetch\w*|downloads?|egress|redirects?|lookups?)\b", lowered):
        return peak, "read"
    return peak, ""


def _rate_for(rates: Rates, which: str) -> tuple[float, str] | None:
    chosen = {"write": rates.writes, "read": rates.reads}.get(which)
    return chosen or rates.total


def _compare(
    kind: str, quote: str, claimed: float, expected: float, working: str, unit: str
) -> NumberCheck:
    ok = within(claimed, expected, FACTOR)
    verdict = (
        "within 2x" if ok else f"off by {max(claimed, expected) / min(claimed, expected):.1f}x"
    )
    text = f"{working} = {human(expected, unit)}; you wrote {human(claimed, unit)}: {verdict}"
    return NumberCheck(kind, _short(quote), claimed, expected, "pass" if ok else "off", text, unit)


def check_qps(quote: str, claimed: float, a: Assumptions, rates: Rates) -> NumberCheck:
    peak, which = _qualifier(quote)
    base = _rate_for(rates, which)
    if base is None:
        return _cannot("qps", quote, claimed, "req/s", "users per day and actions per user")
    value = base[0] / SECONDS_PER_DAY
    working = f"{base[1]} ÷ 86,400 s"
    factor = a.get("peak")
    if peak and factor:
        value *= factor.value
        working += f" × {factor.value:g} (peak)"
    return _compare("qps", quote, claimed, value, working, "req/s")


def check_storage(quote: str, claimed: float, a: Assumptions, rates: Rates) -> NumberCheck:
    size = a.get("size")
    stored = rates.writes or rates.total
    if stored is None or size is None:
        return _cannot("storage", quote, claimed, "bytes", "records written per day and their size")
    value = stored[0] * size.value
    working = f"{stored[1]} × {human(size.value, 'bytes')}"
    lowered = quote.lower()
    if re.search(r"per day|a day|/day|daily", lowered):
        pass
    elif re.search(r"per year|a year|/year|yearly|annual", lowered):
        value *= 365
        working += " × 365 days"
    else:
        retention = a.get("retention_days")
        if retention is None:
            return _cannot("storage", quote, claimed, "bytes", "how long the data is kept")
        value *= retention.value
        working += f" × {retention.value:g} days"
    copies = a.get("replication")
    if copies and not re.search(r"before replication|raw|without replication", lowered):
        value *= copies.value
        working += f" × {copies.value:g} copies"
    return _compare("storage", quote, claimed, value, working, "bytes")


def check_bandwidth(quote: str, claimed: float, a: Assumptions, rates: Rates) -> NumberCheck:
    size = a.get("size")
    _, which = _qualifier(quote)
    base = _rate_for(rates, which)
    if base is None or size is None:
        return _cannot("bandwidth", quote, claimed, "bytes/s", "request rate and record size")
    value = base[0] / SECONDS_PER_DAY * size.value
    working = f"{base[1]} ÷ 86,400 s × {human(size.value, 'bytes')}"
    peak, _ = _qualifier(quote)
    factor = a.get("peak")
    if peak and factor:
        value *= factor.value
        working += f" × {factor.value:g} (peak)"
    return _compare("bandwidth", quote, claimed, value, working, "bytes/s")


def _cannot(kind: str, quote: str, claimed: float, unit: str, needs: str) -> NumberCheck:
    return NumberCheck(
        kind,
        _short(quote),
        claimed,
        None,
        "cannot-check",
        f"cannot recompute: state the {needs} this figure comes from",
        unit,
    )


def check_numbers(sentences: list[str]) -> tuple[list[Assumption], list[NumberCheck]]:
    """The assumptions found and a check for every rate, storage and bandwidth claim."""
    assumptions = read_assumptions(sentences)
    if assumptions.get("users") is None and (mau := assumptions.get("mau")):
        assumptions.found.append(Assumption("users", mau.value, mau.quote + " (monthly users)"))
    rates = daily_rates(assumptions)
    checks: list[NumberCheck] = []
    for sentence in sentences:
        checks.extend(_claims_in(sentence, assumptions, rates))
    return assumptions.found, checks


def _claims_in(sentence: str, a: Assumptions, rates: Rates) -> list[NumberCheck]:
    found: list[NumberCheck] = []
    spans: list[tuple[int, int]] = []
    for match in RATE.finditer(sentence):
        spans.append(match.span())
        found.append(check_bandwidth(sentence, rate_value(match), a, rates))
    if not _is_assumption(sentence):
        for match in BYTES.finditer(sentence):
            if _inside(match.span(), spans) or not _storage_sentence(sentence):
                continue
            spans.append(match.span())
            found.append(check_storage(sentence, bytes_value(match), a, rates))
    for pattern in (QPS, QPS_WORD_FIRST):
        for match in pattern.finditer(sentence):
            if _inside(match.span(), spans):
                continue
            spans.append(match.span())
            found.append(check_qps(sentence, _count(match), a, rates))
    if not found and (word := CLAIM_WORD.search(sentence)) and not COUNT.search(sentence):
        found.append(_not_a_number(sentence, word.group(1).lower()))
    return found


def _is_assumption(sentence: str) -> bool:
    return bool(SIZE.search(sentence) or EACH_SIZE.search(sentence))


def _storage_sentence(sentence: str) -> bool:
    return bool(
        re.search(
            r"stor|disk|space|total|retain|retention|per (day|year|month)|a (day|year)|daily|yearly"
            r"|over|after|years?|footprint|capacity|need",
            sentence,
            re.IGNORECASE,
        )
    )


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] < e or s < span[1] <= e for s, e in spans)


def _not_a_number(sentence: str, word: str) -> NumberCheck:
    kind = {
        "storage": "storage",
        "bandwidth": "bandwidth",
        "egress": "bandwidth",
        "ingress": "bandwidth",
    }.get(word, "qps")
    unit = {"storage": "bytes", "bandwidth": "bytes/s"}.get(kind, "req/s")
    example = {"qps": "12k req/s", "storage": "40 TB", "bandwidth": "25 MB/s"}[kind]
    return NumberCheck(
        kind,
        _short(sentence),
        None,
        None,
        "not-a-number",
        f"no number given: write it as a figure such as {example}, with the assumptions it "
        "comes from",
        unit,
    )
