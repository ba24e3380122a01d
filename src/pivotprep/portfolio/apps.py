"""How to start a project's server, found from its files: a FastAPI or Flask app object,
a Django manage.py, or the README's run command. Pure (reads text it is given).

Inside the clean room the server has a network namespace of its own, so every project can
listen on the same port; the command always binds loopback.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass

PORT = 8000
FASTAPI = re.compile(r"^(\w+)\s*(?::\s*\w+\s*)?=\s*(?:fastapi\.)?FastAPI\(", re.MULTILINE)
FLASK = re.compile(r"^(\w+)\s*(?::\s*\w+\s*)?=\s*(?:flask\.)?Flask\(", re.MULTILINE)
PORT_IN = re.compile(r"(?:--port[ =]|-p\s+|--server\.port[ =]|:)(\d{2,5})\b")


@dataclass(frozen=True)
class AppCommand:
    """A server to start: the command (argv), the port it listens on, and how it was found
    (for the report: "FastAPI app in app.py", "README.md:21")."""

    argv: tuple[str, ...]
    port: int
    found: str
    framework: str


def module_name(path: str) -> str:
    """ "src/shop/api.py" -> "shop.api" (a src/ layout's folder is on the path)."""
    parts = path.removesuffix(".py").split("/")
    if parts[0] == "src" and len(parts) > 1:
        parts = parts[1:]
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _is_test(path: str) -> bool:
    name = path.rsplit("/", 1)[-1]
    return path.startswith(("tests/", "test/")) or name.startswith("test_") or name == "conftest.py"


def from_sources(sources: dict[str, str]) -> AppCommand | None:
    """A FastAPI or Flask app object, or manage.py, in the project's modules (shallowest
    file first, tests ignored)."""
    if "manage.py" in sources:
        argv: tuple[str, ...] = (
            "python",
            "manage.py",
            "runserver",
            f"127.0.0.1:{PORT}",
            "--noreload",
        )
        return AppCommand(argv, PORT, "Django's manage.py", "django")
    for path in sorted(sources, key=lambda p: (p.count("/"), p)):
        if _is_test(path):
            continue
        text = sources[path]
        match = FASTAPI.search(text)
        if match:
            target = f"{module_name(path)}:{match.group(1)}"
            argv = ("python", "-m", "uvicorn", target, "--host", "127.0.0.1", "--port", str(PORT))
            return AppCommand(argv, PORT, f"FastAPI app in {path}", "fastapi")
        match = FLASK.search(text)
        if match:
            target = f"{module_name(path)}:{match.group(1)}"
            argv = (
                "python",
                "-m",
                "flask",
                "--app",
                target,
                "run",
                "--host",
                "127.0.0.1",
                "--port",
                str(PORT),
            )
            return AppCommand(argv, PORT, f"Flask app in {path}", "flask")
    return None


def from_readme(command: str, where: str) -> AppCommand | None:
    """The README's run command, as written, with the port it names (8000 when none)."""
    try:
        words = shlex.split(command)
    except ValueError:
        return None
    if not words or words[0] in ("docker", "docker-compose", "make"):
        return None  # needs what the clean room has not: a container engine, a Makefile run
    match = PORT_IN.search(command)
    port = int(match.group(1)) if match else PORT
    return AppCommand(("sh", "-c", command), port, where, "readme")
