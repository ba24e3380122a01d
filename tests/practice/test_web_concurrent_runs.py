"""Each web Run judges the text it was sent: twenty Runs at once on one problem, half a
wrong answer and half the reference, each get their own verdict and are recorded against
their own code (the file they all save to is written by each in turn)."""

from __future__ import annotations

import hashlib
import re
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from pivotprep.practice.problems import load_pack

pytestmark = pytest.mark.usefixtures("sandbox_level")
WRONG = "def first_repeated(scans):\n    return 'not a badge'\n"


def test_twenty_concurrent_runs_never_cross_verdicts(web, monkeypatch):
    from pivotprep.practice import submit

    # the timing runs of passing code are not what this test is about, and would take
    # minutes for ten passing runs on a loaded two-core machine
    monkeypatch.setattr(submit, "compare_complexity", lambda problem, code: None)
    good = load_pack("first-repeated-badge").reference_path.read_text()
    web.post("/practice/first-repeated-badge/start")  # each Run then writes only its record
    codes = [good if i % 2 else WRONG + f"# run {i}\n" for i in range(20)]
    start = threading.Barrier(20)

    def run(code: str) -> str:
        start.wait(timeout=120)
        page = web.post("/practice/first-repeated-badge/run", data={"code": code})
        assert page.status_code == 200, page.text[-2000:]
        found = re.search(r"(\d+)/(\d+) passed", page.text)
        assert found, page.text[-2000:]
        return found.group(0)

    with ThreadPoolExecutor(max_workers=20) as pool:
        verdicts = list(pool.map(run, codes))
    for code, verdict in zip(codes, verdicts, strict=True):
        total = verdict.split("/")[1].split()[0]
        expected = f"{total}/{total} passed" if code == good else f"0/{total} passed"
        assert verdict == expected, (code, verdict)


def test_a_run_is_recorded_against_its_own_code(session, monkeypatch):
    from pivotprep.practice import submit
    from pivotprep.practice.workspace import save_code

    monkeypatch.setattr(submit, "compare_complexity", lambda problem, code: None)
    real_save = save_code

    def save_then_overwrite(problem_id: str, code: str):
        path = real_save(problem_id, code)
        path.write_text("def first_repeated(scans):\n    return 'someone else'\n")
        return path

    monkeypatch.setattr(submit, "save_code", save_then_overwrite)
    done = submit.run_code(session, "first-repeated-badge", WRONG)
    assert done.result.status == "wrong"
    assert "someone else" not in "".join(t.message or "" for t in done.result.tests)
    from pivotprep.practice.models import Run

    last = session.query(Run).order_by(Run.id.desc()).first()
    assert last.summary["code_sha256"] == hashlib.sha256(WRONG.encode()).hexdigest()
