"""The Rich rendering of an ATS scan report (kept apart from the command wiring).

Everything shown is decided by the service (`ScanView`: bands, labels, tones, variants,
match words); this module only lays it out and picks the terminal's colour for each tone.
"""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from pivotprep.resume.service import ScanView, Tone

# The terminal's colour for each tone.
STYLE = {Tone.GOOD: "green", Tone.CAUTION: "yellow", Tone.INFO: "cyan", Tone.BAD: "red"}


def _style(tone: Tone | None) -> str:
    return STYLE[tone] if tone is not None else ""


def _cell(text: str, width: int = 70) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def print_report(out: Console, view: ScanView, *, full: bool = False) -> None:
    """The report, starting with what to do. By default a summary that fits a screen (rate,
    parts, the top fixes, then the gaps); `full` adds every keyword with its evidence, the
    variants, the whole triage, the formatting checks and the notes."""
    _header(out, view)
    if not full:
        _summary(out, view)
        return
    _fixes(out, view)
    _parts(out, view)
    _keywords(out, view)
    _variants(out, view)
    _triage(out, view)
    _formatting(out, view)
    for note in view.notes:
        out.print(f"Note: {note}")
    if view.scan_id:
        out.print(f"Stored as scan #{view.scan_id} (`pivotprep scan history`).")


def _fixes(out: Console, view: ScanView) -> None:
    if not view.fixes:
        return
    out.print("[bold]What to fix first[/bold]")
    for number, fix in enumerate(view.fixes, start=1):
        out.print(f"  {number}. {escape(_cell(fix, 400))}")


def _summary(out: Console, view: ScanView) -> None:
    """Parts in a line each, the fixes, the gaps by name, and where the rest is."""
    for p in view.parts:
        kind = "" if p.in_rate else " (a check, not in the rate)"
        out.print(f"  {p.label}{kind}: {100 * p.score:.0f}%, {escape(_cell(p.detail, 140))}")
    _fixes(out, view)
    for label, missing in view.missing_groups():
        out.print(f"[bold]Missing, {label}:[/bold] {escape(_cell(', '.join(missing), 140))}")
    problems = [f for f in view.formatting if f.severity == "problem"]
    unlisted = [f for f in problems if f.message not in view.fixes]
    if unlisted:  # a problem already among the fixes is not said twice
        example = escape(_cell(unlisted[0].message, 400))
        out.print(f"Formatting: {len(problems)} problem(s), e.g. {example}")
    shown = f"Stored as scan #{view.scan_id}. " if view.scan_id else ""
    out.print(f"{shown}Every keyword with its evidence: run again with --full.")


def _header(out: Console, view: ScanView) -> None:
    out.print(
        Text.assemble(
            ("ATS scan: ", "bold"),
            f"{view.resume_name} (v{view.resume_version}) vs {view.job_label}",
        )
    )
    out.print(
        Text.assemble(
            ("Match rate ", "bold"),
            (f"{view.rate:.0f}%", f"bold {_style(view.band)}"),
            f" (exact forms only: {view.exact_rate:.0f}%)",
        )
    )
    out.print(
        Text.assemble(
            f"Share of the job's keywords found; {view.line}% is {view.line_note.rstrip('.')}",
        )
    )
    out.print(f"Mode: {view.mode}")
    changes = view.changes
    if changes is not None:
        out.print(f"[bold]Since last time:[/bold] {changes.summary}")
        if changes.required_gained:
            out.print(f"  now matched (required): {', '.join(changes.required_gained)}")
        if changes.required_lost:
            out.print(f"  no longer matched (required): {', '.join(changes.required_lost)}")


def _parts(out: Console, view: ScanView) -> None:
    parts = Table(title="How the rate is made", show_lines=False)
    for col in ("part", "weight", "score", "why"):
        parts.add_column(col)
    for p in view.parts:
        weight = str(p.weight) if p.in_rate else "check"
        parts.add_row(p.label, weight, f"{100 * p.score:.0f}%", p.detail)
    out.print(parts)


def _keywords(out: Console, view: ScanView) -> None:
    table = Table(title="Keywords: where the job asks, where your resume answers")
    for col in ("keyword", "kind", "job part", "job/you", "match", "evidence"):
        table.add_column(col)
    for k in view.keywords:
        evidence = f"job: {_cell(k.job_sentences[0], 60)}" if k.job_sentences else "job: -"
        if k.resume_lines:
            line = k.resume_lines[0]
            evidence += f"\nyou: L{line.number} {_cell(line.text, 60)}"
        name = k.name + (f' (job: "{k.job_wrote}")' if k.job_wrote else "")
        if k.one_of:
            name += f"\n(one of {k.one_of}: any counts)"
        table.add_row(
            name,
            k.kind.replace("_skills", "").replace("_keywords", ""),
            k.part,
            f"{k.job_count}/{k.resume_count}",
            Text(k.match, _style(k.tone)),
            evidence,
        )
    out.print(table)


def _variants(out: Console, view: ScanView) -> None:
    if not view.variants:
        return
    out.print("[bold]Matched as variants[/bold] (some ATS count only the job's exact words):")
    for v in view.variants:
        out.print(
            f"  the job writes '{v.job_wrote}', your line {v.line}{view.lines_of} writes "
            f"'{v.resume_wrote}': consider the job's wording where it is true"
        )


def _triage(out: Console, view: ScanView) -> None:
    if not view.triage:
        return
    table = Table(title="Missing keywords, triaged")
    for col in ("keyword", "verdict", "why", "what to do"):
        table.add_column(col)
    for item in view.triage:
        table.add_row(
            item.keyword, Text(item.label, _style(item.tone)), item.reason, item.suggestion
        )
    out.print(table)
    if view.gaps:
        out.print(
            "Real gaps are never worth claiming. `pivotprep scan gap add SKILL` (or "
            "--add-gaps-to-plan) puts them in your plan."
        )


def _formatting(out: Console, view: ScanView) -> None:
    if not view.formatting:
        return
    table = Table(title="Formatting and searchability")
    for col in ("check", "result", "detail"):
        table.add_column(col)
    for f in view.formatting:
        detail = f.message + (f"\n  {f.evidence}" if f.evidence else "")
        table.add_row(f.check, Text(f.severity, _style(f.tone)), detail)
    out.print(table)
