"""Outreach messages: a template from the content pack, filled for one contact.

A placeholder with no value stays visible as "[your project]" so the message is never
sent with a hole or a made-up claim. Pure.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pivotprep.applications.content import MessageTemplate

BLANKS = {
    "first_name": "[their first name]",
    "company": "[the company]",
    "role": "[the role]",
    "my_name": "[your name]",
    "past_role": "[your past role]",
    "project": "[your project]",
}


@dataclass(frozen=True)
class Message:
    template_id: str
    subject: str
    body: str
    blanks: tuple[str, ...]  # placeholders left for you to fill


class _Values(dict[str, str]):
    def __init__(self, values: Mapping[str, str]) -> None:
        super().__init__({k: v for k, v in values.items() if v and v.strip()})
        self.missing: list[str] = []

    def __missing__(self, key: str) -> str:
        if key not in self.missing:
            self.missing.append(key)
        return BLANKS.get(key, f"[{key}]")


def render(template: MessageTemplate, values: Mapping[str, str]) -> Message:
    filled = _Values(values)
    subject = template.subject.format_map(filled)
    body = template.body.format_map(filled)
    return Message(template.id, subject, body, tuple(filled.missing))
