"""Answers written in less common shapes read as the story they tell: an interview
transcript ("Q:" then "A:"), note headings such as "Problem:", a self-description
instead of an occasion, and teaching or everyday phrases that only look like effort
words."""

from __future__ import annotations

import pytest

from pivotprep.stories.analyzer.analysis import EmptyStoryError, analyze
from pivotprep.stories.analyzer.phrases import vague_in
from pivotprep.stories.analyzer.sentences import split_sentences

TRANSCRIPT = (
    "Q: Tell me about a time you disagreed with a colleague.\n"
    "A: In my lab, a postdoc wanted to rerun a whole set of experiments after one control "
    "failed. I thought we only needed to rerun the affected plate. I showed her the plate "
    "map and suggested we rerun that plate plus one random plate as a check. She agreed. "
    "Both reruns matched the originals, and we saved about two weeks of work."
)


def test_a_transcript_question_line_is_not_part_of_the_story_nor_filler() -> None:
    analysis = analyze(TRANSCRIPT)
    assert not any(s.sentence.text.startswith("Q:") for s in analysis.sentences)
    assert "filler" not in analysis.codes


def test_a_transcript_answer_label_is_not_the_action_heading() -> None:
    sentences = split_sentences(TRANSCRIPT)
    assert sentences[0].text.startswith("In my lab")
    assert {s.declared for s in sentences} == {""}
    assert analyze(TRANSCRIPT).sentences[0].label == "S"


def test_star_letter_headings_after_a_question_line_stay_headings() -> None:
    text = (
        "Q: Tell me about a failure.\nS: Our release broke checkout for an hour.\n"
        "T: I had to restore it.\nA: I rolled back and added a test.\nR: No repeat in a year."
    )
    assert [s.declared for s in split_sentences(text)] == ["S", "T", "A", "R"]


def test_only_a_question_is_an_empty_answer() -> None:
    with pytest.raises(EmptyStoryError, match="Only the question"):
        analyze("Q: Tell me about a time you failed.")


def test_something_that_should_happen_and_did_not_is_a_problem_that_carries_the_task() -> None:
    text = (
        "Problem: stock counts in our warehouse never matched the system at month end.\n"
        "Approach: I walked the receiving process with the night shift, saw that returns "
        "went back on shelves unscanned, and added a returns bay with its own scan step.\n"
        "Impact: the month-end variance dropped from about 3% of stock value to under 0.5%."
    )
    assert "missing_task" not in analyze(text).codes


def test_a_self_description_sets_up_no_occasion() -> None:
    text = (
        "I'm someone who always puts the customer first. In retail you deal with difficult "
        "customers every day, and staying calm is the key. I always listen, apologise and "
        "find a solution. Customers often leave happier than they came in."
    )
    assert "missing_situation" in analyze(text).codes


@pytest.mark.parametrize(
    ("sentence", "vague"),
    [
        ("I also recorded worked examples so students could rewatch them at home.", ()),
        ("I shared the improved process with the other wards.", ()),
        ("I started working closely with stakeholders.", ("working closely with stakeholders",)),
        ("We worked through it together.", ("worked through it",)),
        ("I sorted it out by re-running the failed batch overnight.", ()),
        ("I sorted it out.", ("sorted it out",)),
    ],
)
def test_effort_words_are_told_apart_from_named_things_and_named_means(
    sentence: str, vague: tuple[str, ...]
) -> None:
    assert vague_in(sentence) == vague


def test_a_spoken_answer_that_gets_through_it_together_is_vague() -> None:
    text = (
        "This was back when I was a shift supervisor at a call centre. We had a new phone "
        "system rolled out and calls were dropping all the time. My job was to keep the "
        "team going. I talked to the team and we worked through it together. We got used "
        "to it eventually. It worked out fine in the end."
    )
    assert "vague_actions" in analyze(text).codes


def test_single_letter_headings_with_a_dash_are_headings() -> None:
    text = "S - In 2022 I ran a team.\nT - I had to clear a backlog.\nA - I sorted it.\nR - Done."
    assert [s.declared for s in split_sentences(text)] == ["S", "T", "A", "R"]
    assert split_sentences("A - B tests are great.")[0].declared == "A"
    assert split_sentences("A senior engineer - Sam - helped.")[0].declared == ""


