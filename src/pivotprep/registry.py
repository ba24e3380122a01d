"""Every feature, declared once: its tables, CLI commands, web pages, nav entry, dashboard
panel, practice problems and pack validator.

This is the one place that names modules by string, so that `pivotprep --help` imports no
command and the web app, the migrations, the backup and the practice catalogue all find
the same features. Adding a feature is one `Feature(...)` entry here and its folder
(see CONTRIBUTING.md). A target names "module:attribute"; a module that does not exist is
an error, never a silent skip.

The order of `FEATURES` is the order of the top navigation bar and of the dashboard panels.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Command:
    """A top-level CLI command: its name, the Typer app ("module:attr") and its help line."""

    name: str
    app: str
    help: str


@dataclass(frozen=True)
class Feature:
    """What one feature contributes. Every part is optional."""

    name: str
    models: str | None = None  # module whose import adds the feature's tables to Base.metadata
    commands: tuple[Command, ...] = ()
    router: str | None = None  # web module holding a FastAPI `router`
    nav: tuple[str, str] | None = None  # (label, path) in the top bar
    group: str = ""  # the top bar's group: one of NAV_GROUPS
    panel: str | None = None  # "module:function": (session) -> Panel | None, on the dashboard
    problems: str | None = None  # "module:function": () -> list[ProblemInfo], practice catalogue
    validator: str | None = None  # "module:function": (ids, progress, *, complexity) -> results


FEATURES: tuple[Feature, ...] = (
    Feature(
        "app",
        commands=(
            Command(
                "db", "pivotprep.cli.db:app", "Database: upgrade the schema, show where it lives."
            ),
            Command(
                "serve",
                "pivotprep.cli.serve:app",
                "Start the web app (default http://127.0.0.1:8765).",
            ),
            Command(
                "doctor",
                "pivotprep.cli.doctor:app",
                "Check the judge's sandbox and where data lives.",
            ),
            Command(
                "resident",
                "pivotprep.cli.resident_status:app",
                "The warm process behind `practice test` and `scan`: see it, --stop it.",
            ),
        ),
        router="pivotprep.web.dashboard",
    ),
    Feature(
        "profile",
        models="pivotprep.profile.models",
        commands=(
            Command(
                "init", "pivotprep.cli.profile:init_app", "Create or update your candidate profile."
            ),
            Command(
                "profile",
                "pivotprep.cli.profile:app",
                "Show your profile and the target role's loop.",
            ),
        ),
        router="pivotprep.web.profile",
        nav=("Profile", "/profile"),
        group="You",
    ),
    Feature(
        "plan",
        models="pivotprep.plan.models",
        commands=(
            Command(
                "plan",
                "pivotprep.cli.plan:app",
                "Your week-by-week plan: progress, re-plan, export.",
            ),
        ),
        router="pivotprep.web.plan",
        nav=("Plan", "/plan"),
        group="You",
    ),
    Feature(
        "backup",
        commands=(
            Command(
                "export", "pivotprep.cli.backup:export_app", "Write all of your data to one file."
            ),
            Command(
                "import",
                "pivotprep.cli.backup:import_app",
                "Restore all of your data from an export file.",
            ),
        ),
        router="pivotprep.web.backup",
        nav=("Your data", "/data"),
        group="You",
    ),
    Feature(
        "resume",
        models="pivotprep.resume.models",
        commands=(
            Command(
                "scan",
                "pivotprep.cli.resume:app",
                "ATS scan: your resume against a job description.",
            ),
        ),
        router="pivotprep.web.resume",
        nav=("ATS scan", "/resume"),
        group="ATS filter",
        panel="pivotprep.web.resume:panel",
    ),
    Feature(
        "stories",
        models="pivotprep.stories.models",
        commands=(
            Command(
                "stories",
                "pivotprep.cli.stories:app",
                "Behavioral: STAR stories, analysis, practice.",
            ),
        ),
        router="pivotprep.web.stories",
        nav=("Stories", "/stories"),
        group="Behavioral",
        panel="pivotprep.web.stories:panel",
    ),
    Feature("stories-practice", router="pivotprep.web.stories_practice"),
    Feature(
        "practice",
        models="pivotprep.practice.models",
        commands=(
            Command(
                "practice",
                "pivotprep.cli.practice:app",
                "Coding practice: next, start, test, hints.",
            ),
            Command(
                "problems", "pivotprep.cli.problems:app", "The problem bank: list, show, validate."
            ),
            Command(
                "judge",
                "pivotprep.cli.judge:app",
                "The code judge: prepare its WebAssembly sandbox.",
            ),
        ),
        router="pivotprep.web.practice",
        nav=("Practice", "/practice"),
        group="Technical",
        panel="pivotprep.web.practice:panel",
        problems="pivotprep.practice.problems:load_code_problems",
        validator="pivotprep.practice.validate:validate_code_problems",
    ),
    Feature(
        "sql",
        commands=(
            Command(
                "sql",
                "pivotprep.cli.sql:app",
                "SQL practice on embedded DuckDB datasets.",
            ),
        ),
        router="pivotprep.web.sql",
        nav=("SQL", "/sql"),
        group="Technical",
        problems="pivotprep.sql.problems:load_sql_problems",
        validator="pivotprep.sql.validate:validate_sql_problems",
    ),
    Feature(
        "design",
        models="pivotprep.design.models",
        commands=(
            Command(
                "design",
                "pivotprep.cli.design:app",
                "System design and ML ops: timed sessions, reviews, drills, drift lab, cards.",
            ),
        ),
        router="pivotprep.web.design",
        nav=("Design", "/design"),
        group="Technical",
        panel="pivotprep.web.design:panel",
    ),
    Feature(
        "applications",
        models="pivotprep.applications.models",
        commands=(
            Command(
                "jobs",
                "pivotprep.cli.applications:app",
                "Targeted applications: companies, warm paths, outreach, the funnel.",
            ),
        ),
        router="pivotprep.web.applications",
        nav=("Jobs", "/jobs"),
        group="Culture fit",
        panel="pivotprep.web.applications:panel",
    ),
    Feature("applications-network", router="pivotprep.web.applications_network"),
    Feature("applications-tracking", router="pivotprep.web.applications_tracking"),
    Feature(
        "mock",
        models="pivotprep.mock.models",
        commands=(
            Command(
                "mock",
                "pivotprep.cli.mock:app",
                "Mock interviews: loops by company size, timed rounds, scorecards, peer kits.",
            ),
        ),
        router="pivotprep.web.mock",
        nav=("Mocks", "/mock"),
        group="Behavioral",
        panel="pivotprep.web.mock:panel",
    ),
    Feature(
        "portfolio",
        models="pivotprep.portfolio.models",
        commands=(
            Command(
                "portfolio",
                "pivotprep.cli.portfolio:app",
                "Portfolio and take-home check: install, run, test and probe a project.",
            ),
        ),
        router="pivotprep.web.portfolio",
        nav=("Portfolio", "/portfolio"),
        group="Technical",
    ),
    Feature(
        "readiness",
        models="pivotprep.readiness.models",
        commands=(
            Command(
                "readiness",
                "pivotprep.cli.readiness:app",
                "Readiness at the four hiring filters, the mistakes detected, what next.",
            ),
            Command("next", "pivotprep.cli.readiness:next_app", "The top three actions this week."),
        ),
        router="pivotprep.web.readiness",
        nav=("Dashboard", "/dashboard"),
        group="You",
    ),
    # Server mode's heavy work as tasks on a queue; its page (/tasks/ID) shows a task's
    # progress, then the result page of the feature that ran it.
    Feature(
        "tasks",
        models="pivotprep.tasks.models",
        commands=(
            Command(
                "worker",
                "pivotprep.cli.worker:app",
                "Server mode: run judging and SQL tasks from the queue.",
            ),
        ),
        router="pivotprep.web.tasks",
    ),
    # Server mode's pages are mounted by `create_app(server=...)` only, never in local mode.
    Feature(
        "server",
        commands=(
            Command(
                "server",
                "pivotprep.cli.server:app",
                "Server mode: accounts, invitations, backup and restore.",
            ),
        ),
    ),
)


class RegistryError(RuntimeError):
    """A registry entry names something that does not exist: a bug, never a user error."""


def load(target: str) -> Any:
    """The object a "module:attribute" target names (a bare module name: the module)."""
    module_name, _, attr = target.partition(":")
    module = importlib.import_module(module_name)
    if not attr:
        return module
    try:
        return getattr(module, attr)
    except AttributeError:
        raise RegistryError(f"{module_name} has no {attr!r} (registry entry {target!r})") from None


def commands() -> dict[str, Command]:
    """Every top-level CLI command by name."""
    found: dict[str, Command] = {}
    for feature in FEATURES:
        for command in feature.commands:
            if command.name in found:
                raise RegistryError(f"Two features declare the command {command.name!r}")
            found[command.name] = command
    return found


def model_modules() -> tuple[str, ...]:
    return tuple(f.models for f in FEATURES if f.models)


def import_all_models() -> None:
    """Import every feature's models, completing `Base.metadata` (migrations, backup)."""
    for module in model_modules():
        importlib.import_module(module)


