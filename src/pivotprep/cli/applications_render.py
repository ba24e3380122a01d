"""How `pivotprep jobs` prints: companies with research and warm paths, applications,
the funnel, import reports. Everything people typed is escaped (Rich markup stays text).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pivotprep.cli.common import console


def esc(text: object) -> str:
    from rich.markup import escape

    return escape(str(text))


def read_bytes(path: Path, *, limit: int, what: str) -> bytes:
    """A file's bytes ('-' reads stdin), refused over `limit` bytes."""
    import sys

    from pivotprep.core.errors import InputTooLargeError, UserError

    try:
        if str(path) == "-":
            data = sys.stdin.buffer.read(limit + 1)
        else:
            if path.stat().st_size > limit:
                raise InputTooLargeError(
                    f"{path} is over {limit // 2**20} MB; a {what} is never that large."
                )
            data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"Cannot read {path}: {exc.strerror or exc}.", field="file") from None
    if len(data) > limit:
        raise InputTooLargeError(f"The {what} is over {limit // 2**20} MB.")
    return data


def bar(percent: int, width: int = 10) -> str:
    filled = round(width * max(0, min(percent, 100)) / 100)
    return "█" * filled + "·" * (width - filled)


def print_companies(summaries: list[Any], aim: tuple[int, int]) -> None:
    from rich.table import Table

    out = console()
    n = len(summaries)
    verdict = (
        "on target"
        if aim[0] <= n <= aim[1]
        else (f"aim for {aim[0]}-{aim[1]}" if n < aim[0] else "more than you can research well")
    )
    out.print(f"[bold]{n} target compan{'y' if n == 1 else 'ies'}[/bold] ({verdict}).")
    if not summaries:
        return
    table = Table(show_edge=False, pad_edge=False)
    for column in ("#", "company", "size", "role", "research", "warm paths", "scan", "stage"):
        table.add_column(column)
    for s in summaries:
        scan = "-"
        if s.scan is not None:
            colour = "red" if s.scan.below else "green"
            scan = f"[{colour}]{s.scan.rate:.0f}%[/{colour}]"
        elif s.has_posting:
            scan = "not scanned"
        table.add_row(
            str(s.id),
            esc(s.name),
            s.size_label,
            esc(s.role) or "-",
            f"{bar(s.research.percent)} {s.research.done}/{s.research.total}",
            str(len(s.paths)),
            scan,
            s.stage or "-",
        )
    out.print(table)


def print_paths(paths: list[Any]) -> None:
    out = console()
    for company in paths:
        count = len(company.paths)
        out.print(
            f"[bold]{esc(company.company_name)}[/bold] ({company.size_label}): "
            f"{count} warm path{'s' if count != 1 else ''}"
        )
        for path in company.paths:
            position = f", {esc(path.position)}" if path.position else ""
            out.print(
                f"  #{path.contact_id} {esc(path.name)}{position} [dim]({path.label}: "
                f"{esc('; '.join(path.why))})[/dim]"
            )
        if not count:
            out.print("  [dim]nobody you know works there yet[/dim]")


def paths_json(paths: list[Any]) -> str:
    return json.dumps(
        [
            {
                "company_id": c.company_id,
                "company": c.company_name,
                "size": c.size_label,
                "paths": [
                    {
                        "contact_id": p.contact_id,
                        "name": p.name,
                        "position": p.position,
                        "kinds": list(p.kinds),
                        "why": list(p.why),
                    }
                    for p in c.paths
                ],
            }
            for c in paths
        ],
        ensure_ascii=False,
        indent=2,
    )


def print_application(view: Any) -> None:
    out = console()
    out.print(
        f"[bold]#{view.id} {esc(view.company_name)}[/bold] - {esc(view.role) or 'role not set'}: "
        f"{view.stage_label} since {view.stage_changed_on.isoformat()}"
        + (" [yellow](stale)[/yellow]" if view.stale else "")
    )
    out.print(f"  channel: {view.channel_label}; applied: {view.applied_on or 'not yet'}")
    if view.salary_notes:
        out.print(f"  salary: {esc(view.salary_notes)}")
    if view.gate_override:
        out.print("  [yellow]applied over the gate:[/yellow]")
        for reason in view.gate_reasons:
            out.print(f"    - {esc(reason)}")
    for step in view.history:
        note = f"  {esc(step.note)}" if step.note else ""
        out.print(f"  {step.on.isoformat()}  {step.label}{note}")


