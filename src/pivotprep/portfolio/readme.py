"""The commands a README gives for setting a project up, running it and testing it.

Pure: text in, commands out, each with its line number, so the report can quote
"README.md:14 `pip install -r requirements.txt`". A command is a line of a fenced block
(```bash, ```sh, ```console, ```shell or unlabelled), an indented block, or inline code in
backticks, with a leading "$ " or "> " prompt removed. Kinds are told apart by the program
and its first words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SHELL_FENCES = frozenset({"", "bash", "sh", "shell", "console", "zsh", "powershell", "cmd"})
MAX_COMMAND = 300
FENCE = re.compile(r"^\s*(```|~~~)\s*([\w+-]*)")
INLINE = re.compile(r"`([^`\n]{3,300})`")
PROMPT = re.compile(r"^\s*(?:\$|>|#|PS>)\s+")

SETUP = (
    re.compile(r"^(?:python3?\s+-m\s+)?pip3?\s+install\b"),
    re.compile(r"^(?:poetry|pipenv|uv|pdm|hatch)\s+(?:install|sync)\b"),
    re.compile(r"^uv\s+pip\s+install\b"),
    re.compile(r"^conda\s+(?:env\s+create|install|create)\b"),
    re.compile(r"^python3?\s+-m\s+venv\b"),
    re.compile(r"^make\s+(?:install|setup|deps)\b"),
)
RUN = (
    re.compile(r"^(?:python3?\s+-m\s+)?(?:uvicorn|gunicorn|hypercorn|flask|streamlit|gradio)\b"),
    re.compile(r"^fastapi\s+(?:run|dev)\b"),
    re.compile(r"^python3?\s+(?!-m\s+(?:pytest|pip|venv|unittest))[\w./-]+\.py\b"),
    re.compile(r"^python3?\s+-m\s+(?!pytest|pip|venv|unittest)[\w.]+"),
    re.compile(r"^python3?\s+manage\.py\s+runserver\b"),
    re.compile(r"^docker(?:-compose|\s+compose)?\s+(?:run|up)\b"),
    re.compile(r"^make\s+(?:run|serve|start)\b"),
)
TEST = (
    re.compile(r"^(?:python3?\s+-m\s+)?pytest\b"),
    re.compile(r"^python3?\s+-m\s+unittest\b"),
    re.compile(r"^(?:tox|nox)\b"),
    re.compile(r"^make\s+(?:test|check)\b"),
    re.compile(r"^python3?\s+manage\.py\s+test\b"),
)
KINDS = (("test", TEST), ("setup", SETUP), ("run", RUN))


@dataclass(frozen=True)
class Command:
    """A command found in the README: its kind ("setup", "run" or "test"), text and line."""

    kind: str
    text: str
    line: int


def kind_of(text: str) -> str | None:
    """The kind of a command line: "setup", "run" or "test"; None for anything else."""
    for kind, patterns in KINDS:
        if any(p.search(text) for p in patterns):
            return kind
    return None


def _clean(raw: str) -> str:
    text = PROMPT.sub("", raw.strip())
    return text[:MAX_COMMAND].strip()


def _candidates(text: str) -> list[tuple[int, str]]:
    """(line number, text) of every line that may hold a command."""
    found: list[tuple[int, str]] = []
    fence: str | None = None
    shell = False
    for number, line in enumerate(text.splitlines(), start=1):
        match = FENCE.match(line)
        if match:
            if fence is None:
                fence, shell = match.group(1), match.group(2).lower() in SHELL_FENCES
            elif match.group(1) == fence:
                fence = None
            continue
        if fence is not None:
            if shell:
                found.append((number, line))
        elif line.startswith(("    ", "\t")):
            found.append((number, line))
        else:
            found.extend((number, m.group(1)) for m in INLINE.finditer(line))
    return found


def commands(text: str) -> list[Command]:
    """Every setup, run or test command in a README, in order of appearance, once each."""
    seen: set[str] = set()
    out: list[Command] = []
    for number, raw in _candidates(text):
        for part in re.split(r"\s*&&\s*", _clean(raw)):
            kind = kind_of(part)
            if kind and part not in seen:
                seen.add(part)
                out.append(Command(kind, part, number))
    return out


def first(found: list[Command], kind: str) -> Command | None:
    """The first command of a kind, the one a reviewer would try."""
    return next((c for c in found if c.kind == kind), None)
