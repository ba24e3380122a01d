"""Findings raised only on evidence: a result judged, not described; a task that cannot be
read off the situation; an outcome told inside an action sentence; vague phrases that are
the teller's own doing."""

from __future__ import annotations

from pivotprep.stories.analyzer.analysis import analyze
from pivotprep.stories.analyzer.features import extract
from pivotprep.stories.analyzer.phrases import vague_in

SETUP = (
    "Last spring our warehouse was shipping a fifth of its orders late. "
    "I was asked to bring late orders under five percent. "
    "I timed every step of the picking route, moved the fast sellers next to the packing "
    "benches and wrote a one-page guide for the night shift. "
)


def test_a_judged_result_without_a_number_is_unquantified() -> None:
    analysis = analyze(SETUP + "In the end the process improved a lot and things got better.")
    assert "unquantified_result" in analysis.codes


def test_a_described_result_without_a_number_is_not_flagged() -> None:
    analysis = analyze(SETUP + "The night shift now uses my guide and the manager copied it.")
    assert "unquantified_result" not in analysis.codes


def test_evaluative_words_in_the_lesson_or_the_means_clause_do_not_judge_the_outcome() -> None:
    for ending in (
        "The night shift now uses my guide. I learned that clear notes make handovers better.",
        "By building a strong routine with the leads, I got the night shift to use my guide.",
    ):
        assert "unquantified_result" not in analyze(SETUP + ending).codes, ending


def test_an_observable_outcome_beside_a_judgement_is_not_flagged() -> None:
    analysis = analyze(SETUP + "The night shift started using my guide. The manager was happy.")
    assert "unquantified_result" not in analysis.codes
    # a lesson under its own heading is not an observable outcome
    text = SETUP + "Result: The process improved.\nLearning: Always time the route first."
    assert "unquantified_result" in analyze(text).codes


def test_a_result_with_a_time_or_an_arrow_is_measured() -> None:
    for ending in (
        "Within two weeks the process improved.",
        "Late orders improved: 20% → 4%.",
    ):
        assert "unquantified_result" not in analyze(SETUP + ending).codes, ending


def test_an_arrow_between_numbers_is_a_measured_change() -> None:
    assert extract("Error rate: 15% → 0.5%, fixed", 0.9).measures
    assert extract("cut the build from 5 min -> 30 sec", 0.9).measures


def test_an_outcome_told_in_the_actions_last_clause_is_a_result() -> None:
    text = (
        "In my second year of teaching, a colleague kept missing our shared planning meetings. "
        "I asked her what got in the way and we moved the meeting to Tuesday mornings, and "
        "things got better."
    )
    assert "missing_result" not in analyze(text).codes


def test_observable_outcomes_without_a_number_are_results() -> None:
    endings = (
        "We launched on time.",
        "He agreed to try it.",
        "I got the offer.",
        "The bug never came back.",
        "Since then, I always write tests first.",
        "We hit the deadline.",
        "Nobody has complained since.",
    )
    for ending in endings:
        assert "missing_result" not in analyze(SETUP + ending).codes, ending


def test_the_state_left_behind_and_the_lesson_are_results() -> None:
    lasting = extract("Now using the same checklist on every ward.", 0.9)
    assert lasting.lasting == "now"
    lesson = extract("I learned that a short rota beats a long one.", 0.9)
    assert lesson.lesson.startswith("i learned that")
    text = (
        "In 2023 our clinic's rota was rebuilt by hand every week. "
        "I built a shared spreadsheet with each nurse's fixed days. "
        "Now the whole practice uses it."
    )
    analysis = analyze(text)
    assert analysis.sentences[-1].label == "R"
    assert "missing_result" not in analysis.codes


def test_a_task_that_can_be_read_off_the_problem_is_not_missing() -> None:
    text = (
        "In March a memory leak was crashing our booking server every six hours. "
        "I profiled the heap, found unclosed connections and added a pool. "
        "Uptime went from 75% to 99.9%."
    )
    analysis = analyze(text)
    assert "missing_task" not in analysis.codes
    task = next(c for c in analysis.components if c.key == "T")
    assert (task.status, task.note) == ("weak", "Only implied.")


def test_a_situation_that_sets_no_problem_or_goal_misses_the_task() -> None:
    text = (
        "In March I had a teammate on the night shift. "
        "I talked to him about the handover notes and rewrote the template with him. "
        "Handover took 10 minutes instead of 25."
    )
    assert "missing_task" in analyze(text).codes


def test_an_aim_told_as_the_purpose_of_the_actions_is_a_task() -> None:
    text = (
        "In March I had a teammate on the night shift. "
        "To get the morning crew a clean handover, I rewrote the template with him. "
        "Handover took 10 minutes instead of 25."
    )
    assert "missing_task" not in analyze(text).codes


def test_leading_an_effort_to_a_stated_aim_is_a_task() -> None:
    text = (
        "In March I led the effort to cut our cloud bill. "
        "I found idle instances and oversized databases and set up a weekly cost review. "
        "The monthly bill fell by 35% in one quarter."
    )
    assert "missing_task" not in analyze(text).codes


def test_a_goal_after_an_adverb_is_a_task() -> None:
    analysis = analyze("I once had to explain our pricing model to the sales team. " + SETUP)
    assert "T" in (analysis.sentences[0].label, *analysis.sentences[0].also)


