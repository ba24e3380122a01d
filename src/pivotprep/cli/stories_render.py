"""How `pivotprep stories` prints: escaping what people typed (Rich markup in a story stays
text), reading a story or an answer from an option, a file or stdin, and an analysis with
each sentence labelled and each finding with its fix.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pivotprep.cli.common import console

if TYPE_CHECKING:
    from pivotprep.stories.service import Analysis, StoryAnalysis

STATUS_STYLE = {"present": "green", "weak": "yellow", "missing": "red"}
LABEL_STYLE = {"S": "cyan", "T": "magenta", "A": "green", "R": "yellow", "none": "dim"}


def esc(text: object) -> str:
    from rich.markup import escape

    return escape(str(text))


def refuse_blank(**options: str | list[str] | None) -> None:
    """An option typed with an empty value (`--signal ""`) is a mistake, not "no filter":
    refused with exit 2 rather than quietly ignored. Names use `_` for `-`."""
    from pivotprep.core.errors import UserError

    for name, value in options.items():
        values = value if isinstance(value, list) else [value]
        if any(v is not None and not v.strip() for v in values):
            option = "--" + name.replace("_", "-")
            raise UserError(
                f"{option} is empty: give it a value, or leave the option out.", field=name
            )


def read_source(text: str | None, file: Path | None, *, what: str = "story") -> str | None:
    """Text from --text, --file (or '-' for stdin), or None when neither was given."""
    from pivotprep.core.errors import UserError

    if text is not None:
        return text
    if file is None:
        return None
    if str(file) == "-":
        return sys.stdin.read()
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise UserError(f"Cannot read {file}: {exc.strerror or exc}.", field="file") from None
    if len(raw) > 400_000:
        raise UserError(
            f"{file} is {len(raw):,} bytes; a {what} file should be a few kilobytes. "
            "Paste one story at a time.",
            field="file",
        )
    return _plain_text(raw, file, what)


# The first bytes of documents saved by a word processor: the analyzer reads plain text.
_DOCUMENT_MAGIC = (
    (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a Word document or another zipped file"),
    (b"\xd0\xcf\x11\xe0", "an old Word document"),
    (b"{\\rtf", "an RTF document"),
)


def _plain_text(raw: bytes, file: Path, what: str) -> str:
    """The file's text in whatever encoding it was saved (core/decoding.py), or a clear
    refusal for a document or binary file instead of a page of garbled characters."""
    from pivotprep.core.decoding import decode_text
    from pivotprep.core.errors import UserError

    advice = f"Save the {what} as a plain .txt file, or pass it with --text."
    for magic, kind in _DOCUMENT_MAGIC:
        if raw.startswith(magic):
            raise UserError(f"{file.name} is {kind}, not plain text. {advice}", field="file")
    text = decode_text(raw).text
    sample = text[:20_000]
    odd = sum(1 for ch in sample if (ch < " " and ch not in "\n\r\t\f") or ch == "\ufffd")
    if odd > 0.02 * max(len(sample), 1):
        raise UserError(
            f"{file.name} does not contain plain text (it looks like a binary file). {advice}",
            field="file",
        )
    return text


def analysis_json(result: StoryAnalysis, question: str = "") -> str:
    """The analysis as JSON for other programs: each sentence with its role and the reasons,
    the findings with codes and quotes, the score and its parts; or the notice saying why a
    kept text has no analysis (not English)."""
    import json

    body: dict[str, object] = {"question": question or None}
    if result.analysis is None:
        body.update(analysis=None, notice=result.notice)
    else:
        body.update(analysis=result.analysis.to_dict(), notice="")
    return json.dumps(body, ensure_ascii=False, indent=2)


def spoken(minutes: float) -> str:
    """How long the answer takes to say: seconds under a minute ("18 s", never "0.0 min")."""
    return f"{round(minutes * 60)} s" if minutes < 1 else f"{minutes:.1f} min"


def print_analysis(result: StoryAnalysis) -> None:
    out = console()
    if result.analysis is None:
        out.print(f"[yellow]{esc(result.notice)}[/yellow]")
        return
    analysis: Analysis = result.analysis
    out.print(
        f"\n[bold]Score {analysis.score}/100[/bold]  ("
        + ", ".join(f"{k} {v}" for k, v in analysis.score_parts.items())
        + f")  ·  {analysis.words} words ≈ {spoken(analysis.spoken_minutes)} spoken"
    )
    out.print(
        "  ".join(
            f"[{STATUS_STYLE[c.status]}]{c.name}: {c.status}[/{STATUS_STYLE[c.status]}]"
            for c in analysis.components
        )
    )
    out.print("\n[bold]Sentences[/bold]")
    for s in analysis.sentences:
        style = LABEL_STYLE[s.label]
        also = f"+{''.join(s.also)}" if s.also else ""
        out.print(f" [{style}]{s.label:>4}{also:<3}[/{style}] {esc(s.text)}")
        out.print(f"        [dim]{esc('; '.join(s.reasons))}[/dim]")
    if not analysis.findings:
        out.print("\n[green]No findings: this story is ready to tell.[/green]")
        return
    out.print("\n[bold]Findings[/bold]")
    for finding in analysis.findings:
        colour = {"high": "red", "medium": "yellow", "low": "cyan"}[finding.severity]
        out.print(f" [{colour}]● {finding.code}[/{colour}] {esc(finding.message)}")
        for quote in finding.quotes[:3]:
            if quote not in finding.message:  # "the story starts with “I did it.”" is enough
                out.print(f"     [dim]“{esc(quote)}”[/dim]")
        out.print(f"     [bold]Fix:[/bold] {esc(finding.fix)}")