def print_applications(views: list[Any]) -> None:
    from rich.table import Table

    out = console()
    if not views:
        out.print("No applications yet.")
        return
    table = Table(show_edge=False, pad_edge=False)
    for column in ("#", "company", "role", "stage", "since", "channel", "applied", ""):
        table.add_column(column)
    for v in views:
        flags = "[yellow]stale[/yellow]" if v.stale else ""
        if v.gate_override:
            flags += " over gate"
        table.add_row(
            str(v.id),
            esc(v.company_name),
            esc(v.role) or "-",
            v.stage_label,
            v.stage_changed_on.isoformat(),
            v.channel_label,
            v.applied_on.isoformat() if v.applied_on else "-",
            flags.strip(),
        )
    out.print(table)


def print_import(result: Any, what: str) -> None:
    out = console()
    out.print(
        f"Imported {result.rows - result.skipped_count:,} {what} "
        f"({result.created:,} new, {result.updated:,} updated) from a file read as "
        f"{result.encoding} with {result.delimiter}, header on line {result.header_line}."
    )
    if result.ignored_columns:
        out.print(f"Columns not used: {esc(', '.join(result.ignored_columns))}.")
    if result.skipped_count:
        out.print(f"[yellow]Skipped {result.skipped_count:,} line(s):[/yellow]")
        for problem in result.skipped[:50]:
            out.print(f"  line {problem.line}: {esc(problem.message)}")
        if result.skipped_count > 50:
            out.print(f"  ... and {result.skipped_count - 50:,} more")


def funnel_json(view: Any) -> str:
    def rate(r: Any) -> dict[str, Any]:
        return {"count": r.count, "of": r.of, "rate": r.value, "too_few": r.too_few}

    return json.dumps(
        {
            "channels": [
                {
                    "channel": row.channel or "not recorded",
                    "sent": row.sent,
                    "response": rate(row.response),
                    "interview": rate(row.interview),
                    "offer": rate(row.offer),
                }
                for row in view.rows
            ],
            "weekly": [
                {
                    "week": w.week_start.isoformat(),
                    "targeted": w.targeted,
                    "untargeted": w.untargeted,
                    "unchecked": w.unchecked,
                }
                for w in view.weekly
            ],
            "min_to_compare": view.min_to_compare,
            "baselines": [
                {
                    "channel": b.channel,
                    "text": b.text,
                    "rate": b.rate,
                    "source": b.source,
                    "url": b.url,
                }
                for b in view.baselines
            ],
        },
        indent=2,
    )


def print_funnel(view: Any, labels: dict[str, str]) -> None:
    from rich.table import Table

    out = console()
    table = Table(show_edge=False, pad_edge=False, title="Your funnel by channel")
    for column in ("channel", "sent", "response", "interview", "offer"):
        table.add_column(column)
    for row in view.rows:
        name = "All channels" if row.channel == "all" else labels.get(row.channel, row.channel)
        table.add_row(
            name, str(row.sent), row.response.words(), row.interview.words(), row.offer.words()
        )
    out.print(table)
    out.print(
        f"[dim]Response: any answer (screen, interview, offer or rejection). Rates over fewer "
        f"than {view.min_to_compare} applications are too few to compare.[/dim]"
    )
    out.print("Published baselines (hiring rates across many employers, not a promise):")
    for b in view.baselines:
        out.print(f"  - {labels.get(b.channel, b.channel)}: {esc(b.text)}. {esc(b.source)}.")
        out.print(f"    [dim]{esc(b.url)}[/dim]")
    if view.weekly:
        out.print("Targeted : untargeted applications per week (unchecked: imported):")
        for w in view.weekly:
            out.print(
                f"  week of {w.week_start.isoformat()}: {w.targeted} : {w.untargeted}"
                + (f" (+{w.unchecked} unchecked)" if w.unchecked else "")
            )
