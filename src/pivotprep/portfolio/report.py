"""The check's report: one verdict per check with its evidence, the fixes in order of
impact, a score, and the two exports (a plain dict for JSON and the history, Markdown).

Pure. A check's `impact` is how much it weighs in the score and in the order of the fixes:
the things that stop a reviewer first (no install, no run instructions, a leaked secret)
weigh most. A skipped check weighs nothing; a warning counts half.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

STATUSES = ("pass", "warn", "fail", "skip")
STAGES = ("intake", "static", "install", "tests", "serve", "probe", "notebooks")
MAX_TAIL = 12


@dataclass(frozen=True)
class Evidence:
    """Where a finding comes from: a file, a line (0: the whole file) and what is there."""

    file: str
    line: int = 0
    text: str = ""

    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file


@dataclass
class Check:
    """One check's verdict. `command`, `exit_code` and `tail` are set for checks that ran a
    program; `seconds` for those that were timed; `fix` says what to change when it failed."""

    id: str
    title: str
    stage: str
    status: str
    summary: str
    impact: int
    evidence: list[Evidence] = field(default_factory=list)
    fix: str = ""
    command: str = ""
    exit_code: int | None = None
    tail: list[str] = field(default_factory=list)
    seconds: float | None = None


@dataclass
class Report:
    """A whole check of one project."""

    project: str
    source: str
    files: int
    bytes: int
    checks: list[Check] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    sandbox: str = ""
    first_run_seconds: float | None = None  # clean slate -> first successful run
    stage_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def score(self) -> int:
        return score(self.checks)

    def fixes(self) -> list[Check]:
        return fixes(self.checks)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["score"] = self.score
        data["fixes"] = [c.fix for c in self.fixes()]
        return data


def last_lines(text: str, count: int = MAX_TAIL) -> list[str]:
    """The last non-empty lines of a program's output, each cut to 300 characters."""
    lines = [line.rstrip()[:300] for line in text.splitlines() if line.strip()]
    return lines[-count:]


def score(checks: list[Check]) -> int:
    """0-100: the impact-weighted share of the checks that passed (a warning: half)."""
    weight = sum(c.impact for c in checks if c.status != "skip")
    if weight == 0:
        return 0
    earned = sum(
        c.impact * (1.0 if c.status == "pass" else 0.5)
        for c in checks
        if c.status in ("pass", "warn")
    )
    return round(100 * earned / weight)


def fixes(checks: list[Check]) -> list[Check]:
    """The failed and warned checks that say what to do, most impact first (failures
    before warnings of the same impact)."""
    todo = [c for c in checks if c.status in ("fail", "warn") and c.fix]
    return sorted(todo, key=lambda c: (-c.impact * (2 if c.status == "fail" else 1), c.id))


def from_dict(data: dict[str, Any]) -> Report:
    """A report back from its stored dict (the history)."""
    checks = [
        Check(**{**c, "evidence": [Evidence(**e) for e in c.get("evidence", [])]})
        for c in data.get("checks", [])
    ]
    fields = {k: data[k] for k in ("project", "source", "files", "bytes") if k in data}
    report = Report(**fields, checks=checks)
    report.notes = list(data.get("notes", []))
    report.sandbox = data.get("sandbox", "")
    report.first_run_seconds = data.get("first_run_seconds")
    report.stage_seconds = dict(data.get("stage_seconds", {}))
    return report


@dataclass(frozen=True)
class Change:
    """A check whose verdict moved between two reports."""

    id: str
    title: str
    before: str
    after: str

    @property
    def improved(self) -> bool:
        order = {"fail": 0, "warn": 1, "pass": 2, "skip": 1}
        return order[self.after] > order[self.before]


def changes(before: Report, after: Report) -> list[Change]:
    """What moved since the previous check of the same project."""
    old = {c.id: c for c in before.checks}
    moved = []
    for check in after.checks:
        prior = old.get(check.id)
        if prior is not None and prior.status != check.status:
            moved.append(Change(check.id, check.title, prior.status, check.status))
    return moved


MARK = {"pass": "PASS", "warn": "WARN", "fail": "FAIL", "skip": "SKIP"}


def _check_markdown(check: Check) -> list[str]:
    out = [f"### {MARK[check.status]} {check.title}", "", check.summary, ""]
    for item in check.evidence[:20]:
        text = f" `{item.text}`" if item.text else ""
        out.append(f"- `{item.where()}`{text}")
    if check.command:
        code = "" if check.exit_code is None else f" (exit code {check.exit_code})"
        out += ["", f"Command: `{check.command}`{code}"]
    if check.tail:
        out += ["", "```", *check.tail, "```"]
    if check.fix and check.status != "pass":
        out += ["", f"Fix: {check.fix}"]
    return [*out, ""]


def markdown(report: Report, moved: list[Change] | None = None) -> str:
    """The report as a Markdown document (for a README badge, a PR or a mentor)."""
    out = [
        f"# Portfolio check: {report.project}",
        "",
        f"Score: **{report.score}/100** · {report.files} files · read from a {report.source}",
    ]
    if report.first_run_seconds is not None:
        out.append(f"Clean slate to first successful run: {report.first_run_seconds:.1f} s")
    if report.sandbox:
        out.append(f"Sandbox: {report.sandbox}")
    out.append("")
    if moved:
        out += ["## Since the last check", ""]
        out += [f"- {c.title}: {c.before} → {c.after}" for c in moved]
        out.append("")
    todo = report.fixes()
    if todo:
        out += ["## Fix first", ""]
        out += [f"{n}. {c.fix}" for n, c in enumerate(todo, start=1)]
        out.append("")
    out += ["## Checks", ""]
    for check in report.checks:
        out += _check_markdown(check)
    for note in report.notes:
        out.append(f"> {note}")
    return "\n".join(out).rstrip() + "\n"
