"""The pages of a queued task, on PostgreSQL, with a queue that only records what it is
sent and the worker's function called in the test: a submit answers with a redirect to the
task's page, which says it waits (and refreshes itself) until the task ran, then shows the
feature's own result page; a task that ended on a refusal shows that refusal as the
in-process run would."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select

from pivotprep.core.db import session_scope
from pivotprep.portfolio.models import PortfolioCheck
from pivotprep.portfolio.service import run_queued_job
from pivotprep.server.service import create_account, learner_engine
from pivotprep.tasks.service import TaskQueue, run_job
from tests.resume.builders import one_column_pdf
from tests.resume.pairs import ANALYST_JOB
from tests.server.conftest import PASSWORD, config, csrf_of, log_in
from tests.tasks.conftest import PROBLEM

pytestmark = pytest.mark.postgres


class Recorder(TaskQueue):
    def __init__(self) -> None:
        self.sent: list[tuple[int, str]] = []

    def send(self, account_id: int, job_id: str) -> None:
        self.sent.append((account_id, job_id))


@pytest.fixture
def ada(server_engine: Engine):
    from pivotprep.web.app import create_app

    app = create_app(server_engine, extra_hosts=("testserver",), server=config())
    app.state.task_queue = Recorder()
    with session_scope(server_engine) as session:
        create_account(session, "ada", PASSWORD, "learner")
    with TestClient(app, base_url="https://testserver") as client:
        assert log_in(client, "ada").status_code == 303
        yield client


def queued(client: TestClient, path: str, **sent: object) -> str:
    headers = {"x-csrf-token": csrf_of(client, "/sharing")}
    answer = client.post(path, headers=headers, follow_redirects=False, **sent)  # type: ignore[arg-type]
    assert answer.status_code == 303, answer.text[:300]
    url = answer.headers["location"]
    waiting = client.get(url)
    assert waiting.status_code == 202 and "waiting for a worker" in waiting.text
    assert waiting.headers["refresh"] == f"1; url={url}"
    return url


def run_sent(client: TestClient, server_engine: Engine) -> None:
    queue = client.app.state.task_queue  # type: ignore[attr-defined]
    for account_id, job_id in queue.sent:
        run_job(server_engine, account_id, job_id)
    queue.sent.clear()


def test_a_resume_scan_on_the_queue_leads_to_its_report(ada, server_engine: Engine) -> None:
    files = {"resume": ("maria.pdf", one_column_pdf(), "application/pdf")}
    data = {"job_text": ANALYST_JOB, "semantic": "off"}
    url = queued(ada, "/resume/scan", data=data, files=files)
    run_sent(ada, server_engine)
    done = ada.get(url, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"].startswith("/resume/scans/")
    report = ada.get(done.headers["location"])
    assert report.status_code == 200 and "match rate" in report.text


def test_a_refused_scan_shows_the_form_with_its_reason(ada, server_engine: Engine) -> None:
    files = {"resume": ("notes.pdf", b"%PDF-1.4 not really", "application/pdf")}
    url = queued(ada, "/resume/scan", data={"job_text": ANALYST_JOB}, files=files)
    run_sent(ada, server_engine)
    page = ada.get(url)
    assert 'name="resume"' in page.text
    assert page.status_code == 400 and "This PDF is damaged" in page.text  # as in-process
    assert "Data Analyst" in page.text  # the pasted job is kept in the form


def test_a_run_on_the_queue_shows_the_problem_page(ada, server_engine: Engine) -> None:
    code = "def alternate_boarding(head):\n    return None\n"
    url = queued(ada, f"/practice/{PROBLEM}/run", data={"code": code})
    run_sent(ada, server_engine)
    page = ada.get(url)
    assert page.status_code == 200 and "wrong answer" in page.text and "return None" in page.text


def transcribed(client: TestClient, server_engine: Engine, audio: bytes) -> tuple[int, dict]:
    """The recorder's path on the queue: the upload answers where to poll, the poll says the
    task waits, and once run it answers what the in-process upload would have."""
    headers = {"x-csrf-token": csrf_of(client, "/sharing")}
    sent = client.post(
        "/mock/transcribe", files={"audio": ("answer.wav", audio, "audio/wav")}, headers=headers
    )
    assert sent.status_code == 202, sent.text[:300]
    poll = sent.json()["poll"]
    assert client.get(poll).json() == {"state": "queued", "attempts": 0}
    run_sent(client, server_engine)
    answer = client.get(poll)
    return answer.status_code, answer.json()


def test_a_recording_on_the_queue_is_transcribed(ada, server_engine: Engine, tmp_path) -> None:
    from tests.mock.voice_fixtures import ANSWER, need_voice, silent, spoken

    need_voice()
    status, found = transcribed(ada, server_engine, spoken(tmp_path / "a.wav").read_bytes())
    assert status == 200 and "sort the bookings" in found["text"].lower(), found
    assert found["measures"]["words"] >= len(ANSWER.split()) // 2
    status, found = transcribed(ada, server_engine, silent(tmp_path / "s.wav", 2).read_bytes())
    assert status == 422 and found == {"error": "The recording is silent: no speech to transcribe."}


def test_a_portfolio_check_on_the_queue_keeps_its_progress_page(
    ada, server_engine: Engine, tmp_path
) -> None:
    from tests.portfolio.projects import GOOD, zip_of

    archive = zip_of(tmp_path / "churn.zip", GOOD).read_bytes()
    headers = {"x-csrf-token": csrf_of(ada, "/sharing")}
    sent = ada.post("/portfolio/check", files={"file": ("churn.zip", archive, "application/zip")},
                    headers=headers, follow_redirects=False)  # fmt: skip
    assert sent.status_code == 303 and sent.headers["location"].startswith("/portfolio/jobs/")
    job = sent.headers["location"]
    waiting = ada.get(job)  # stored for a worker: queued, never "interrupted" by the web
    assert "Stage: <strong>queued</strong>" in waiting.text and waiting.headers["refresh"]
    (account_id, task_id), *_ = ada.app.state.task_queue.sent  # type: ignore[attr-defined]
    assert run_job(server_engine, account_id, task_id) == "done"
    done = ada.get(job, follow_redirects=False)
    assert "Stage: <strong>done</strong>" in done.text, done.text[:500]
    assert done.headers["refresh"].startswith("0; url=/portfolio/checks/")
    # The same task delivered again after its result was stored, and its portfolio job run
    # again directly (as a retry after a kill past the check's end would): nothing new.
    assert run_job(server_engine, account_id, task_id) == "skipped"
    engine = learner_engine(server_engine, account_id)
    job_id = int(job.rsplit("/", 1)[1])
    check_id = run_queued_job(engine, job_id, "churn.zip", archive)
    assert done.headers["refresh"].endswith(f"/portfolio/checks/{check_id}")
    with session_scope(engine) as session:
        assert session.scalar(select(func.count()).select_from(PortfolioCheck)) == 1