def routers() -> Iterator[Any]:
    """Each feature's FastAPI router, in navigation order."""
    for feature in FEATURES:
        if feature.router:
            yield load(feature.router + ":router")


# The top bar's groups, in order: the candidate's own pages, then one group per hiring filter.
NAV_GROUPS = ("You", "ATS filter", "Technical", "Behavioral", "Culture fit")


def nav() -> list[tuple[str, str]]:
    return [f.nav for f in FEATURES if f.nav]


def nav_groups() -> list[tuple[str, list[tuple[str, str]]]]:
    """The top bar grouped by hiring filter: (group, [(label, path), ...]) in NAV_GROUPS
    order; the home page leads the first group."""
    out: list[tuple[str, list[tuple[str, str]]]] = []
    for name in NAV_GROUPS:
        links = [f.nav for f in FEATURES if f.nav and f.group == name]
        if name == NAV_GROUPS[0]:
            links.insert(0, ("Home", "/"))
        out.append((name, links))
    return out


def _targets(kind: str) -> list[Callable[..., Any]]:
    return [load(getattr(f, kind)) for f in FEATURES if getattr(f, kind)]


def panels() -> list[Callable[..., Any]]:
    """Dashboard panel functions: (session) -> Panel | None."""
    return _targets("panel")


def problem_providers() -> list[Callable[..., Any]]:
    """Practice catalogue providers: () -> list[ProblemInfo]."""
    return _targets("problems")


def problem_provider_targets() -> list[str]:
    """The providers' "module:function" names, in order, imported by no one yet (`load`)."""
    return [f.problems for f in FEATURES if f.problems]


def validators() -> list[Callable[..., Any]]:
    """Problem-pack validators: (ids, progress, *, complexity) -> list[ValidationResult]."""
    return _targets("validator")
