"""Stories told without STAR headings read as they do with them: a goal or a limit with
its number is the situation, not a result told first; recognition received is an
outcome; an abstract word that goes on naming a thing is concrete."""

from __future__ import annotations

from pivotprep.stories.analyzer.analysis import analyze
from pivotprep.stories.analyzer.labels import label_sentences
from pivotprep.stories.analyzer.phrases import vague_in
from pivotprep.stories.analyzer.sentences import split_sentences

ACTIONS = (
    "I mapped every open account by renewal date, called the twelve largest myself and "
    "wrote a two-page offer for the rest. "
)


def _first(text: str) -> str:
    return label_sentences(split_sentences(text))[0].label


def test_a_goal_or_a_limit_with_its_number_before_anyone_acts_is_the_situation() -> None:
    for opening in (
        "I was given a quarterly renewals target that was 30% above the year before. ",
        "Our travel budget was cut by 40% but we still needed to visit every region. ",
    ):
        text = opening + ACTIONS + "We closed the quarter 12% over target."
        analysis = analyze(text)
        assert analysis.sentences[0].label in ("S", "T"), opening
        assert not {"result_first", "missing_situation"} & analysis.codes, opening


def test_a_target_met_in_the_opening_is_still_a_result_told_first() -> None:
    text = "I exceeded my renewals target by 15% last quarter. " + ACTIONS
    assert _first(text) == "R"


def test_recognition_received_is_an_outcome_not_an_action() -> None:
    text = (
        "Our clinic's new booking system confused the reception staff. "
        "I had to train all nine of them before the launch. "
        "I wrote a one-page guide, ran three short sessions and sat with each of them on the "
        "first morning. "
        "The launch went ahead on the date, and I received a thank-you from the practice "
        "manager in the staff meeting."
    )
    analysis = analyze(text)
    assert analysis.sentences[-1].label == "R"
    assert "missing_result" not in analysis.codes


def test_an_abstract_word_that_goes_on_naming_a_thing_is_not_vague() -> None:
    assert vague_in("I created a risk categorization system and got buy-in.") == ()
    assert vague_in("I wrote a process guide for the night shift.") == ()
    assert vague_in("I managed risks and coordinated with stakeholders.") == (
        "managed risks",
        "coordinated with stakeholders",
    )
    assert vague_in("I provided regular updates to the team.") == ("provided regular updates",)


def test_others_responses_in_the_last_part_of_a_prose_story_are_its_outcome() -> None:
    text = (
        "A wholesale customer that brought in a fifth of our orders kept receiving the wrong "
        "pallets. "
        "The problem was logged as minor because it only hit one account. "
        "I pulled a month of their delivery notes and found that two product codes had been "
        "swapped in our system. "
        "I fixed the codes the same afternoon and rang their buyer to walk her through it. "
        "I also added a check to the weekly stock report. "
        "The buyer was thrilled with how fast it was sorted. "
        "They doubled their standing order and named our team in their supplier review. "
        "My manager asked me to run the same check for our other accounts."
    )
    analysis = analyze(text)
    labels = [s.label for s in analysis.sentences]
    assert labels[-3:-1] == ["R", "R"], labels
    assert "missing_result" not in analysis.codes


def test_time_given_for_a_job_names_the_task_and_a_timed_note_label_keeps_its_verb() -> None:
    task = label_sentences(split_sentences("I had 90 minutes to find out why the tills froze."))
    assert task[0].features.task_cues
    notes = ("Next 20 min: Checked every till log for the error code.", "Root cause: Found it.")
    for note in notes:
        sentence = label_sentences(split_sentences("Our tills froze at noon. " + note))[1]
        assert sentence.features.i_actions, note
        assert sentence.label == "A", note


def test_an_occasion_named_only_by_its_kind_sets_up_no_situation() -> None:
    rest = (
        " I set up a weekly check-in with the two leads, wrote a shared tracker and moved the "
        "review to Mondays. Late handoffs fell from nine a month to two."
    )
    for opening in (
        "In a fast-paced environment, our team struggled with late handoffs.",
        "During one project, our team struggled with late handoffs.",
        "In one of my projects, our team struggled with late handoffs.",
        "While working on a project, our team struggled with late handoffs.",
    ):
        assert "missing_situation" in analyze(opening + rest).codes, opening
    for opening in (
        "During a project for a hospital client, our team struggled with late handoffs.",
        "On a recent project, 4 of our 9 handoffs in May were late.",
    ):
        assert "missing_situation" not in analyze(opening + rest).codes, opening


BOOKINGS = (
    "Last spring our clinic's booking line dropped a third of calls on Mondays. "
    "I had to fix it before the summer rota. "
    "I pulled six weeks of call logs, moved one receptionist's break and added a call-back "
    "queue. Dropped calls fell from 31% to 6% within a month."
)


def test_a_sentence_of_pleasantry_is_filler_and_no_part_of_the_story() -> None:
    for before, after in (("That's a great question. ", ""), ("", " And that's my story.")):
        analysis = analyze(before + BOOKINGS + after)
        labels = [s.label for s in analysis.sentences]
        assert labels == (["none"] if before else []) + ["S", "T", "A", "R"] + (
            ["none"] if after else []
        )
        finding = next(f for f in analysis.findings if f.code == "filler")
        assert finding.quotes == ((before or after).strip(),)
    assert "filler" not in analyze(BOOKINGS).codes


def test_a_spoken_lead_in_does_not_hide_the_opener() -> None:
    analysis = analyze("Great question! So, " + BOOKINGS)
    assert [s.label for s in analysis.sentences] == ["none", "S", "T", "A", "R"]
    assert not {"missing_situation", "result_first"} & analysis.codes


def test_stacked_spoken_openers_do_not_hide_a_pleasantry() -> None:
    analysis = analyze("Yeah, so, I'm glad you asked that. " + BOOKINGS)
    assert [s.label for s in analysis.sentences] == ["none", "S", "T", "A", "R"]
    finding = next(f for f in analysis.findings if f.code == "filler")
    assert finding.quotes == ("Yeah, so, I'm glad you asked that.",)


def test_the_story_opens_after_the_pleasantry() -> None:
    # the first sentence of the story, not of the text, is where the scene is set: an
    # action word in its relative clause ("the script I inherited") does not make it an act
    text = (
        "Well, I'm glad you asked. "
        "In my postdoc in 2019 the analysis script I inherited took eleven days to run. "
        "I had to get it under a day before my contract ended. "
        "I rewrote the image loading to read files in batches and moved segmentation to "
        "the GPU. The run time went from eleven days to nine hours."
    )
    analysis = analyze(text)
    assert [s.label for s in analysis.sentences] == ["none", "S", "T", "A", "R"]
    assert "missing_situation" not in analysis.codes


def test_a_verdict_on_how_it_turned_out_is_a_judged_outcome() -> None:
    text = (
        "Our new support agents took a month to find their way around the billing system. "
        "I had to write them a guide before the spring intake. "
        "I interviewed four senior agents and wrote down every step of the refund process. "
        "The guide was a good reference for new agents to understand the processes that "
        "support our customers. "
        "With the guide as a base I listed every tool the team uses."
    )
    analysis = analyze(text)
    assert analysis.sentences[-2].label == "R"
    assert "missing_result" not in analysis.codes
    assert "unquantified_result" in analysis.codes
