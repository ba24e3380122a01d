"""Pack loading: the format's schema errors name the file and field; the catalogue."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pivotprep.practice.catalog import all_problems, get_problem
from pivotprep.practice.problems import PackError, load_pack, parse_pack


def copy_pack(tmp_path: Path, name: str = "first-repeated-badge") -> Path:
    target = tmp_path / name
    shutil.copytree(load_pack(name).folder, target)
    return target


def test_catalogue_has_the_worked_examples():
    problems = all_problems()
    assert {"first-repeated-badge", "reverse-playlist", "rate-limiter"} <= set(problems)
    info = get_problem("rate-limiter")
    assert info.kind == "code" and info.pattern == "sliding-window" and len(info.hints) == 3


def test_meta_errors_name_the_field(tmp_path):
    folder = copy_pack(tmp_path)
    meta = (folder / "meta.yaml").read_text().replace("pattern: arrays-hashing", "pattern: magic")
    (folder / "meta.yaml").write_text(meta)
    with pytest.raises(PackError, match=r"meta.yaml: pattern"):
        parse_pack(folder)


def test_case_needs_exactly_one_of_expected_or_raises(tmp_path):
    folder = copy_pack(tmp_path)
    data = json.loads((folder / "cases.json").read_text())
    data["cases"][0]["raises"] = "ValueError"
    (folder / "cases.json").write_text(json.dumps(data))
    with pytest.raises(PackError, match="exactly one of `expected` or `raises`"):
        parse_pack(folder)


def test_duplicate_case_ids_and_missing_files(tmp_path):
    folder = copy_pack(tmp_path)
    data = json.loads((folder / "cases.json").read_text())
    data["cases"].append(dict(data["cases"][0]))
    (folder / "cases.json").write_text(json.dumps(data))
    with pytest.raises(PackError, match="duplicate case ids"):
        parse_pack(folder)
    (folder / "generate.py").unlink()
    with pytest.raises(PackError, match="generate.py is missing"):
        parse_pack(folder)


def test_nested_groups_are_flattened_with_their_description():
    pack = load_pack("first-repeated-badge")
    empty = next(c for c in pack.cases if c.id == "empty")
    assert empty.group == "edge cases"


def test_a_coding_pack_error_is_the_core_pack_error():
    from pivotprep.core.errors import PackError as ContentPackError

    assert issubclass(PackError, ContentPackError)


def test_every_kind_starts_with_its_own_file_and_judge():
    code, sql = (
        get_problem("first-repeated-badge"),
        next((p for p in all_problems().values() if p.kind == "sql"), None),
    )
    assert code.workspace is not None and code.workspace.fresh_on_review
    assert code.workspace.test_action == "practice.test"
    assert code.workspace.file(code.id).name == "first-repeated-badge.py"
    assert "def first_repeated(" in code.workspace.starter(code.id)
    if sql is not None:
        assert sql.workspace is not None and not sql.workspace.fresh_on_review
        assert sql.workspace.test_action == "sql.test"
        assert sql.workspace.file(sql.id).suffix == ".sql"
