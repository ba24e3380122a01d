"""`pivotprep init` and `pivotprep profile`: the candidate profile."""

from __future__ import annotations

import sys

import typer

from pivotprep.cli.common import console, db_session

init_app = typer.Typer(help="Create or update your candidate profile.")
app = typer.Typer(help="Show your profile and what the target role's interviews look like.")


def _ask(label: str, default: str) -> str:
    return str(typer.prompt(label, default=default, show_default=bool(default)))


def _ask_valid(label: str, default: str, field: str) -> str:
    """Ask until the answer passes the profile's own check for `field`; a bad answer
    prints the same message the flags and the web form give, then asks again."""
    from rich.markup import escape

    from pivotprep.core.clock import today
    from pivotprep.profile.service import field_problem

    while True:
        answer = _ask(label, default).strip()
        problem = field_problem(field, answer, today=today())
        if problem is None:
            return answer
        console().print(f"[red]{escape(problem)}[/red] Please try again.", soft_wrap=True)


@init_app.command()
def init(
    role: str = typer.Option(None, "--role", help="Target role id, e.g. data-engineer."),
    sizes: str = typer.Option(
        None,
        "--sizes",
        help="Company sizes: <50, 50-500, 500+ (comma-separated; small, mid, large also work).",
    ),
    hours: int = typer.Option(None, "--hours", help="Hours per week (15-20 is typical)."),
    months: int = typer.Option(None, "--months", help="Timeline in months, 3 to 6."),
    start: str = typer.Option(
        None, "--start", help="Start date, YYYY-MM-DD, within a year of today (default: today)."
    ),
    past_roles: str = typer.Option(
        None, "--past-roles", help="'Title|domain|years; ...', e.g. 'Teacher|teaching|6'."
    ),
    domain: str = typer.Option(
        None,
        "--domain",
        help="Your past domain, e.g. finance or teaching (other if none fits; "
        "a domain it does not know is refused with the full list).",
    ),
    years: float = typer.Option(None, "--years", help="Years of work experience in total."),
    name: str = typer.Option(None, "--name", help="Your name, for exports (optional)."),
    interactive: bool = typer.Option(
        None,
        "--interactive/--no-interactive",
        help="Ask for anything not given as a flag (default: only in a terminal).",
    ),
) -> None:
    """Create your profile. Asks for anything not given as a flag when run in a terminal;
    an answer that is not valid is explained and asked again."""
    from pivotprep.profile.service import update_profile

    if interactive is None:
        interactive = sys.stdin.isatty()
    role = role if role is not None else _ask_role(interactive)
    given: dict[str, object] = {
        "company_sizes": sizes,
        "hours_per_week": hours,
        "timeline_months": months,
        "start_date": start,
        "domain": domain,
        "past_roles": past_roles,
        "years_experience": years,
    }
    answers = _ask_missing(given) if interactive else {}
    with db_session() as session:
        saved = update_profile(session, target_role=role, name=name, **(given | answers))
        said = (
            f"Saved your profile: {saved.target_role}, {', '.join(saved.company_sizes)} "
            f"companies, {saved.hours_per_week} h/week for {saved.timeline_months} months "
            f"from {saved.start_date}."
        )
    console().print(said)
    console().print("Next: [bold]pivotprep plan[/bold] to see your week-by-week plan.")


def _ask_role(interactive: bool) -> str:
    """The target role, chosen from the list shown (only in a terminal)."""
    from pivotprep.core.errors import UserError
    from pivotprep.profile.service import load_roles

    if not interactive:
        raise UserError("Give a target role with --role (see `pivotprep profile roles`).")
    for rid, item in load_roles().items():
        console().print(f"  [bold]{rid}[/bold]: {item.summary}")
    return _ask_valid("Target role", "data-engineer", "target_role")


def _ask_missing(given: dict[str, object]) -> dict[str, object]:
    """Ask, one by one, for each field no flag gave; each answer is checked as it comes."""
    from pivotprep.core.clock import today
    from pivotprep.profile.service import DEFAULT_HOURS, DEFAULT_MONTHS, DOMAINS

    questions = (  # (field, question, default answer)
        ("company_sizes", "Company sizes (<50, 50-500, 500+)", "50-500"),
        ("hours_per_week", "Hours per week (4-60)", str(DEFAULT_HOURS)),
        ("timeline_months", "Timeline in months (3-6)", str(DEFAULT_MONTHS)),
        ("start_date", "Start date (YYYY-MM-DD, within a year of today)", today().isoformat()),
        ("domain", f"Past domain ({', '.join(DOMAINS)})", "other"),
        ("past_roles", "Past roles ('Title|domain|years; ...', optional)", ""),
        ("years_experience", "Years of work experience in total (optional)", "0"),
    )
    return {
        field: _ask_valid(question, default, field)
        for field, question, default in questions
        if given.get(field) is None
    }


@app.callback(invoke_without_command=True)
def show(ctx: typer.Context) -> None:
    """Show your profile."""
    if ctx.invoked_subcommand:
        return
    from pivotprep.profile.service import profile_summary

    with db_session() as session:
        summary = profile_summary(session)
        profile, role = summary.profile, summary.role
        out = console()
        out.print(f"[bold]{profile.name or 'Your profile'}[/bold]")
        out.print(f"Target role:   {role.title} ({role.id})")
        out.print(f"Company sizes: {', '.join(size.label for size in summary.sizes)}")
        out.print(
            f"Time:          {profile.hours_per_week} h/week for "
            f"{profile.timeline_months} months from {profile.start_date}"
        )
        if summary.past_roles:
            past = "; ".join(f"{r.title} ({r.domain}, {r.years:g} y)" for r in summary.past_roles)
            out.print(f"Background:    {past}")
        out.print(f"\n[bold]The job day to day[/bold]\n{role.day_to_day}")
        out.print("\n[bold]Interview loops[/bold]")
        for size, loop in summary.loops:
            out.print(f"  {size.label}: {loop}")


@app.command("roles")
def roles() -> None:
    """List the target roles pivotprep knows."""
    from pivotprep.profile.service import load_roles

    for rid, role in load_roles().items():
        console().print(f"[bold]{rid}[/bold]  {role.title}: {role.summary}")
