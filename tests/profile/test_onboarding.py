"""First run on the web: from nothing to a profile, a plan and a first problem in three
steps, and the CLI saying the same first step."""

from __future__ import annotations

PROFILE = {
    "target_role": "data-engineer",
    "company_sizes": ["mid"],
    "hours_per_week": "15",
    "timeline_months": "4",
    "onboarding": "1",
}


def test_first_run_goes_from_welcome_to_plan_to_a_first_problem(web) -> None:
    assert web.get("/", follow_redirects=False).headers["location"] == "/welcome"
    welcome = web.get("/welcome")
    assert welcome.status_code == 200
    assert "Step 1 of 3" in welcome.text and 'name="onboarding" value="1"' in welcome.text
    assert web.get("/welcome/plan", follow_redirects=False).headers["location"] == "/welcome"
    bad = web.post("/profile", data={**PROFILE, "hours_per_week": "500"})
    assert bad.status_code == 422 and "Step 1 of 3" in bad.text  # still on the welcome form
    saved = web.post("/profile", data=PROFILE, follow_redirects=False)
    assert saved.headers["location"] == "/welcome/plan"
    plan = web.get("/welcome/plan")
    assert plan.status_code == 200
    assert "Step 2 of 3" in plan.text and "Week 1" in plan.text and "Step 3 of 3" in plan.text
    first = plan.text.split("Solve your first problem")[0].rsplit('href="', 1)[1].split('"')[0]
    assert first.startswith("/practice/")
    assert web.get(first).status_code == 200
    assert 'href="/resume"' in plan.text
    # once there is a profile the welcome page is done with
    assert web.get("/welcome", follow_redirects=False).headers["location"] == "/"
    assert web.get("/").status_code == 200
    edited = web.post("/profile", data=PROFILE, follow_redirects=False)
    assert edited.headers["location"] == "/dashboard"  # an edit is not a first run


def test_cli_next_starts_with_the_profile_before_there_is_one(cli) -> None:
    shown = cli("next")
    assert shown.exit_code == 0
    assert shown.output.startswith("1. Create your profile")
    assert "pivotprep init" in shown.output
