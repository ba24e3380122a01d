"""The Rich rendering of an ATS scan report (kept apart from the command wiring)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

VERDICT = {
    "worded_differently": "Worded differently",
    "transferable": "Transferable",
    "gap": "Real gap",
}
STYLE = {"worded_differently": "yellow", "transferable": "cyan", "gap": "red"}


def print_report(out: Console, result: Any) -> None:
    print_stored(out, result.to_dict())


def _cell(text: str, width: int = 70) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _as_written(keyword: dict) -> str:
    """' (job: "analytics")' when the job wrote a skill differently from its name, so a
    keyword the job never spelled out is shown with the words it did use."""
    forms = keyword.get("job_forms") or []
    if keyword.get("alternatives") or not forms:
        return ""
    if keyword["name"].lower() in {f.lower() for f in forms}:
        return ""
    return f' (job: "{forms[0]}")'


def print_stored(out: Console, data: dict) -> None:
    job = data["job"]["title"] or "(untitled job)"
    rate = data["rate"]
    rule = data["rule_of_thumb"]["rate"]
    colour = "green" if rate >= rule else "yellow" if rate >= rule - 20 else "red"
    resume = data["resume"]
    out.print(
        Text.assemble(
            ("ATS scan: ", "bold"),
            f"{resume['name']} (v{resume['version']}) vs {job}",
        )
    )
    out.print(
        Text.assemble(
            ("Match rate ", "bold"),
            (f"{rate:.0f}%", f"bold {colour}"),
            f"   ({rule}% is {data['rule_of_thumb']['note'].rstrip('.')})",
        )
    )
    out.print(f"Mode: {data['mode']}")
    if data.get("changes"):
        out.print(f"[bold]Since last time:[/bold] {data['changes']['summary']}")
        ch = data["changes"]
        if ch["required_gained"]:
            out.print(f"  now matched (required): {', '.join(ch['required_gained'])}")
        if ch["required_lost"]:
            out.print(f"  no longer matched (required): {', '.join(ch['required_lost'])}")

    parts = Table(title="How the rate is made", show_lines=False)
    for col in ("part", "weight", "score", "why"):
        parts.add_column(col)
    for p in data["parts"]:
        parts.add_row(p["label"], str(p["weight"]), f"{100 * p['score']:.0f}%", p["detail"])
    out.print(parts)

    kw = Table(title="Keywords: where the job asks, where your resume answers")
    for col in ("keyword", "kind", "job part", "job/you", "match", "evidence"):
        kw.add_column(col)
    for k in data["keywords"]:
        sentences = k["evidence"]["job_sentences"]
        lines = k["evidence"]["resume_lines"]
        evidence = f"job: {_cell(sentences[0]['text'], 60)}" if sentences else "job: -"
        evidence += f"\nyou: L{lines[0]['number']} {_cell(lines[0]['text'], 60)}" if lines else ""
        alternatives = k.get("alternatives") or []
        if k["matched"]:
            variant = ", ".join(k["resume_forms"])
            found = "exact" if k["exact"] else f"variant: {variant}"
            if alternatives:
                found += f" (via {', '.join(k.get('matched_by') or [])})"
            match = Text(found, "green")
        else:
            missing = "missing: none of them" if alternatives else "missing"
            if k.get("only_in_text_box"):
                missing = "missing: only in a text box, which many ATS skip"
            match = Text(missing, "red")
        name = k["name"] + _as_written(k)
        if alternatives:
            name += f"\n(one of {len(alternatives)}: any counts)"
        kw.add_row(
            name,
            k["kind"].replace("_skills", "").replace("_keywords", ""),
            k["part"],
            f"{k['job_count']}/{k['resume_count']}",
            match,
            evidence,
        )
    out.print(kw)

    variants = [
        k for k in data["keywords"] if k["matched"] and not k["exact"] and k["category"] != "word"
    ]
    of = " of the extracted text" if resume.get("line_refs") == "extracted" else ""
    if variants:
        out.print("[bold]Matched as variants[/bold] (some ATS count only the job's exact words):")
        for k in variants:
            line = k["evidence"]["resume_lines"][0]
            out.print(
                f"  the job writes '{k['job_forms'][0]}', your line {line['number']}{of} writes "
                f"'{line['matched']}': consider the job's wording where it is true"
            )
    if data["triage"]:
        tri = Table(title="Missing keywords, triaged")
        for col in ("keyword", "verdict", "why", "what to do"):
            tri.add_column(col)
        for item in data["triage"]:
            tri.add_row(
                item["keyword"],
                Text(VERDICT[item["verdict"]], STYLE[item["verdict"]]),
                item["reason"],
                item["suggestion"],
            )
        out.print(tri)
        if any(i["verdict"] == "gap" for i in data["triage"]):
            out.print(
                "Real gaps are never worth claiming. `pivotprep scan gap add SKILL` (or "
                "--add-gaps-to-plan) puts them in your plan."
            )
    if data["formatting"]:
        fmt = Table(title="Formatting and searchability")
        for col in ("check", "result", "detail"):
            fmt.add_column(col)
        for f in data["formatting"]:
            style = {"ok": "green", "warn": "yellow", "problem": "red"}.get(f["severity"], "")
            detail = f["message"] + (f"\n  {f['evidence']}" if f.get("evidence") else "")
            fmt.add_row(f["id"].replace("_", " "), Text(f["severity"], style), detail)
        out.print(fmt)
    for note in data.get("notes") or []:
        out.print(f"Note: {note}")
    if data.get("scan_id"):
        out.print(f"Stored as scan #{data['scan_id']} (`pivotprep scan history`).")
