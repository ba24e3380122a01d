"""Pack values that mean what they say: `problems validate` refuses values cases.json
cannot hold (tuples, sets, number keys), `order_insensitive: nested` ignores order at every
depth, and a pack's helpers.py reaches the learner in the stub, ready to use."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pivotprep.practice.judge.compare import matches
from pivotprep.practice.pack_values import lossy_annotation, lossy_value
from pivotprep.practice.problems import Meta, parse_pack, problems_dir
from pivotprep.practice.stubs import HELPERS_START, make_stub
from pivotprep.practice.validate import _lossy_notes


def copy_pack(tmp_path: Path, problem_id: str = "first-repeated-badge") -> Path:
    folder = tmp_path / problem_id
    shutil.copytree(problems_dir() / problem_id, folder)
    return folder


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ((1, 2), "the result is a tuple"),
        ([1, {2, 3}], "the result[1] is a set"),
        ({1: "a"}, "the int key 1"),
        ({"a": [frozenset()]}, "the result['a'][0] is a frozenset"),
    ],
)
def test_lossy_values_are_named(value, words):
    assert words in (lossy_value(value) or "")


def test_faithful_values_pass():
    assert lossy_value({"a": [1, 2.5, None, True, "x", {"b": []}]}) is None
    assert lossy_annotation(list[dict[str, int]], "rows") is None


@pytest.mark.parametrize(
    ("hint", "words"),
    [(tuple[int, int], "is a tuple"), (list[set[str]], "is a set"), (dict[int, str], "keys")],
)
def test_lossy_parameters_are_named(hint, words):
    assert words in (lossy_annotation(hint, "p") or "")


def test_validate_refuses_a_reference_returning_a_tuple(tmp_path):
    folder = copy_pack(tmp_path)
    (folder / "reference.py").write_text(
        '"""Returns a pair."""\n\n\ndef first_repeated(scans: list[int]) -> tuple[int, int]:\n'
        "    return (len(scans), -1)\n"
    )
    notes = _lossy_notes(parse_pack(folder))
    assert any("is a tuple" in n and n.startswith("error: case ") for n in notes), notes


def test_validate_refuses_a_parameter_typed_as_a_set(tmp_path):
    folder = copy_pack(tmp_path)
    source = (folder / "reference.py").read_text().replace("scans: list[int]", "scans: set[int]")
    (folder / "reference.py").write_text(source)
    notes = _lossy_notes(parse_pack(folder))
    assert notes == [
        "error: first_repeated: parameter 'scans' is a set, but cases.json gives a list"
    ]


def test_the_bank_has_no_lossy_case():
    from pivotprep.practice.problems import load_packs

    noted = {pid: _lossy_notes(p) for pid, p in load_packs().items()}
    assert {pid: n for pid, n in noted.items() if n} == {}


def test_nested_order_insensitivity():
    groups = [["tea", "eat"], ["tan", "nat"], ["bat"]]
    answer = [["bat"], ["nat", "tan"], ["eat", "tea"]]
    assert matches(groups, answer, order_insensitive="nested")
    assert not matches(groups, answer, order_insensitive=True)  # top level only
    assert not matches(
        groups, [["bat"], ["nat", "tan"], ["eat", "tee"]], order_insensitive="nested"
    )
    assert matches({"a": [[2, 1], [3]]}, {"a": [[3], [1, 2]]}, order_insensitive="nested")


def test_meta_accepts_nested_and_refuses_other_words():
    base = (problems_dir() / "first-repeated-badge" / "meta.yaml").read_text()
    import yaml

    raw = yaml.safe_load(base)
    assert Meta.model_validate({**raw, "order_insensitive": "nested"}).order_insensitive == "nested"
    with pytest.raises(ValueError):
        Meta.model_validate({**raw, "order_insensitive": "sideways"})


HELPERS = '''"""Helpers the statement presents."""

from __future__ import annotations


def evaluate(coefficients: list[int], x: int) -> int:
    """The polynomial's value at x (Horner's rule)."""
    total = 0
    for c in coefficients:
        total = total * x + c
    return total
'''


def test_helpers_reach_the_learner_and_the_untouched_stub_loads(tmp_path, sandbox_level):
    from pivotprep.core.judging import Status
    from pivotprep.practice.judge.runner import judge

    folder = copy_pack(tmp_path)
    (folder / "helpers.py").write_text(HELPERS)
    problem = parse_pack(folder)
    stub = make_stub(problem)
    assert HELPERS_START in stub and "def evaluate(coefficients" in stub
    assert "Helpers the statement presents" not in stub  # the docstring stays behind
    result = judge(problem, stub)
    assert not result.passed and any(c.status is Status.WRONG for c in result.tests)
    uses_helper = stub.replace(
        "    pass  # write your solution here",
        "    seen = []\n"
        "    for badge in scans:\n"
        "        if badge in seen:\n"
        "            return badge + evaluate([0], 1)\n"
        "        seen.append(badge)\n"
        "    return -1",
    )
    assert judge(problem, uses_helper).passed
