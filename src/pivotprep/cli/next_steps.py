"""The CLI's words for each `NextStep` a service offers: a command to run.

Services never name commands (their messages serve the web too); they attach a
`NextStep(action, params)` and this table says it the CLI's way. One entry per action id,
in alphabetical order; `{name}` fields come from the step's params.
"""

from __future__ import annotations

from pivotprep.core.errors import NextStep

STEPS: dict[str, str] = {
    "applications.apply_anyway": (
        "To go on, run `pivotprep jobs stage {application_id} applied --anyway` (recorded)."
    ),
    "applications.import_skip_bad": "Add --skip-bad to import only the good lines.",
    "applications.list_applications": "`pivotprep jobs list` lists your applications.",
    "applications.list_companies": "`pivotprep jobs company list` lists your targets.",
    "applications.list_contacts": "`pivotprep jobs contacts list` lists your contacts.",
    "applications.show_application": "`pivotprep jobs show {application_id}` shows it.",
    "design.cards": "`pivotprep design cards` shows the cards due.",
    "design.drills": "`pivotprep design drills` lists the drills.",
    "design.lab": "`pivotprep design scenarios` lists the lab's scenarios and features.",
    "design.list": "`pivotprep design list` lists the prompts.",
    "design.sessions": "`pivotprep design sessions` lists your sessions.",
    "mock.debrief": "`pivotprep mock debrief {loop_id}` shows the loop's debrief.",
    "mock.list": "`pivotprep mock history` lists your mocks.",
    "mock.next": "Run `pivotprep mock next {loop_id}` to start it.",
    "mock.plan": "Start one with `pivotprep mock start` or `pivotprep mock round KIND`.",
    "mock.scorecard": "`pivotprep mock scorecard {round_id}` shows its scorecard.",
    "mock.status": "`pivotprep mock status` shows the open round.",
    "plan.extend": "Run `pivotprep plan replan --extend {weeks}`.",
    "plan.extend_or_drop": (
        "Run `pivotprep plan replan --extend {weeks}`, or `pivotprep plan replan --drop {ids}`."
    ),
    "plan.extend_or_drop_and_extend": (
        "Run `pivotprep plan replan --extend {weeks}`, or "
        "`pivotprep plan replan --drop {ids} --extend {after}`."
    ),
    "plan.replan": "Run `pivotprep plan replan --extend N` to add N weeks.",
    "plan.week": "`pivotprep plan week` lists task ids.",
    "practice.check_sandbox": "Then check with `pivotprep doctor`.",
    "practice.list": "See `pivotprep problems list` for the ids.",
    "practice.solution_early": (
        "Take a hint with `pivotprep practice hint {problem_id}`, or open it now with "
        "`pivotprep practice solution {problem_id} --force`."
    ),
    "practice.start": "Run `pivotprep practice start {problem_id}` first.",
    "practice.test": (
        "Test it with `pivotprep practice test {problem_id}` (add --watch to re-judge on "
        "every save)."
    ),
    "profile.create": "Run `pivotprep init` (or open the web page) to create one.",
    "profile.set_start": "Run `pivotprep init --start YYYY-MM-DD` (or open the profile page).",
    "portfolio.briefs": "`pivotprep portfolio briefs` lists the take-home briefs.",
    "portfolio.job": "Its check runs in the web app: open /portfolio/jobs/{job_id} there.",
    "portfolio.takehome": "`pivotprep portfolio takehomes` shows where take-home {takehome_id} is.",
    "portfolio.show": "`pivotprep portfolio show {check_id}` shows its check.",
    "readiness.home": "`pivotprep readiness` shows the gauges and the six mistakes.",
    "resume.history": "`pivotprep scan history` lists your scans.",
    "sql.list": "See `pivotprep sql list` for the ids.",
    "sql.start": "Run `pivotprep sql start {problem_id}` first, or pass --file.",
    "sql.test": "Test it with `pivotprep sql test {problem_id}`.",
    "stories.concepts": "See `pivotprep stories explain --list`.",
    "stories.list": "See `pivotprep stories list`.",
    "stories.questions": "See `pivotprep stories questions`.",
}


def words(step: NextStep) -> str:
    """The sentence that tells a CLI user how to take `step` ("" for an unknown action)."""
    template = STEPS.get(step.action)
    return template.format(**step.params) if template else ""


def with_next_step(message: str, step: NextStep | None) -> str:
    """`message`, followed by the CLI's words for `step` when there is one."""
    extra = words(step) if step else ""
    return f"{message} {extra}" if extra else message
