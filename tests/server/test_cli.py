"""`pivotprep server ...` and `pivotprep db upgrade` on a server database."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from pivotprep.core.db import schema_engine, session_scope
from pivotprep.core.migrate import current_revisions, script_heads, upgrade_schema
from pivotprep.server.service import create_account, learner_engine
from tests.server.conftest import PASSWORD

pytestmark = pytest.mark.postgres


@pytest.fixture
def server_env(monkeypatch, server_engine):
    monkeypatch.setenv(
        "PIVOTPREP_DATABASE_URL", server_engine.url.render_as_string(hide_password=False)
    )
    monkeypatch.setenv("PIVOTPREP_PUBLIC_URL", "https://prep.example.org")
    return server_engine


def test_add_an_admin_invite_and_list(cli, server_env):
    created = cli("server", "add-admin", "Root", input=f"{PASSWORD}\n{PASSWORD}\n")
    assert created.exit_code == 0 and "Admin 'root' created" in created.output
    invited = cli("server", "invite", "--role", "mentor")
    assert invited.exit_code == 0
    assert invited.output.strip().startswith("https://prep.example.org/invite/")
    listed = cli("server", "accounts")
    assert "admin" in listed.output and "root" in listed.output


def test_a_short_password_or_unknown_role_is_a_clear_error(cli, server_env):
    short = cli("server", "add-admin", "root", input="short\nshort\n")
    assert short.exit_code == 2 and "10 to 200 characters" in short.output
    wrong = cli("server", "invite", "--role", "owner")
    assert wrong.exit_code == 2 and "admin, mentor, learner" in wrong.output


def test_server_commands_refuse_sqlite(cli):
    result = cli("server", "accounts")
    assert result.exit_code == 2 and "PostgreSQL" in result.output


def test_db_upgrade_migrates_every_learner_schema(cli, server_env):
    with session_scope(server_env) as session:
        ids = [create_account(session, f"learner{i}", PASSWORD, "learner") for i in (1, 2, 3)]
    learner_engine(server_env, ids[0])  # current; the second is made by the upgrade
    upgrade_schema(server_env, f"learner_{ids[2]}", "0001")  # as an older release left it
    old = schema_engine(server_env, f"learner_{ids[2]}")
    assert current_revisions(old) == {"0001"} and "stories_story" not in tables(server_env, old)
    result = cli("db", "upgrade")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert f"learner_{ids[0]}: already current" in "\n".join(lines)
    assert any(line.startswith(f"learner_{ids[1]}: upgraded") for line in lines)
    assert any(line.startswith(f"learner_{ids[2]}: upgraded") for line in lines)
    assert "Learner schemas up to date: 3" in result.output
    for account_id in ids:
        schema = f"learner_{account_id}"
        assert current_revisions(schema_engine(server_env, schema)) == script_heads()
    assert "stories_story" in tables(server_env, old)
    # the public schema of a server database holds nothing: no feature table is made there
    assert inspect(server_env).get_table_names(schema="public") == []


def test_db_upgrade_again_changes_nothing_and_says_so(cli, server_env):
    with session_scope(server_env) as session:
        account_id = create_account(session, "learner1", PASSWORD, "learner")
    assert cli("db", "upgrade").exit_code == 0
    again = cli("db", "upgrade")
    assert again.exit_code == 0
    assert f"learner_{account_id}: already current" in again.output
    assert "upgraded" not in again.output


def tables(engine, bound) -> list[str]:
    from pivotprep.core.migrate import translated_schema

    return inspect(engine).get_table_names(schema=translated_schema(bound))


def test_two_first_uses_of_a_schema_at_once_both_succeed(server_env):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as pool:
        runs = [pool.submit(upgrade_schema, server_env, "learner_99") for _ in range(2)]
        for run in runs:
            run.result(timeout=300)
    assert current_revisions(schema_engine(server_env, "learner_99")) == script_heads()


def test_share_and_list_the_review_queue(cli, server_env):
    from pivotprep.server import service
    from tests.server.mentoring import BOB_STORY

    with session_scope(server_env) as session:
        create_account(session, "grace", PASSWORD, "mentor")
        ada = create_account(session, "ada", PASSWORD, "learner")
    shared = cli("server", "share", "Ada", "grace", "--kind", "stories", "-k", "plan")
    assert shared.exit_code == 0 and "ada now shares stories, plan with grace." in shared.output
    with session_scope(learner_engine(server_env, ada)) as db:
        from pivotprep.stories.service import create_story, validate_story

        story = create_story(db, validate_story(title="Parcels [v2]", text=BOB_STORY))
        with session_scope(server_env) as session:
            service.request_review(session, db, ada, "stories", story.id)
    listed = cli("server", "reviews", "--mentor", "grace")
    assert listed.exit_code == 0, listed.output
    assert "Waiting: 1" in listed.output and "Story: Parcels [v2]" in listed.output
    assert "Story: Parcels" in cli("server", "reviews").output
    stopped = cli("server", "share", "ada", "grace", "--stop")
    assert "ada now shares nothing with grace." in stopped.output
    assert "No review request is open." in cli("server", "reviews", "--mentor", "grace").output


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("share", "ada", "grace"), "Name what to share with --kind"),
        (("share", "ada", "grace", "--kind", "passwords"), "Cannot share passwords"),
        (("share", "nobody", "grace", "--kind", "plan"), "There is no account 'nobody'"),
        (("share", "grace", "ada", "--kind", "plan"), "'grace' is a mentor, not a learner"),
        (("reviews", "--mentor", "ada"), "'ada' is a learner, not a mentor"),
    ],
)
def test_sharing_and_review_commands_explain_a_wrong_call(cli, server_env, args, words):
    with session_scope(server_env) as session:
        create_account(session, "grace", PASSWORD, "mentor")
        create_account(session, "ada", PASSWORD, "learner")
    result = cli("server", *args)
    assert result.exit_code == 2 and words in result.output, result.output
