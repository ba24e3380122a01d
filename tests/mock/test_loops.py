"""Loop shapes by company size and level, and the interviewer's script (pure)."""

from __future__ import annotations

import pytest

from pivotprep.core.errors import ValidationError
from pivotprep.mock.loops import loop_specs, parse_size, single_spec
from pivotprep.mock.script import answer_question, coding_script, design_script, topic_of

BACKEND = {"dsa": 0.6, "sql": 0.15, "ml": 0.0, "system_design": 0.4}
ANALYST = {"dsa": 0.1, "sql": 0.6, "ml": 0.05, "system_design": 0.0}
DATA_ENG = {"dsa": 0.25, "sql": 0.55, "ml": 0.0, "system_design": 0.2}


def test_sizes_shape_the_loop():
    small = [s.kind for s in loop_specs("small", BACKEND, "mid")]
    mid = [s.kind for s in loop_specs("mid", BACKEND, "mid")]
    large = [s.kind for s in loop_specs("large", BACKEND, "mid")]
    assert small == ["coding", "behavioral"]
    assert loop_specs("small", BACKEND, "mid")[1].title == "Founder conversation"
    assert mid == ["coding", "design", "behavioral"]
    assert large == ["coding", "sql", "design", "behavioral", "behavioral"]
    assert [s.minutes for s in loop_specs("large", BACKEND, "mid")][2] == 60


def test_a_take_home_replaces_live_coding_at_small_companies_only():
    small = loop_specs("small", BACKEND, "mid", take_home=True)
    assert small[0].minutes == 240 and small[0].title.startswith("Take-home")
    assert small[0].kind == "take-home"
    assert loop_specs("mid", BACKEND, "mid", take_home=True)[0].title == "Coding"


def test_design_only_from_mid_level_and_sql_for_sql_heavy_roles():
    assert "design" not in [s.kind for s in loop_specs("mid", BACKEND, "junior")]
    assert [s.kind for s in loop_specs("mid", ANALYST, "senior")] == ["sql", "behavioral"]
    assert loop_specs("mid", DATA_ENG, "senior")[1].track == "data"


@pytest.mark.parametrize(
    "text,size", [("<50", "small"), ("50-500", "mid"), ("500+", "large"), (" Large ", "large")]
)
def test_sizes_as_typed(text, size):
    assert parse_size(text) == size


def test_bad_size_and_minutes_are_refused():
    with pytest.raises(ValidationError, match="use <50, 50-500 or 500"):
        parse_size("huge")
    with pytest.raises(ValidationError, match="5 to 240"):
        single_spec("coding", 1000)


STATEMENT = """# Count things

Write `count(xs)`.

## Examples

```
count([1]) == 1
```

## Constraints

- 0 <= len(xs) <= 10^5
- values are integers in [-10^9, 10^9]
- an empty list is allowed (return 0)
"""


def test_constraints_are_withheld_until_asked():
    script = coding_script(STATEMENT, ("hint one",), "coding")
    assert "10^5" not in script.opening and "## Examples" in script.opening
    size = answer_question(script, "How long can the list get?")
    assert size.topic == "size" and "10^5" in size.text and size.released
    edge = answer_question(script, "Can the list be empty?")
    assert edge.topic == "edge" and "return 0" in edge.text
    other = answer_question(script, "What's your favourite colour?")
    assert other.topic is None and not other.released
    assert script.followups and "questions for us" in script.close


def test_design_numbers_are_released_on_a_scale_question():
    scenario = (
        "A city runs bike docks. Riders unlock bikes from an app. "
        "There are 40,000 rides a day at 300 docks. Keep it simple."
    )
    script = design_script(scenario, "Bike docks for a city.", ("How do you shard?",))
    assert "40,000" not in script.opening and "Riders unlock" in script.opening
    assert "40,000" in answer_question(script, "How many users and how much traffic?").text
    assert script.followups[0] == "How do you shard?"
    assert topic_of("what is the schema of the table?") == "data"