MISTAKE = (
    "I'd like to talk about a mistake I made as a logistics planner. In March 2021, I "
    "booked a full truck for a customer's pallets using the old weight limits, and the "
    "truck was turned away at the depot. The customer's order was delayed by two days. "
    "I called the customer myself that afternoon and offered free express delivery. Then "
    "I checked every open booking for the same mistake and fixed two more. I also added "
    "the new limits to our booking template. The customer stayed with us."
)


def test_a_dated_mistake_of_the_tellers_sets_the_scene_and_carries_the_task() -> None:
    assert not {"missing_situation", "missing_task"} & analyze(MISTAKE).codes


def test_a_learners_mistakes_are_no_problem_of_the_story() -> None:
    text = (
        "I built a quiz app that marked homework automatically and emailed each student "
        "their mistakes. I rolled it out to all five of my classes. It saved me about four "
        "hours of marking a week."
    )
    assert "missing_situation" in analyze(text).codes


def test_and_i_after_a_clause_of_its_own_is_the_tellers_act_not_a_shared_one() -> None:
    from pivotprep.stories.analyzer.features import _actors, words_of

    clause = "We were behind on a grant report and I sort of took the lead on the data."
    assert _actors(clause, words_of(clause))[:2] == (["took"], [])
    for shared in (
        "My manager and I rewrote the rota.",
        "After the outage, Sam and I rebuilt it.",
        "Sam, Priya, and I rewrote the import script.",
    ):
        assert _actors(shared, words_of(shared))[0] == [], shared
    # ", and I" after a clause with a verb of its own: the teller's act
    clause = "We agreed the fields in a meeting, and I trained six teachers."
    assert _actors(clause, words_of(clause))[:2] == (["trained"], ["agreed"])


def test_a_verb_after_comma_and_is_chained_to_the_teller() -> None:
    from pivotprep.stories.analyzer.features import _chained_verbs

    text = "I costed the menu, did a trial run, and wrote a prep schedule for each cook."
    assert ("wrote", "write") in _chained_verbs(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "We planned it carefully and completed it on time.",
        "I tested everything thoroughly.",
        "I handled the situation professionally.",
    ],
)
def test_an_act_told_only_by_its_manner_is_vague(sentence: str) -> None:
    assert vague_in(sentence)


def test_a_generic_headline_followed_by_its_steps_is_not_vague() -> None:
    text = (
        "Our head chef quit two weeks before a wedding booking for 150 guests, and nobody "
        "else knew the menu. I'd been sous chef for a year, so I stepped up. I costed the "
        "menu again with our suppliers, ran a trial with the couple, and wrote a prep "
        "schedule for each of the four cooks. Every course went out on time, and the couple "
        "booked us again."
    )
    codes = analyze(text).codes
    assert not {"vague_actions", "missing_task"} & codes


def test_the_question_echoed_back_is_filler() -> None:
    text = "A time I showed leadership? " + MISTAKE
    analysis = analyze(text)
    assert analysis.sentences[0].label == "none"
    assert "filler" in analysis.codes


def test_a_problem_told_with_the_first_act_carries_the_task() -> None:
    text = (
        "One example is from my time in a research lab. We were behind on a grant report "
        "and I took the lead on pulling the data together. I listed every figure the "
        "funder asked for and gave each one an owner and a date. We submitted two days early."
    )
    assert "missing_task" not in analyze(text).codes


def test_a_month_opens_a_dated_sentence_but_this_may_is_a_modal() -> None:
    import re

    from pivotprep.stories.analyzer import lexicon

    assert re.match(lexicon.TIME_OPENER, "in march 2021, i booked")
    assert re.match(lexicon.TIME_OPENER, "last may we")
    assert not re.match(lexicon.TIME_OPENER, "this may sound odd")


def test_running_out_and_a_low_rate_are_problems_that_carry_the_task() -> None:
    for opening in (
        "In my last year as a pharmacist, we kept running out of the most common "
        "blood-pressure medicines on Mondays. ",
        "As a warehouse team leader, I saw that our pick rates were really low. ",
    ):
        text = opening + (
            "I moved our weekly order to Saturday and set a reorder level for the top twenty "
            "lines. Missed items fell from 30 a week to 4."
        )
        assert "missing_task" not in analyze(text).codes, opening


