"""Radio buttons and checkboxes sit beside their own label, not stretched across the form.

The base rule gives text inputs the full width; a radio button that inherits it is drawn in
the middle of an empty line with its label pushed below (the ATS scan's "Semantic evidence"
choice, the story form's "How do you want to write it?"), and a checkbox at the end of a
line had its label wrap onto the next one.
"""

from __future__ import annotations

import re
from pathlib import Path

import pivotprep.web

STYLE = Path(pivotprep.web.__file__).parent / "static" / "style.css"


def _rules() -> dict[str, str]:
    """Each selector of style.css with the declarations of its rule (comments removed)."""
    text = re.sub(r"/\*.*?\*/", "", STYLE.read_text(encoding="utf-8"), flags=re.DOTALL)
    rules: dict[str, str] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text):
        for selector in selectors.split(","):
            key = " ".join(selector.split())
            rules[key] = rules.get(key, "") + ";" + " ".join(body.split())
    return rules


def test_radio_buttons_and_checkboxes_keep_their_own_width() -> None:
    rules = _rules()
    assert "width: 100%" in rules["input"]  # the rule they must be exempt from
    for control in ("input[type=radio]", "input[type=checkbox]"):
        assert "width: auto" in rules.get(control, ""), control


def test_an_inline_label_keeps_its_control_and_its_words_together() -> None:
    declarations = _rules()[".form label.inline"]
    assert "display: inline-flex" in declarations or "white-space: nowrap" in declarations


def test_the_forms_with_radio_buttons_use_inline_labels(web) -> None:
    for path in ("/resume", "/stories/new"):
        page = web.get(path).text
        radios = re.findall(r"<label[^>]*>\s*<input type=\"radio\"", page)
        assert radios, path
        assert all('class="inline"' in label for label in radios), path
