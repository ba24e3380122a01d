"""The web's words for each `NextStep` a service offers: a link to the page that does it.

Services never name pages or buttons; they attach a `NextStep(action, params)` and this
table says it the web's way. One entry per action id, in alphabetical order: (label, url
template); `{name}` fields come from the step's params and are URL-quoted.
"""

from __future__ import annotations

from urllib.parse import quote

from pivotprep.core.errors import NextStep

STEPS: dict[str, tuple[str, str]] = {
    "applications.apply_anyway": ("Review the application", "/jobs/applications/{application_id}"),
    "applications.import_skip_bad": ("Import again", "/jobs/import"),
    "applications.list_applications": ("Your applications", "/jobs/applications"),
    "applications.list_companies": ("Your target companies", "/jobs"),
    "applications.list_contacts": ("Your contacts", "/jobs/contacts"),
    "applications.show_application": (
        "Open the application",
        "/jobs/applications/{application_id}",
    ),
    "design.cards": ("Open the card review", "/design/cards"),
    "design.drills": ("See the estimation drills", "/design/drills"),
    "design.lab": ("Open the drift lab", "/design/lab"),
    "design.list": ("See the design prompts", "/design"),
    "design.sessions": ("See your design sessions", "/design#sessions"),
    "mock.debrief": ("See the loop's debrief", "/mock/loops/{loop_id}"),
    "mock.list": ("See your mocks", "/mock"),
    "mock.next": ("Open the loop", "/mock/loops/{loop_id}"),
    "mock.plan": ("Plan a mock", "/mock"),
    "mock.scorecard": ("See the scorecard", "/mock/rounds/{round_id}/scorecard"),
    "mock.status": ("See your mocks", "/mock"),
    "plan.extend": ("Re-plan: extend by {weeks} week(s)", "/plan#replan"),
    "plan.extend_or_drop": ("Re-plan: extend or drop", "/plan#replan"),
    "plan.extend_or_drop_and_extend": ("Re-plan: extend or drop", "/plan#replan"),
    "plan.replan": ("Re-plan", "/plan#replan"),
    "plan.week": ("See this week's tasks", "/plan"),
    "practice.list": ("See all problems", "/practice"),
    "portfolio.briefs": ("See the take-home briefs", "/portfolio/briefs"),
    "portfolio.job": ("See how its check is going", "/portfolio/jobs/{job_id}"),
    "portfolio.takehome": ("See the take-home", "/portfolio/takehomes/{takehome_id}"),
    "portfolio.show": ("See its check", "/portfolio/checks/{check_id}"),
    "practice.solution_early": ("Back to the problem", "/practice/{problem_id}"),
    "practice.start": ("Open the problem to start it", "/practice/{problem_id}"),
    "practice.test": ("Open the editor", "/practice/{problem_id}"),
    "profile.create": ("Create your profile", "/welcome"),
    "profile.set_start": ("Change the start date", "/profile"),
    "readiness.home": ("See your readiness", "/"),
    "resume.history": ("See your scans", "/resume"),
    "sql.list": ("See all SQL problems", "/sql"),
    "sql.start": ("Open the problem to start it", "/sql/{problem_id}"),
    "sql.test": ("Open the query editor", "/sql/{problem_id}"),
    "stories.concepts": ("See the concepts", "/stories/explain"),
    "stories.list": ("See your stories", "/stories"),
    "stories.questions": ("Browse the questions", "/stories/questions"),
}


def link(step: NextStep | None) -> tuple[str, str] | None:
    """(label, href) for `step`, or None when there is no step or no page for it."""
    if step is None or step.action not in STEPS:
        return None
    label, url = STEPS[step.action]
    params = {key: quote(str(value), safe="") for key, value in step.params.items()}
    return label.format(**step.params), url.format(**params)
