"""The run stages in order (install, tests, serve and probe), each timed, each skipped with
its reason when what it needs failed before it.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from pivotprep.core.files import make_private_dirs
from pivotprep.portfolio import apps, cleanroom, notebooks, readme, sandbox
from pivotprep.portfolio.background import Progress
from pivotprep.portfolio.cleanroom import Caps
from pivotprep.portfolio.declared import read_declared
from pivotprep.portfolio.probe import probe
from pivotprep.portfolio.report import Check
from pivotprep.portfolio.static import README_NAMES, files_of

RUN_STAGES = ("install", "tests-run", "serve")
MAX_SOURCE = 512 * 1024


@dataclass
class RunResult:
    """The run stages' checks, time per stage, and clean slate to first successful run."""

    checks: list[Check] = field(default_factory=list)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    first_run_seconds: float | None = None
    sandbox: str = ""


def skipped(reason: str) -> list[Check]:
    """The run stages, all skipped for one reason (no sandbox, a static-only check)."""
    titles = {
        "install": "Installs from a clean slate",
        "tests-run": "Tests pass in the clean room",
        "serve": "The app starts and listens",
    }
    return [Check(i, titles[i], i.split("-")[0], "skip", reason, 0) for i in RUN_STAGES]


def cache_dir() -> Path:
    """pip's cache for the clean rooms: wheels downloaded once are reused (the install is
    still from the declared dependencies only)."""
    from pivotprep.core.settings import get_settings

    override = os.environ.get("PIVOTPREP_PORTFOLIO_CACHE")
    path = Path(override) if override else get_settings().cache_dir / "portfolio-pip"
    make_private_dirs(path)
    return path


def wheelhouse() -> Path | None:
    """A folder of wheels to install from instead of the package index
    (PIVOTPREP_PORTFOLIO_WHEELS): offline checks, and repeatable timings."""
    folder = os.environ.get("PIVOTPREP_PORTFOLIO_WHEELS")
    return Path(folder) if folder and Path(folder).is_dir() else None


def _readme_text(root: Path) -> tuple[str, str]:
    for name in README_NAMES:
        if (root / name).is_file():
            return name, (root / name).read_text("utf-8", "replace")[:MAX_SOURCE]
    return "", ""


def find_app(root: Path, found: list[readme.Command], readme_name: str) -> apps.AppCommand | None:
    """The server to start: an app object in the sources, else the README's run command."""
    sources = {}
    for name in files_of(root):
        if name.endswith(".py") and (root / name).stat().st_size <= MAX_SOURCE:
            sources[name] = (root / name).read_text("utf-8", "replace")
    app = apps.from_sources(sources)
    run_cmd = readme.first(found, "run")
    if app is None and run_cmd is not None:
        app = apps.from_readme(run_cmd.text, f"{readme_name}:{run_cmd.line}")
    return app


def _ignore(_stage: str) -> None:
    """No one to tell the stages to (a check run from the CLI prints its report at the end)."""


def _serve_and_probe(
    room: sandbox.Room,
    app: apps.AppCommand,
    text: str,
    caps: Caps,
    result: RunResult,
    progress: Progress,
) -> None:
    started = time.perf_counter()
    progress("serving")
    with cleanroom.served(room, app, caps) as served:
        result.checks.append(served.check)
        result.stage_seconds["serve"] = round(time.perf_counter() - started, 3)
        if served.socket is not None:
            progress("probing")
            began = time.perf_counter()
            result.checks += probe(served.socket, text)
            result.stage_seconds["probe"] = round(time.perf_counter() - began, 3)


def run_stages(
    root: Path, scratch: Path, caps: Caps, progress: Progress | None = None
) -> RunResult:
    """Install, test, serve and probe the project copied at `root` (`scratch`: a private
    folder for the venv and the bridge); `progress` is told each stage as it starts."""
    progress = progress or _ignore
    result = RunResult(sandbox="bubblewrap")
    if not sandbox.available():
        result.checks = skipped(
            "The clean room needs bubblewrap (Debian: apt install "
            "bubblewrap); the project was not run outside it."
        )
        result.sandbox = "none"
        return result
    room = sandbox.Room(root, scratch / "env", scratch / "bridge", cache_dir(), wheelhouse())
    room.env.mkdir()
    room.bridge.mkdir()
    name, text = _readme_text(root)
    found = readme.commands(text)
    progress("installing")
    install = cleanroom.install(room, read_declared(root), caps)
    result.checks.append(install)
    result.stage_seconds["install"] = install.seconds or 0.0
    if install.status != "pass":
        result.checks += skipped("Skipped: the install failed.")[1:]
        return result
    progress("testing")
    has_tests = any("test" in n.rsplit("/", 1)[-1] for n in files_of(root) if n.endswith(".py"))
    tests = cleanroom.tests(room, readme.first(found, "test"), has_tests, caps)
    result.checks.append(tests)
    result.stage_seconds["tests"] = tests.seconds or 0.0
    if tests.status == "pass":
        result.first_run_seconds = round((install.seconds or 0) + (tests.seconds or 0), 2)
    app = find_app(root, found, name or "README")
    if app is None:
        result.checks.append(
            Check(
                "serve",
                "The app starts and listens",
                "serve",
                "skip",
                "No app found to serve (FastAPI, Flask, Django or a README run command).",
                0,
            )
        )
    else:
        _serve_and_probe(room, app, text, caps, result, progress)
    serve = next(c for c in result.checks if c.id == "serve")
    if result.first_run_seconds is None and serve.status == "pass":
        result.first_run_seconds = round((install.seconds or 0) + (serve.seconds or 0), 2)
    books = [n for n in files_of(root) if n.endswith(".ipynb")]
    if books:
        progress("notebooks")
        began = time.perf_counter()
        result.checks += notebooks.run_notebooks(room, books)
        result.stage_seconds["notebooks"] = round(time.perf_counter() - began, 3)
    return result
