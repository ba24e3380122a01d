"""The script of a round's item, read from the bank it comes from (through that feature's
service): a coding or SQL problem, a design prompt, a behavioral question, a take-home
brief."""

from __future__ import annotations

from typing import Any

from pivotprep.core.errors import NextStep, NotFoundError, ValidationError
from pivotprep.mock.script import (
    Script,
    behavioral_script,
    coding_script,
    design_script,
    takehome_script,
)


def item_title(kind: str, item_id: str) -> str:
    """The item's title (a question's text for behavioral rounds)."""
    if kind in ("coding", "sql"):
        from pivotprep.practice import service as practice

        return practice.get_problem(item_id).title
    if kind == "design":
        from pivotprep.design import service as design

        return design.get_prompt(item_id).title
    if kind == "take-home":
        from pivotprep.portfolio import service as portfolio

        return portfolio.get_brief(item_id).title
    return str(_question(item_id).text)


def _question(item_id: str) -> Any:
    from pivotprep.stories import service as stories

    found = [q for q in stories.find_questions() if q.id == item_id]
    if not found:
        raise NotFoundError(
            f"There is no behavioral question {item_id!r}.", next_step=NextStep("stories.questions")
        )
    return found[0]


def script_for(kind: str, item_id: str) -> Script:
    """The interviewer's script for `item_id` in a round of `kind`."""
    if kind in ("coding", "sql"):
        from pivotprep.practice import service as practice

        info = practice.get_problem(item_id)
        if info.kind != ("sql" if kind == "sql" else "code"):
            raise ValidationError(
                f"{item_id} is not a {'SQL' if kind == 'sql' else 'coding'} problem.", field="item"
            )
        return coding_script(info.statement_md, tuple(info.hints), kind)
    if kind == "design":
        from pivotprep.design import service as design

        prompt = design.get_prompt(item_id)
        return design_script(
            prompt.scenario, prompt.summary, tuple(f.question for f in prompt.followups)
        )
    if kind == "take-home":
        from pivotprep.portfolio import service as portfolio

        brief = portfolio.get_brief(item_id)
        return takehome_script(
            brief.title, brief.scenario, brief.deliverables, brief.checks, brief.stretch
        )
    return behavioral_script(str(_question(item_id).text))
