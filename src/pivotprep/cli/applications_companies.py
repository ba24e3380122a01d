"""`pivotprep jobs company ...`, `jobs research`, `jobs posting`, `jobs scan`: the target
list, each company's research file, its posting and the tailored résumé's scan."""

from __future__ import annotations

from pathlib import Path

import typer

from pivotprep.cli.applications_render import esc, print_companies, print_paths, read_bytes
from pivotprep.cli.common import console, db_session

company_app = typer.Typer(no_args_is_help=True, help="Your target companies (aim: 20-40).")

SIZE_HELP = "Company size: <50, 50-500 or 500+ (it selects the interview loop to prepare)."
MAX_POSTING_BYTES = 2 * 2**20
MAX_RESUME_BYTES = 10 * 2**20


@company_app.command("add")
def add(
    name: str = typer.Argument(..., help="The company's name."),
    size: str = typer.Option(..., "--size", help=SIZE_HELP),
    role: str = typer.Option("", "--role", help="The role you target there."),
    alias: list[str] = typer.Option(None, "--alias", help="Another name it goes by (repeat)."),
    url: str = typer.Option("", "--url", help="The job posting's address."),
) -> None:
    """Put a company on your target list."""
    from pivotprep.applications.service import add_company, check_company, research_items

    data = check_company(name=name, size=size, role=role, aliases=alias or [], posting_url=url)
    with db_session() as session:
        company = add_company(session, data)
        console().print(
            f"Added [bold]#{company.id} {esc(company.name)}[/bold] ({company.size}). Next: its "
            f"research file ({len(research_items())} sections), `pivotprep jobs research "
            f"{company.id} --edit`."
        )


@company_app.command("list")
def list_() -> None:
    """Every target with its research, warm paths, scan and application stage."""
    from pivotprep.applications.service import AIM, list_companies

    with db_session() as session:
        print_companies(list_companies(session), AIM)


@company_app.command("show")
def show(company: str = typer.Argument(..., help="Name (any spelling) or number.")) -> None:
    """One company: research completeness, posting, scan, warm paths, applications."""
    from pivotprep.applications.service import company_detail, warm_paths

    with db_session() as session:
        detail = company_detail(session, company)
        s = detail.summary
        out = console()
        out.print(f"[bold]#{s.id} {esc(s.name)}[/bold] ({s.size_label}) {esc(s.role)}")
        if s.aliases:
            out.print(f"  also known as: {esc(', '.join(s.aliases))}")
        out.print(f"  research: {s.research.done} of {s.research.total} sections written")
        for section in s.research.sections:
            mark = "[green]x[/green]" if section.done else " "
            out.print(f"    [{mark}] {esc(section.title)} ({section.words} words)")
        posting = f"{len(detail.posting_text.split())} words" if detail.posting_text else "none"
        out.print(f"  posting: {posting} {esc(s.posting_url)}")
        if s.scan:
            out.print(
                f"  latest scan: {s.scan.rate:.0f}% ({esc(s.scan.resume_name)} "
                f"v{s.scan.resume_version}, scan #{s.scan.scan_id}; line {s.scan.line}%)"
            )
        for app in detail.applications:
            out.print(f"  application #{app.id}: {app.stage_label} ({esc(app.role) or '-'})")
        print_paths(warm_paths(session, s.id))


@company_app.command("edit")
def edit(
    company: str = typer.Argument(..., help="Name (any spelling) or number."),
    name: str = typer.Option(None, "--name"),
    size: str = typer.Option(None, "--size", help=SIZE_HELP),
    role: str = typer.Option(None, "--role"),
    alias: list[str] = typer.Option(None, "--alias", help="Replaces the aliases (repeat)."),
    url: str = typer.Option(None, "--url"),
    resume: str = typer.Option(None, "--resume", help="The tailored résumé's file name."),
) -> None:
    """Change a company: only the options given are replaced."""
    from pivotprep.applications.service import check_company, find_company, update_company

    with db_session() as session:
        found = find_company(session, company)
        data = check_company(
            name=name if name is not None else found.name,
            size=size if size is not None else found.size,
            role=role if role is not None else found.role,
            aliases=alias if alias else found.aliases,
            posting_url=url if url is not None else found.posting_url,
            notes=found.notes,
            resume_name=resume if resume is not None else found.resume_name,
        )
        update_company(session, found, data)
        console().print(f"Updated #{found.id} {esc(found.name)}.")


@company_app.command("remove")
def remove(
    company: str = typer.Argument(..., help="Name (any spelling) or number."),
    yes: bool = typer.Option(False, "--yes", help="Do not ask."),
) -> None:
    """Take a company off the list (its research goes with it; applications stay)."""
    from pivotprep.applications.service import find_company, remove_company

    with db_session() as session:
        found = find_company(session, company)
        if not yes and not typer.confirm(f"Remove {found.name} and its research file?"):
            raise typer.Exit(1)
        console().print(f"Removed {esc(remove_company(session, found))}.")


def research(
    company: str = typer.Argument(..., help="Name (any spelling) or number."),
    file: Path = typer.Option(None, "--file", "-f", help="Read the research file (Markdown)."),
    edit_: bool = typer.Option(False, "--edit", help="Edit it in your $EDITOR."),
) -> None:
    """Print a company's research file (Markdown), or replace it from a file or $EDITOR."""
    import click

    from pivotprep.applications.service import (
        company_detail,
        research_markdown,
        set_research_markdown,
    )

    with db_session() as session:
        text = None
        if file is not None:
            text = read_bytes(file, limit=200_000, what="research file").decode("utf-8", "replace")
        elif edit_:
            text = click.edit(research_markdown(session, company), extension=".md")
        if text is not None:
            from pivotprep.applications.service import find_company

            set_research_markdown(session, find_company(session, company), text)
        detail = company_detail(session, company)
        if text is None:
            console().print(esc(detail.markdown), soft_wrap=True)
        r = detail.summary.research
        console().print(f"[bold]{r.done} of {r.total} sections written[/bold] ({r.percent}%).")


def posting(
    company: str = typer.Argument(..., help="Name (any spelling) or number."),
    file: Path = typer.Argument(..., help="The posting as text ('-': stdin)."),
    url: str = typer.Option(None, "--url", help="The posting's address."),
) -> None:
    """Save the job posting's text for a company (its scans are linked by this text)."""
    from pivotprep.applications.service import find_company, set_posting

    raw = read_bytes(file, limit=MAX_POSTING_BYTES, what="posting")
    with db_session() as session:
        found = find_company(session, company)
        set_posting(session, found, raw.decode("utf-8", "replace"), url)
        console().print(
            f"Saved the posting for {esc(found.name)} ({len(found.posting_text.split())} words). "
            f"Next: `pivotprep jobs scan {found.id} RESUME`."
        )


def scan(
    company: str = typer.Argument(..., help="Name (any spelling) or number."),
    resume: Path = typer.Argument(..., help="Your tailored résumé (PDF, DOCX, TXT, MD)."),
) -> None:
    """Scan your tailored résumé against the company's posting and link the two."""
    from pivotprep.applications.service import scan_company

    data = read_bytes(resume, limit=MAX_RESUME_BYTES, what="résumé")
    with db_session() as session:
        result = scan_company(session, company, resume_data=data, resume_filename=resume.name)
        colour = "red" if result.below else "green"
        console().print(
            f"[{colour}]{result.rate:.0f}%[/{colour}] match ({esc(result.resume_name)} "
            f"v{result.resume_version}, scan #{result.scan_id}); the line is {result.line}%. "
            "`pivotprep scan history` has the full report."
        )
