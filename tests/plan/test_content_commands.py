"""Every `pivotprep ...` command the plan content tells people to run really exists."""

from __future__ import annotations

import re
from collections.abc import Iterator

import typer.main
import yaml

from pivotprep import registry
from pivotprep.cli.main import COMMANDS
from pivotprep.content import content_path
from pivotprep.plan.tracks import STEP_IDS

MENTION = re.compile(r"\bpivotprep((?:\s+[a-z][a-z-]*)+)")


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _mentions() -> list[tuple[str, list[str]]]:
    found = []
    for name in ("steps", *STEP_IDS):
        path = content_path("plan", f"{name}.yaml")
        with path.open(encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
        for text in _strings(data):
            for match in MENTION.finditer(text):
                found.append((f"{name}.yaml: {text}", match.group(1).split()))
    return found


def _command(name: str):  # type: ignore[no-untyped-def]
    return typer.main.get_command(registry.load(COMMANDS[name].app))


def _problem(words: list[str]) -> str | None:
    """Why `pivotprep WORDS...` is not a command, or None when it is one."""
    if words[0] not in COMMANDS:
        return f"no command {words[0]!r}"
    command = _command(words[0])
    for word in words[1:]:
        subs = getattr(command, "commands", None)  # Typer bundles its own click: duck-type
        if subs is None:
            return None  # the rest are the command's arguments
        sub = subs.get(word)
        if sub is None:
            return f"{command.name or words[0]!r} has no sub-command {word!r}"
        command = sub
    return None


def test_the_plan_content_names_commands():
    assert len(_mentions()) >= 5  # the check below has something to check


def test_every_command_named_in_the_plan_exists():
    problems = [
        f"{where}: `pivotprep {' '.join(words)}`: {why}"
        for where, words in _mentions()
        if (why := _problem(words))
    ]
    assert problems == []


def test_the_check_catches_a_missing_command():
    assert _problem(["review"]) == "no command 'review'"
    assert _problem(["sql", "next"]) is not None
    assert _problem(["practice", "next"]) is None
    assert _problem(["stories", "practice"]) is None
