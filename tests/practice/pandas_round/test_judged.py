"""The pandas round through the real sandbox: pandas lent read-only, frames in and out,
stubs that load, wrong answers explained, and a speed drill timed against its slow file."""

from __future__ import annotations

import pytest

from pivotprep.core.settings import get_settings
from pivotprep.practice.judge.runner import judge
from pivotprep.practice.problems import PATTERNS, load_pack, pack_folders
from pivotprep.practice.speed import check_speed
from pivotprep.practice.stubs import make_stub

pytestmark = pytest.mark.usefixtures("sandbox_level")

ROUND = sorted(f.name for f in pack_folders() if f.name.startswith("pd-"))
DRILLS = [pid for pid in ROUND if load_pack(pid).meta.drill is not None]


def test_the_round_has_thirty_problems_and_five_drills():
    assert "dataframes" in PATTERNS
    assert len(ROUND) - len(DRILLS) >= 30 and len(DRILLS) >= 5
    for pid in ROUND:
        meta = load_pack(pid).meta
        assert meta.libraries == ["pandas"] and meta.pattern == "dataframes", pid


def test_a_wrong_answer_says_what_differs_in_pandas_terms():
    code = (
        "import pandas as pd\n\n"
        "def stock_table(stock):\n"
        "    wide = stock.pivot_table(\n"
        "        index='sku', columns='warehouse', values='units', aggfunc='sum'\n"
        "    )\n"
        "    wide.columns.name = None\n"
        "    return wide.sort_index(axis=1).reset_index()\n"
    )
    result = judge("pd-stock-pivot", code)
    messages = [case.message for case in result.tests if case.status == "wrong"]
    assert "column 'north' is float (float64); expected integer (int64)" in messages


def test_pandas_is_read_only_and_other_packages_are_not_there():
    code = (
        "import pandas as pd\n\n"
        "def large_paid_orders(orders, threshold):\n"
        "    import os\n"
        "    target = os.path.join(os.path.dirname(pd.__file__), 'planted.py')\n"
        "    try:\n"
        "        open(target, 'w').write('x = 1')\n"
        "        wrote = 'wrote'\n"
        "    except OSError:\n"
        "        wrote = 'read-only'\n"
        "    try:\n"
        "        import sqlalchemy  # installed in the app, not lent to the learner\n"
        "        found = 'found'\n"
        "    except ImportError:\n"
        "        found = 'absent'\n"
        "    raise ValueError(wrote + ' ' + found)\n"
    )
    result = judge("pd-large-paid-orders", code)
    assert "read-only absent" in (result.tests[0].message or "")


def test_cli_start_and_test_a_pandas_problem(cli):
    assert cli("practice", "start", "pd-top-two-products").exit_code == 0
    stub = get_settings().workspace / "practice" / "pd-top-two-products.py"
    assert "import pandas as pd" in stub.read_text()
    stub.write_text(load_pack("pd-top-two-products").reference_path.read_text())
    passing = cli("practice", "test", "pd-top-two-products", "--no-complexity")
    assert passing.exit_code == 0 and "8/8 passed" in passing.output, passing.output


def test_the_web_page_shows_the_examples_as_tables(web):
    page = web.get("/practice/pd-revenue-by-customer")
    assert page.status_code == 200
    assert "<table>" in page.text and "<th>customer_id</th>" in page.text


def test_a_drill_starts_from_the_slow_file_and_times_against_it():
    problem = load_pack("pd-drill-latest-status")
    stub = make_stub(problem)
    assert "iterrows" not in stub and "for order_id in" in stub
    assert "at least 20x faster" in stub
    # far apart on purpose (the reference is about 100x faster; the goal is 20x): the
    # verdict does not depend on how busy the machine is
    slow = check_speed(problem, problem.slow_path.read_text())
    assert slow is not None and slow.ok is False and "goal: at least 20x faster" in slow.message
    fast = check_speed(problem, problem.reference_path.read_text())
    assert fast is not None and fast.ok is True and fast.ratio and fast.ratio > 20
