"""A session as Markdown: the prompt, each phase as written, the diagram as SVG (inline, or
as a link to a file written beside the Markdown) and the review. Pure."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pivotprep.design.content import Phase, Prompt
from pivotprep.design.review.report import Review

STATUS_MARK = {"covered": "covered", "partly": "partly", "missing": "MISSING"}


def session_markdown(
    prompt: Prompt,
    phases: Sequence[Phase],
    texts: Mapping[str, str],
    *,
    minutes: int,
    started: str,
    diagram: str,
    diagram_svg: str | None,
    diagram_error: str | None,
    review: Review | None,
    svg_link: str | None = None,
) -> str:
    lines = [
        f"# {prompt.title}",
        "",
        f"_{minutes}-minute design session, started {started}._",
        "",
        "## Prompt",
        "",
        prompt.scenario.strip(),
        "",
    ]
    for phase in phases:
        lines += [f"## {phase.title}", "", (texts.get(phase.id) or "_(empty)_").strip(), ""]
    lines += ["## Diagram", ""]
    lines += _diagram(diagram, diagram_svg, diagram_error, svg_link)
    if review is not None:
        lines += review_markdown(review)
    return "\n".join(lines).rstrip() + "\n"


def _diagram(source: str, svg: str | None, error: str | None, link: str | None) -> list[str]:
    if not source.strip():
        return ["_(no diagram)_", ""]
    out = []
    if error:
        out += [f"> The diagram does not parse: {error}", ""]
    elif link:
        out += [f"![Diagram]({link})", ""]
    elif svg:
        out += [svg, ""]
    out += [
        "<details><summary>Diagram source</summary>",
        "",
        "```mermaid",
        source.strip(),
        "```",
        "",
        "</details>",
        "",
    ]
    return out


def review_markdown(review: Review) -> list[str]:
    counts = review.counts
    out = [
        "## Review",
        "",
        f"Score {review.score}%: {counts['covered']} covered, {counts['partly']} partly, "
        f"{counts['missing']} missing; {len(review.tradeoffs)} trade-off(s) named.",
        "",
    ]
    for item in review.items:
        out.append(f"- **{item.title}** ({STATUS_MARK[item.status]})")
        for e in item.evidence:
            out.append(f"  - {e.concept}: “{e.quote}” ({e.where})")
        if item.status != "covered":
            out.append(f"  - {item.message}")
    if review.numbers:
        out += ["", "### Numbers", ""]
        out += [f"- {n.status}: “{n.quote}”: {n.working}" for n in review.numbers]
    if review.phases:
        out += ["", "### Time per phase", ""]
        for p in review.phases:
            spent = "not timed" if p.spent is None else f"{p.spent:g} min"
            out.append(f"- {p.title}: {spent} of {p.suggested} min suggested ({p.verdict})")
    out += ["", "### Follow-up questions", ""] + [f"- {q}" for q in review.followups]
    return out + [""]
