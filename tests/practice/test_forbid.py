"""`forbid:` in meta.yaml: ds problems refuse code that wraps the built-in they teach, with a
message naming the line; the list is validated when the pack loads."""

from __future__ import annotations

import shutil

import pytest

from pivotprep.core.settings import get_settings
from pivotprep.practice.forbid import ForbiddenConstructError, check_entry, scan
from pivotprep.practice.problems import PackError, load_packs, parse_pack

WRAPS_DICT = """
class HashMap:
    def __init__(self) -> None:
        self._data: dict[object, object] = {}

    def put(self, key, value):
        self._data[key] = value
"""


def test_scan_finds_names_literals_imports_and_attributes():
    uses = scan(WRAPS_DICT, ["dict", "set", "collections"])
    assert [(u.line, u.how) for u in uses] == [(4, "a dict literal or comprehension")]
    assert scan("import heapq\n", ["heapq"])[0].how == "import heapq"
    assert scan("from heapq import heappush as p\n", ["heapq"])[0].line == 1
    assert scan("x = set()\n", ["set"])[0].how == "`set`"
    lru = "import collections\ncache = collections.OrderedDict()\n"
    assert [u.what for u in scan(lru, ["collections.OrderedDict"])] == ["collections.OrderedDict"]
    assert scan("from collections import deque\n", ["collections.OrderedDict"]) == []
    star = "from collections import *\ncache = OrderedDict()\n"
    assert [u.what for u in scan(star, ["collections.OrderedDict"])] == ["collections.OrderedDict"]
    assert scan("h = __import__('heapq')\n", ["heapq"])[0].what == "__import__"
    # annotations are not uses; syntax errors are left to the judge
    assert scan("def f(x: dict) -> set:\n    return x\n", ["dict", "set"]) == []
    assert scan("def f(:\n", ["dict"]) == []


def test_every_reference_obeys_its_own_forbid_list():
    packs = [p for p in load_packs().values() if p.meta.forbid]
    assert {"ds-hash-map", "ds-binary-heap", "ds-lru-cache"} <= {p.id for p in packs}
    for pack in packs:
        assert scan(pack.reference_path.read_text(), pack.meta.forbid) == [], pack.id


def test_unknown_forbid_entries_fail_on_load(tmp_path):
    assert check_entry("colections") is not None
    assert check_entry("dict") is None and check_entry("collections.OrderedDict") is None
    source = next(p for p in load_packs().values() if p.id == "ds-hash-map").folder
    folder = tmp_path / "ds-hash-map"
    shutil.copytree(source, folder)
    meta = folder / "meta.yaml"
    meta.write_text(meta.read_text().replace("- collections", "- colections"))
    with pytest.raises(PackError, match="forbid: 'colections' is neither"):
        parse_pack(folder)


def test_cli_and_web_refuse_forbidden_code_with_the_line(cli, web):
    started = cli("practice", "start", "ds-hash-map")
    assert started.exit_code == 0
    path = get_settings().workspace / "practice" / "ds-hash-map.py"
    assert "refuses code that uses dict, set" in path.read_text()
    path.write_text(WRAPS_DICT)
    result = cli("practice", "test", "ds-hash-map", "--no-complexity")
    text = " ".join(result.output.split())
    assert result.exit_code == 2
    assert "may not use dict, set, frozenset, collections" in text
    assert f"{path}, line 4: a dict literal or comprehension" in text
    page = web.post("/practice/ds-hash-map/run", data={"code": "import heapq\n" + WRAPS_DICT})
    assert page.status_code == 422 and "line 1: import" not in page.text  # heapq is fine here
    assert "line 5: a dict literal or comprehension" in page.text
    statement = web.get("/practice/ds-hash-map").text
    assert "Build it yourself" in statement


def test_the_error_is_a_user_error():
    from pivotprep.core.errors import UserError

    assert issubclass(ForbiddenConstructError, UserError)