def test_a_thing_that_helped_is_not_a_vague_action() -> None:
    assert vague_in("We found that short sheets helped and long ones did not.") == ()
    assert vague_in("I built the tracker and helped the team adopt it.") == ("helped the team",)
    assert vague_in("Then I helped.") == ("helped",)
    # the sentence roles still read it as work being told, whoever did it
    assert vague_in("Short sheets helped.", teller_only=False) == ("helped",)
    assert vague_in("PostgreSQL handled the load.", teller_only=False) == ()


def test_one_vague_phrase_in_a_third_of_long_actions_is_flagged() -> None:
    text = (
        "Last year our store's stock counts disagreed with the system by 8%. "
        "I was asked to find out why before the audit. "
        "I worked on the inventory process with the team for several weeks until the end of "
        "the quarter, going through the stock room shelf by shelf and aisle by aisle. "
        "I compared the counts with the system every night and listed each difference by "
        "location and by product family so the managers could see the pattern clearly. "
        "Discrepancies dropped to 1% by the audit."
    )
    finding = next(f for f in analyze(text).findings if f.code == "vague_actions")
    assert "worked on" in finding.details


def test_the_means_clause_of_a_result_is_read_for_vague_actions() -> None:
    text = (
        "Last year two developers on my team kept clashing over code reviews. "
        "I set up a one-on-one with each of them. "
        "By focusing on finding common ground, we were able to agree on review rules."
    )
    assert "vague_actions" in analyze(text).codes


def test_a_tag_left_for_the_reader_is_filler_even_alone() -> None:
    analysis = analyze(SETUP + "(Ownership shown)\nLate orders fell from 20% to 4% in a month.")
    finding = next(f for f in analysis.findings if f.code == "filler")
    assert "(Ownership shown)" in finding.details
    assert "filler" not in analyze(SETUP + "Late orders fell from 20% to 4% (in a month).").codes


def test_a_whole_job_as_the_situation_sets_up_no_occasion() -> None:
    rest = (
        "I was asked to speed up the weekly stock report. "
        "I wrote a script that merged the exports and checked the totals. "
        "The report took one hour instead of four."
    )
    generic = analyze("At my last company, the stock report was always slow and manual. " + rest)
    assert "missing_situation" in generic.codes
    sized = analyze("At my last company, the stock report took five hours every week. " + rest)
    assert "missing_situation" not in sized.codes


def test_an_answer_in_quote_marks_opens_with_its_context() -> None:
    analysis = analyze(
        '"Last month I learned Rust for an open-source project.\n'
        "Built a CLI tool for parsing logs, reduced processing time from 5 min to 30 sec.\n"
        'Now I use Rust at work."'
    )
    assert analysis.sentences[0].label == "S"
    assert not {"missing_situation", "missing_action"} & analysis.codes


def test_a_lesson_after_the_scene_is_set_is_not_a_result_told_first() -> None:
    text = (
        "In 2022 our search page was slow and I was asked to speed it up.\n"
        "Learned: always measure first.\n"
        "Next time I profiled the page, found an N+1 query and fixed it.\n"
        "Load time fell by 60%."
    )
    assert "result_first" not in analyze(text).codes


def test_a_task_sentence_that_sets_the_scene_is_not_a_missing_situation() -> None:
    text = (
        "I once had to explain our pricing model to a group of new sales managers. "
        "I drew the three price tiers on one slide and walked them through two real deals. "
        "All six could quote a deal on their own the next week."
    )
    analysis = analyze(text)
    assert "missing_situation" not in analysis.codes
    situation = next(c for c in analysis.components if c.key == "S")
    assert situation.status == "weak"
    # a whole job or an anonymous occasion is still no occasion
    generic = "In a high-stakes scenario, I was tasked with delivering a report. " + text
    assert "missing_situation" in analyze(generic).codes


def test_a_failure_that_did_not_come_back_is_the_outcome() -> None:
    for ending in (
        "We never missed the late-order target again that season.",
        "The night shift hasn't missed a dispatch since.",
    ):
        analysis = analyze(SETUP + ending)
        assert analysis.sentences[-1].label == "R", ending
        assert "missing_result" not in analysis.codes, ending


def test_a_belief_or_a_hope_is_not_an_action() -> None:
    text = (
        "Last spring our warehouse shipped a fifth of its orders late. "
        "I was responsible for the evening dispatch team. "
        "I believed that teamwork and clear communication would make the difference, and I "
        "hoped the new starters would settle in. "
        "Late orders fell from 20% to 4% by June."
    )
    analysis = analyze(text)
    assert analysis.sentences[2].features.i_actions == []
    assert "missing_action" in analysis.codes


def test_a_problem_that_happened_again_is_no_lasting_state() -> None:
    """ "Nobody has had to build it by hand again" is the state the story left; "it's
    happened again" and "we have had the same outage again" tell the problem recurring."""
    assert extract("Nobody has had to build it by hand again.", 0.9).lasting
    assert extract("We haven't needed to restart it by hand again.", 0.9).lasting
    assert not extract("Then the nightly load failed and it's happened again.", 0.2).lasting
    assert not extract("We have had the same outage again.", 0.2).lasting