def test_after_that_opens_the_outcome_not_a_new_situation() -> None:
    text = (
        "In my last year as a pharmacist, we kept running out of blood-pressure medicines "
        "on Mondays. I moved our order to Saturday and set a reorder level for the top "
        "twenty lines. After that, the shelves were fuller and patients were much happier."
    )
    analysis = analyze(text)
    assert analysis.sentences[-1].label == "R"
    assert "missing_result" not in analysis.codes
    assert "unquantified_result" in analysis.codes


def test_a_figure_off_the_plan_at_the_start_is_the_situation_not_a_result() -> None:
    text = (
        "During a quarterly close at the manufacturer where I was a cost accountant, the "
        "plant's inventory value came in £180,000 higher than expected. My controller asked "
        "me to find the difference within two days. I compared the material costs with the "
        "last purchase prices and found a price entered in pence instead of pounds. I "
        "corrected it and wrote a rule that flags any price change above 50%. The close "
        "finished on time, and the rule has caught two similar errors since."
    )
    codes = analyze(text).codes
    assert not {"result_first", "missing_situation"} & codes


def test_a_teachers_lessons_are_no_lesson_drawn_and_more_often_is_a_size_in_words() -> None:
    text = (
        "When I was a science teacher, our practical lessons kept running over because the "
        "equipment wasn't ready. I was asked to sort out the prep room. I labelled every "
        "tray by practical, wrote a booking sheet with a 48-hour lead time, and trained two "
        "volunteers to reset trays. Lessons started on time far more often."
    )
    analysis = analyze(text)
    assert not analysis.sentences[-1].features.lesson
    assert "unquantified_result" in analysis.codes


def test_prose_wrapped_at_a_fixed_width_is_one_sentence_per_sentence() -> None:
    text = (
        "I typed three years of till data into a spreadsheet by week and plant\n"
        "type and added each weekend's weather from a free online archive. Sunny weekends\n"
        "sold nearly twice as much as wet ones, so I split each order. I\n"
        "agreed the top-up with our growers.\n"
        "- Built a CLI tool\n"
        "- Cut time by half\n"
        "Needed root cause before the batch\n"
        "Switched supplier, added a lot check"
    )
    assert [s.text for s in split_sentences(text)] == [
        "I typed three years of till data into a spreadsheet by week and plant type and "
        "added each weekend's weather from a free online archive.",
        "Sunny weekends sold nearly twice as much as wet ones, so I split each order.",
        "I agreed the top-up with our growers.",
        "Built a CLI tool",
        "Cut time by half",
        "Needed root cause before the batch",
        "Switched supplier, added a lot check",
    ]


def test_a_paragraph_break_still_ends_a_sentence() -> None:
    assert len(split_sentences("We were short of nurses on nights and\n\nI rebuilt the rota.")) == 2


def test_custom_headings_with_an_article_or_a_possessive_are_headings() -> None:
    text = (
        "**The problem:** I managed a shop. Every spring we over-ordered.\n"
        "**My goal:** to halve that waste.\n"
        "**What I did:** I typed the data in.\n"
        "**What changed:** Waste fell to 3,800."
    )
    assert [s.declared for s in split_sentences(text)] == ["S", "S", "T", "A", "R"]


def test_a_target_someone_set_is_the_task() -> None:
    text = (
        "I led a team of twelve agents at a utility company's call centre. Our repeat-call "
        "rate was 28%. My manager set me a target of getting it under 20% within a quarter. "
        "I sampled 300 repeat calls and tagged each with a reason, then rewrote the meter "
        "reading script. I also added a line to the bill explaining when readings update. "
        "Repeat calls fell to 17% by the end of the quarter."
    )
    assert "missing_task" not in analyze(text).codes


def test_losing_customers_every_year_is_how_things_stood_not_an_action() -> None:
    text = (
        "I raised our win-back rate on lapsed customers from 5% to 19% in six months. I was a "
        "field sales rep, and every year we lost about a fifth of our accounts. My area "
        "manager wanted me to win some back. I called every lapsed account and logged why "
        "they left, then agreed a 48-hour repair promise with our service team."
    )
    codes = analyze(text).codes
    assert "result_first" in codes
    assert "missing_situation" not in codes


def test_a_habit_told_in_the_present_is_not_also_told_it_has_no_actions() -> None:
    text = (
        "When I have a lot of competing requests, I start by writing everything down in one "
        "list. I sort it by deadline, and I check with the person asking whether the date is "
        "real. I usually block two hours each morning with no email."
    )
    codes = analyze(text).codes
    assert {"missing_situation", "missing_task"} <= codes
    assert "missing_action" not in codes


