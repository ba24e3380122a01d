"""Readiness read from a real store through the other features' services."""

from __future__ import annotations

from pivotprep.readiness import service


def test_an_empty_store_gives_no_scores_only_no_evidence(session) -> None:  # type: ignore[no-untyped-def]
    result = service.readiness(session)
    assert all(g.value is None for g in result.gauges)
    assert result.overall.value is None
    assert not result.detected
    assert service.portfolio_evidence(session) == ()  # no project checked yet
    assert result.actions and all(a.step.action for a in result.actions)


def test_stories_and_plan_tasks_reach_readiness(session) -> None:  # type: ignore[no-untyped-def]
    from pivotprep.profile.service import save_profile
    from pivotprep.profile.validation import validate_profile
    from pivotprep.stories import service as stories

    save_profile(
        session,
        validate_profile(
            target_role="data-engineer",
            company_sizes="50-500",
            hours_per_week=10,
            timeline_months=3,
            start_date="2026-03-02",
        ),
    )
    for title in ("One", "Two", "Three"):
        stories.create_story(
            session,
            stories.validate_story(
                title=title,
                text="We had a slow report. I rewrote it and people were happy.",
            ),
        )
    session.commit()
    ev = service.gather(session)
    assert len(ev.stories) == 3
    assert all(s.missing_result or s.missing_number for s in ev.stories)
    result = service.readiness(session)
    assert "vague_stories" in {f.key for f in result.detected}
    assert service.this_week(session)  # the plan's open tasks are read


def test_a_portfolio_check_reaches_readiness(session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pivotprep.portfolio import service as portfolio

    project = tmp_path / "churn"
    project.mkdir()
    (project / "README.md").write_text("# Churn\n\nUses the titanic dataset.\n")
    (project / "app.py").write_text("import pandas\n")
    portfolio.check_project(session, project, run=False)
    facts = service.portfolio_evidence(session)
    assert facts is not None and len(facts) == 1
    assert facts[0].name == "churn" and not facts[0].serves_api  # static only: never served