def test_a_quality_sized_in_words_is_unquantified() -> None:
    text = (
        "I was a transport planner for a food distributor. Friday deliveries were often "
        "late. I was asked to fix the Friday routes. I pulled three months of tracker data, "
        "changed the unloading times for the slowest shops and moved two of them to an "
        "earlier route. Friday deliveries became much more reliable."
    )
    assert "unquantified_result" in analyze(text).codes
    import re

    from pivotprep.stories.analyzer import lexicon

    assert re.search(lexicon.VAGUE_SIZE, "deliveries became much more reliable")
    assert not re.search(lexicon.VAGUE_SIZE, "deliveries were reliable")


def test_the_group_did_the_steps_and_the_teller_kept_everyone_motivated() -> None:
    text = (
        "At the call centre, the number of evening callers who hung up had crept up. As team "
        "lead I was asked to get on top of it. We looked at the rota together, we moved some "
        "breaks around, and we brought in two people from the day shift. I kept everyone "
        "motivated and made sure communication was strong throughout. Abandoned calls fell "
        "from 14% to 6%."
    )
    assert {"we_ownership", "vague_actions"} <= analyze(text).codes


def test_only_other_people_acting_is_no_action_of_the_tellers() -> None:
    text = (
        "In my second year as a hospital social worker, an older man on the stroke ward was "
        "ready to go home, but he could not manage stairs. I was responsible for his "
        "discharge plan. His family disagreed about what he wanted, and there were many "
        "difficult meetings. In the end he moved into a ground-floor flat near his daughter."
    )
    assert "missing_action" in analyze(text).codes


def test_the_teller_agreeing_to_a_step_is_no_outcome() -> None:
    text = (
        "At the hospital pharmacy, discharge prescriptions were often held up by calls to "
        "the ward. The chief pharmacist asked me to cut down those calls. I grouped a month "
        "of queries by reason. I then agreed with the junior doctors' lead to make those "
        "three required fields on the discharge form."
    )
    assert "missing_result" in analyze(text).codes


def test_a_duty_that_fell_to_the_teller_is_the_task_and_running_the_answer_down_hedges() -> None:
    text = (
        "Our clinic's booking system kept double-booking rooms. I was the practice "
        "coordinator, so it was on me to fix it. I went through every booking for a month "
        "and changed how recurring slots were set up. Double bookings went from ten a week "
        "to none."
    )
    assert "missing_task" not in analyze(text).codes
    from pivotprep.stories.analyzer.phrases import undercuts_in

    assert undercuts_in("Honestly I'm not great at telling stories but I was a bank teller.")


def test_emoji_before_a_heading_word_keeps_the_heading() -> None:
    text = (
        "🚨 Situation: Falls doubled.\n🎯 Task: Cut them.\n"
        "🛠️ Action: I moved beds.\n✅ Result: Down 70%."
    )
    assert [s.declared for s in split_sentences(text)] == ["S", "T", "A", "R"]


def test_an_act_named_in_a_reaction_is_neither_a_step_nor_vague() -> None:
    text = (
        "I was working as a barista and one day the espresso machine broke during the "
        "morning rush. I quickly switched to making filter coffee and told customers there "
        "would be a short delay. My manager was impressed with how I handled it."
    )
    analysis = analyze(text)
    assert [s.label for s in analysis.sentences] == ["S", "A", "R"]
    assert "vague_actions" not in analysis.codes
    assert "unquantified_result" in analysis.codes


def test_an_announcement_and_purpose_only_steps() -> None:
    text = (
        "Here's how I handled it:\n1. Listened to the customer's complaint.\n"
        "2. Apologised.\n3. Found a solution.\n4. Followed up to make sure they were happy.\n"
        "The customer left satisfied."
    )
    analysis = analyze(text)
    assert analysis.sentences[0].label == "none"
    assert "vague_actions" in analysis.codes


def test_work_done_by_hand_is_the_problem_and_in_my_role_as_opens_the_scene() -> None:
    text = (
        "In my role as an operations analyst at a regional bus company, I noticed that our "
        "on-time report took two days to compile every month because it was assembled by "
        "hand from three systems. I taught myself SQL over six weeks, wrote queries that "
        "joined the GPS data to the timetable, and built a dashboard that refreshed nightly. "
        "The report now takes ten minutes."
    )
    assert not {"missing_task", "missing_situation"} & analyze(text).codes


def test_a_person_described_by_a_trait_is_no_occasion() -> None:
    text = (
        "I am a very data-driven person. At my last job in marketing, we used a lot of data. "
        "I analyzed campaign performance, created reports and presented insights to "
        "stakeholders. This helped the team make better decisions."
    )
    assert "missing_situation" in analyze(text).codes


def test_lower_case_and_lettered_notes_are_the_tellers_actions_and_stay_apart() -> None:
    text = (
        "Situation: our cafe threw away 30% of its sandwiches every day\n"
        "Task: the owner asked me to halve the waste\nAction:\n"
        "- tracked sales by hour for a month\n- cut the afternoon batch by half\n"
        "- offered a 50% discount after 4pm\nResult: waste fell to 11% within six weeks"
    )
    assert "missing_action" not in analyze(text).codes
    lettered = "a) pulled six months of bookings by weekday\nb) set up text reminders\nc) called"
    assert len(split_sentences(lettered)) == 3
    lower = (
        "walked the pick route with the night shift and timed each pick\n"
        "found that a third of the time went on walking\n"
        "relabelled 300 bins so fast movers sat by packing"
    )
    assert len(split_sentences(lower)) == 3


def test_a_long_note_line_and_a_capitalised_one_stay_apart_and_buy_in_is_no_small_word() -> None:
    notes = (
        "Our support queue had 400 open tickets and first replies took nine days on average\n"
        "The head of support asked me to get first reply time under two days by March"
    )
    assert len(split_sentences(notes)) == 2
    buy_in = (
        "I met each regional manager one to one, walked them through it and got their buy-in\n"
        "Trained the remaining 20 reps in two sessions over the following week and a half."
    )
    assert len(split_sentences(buy_in)) == 2


def test_a_long_question_line_is_never_joined_to_the_answer() -> None:
    text = (
        "Q: Tell me about a time you had to calm down an upset customer quickly\n"
        "Last December a customer at my bike shop was shouting because his repair was three "
        "days late.\nI apologised."
    )
    assert split_sentences(text)[0].text.startswith("Last December")


def test_after_that_followed_by_the_teller_is_a_step() -> None:
    text = (
        "Our bakery's oven broke a week before Christmas. I had to keep orders going. First, "
        "I called two local bakeries and rented oven time at one of them. After that, I moved "
        "our night shift to their kitchen and drove the trays back each morning."
    )
    analysis = analyze(text)
    assert analysis.sentences[-1].label == "A"
    assert "missing_result" in analysis.codes


def test_so_my_manager_and_i_is_a_shared_act() -> None:
    from pivotprep.stories.analyzer.features import _actors, words_of

    text = "The release was slipping so my manager and I reworked the plan."
    assert _actors(text, words_of(text))[:2] == ([], ["reworked"])


def test_what_i_did_next_is_still_a_step_and_a_later_habit_is_a_lesson() -> None:
    from pivotprep.stories.analyzer.features import _actors, words_of

    text = "What I did next was move the highest-risk patients nearer the station."
    assert _actors(text, words_of(text))[0] == ["did"]
    story = (
        "In my second year as a hospital social worker, an older man was ready to go home "
        "but could not manage stairs. I was responsible for his discharge plan. His family "
        "disagreed about what he wanted. In the end he moved into a ground-floor flat. Now I "
        "always meet the family early and I usually write down what each person wants."
    )
    assert "missing_action" in analyze(story).codes


def test_a_low_code_platform_is_no_problem() -> None:
    text = (
        "In 2022 I was a developer at an online flower shop. I rewrote the payment form on a "
        "low code platform and removed two fields. Conversion rose from 2.1% to 2.9%."
    )
    assert "missing_task" in analyze(text).codes


def test_a_line_of_spaces_is_read_in_linear_time() -> None:
    text = "a\n" + " " * 19000 + "\nb."
    assert [s.text for s in split_sentences(text)] == ["a", "b."]


def test_a_label_of_the_writers_own_ends_the_heading_before_it() -> None:
    text = "The result: our close went from 10 days to 6.\nHow: I was a senior accountant."
    assert [s.declared for s in split_sentences(text)] == ["R", ""]
