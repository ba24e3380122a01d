"""Findings that teach: vague actions with a rewrite, setup against the whole, jargon
limited to past-domain terms and unexplained acronyms, length in spoken minutes."""

from __future__ import annotations

from pivotprep.stories.analyzer.analysis import analyze
from pivotprep.stories.analyzer.features import _background
from pivotprep.stories.analyzer.jargon import find_story_jargon
from pivotprep.stories.analyzer.phrases import fillers_in, rewrite_hint, vague_in

GENERIC = (
    "Situation: Our team was behind on a product launch with three weeks left.\n"
    "Task: I had to get the launch back on schedule.\n"
    "Action: I communicated with stakeholders, provided regular updates and managed risks.\n"
    "Result: We launched on time and the client renewed the contract for 2 more years."
)


def test_generic_verbs_with_abstract_objects_are_vague_and_get_a_rewrite() -> None:
    found = vague_in("I communicated with stakeholders and provided regular updates.")
    assert found == ("communicated with stakeholders", "provided regular updates")
    assert "who you told what" in rewrite_hint("communicated with stakeholders")
    finding = next(f for f in analyze(GENERIC).findings if f.code == "vague_actions")
    assert "“managed risks” → name the decision you made" in finding.message
    assert finding.details == (
        "communicated with stakeholders",
        "provided regular updates",
        "managed risks",
    )


def test_concrete_actions_are_not_vague() -> None:
    text = GENERIC.replace(
        "I communicated with stakeholders, provided regular updates and managed risks.",
        "I cut the scope to the four screens the client had signed off, moved two testers "
        "onto the payment flow and ran a daily fifteen-minute triage at 9 am.",
    )
    assert "vague_actions" not in analyze(text).codes


def test_a_conversation_to_talk_it_through_is_an_effort_word_not_a_task() -> None:
    text = (
        "Two of my reports kept arguing in our stand-ups about who owned the release notes. "
        "I decided to have a conversation with them to talk it through. "
        "Things were calmer afterwards."
    )
    analysis = analyze(text)
    assert "vague_actions" in analysis.codes
    assert all(s.label != "T" for s in analysis.sentences if "decided" in s.text)


def test_long_setup_is_measured_against_the_whole_story() -> None:
    setup = (
        "Situation: I worked at a regional logistics company that ran three depots, each with "
        "its own spreadsheets for bookings, drivers, vehicles and customer complaints, and "
        "every Monday the managers spent the morning reconciling them by hand before the "
        "weekly call with the operations director, who kept asking for one set of numbers.\n"
        "Task: I was asked to give the director one weekly figure for late deliveries.\n"
    )
    text = setup + "Action: I built one shared sheet.\nResult: The Monday call took 20 minutes."
    finding = next(f for f in analyze(text).findings if f.code == "long_setup")
    assert "%" in finding.message


def test_common_work_words_and_known_acronyms_are_not_jargon() -> None:
    text = (
        "As a sales rep I had a quarterly quota and scheduled escalations with the PM. "
        "I built a CI check and a DB report and it was NOT easy. "
        "Our average order value (AOV) rose 12% and the ETA for fixes fell to 2 days."
    )
    assert "jargon" not in analyze(text).codes
    manager = (
        "One engineer missed three deadlines, so I put them on a PIP before asking why. "
        "I paused the PIP, connected them with our EAP and cut our MTTR by an hour."
    )
    assert "jargon" not in analyze(manager).codes


def test_past_field_acronyms_left_unexplained_are_jargon() -> None:
    text = (
        "At the FOB I ran the TOC for our OSUT cohort. "
        "I rewrote the OPORD template and briefed every squad leader. "
        "Briefings fell from 40 minutes to 15."
    )
    finding = next(f for f in analyze(text).findings if f.code == "jargon")
    assert {"FOB", "TOC", "OSUT", "OPORD"} <= set(finding.details)


def test_an_acronym_spelled_out_once_is_explained_at_every_use() -> None:
    text = (
        "At the clinic our average handling time (AHT) was 14 minutes and the NPS kept falling. "
        "I was asked to bring AHT down. I timed every call step and cut two of them. "
        "AHT fell to 9 minutes and the DSO report showed the change within a week."
    )
    hits = find_story_jargon(text, analyze(text).sentences, None, None)
    assert [term for _, term, _ in hits] == ["DSO"]


def test_an_acronym_spelled_out_a_few_words_on_and_words_in_capitals_are_not_jargon() -> None:
    """ "an ICE framework (Impact x Confidence x Ease)" explains ICE; "Do BOTH" is emphasis."""
    text = (
        "Signups had stalled for two quarters and I had to pick what to build next. "
        "I scored nine ideas with an ICE prioritization framework (Impact × Confidence × "
        "Ease). Decision: do BOTH the search revamp AND the onboarding fix. The DSO report "
        "and the NRR sheet showed signups up 18% in a quarter."
    )
    hits = find_story_jargon(text, analyze(text).sentences, None, None)
    assert [term for _, term, _ in hits] == ["DSO", "NRR"]


def test_everyday_phrases_of_the_translation_map_and_tech_acronyms_are_not_jargon() -> None:
    from pivotprep.resume.report.translation import find_jargon

    text = (
        "As a store manager I owned customer service and the sales targets for two shops. "
        "I rebuilt the JVM-based stock app's YAML config with our DBA and wrote an RCA "
        "for the outage. Customer complaints fell from 30 to 12 a month."
    )
    analysis = analyze(text, domain="retail", jargon_finder=find_jargon)
    assert "jargon" not in analysis.codes


def test_length_is_stated_in_spoken_minutes_with_a_tolerance_for_written_answers() -> None:
    sentence = "I rebuilt the weekly rota so that every shift had a trained lead on it. "
    written = sentence * 13  # about 180 words: a complete written answer reads well
    assert "too_short" not in analyze(written).codes
    short = analyze(sentence * 6)  # about 80 words
    finding = next(f for f in short.findings if f.code == "too_short")
    assert "1.5-3 minutes" in finding.message and "seconds" in finding.message


def test_like_before_a_quantity_is_a_filler() -> None:
    assert fillers_in("We basically had like forty spreadsheets and stuff.") == (
        "basically",
        "like",
        "and stuff",
    )
    assert fillers_in("I would like to add two more checks.") == ()


def test_a_situation_that_is_a_whole_job_or_an_anonymous_occasion_is_no_situation() -> None:
    generic = (
        "I once worked with a team member who had a very different work style. "
        "I set up a weekly check-in with him and agreed on written hand-offs. "
        "Our hand-offs stopped slipping and the project finished in March."
    )
    finding = next(f for f in analyze(generic).findings if f.code == "missing_situation")
    assert "no one occasion" in finding.message
    dated = generic.replace("I once worked", "In May 2023 I worked")
    assert "missing_situation" not in analyze(dated).codes


def test_a_short_answer_whose_only_action_is_told_as_we_is_we_ownership() -> None:
    text = (
        "Our clinic's waiting list had grown to 300 patients by January. "
        "We reorganised the appointment slots and opened a Saturday clinic. "
        "The list fell to 120 patients by April."
    )
    assert "we_ownership" in analyze(text).codes
    mine = text.replace("We reorganised", "I reorganised")
    assert "we_ownership" not in analyze(mine).codes


def test_effort_told_instead_of_the_act_is_vague() -> None:
    for sentence, phrase in (
        ("I took steps to address the issue.", "took steps to"),
        ("I worked closely with the team to resolve it.", "worked closely with"),
        ("I went above and beyond to deliver.", "went above and beyond"),
        ("I kept everyone informed and stepped up.", "kept everyone informed"),
        ("I took a proactive approach.", "took a proactive approach"),
    ):
        assert phrase in vague_in(sentence), sentence
    text = GENERIC.replace(
        "I communicated with stakeholders, provided regular updates and managed risks.",
        "I took steps to fix the schedule and worked closely with the team. "
        "I went above and beyond to deliver.",
    )
    finding = next(f for f in analyze(text).findings if f.code == "vague_actions")
    assert "took steps to" in finding.details


def test_a_plan_or_a_change_named_without_its_content_is_vague() -> None:
    """ "Put together a plan and executed it", "made some adjustments": the step is named,
    not what it was; a shift supervisor's account told only that way raises the finding."""
    for sentence, phrase in (
        ("I put together a plan and executed it.", "put together a plan"),
        ("I followed through on everything.", "followed through"),
        ("I made some adjustments to how we worked.", "made some adjustments"),
        ("I worked with the vendor to fix things.", "fix things"),
    ):
        assert phrase in vague_in(sentence), sentence
    # the content named right after it: "fixed things like the login page"
    for sentence in (
        "We fixed things like the login timeout and the broken CSV export.",
        "I made some changes, such as moving stand-up to 9:15 and splitting the backlog.",
        "I made a few adjustments: two extra pickers on Mondays and a shorter lunch rota.",
    ):
        assert vague_in(sentence) == (), sentence
    text = (
        "Last March, at the distribution centre where I was shift supervisor, our pick "
        "accuracy dropped to 91% after a new scanner system went live. My manager asked me "
        "to get it back above 98% before the holiday peak. I took the lead and organized "
        "everything. I made the necessary changes. Within five weeks accuracy was back at "
        "98.6%, and mis-picks fell from about 120 a week to 20."
    )
    assert "vague_actions" in analyze(text).codes
    concrete = text.replace(
        "I took the lead and organized everything. I made the necessary changes.",
        "I moved the label printers to the end of each aisle and re-trained the night shift "
        "on the new scan-then-pick order.",
    )
    assert "vague_actions" not in analyze(concrete).codes


def test_a_whole_job_behind_spoken_openers_is_no_situation_and_the_lesson_is_not_quoted() -> None:
    """ "So basically in my old job ..." sets up a whole job; the closing lesson takes no
    action's place (so "we" carries the only action) and is not quoted as the outcome."""
    text = (
        "So basically in my old job as a teacher there were a lot of challenges with the "
        "students and the parents. We had to handle a lot of different things and I helped "
        "the team with various projects. We worked on improving communication with parents "
        "and we were involved in a few different initiatives. It was a really good "
        "experience and everyone was happy with how things went. I think I learned a lot "
        "about teamwork."
    )
    found = {f.code: f for f in analyze(text).findings}
    assert {"missing_situation", "we_ownership", "vague_actions"} <= set(found)
    assert all("learned" not in q for q in found["unquantified_result"].quotes)


def test_a_problem_to_put_right_makes_the_task_plain() -> None:
    """A teammate not doing their share, or a change of one's own that made things worse:
    what the teller had to do is plain, so no missing_task (the outside labels' rule)."""
    for text in (
        "I had a teammate who wasn't pulling their weight on our release. I sat down with "
        "him on Monday, split the remaining tickets by area and paired on the hardest one. "
        "We shipped on Friday with every ticket closed.",
        "In 2022 I built a caching layer that decreased performance by 40%. I profiled the "
        "service, found the N+1 queries and removed the cache. Response times fell from "
        "900 ms to 300 ms.",
        "When I was teaching fifth grade, one of my students was constantly disrupting "
        "class. I reached out to his parents and set up a meeting. We agreed a plan where "
        "he could earn computer time. Within a month he had no more than one warning a week.",
    ):
        codes = {f.code for f in analyze(text).findings}
        assert "missing_task" not in codes, text


def test_a_deadline_met_beside_a_judgement_is_an_observable_outcome() -> None:
    text = (
        "Two days before the quarterly review our analyst left and the data report was "
        "half done. I was asked to finish it. I listed the open sections, rebuilt the three "
        "missing charts from the warehouse tables and had a colleague check the numbers. "
        "I delivered the report on time and to a high standard."
    )
    assert "unquantified_result" not in {f.code for f in analyze(text).findings}


def test_work_done_within_a_stated_day_beside_a_judgement_is_observable() -> None:
    text = (
        "Situation: At a construction firm, I was the site engineer on a bridge repair "
        "project and the contractor's foreman wanted to pour concrete before the formwork "
        "had been inspected, because the pump was booked for that morning.\n"
        "Task: I had to keep the programme on track without skipping the inspection.\n"
        "Action: We discussed it on site and we agreed to inspect the two most critical "
        "sections first. We then went with a split pour, the first half in the morning and "
        "the second in the afternoon after the rest was checked.\n"
        "Result: The pour was done the same day, the inspection found one loose tie that we "
        "fixed, and the foreman and I worked well together for the rest of the project."
    )
    assert "unquantified_result" not in analyze(text).codes
    judged = text.replace("was done the same day", "went smoothly")
    assert "unquantified_result" in analyze(judged).codes


def test_a_parenthesis_naming_only_values_is_a_tag_read_aloud() -> None:
    text = (
        "A junior teammate's pull request had a security hole. I scheduled a pairing "
        "session and showed a similar bug I had written last year (vulnerability, humility). "
        "I walked them through the injection risk and reviewed their fix (N+1 queries). "
        "They caught three more such bugs before production that quarter."
    )
    filler = next(f for f in analyze(text).findings if f.code == "filler")
    assert "(vulnerability, humility)" in filler.details
    assert "(N+1 queries)" not in filler.details


def test_acronyms_everyone_knows_are_not_jargon_but_a_field_acronym_is() -> None:
    text = (
        "In March our ICU had three CLABSIs on PICC lines, triple the usual rate. I was asked "
        "to find out why. I audited every line dressing for two weeks and found weekend "
        "changes ran late, so I wrote a weekend checklist and taught it at each huddle. The "
        "ER kept sending patients, yet we had zero infections over the next three months."
    )
    jargon = next(f for f in analyze(text).findings if f.code == "jargon")
    assert "CLABSIs" in jargon.details
    assert "ICU" not in jargon.details and "ER" not in jargon.details


def test_a_lesson_alone_and_one_short_act_score_as_weak_parts() -> None:
    """A hedged failure story with one short act and only a lesson at the end: the score
    gives those parts half, not full, marks."""
    text = (
        "I guess the biggest failure I can think of was when I was teaching and I sort of "
        "tried to introduce a new grading app in 2022. I kind of rushed it and didn't really "
        "train the other teachers. I think maybe half of them never used it. Honestly I "
        "don't know if it made much of a difference. I learned that you need buy-in first."
    )
    result = analyze(text)
    status = {c.key: c.status for c in result.components}
    assert status["A"] == "weak" and status["R"] == "weak"
    assert result.score < 60


def test_a_habit_told_in_the_present_sets_up_no_occasion_and_no_task() -> None:
    for opening in (
        "When I face a tight deadline, I always start by splitting the work into parts.",
        "If we get two urgent requests at once, we list what each one blocks.",
    ):
        codes = analyze(
            opening + " I put the riskiest part first and tell my lead what will slip. "
            "I keep a short list on my desk and tick it off every hour. "
            "This way I have met every deadline so far."
        ).codes
        assert {"missing_situation", "missing_task"} <= codes
    # the same words told of one occasion in the past set the scene and carry the task
    codes = analyze(
        "When I faced a tight deadline on the March audit, the ledger was two weeks behind. "
        "I split the work into parts and put the riskiest first. "
        "I told my lead which two reports would slip. "
        "We filed on the due date with all 40 accounts reconciled."
    ).codes
    assert not {"missing_situation", "missing_task"} & codes


def test_a_setup_that_only_names_the_job_sets_up_no_occasion() -> None:
    rest = (
        " My manager wanted me to raise the quality scores of my team. "
        "I listened to ten calls per agent and wrote each of them a one-page guide. "
        "Quality scores went from 71% to 84% in two months."
    )
    job = "I was a team leader in a call centre for an insurance company."
    assert "missing_situation" in analyze(job + rest).codes
    # something that went on in the job is an occasion
    occasion = (
        "I was a team leader in a call centre when a new billing system started sending "
        "customers wrong bills."
    )
    assert "missing_situation" not in analyze(occasion + rest).codes


def test_a_job_named_through_many_places_is_read_without_trying_every_split() -> None:
    # Each "in a" inside a place could also start the next place: a sentence that did not
    # match was tried every way, and 30 "at a school in a city" did not finish.
    rest = " I rebuilt the rota with two nurses. Wait times fell from 40 to 25 minutes."
    eleven = "I was a nurse at a hospital" + " in a ward of a hospital" * 5 + "."
    assert "missing_situation" in analyze(eleven + rest).codes  # 11 places: only the job
    thirteen = "I was a nurse at a hospital" + " in a ward of a hospital" * 6 + "."
    assert "missing_situation" not in analyze(thirteen + rest).codes  # more than a job
    chain = "I was a nurse" + " at a school in a city" * 30 + " 5."
    analysis = analyze(chain + rest)
    assert [s.label for s in analysis.sentences] == ["S", "A", "R"]
    assert "missing_situation" not in analysis.codes


def test_a_job_told_with_how_long_it_lasted_sets_up_no_occasion() -> None:
    """ "I was a nurse in the ICU for like six years": the number is the length of a job,
    which pins no occasion down; a date in the same setup still does."""
    period = (
        "So, um, basically I was a nurse in the ICU for like six years, and it was a really "
        "high-pressure environment. We had to prioritise constantly. We always worked "
        "together as a team and we made sure the patients got what they needed. I learned "
        "a lot about teamwork."
    )
    assert "missing_situation" in {f.code for f in analyze(period).findings}
    dated = period.replace("environment.", "environment, and in March 2021 we lost two nurses.")
    assert "missing_situation" not in {f.code for f in analyze(dated).findings}


def test_two_hedges_in_one_sentence_or_one_that_undercuts_the_story_is_hedging() -> None:
    """Three hedges across a story were needed before; "I think I'm kind of good at it"
    undercuts itself in one sentence, and "I don't think it was anything special" in one
    phrase. One hedge alone is not raised."""
    base = (
        "Last June our clinic's booking line dropped a third of its calls. I was asked to "
        "fix it before the autumn rush. I mapped the call flow, moved two staff to the "
        "morning peak and added a call-back option. Dropped calls fell from 33% to 6%."
    )
    assert "hedging" not in {f.code for f in analyze(base).findings}
    assert "hedging" not in {f.code for f in analyze(base + " I think it helped.").findings}
    undercut = (" I think I was kind of good at that.", " I don't think it was anything special.")
    for extra in undercut:
        assert "hedging" in {f.code for f in analyze(base + extra).findings}, extra


def test_a_follow_up_the_work_earned_is_an_observable_outcome() -> None:
    """ "She asked me to write it up as our standard procedure" is an event an
    interviewer can picture, so the result is not flagged as unquantified."""
    text = (
        "Last autumn my manager at a biotech lab wanted to skip the second validation run "
        "on a new assay to save a week. I thought that was risky. I pulled the data from "
        "the previous batch and showed her what the last skipped run had cost. I suggested "
        "running the second validation on half the plates instead. She agreed, and after "
        "that she asked me to write up the reduced validation as our standard procedure."
    )
    assert "unquantified_result" not in {f.code for f in analyze(text).findings}


def test_a_habit_told_in_the_present_sets_up_no_occasion_and_its_wish_is_no_task() -> None:
    """Setup and actions all in the present ("I regularly reflect ...", "I also seek
    feedback") tell what the teller usually does; the same story told in the past, with a
    moment named, is one occasion. A maxim opening it is filler."""
    habit = (
        "Situation: Leadership is a journey of continuous learning and improvement.\n"
        "Task: I want to ensure that I am constantly growing as a leader.\n"
        'Action: I regularly reflect on my interactions with my team. I ask myself "Did I '
        'listen effectively?" and "Did I give clear direction?". I also seek feedback from '
        "my manager.\n"
        "Result: This practice has helped me become a more self-aware leader."
    )
    codes = analyze(habit).codes
    assert {"missing_situation", "missing_task", "filler"} <= codes
    once = (
        "Situation: Last spring two of my six engineers told me in their reviews that my "
        "directions were unclear.\nTask: I wanted to fix that before the next release.\n"
        "Action: I asked each of them for one example, rewrote our ticket template with a "
        "definition of done and held a weekly ten-minute check-in.\n"
        "Result: The next review scored my clarity 4.5 of 5, up from 3."
    )
    assert not {"missing_situation", "missing_task"} & analyze(once).codes


def test_an_occasion_met_many_times_or_a_job_with_what_went_on_in_it() -> None:
    """ "I've encountered this multiple times" names no one occasion; "In my previous
    role, we had a project to migrate to Azure. The deadline was tight ..." does: the job
    is the background of a project named as one thing."""
    many = (
        "I've encountered this multiple times, especially at two clients. My approach was: "
        "document the concerns, propose an alternative, discuss it with the team, and then "
        "commit to the team's decision."
    )
    codes = analyze(many).codes
    assert "missing_situation" in codes and "missing_action" not in codes
    project = (
        "In my previous role, we had a project to migrate our infrastructure to Azure. The "
        "deadline was tight because of a contract renewal. I organized the team into "
        "workstreams, set up daily standups, and we delivered two days early."
    )
    codes = analyze(project).codes
    assert not {"missing_situation", "missing_result"} & codes


def test_a_generic_phrase_that_says_what_it_held_or_sits_among_concrete_acts() -> None:
    """ "Created a detailed project plan with milestones and dependencies" says what the
    plan held; "I used profiling tools, analyzed heap dumps, ..." tells three concrete acts
    beside its one generic phrase. Neither is vague; "provided regular updates to the
    team" still is."""
    assert vague_in("Created a detailed project plan with milestones and dependencies") == ()
    assert vague_in("I provided regular updates to the team.") != ()
    story = (
        "Last June our API started running out of memory every night. I had to find the "
        "leak before the holiday traffic. I used profiling tools, analyzed heap dumps, "
        "found unclosed database connections in a library and added connection pooling. "
        "Memory stayed flat for the next three months."
    )
    assert "vague_actions" not in analyze(story).codes


def test_a_job_named_as_background_then_what_went_wrong_is_a_setting() -> None:
    """ "In my last job as a barista, a customer was really upset because her order was
    wrong" and "During my time as an operations coordinator ... One of our key vendors kept
    delivering late" set up one occasion after the job; "At my last company, the report was
    always slow" describes a standing state."""
    for text in (
        "In my last job as a barista, a customer was really upset because her order was "
        "wrong. I listened, apologised and remade it right away. She came back the next week.",
        "During my time as an operations coordinator, I managed our vendors. One of our key "
        "vendors kept delivering late. I set up a weekly call with their dispatcher and "
        "moved our orders two days earlier. Late deliveries stopped within a month.",
    ):
        assert "missing_situation" not in analyze(text).codes, text
    standing = (
        "At my last company, the stock report was always slow. I wrote a script that merged "
        "the exports. The report took one hour instead of four."
    )
    assert "missing_situation" in analyze(standing).codes


def test_a_thin_template_answer_is_told_every_part_it_lacks() -> None:
    """ "Situation: Things were busy / Task: I helped the team / Action: We worked hard on
    it / Result: It got better": a mood is no occasion, a vague act under a task heading is
    no goal, effort is no action."""
    codes = analyze(
        "Situation: Things were busy\nTask: I helped the team\nAction: We worked hard on "
        "it\nResult: It got better\n"
    ).codes
    assert {"missing_situation", "missing_task", "vague_actions"} <= codes


def test_a_creed_at_the_end_is_filler_and_not_the_missing_result() -> None:
    """ "Ownership, to me, is closing the gap nobody owns" closes many sample answers: a
    maxim, no part of the story, so the outcome before it still counts."""
    analysis = analyze(
        "When our app started shipping AI features in March, each team built its own "
        "behaviour and users complained. Unasked, I drafted a shared interaction model, "
        "prototyped it and walked four teams through it. It became the default every later "
        "AI feature was built on. Ownership, to me, is closing the gap nobody owns before "
        "you're asked."
    )
    assert "missing_result" not in analysis.codes and "filler" in analysis.codes
    assert analysis.sentences[-1].label == "none"


def test_a_story_told_as_a_chain_of_steps_has_its_actions_and_outcome() -> None:
    analysis = analyze(
        "Last year our new dashboard's adoption was flat for two months.\n"
        "dashboard said adoption was flat → customer calls told a different story → found "
        "the real blocker in the export → adoption up 30% in a quarter\n"
    )
    assert not {"missing_action", "missing_result"} & analysis.codes


def test_identifiers_from_the_code_are_jargon_a_file_name_is_not() -> None:
    story = (
        "In May our evaluation reported a 50% keyword hit rate. I had to separate retrieval "
        "quality from phrasing. I added `keyword_in_grounded` beside `keyword_in_answer` and "
        "ran both on 200 questions. Grounded hits reached 100%."
    )
    assert "jargon" in analyze(story).codes
    script = story.replace("`keyword_in_grounded` beside `keyword_in_answer`", "`report.ps1`")
    assert "jargon" not in analyze(script).codes


def test_a_story_told_with_irregular_past_verbs_is_no_habit() -> None:
    """ "Our warehouse fell behind ... I set up a night shift ... Orders caught up" is one
    occasion in the past although no verb ends in -ed and none is "was" or "had"."""
    for text in (
        "Our warehouse fell behind on orders before the holidays. I set up a night shift "
        "and put two people on packing. Orders caught up within a week and no customer "
        "complained.",
        "My manager said the quarterly report would come late. I sat down with the finance "
        "lead and we split the work. The report went out on time.",
        "The new hire felt lost in her first week and I didn't want her to quit. I sat with "
        "her every morning and drew a map of our systems. She stayed and ran the desk alone "
        "a month later.",
    ):
        found = [f for f in analyze(text).findings if f.code == "missing_situation"]
        assert not any("usually do" in f.message for f in found), text


def test_what_the_teller_thought_back_then_does_not_undercut_the_story() -> None:
    """ "I didn't think that was safe, so I pulled the defect data" and "we weren't sure
    whether we could finish" tell what was thought at the time, not a doubt about the
    story; "I don't think it was anything special" still undercuts it."""
    from pivotprep.stories.analyzer.phrases import undercuts_in

    for sentence in (
        "I didn't think that was safe, so I pulled the defect data.",
        "I did not think it would scale past ten stores.",
        "We weren't sure whether we could finish before the contract ran out.",
        "The client was not sure if it would pay off.",
    ):
        assert undercuts_in(sentence) == (), sentence
    for sentence in (
        "I don't think it was anything special.",
        "Honestly, I'm not sure if it helped.",
        "I do not really think my part mattered much.",
    ):
        assert undercuts_in(sentence) != (), sentence


def test_one_undercutting_phrase_is_reported_in_the_singular() -> None:
    text = (
        "Last June our clinic's booking line dropped a third of its calls. I was asked to "
        "fix it before the autumn rush. I mapped the call flow, moved two staff to the "
        "morning peak and added a call-back option. Dropped calls fell from 33% to 6%. "
        "I don't think it was anything special."
    )
    (finding,) = [f for f in analyze(text).findings if f.code == "hedging"]
    assert finding.message.startswith("1 hedge (“i don't think it was anything")
    assert ") makes you sound unsure" in finding.message


def test_a_generic_phrase_with_a_person_or_pronoun_after_it_is_still_vague() -> None:
    """ "with milestones and dependencies" says what a plan held; "with them", "with my
    manager" or "with everyone" only say who was there."""
    for sentence in (
        "I provided regular updates with them.",
        "I created a project plan with my manager.",
        "I provided support with everything they needed.",
        "I communicated with stakeholders with her help.",
    ):
        assert vague_in(sentence) != (), sentence
    assert vague_in("I created a project plan with milestones and owners.") == ()


def test_a_maxim_that_leads_into_an_action_is_no_filler() -> None:
    """ "Communication is key, so I set up a daily standup" tells an act after its
    maxim: the sentence is not quoted whole as filler. A maxim standing alone still is,
    and one tag is reported in the singular."""
    story = (
        "Last spring two of our warehouse teams kept shipping the same orders twice. I had "
        "to stop the double shipments before peak season. {} I also added a shared pick "
        "list that marked each order as taken. Double shipments fell from 30 a week to 2."
    )
    acting = story.format("Communication is key, so I set up a daily standup for both teams.")
    assert "filler" not in analyze(acting).codes
    alone = story.format("Communication is key. I set up a daily standup for both teams.")
    (finding,) = [f for f in analyze(alone).findings if f.code == "filler"]
    assert finding.message.startswith("1 filler word or tag (“Communication is key.”) weakens")


_REST_OF_THE_STORY = (
    " As her team lead, I had to get her back on track. I asked her to walk me through her "
    "week and found she was covering two roles since a colleague left. I moved the weekly "
    "report to a teammate and set up a fifteen-minute check-in on Mondays. Over the next "
    "two months she hit every deadline and her error rate fell from 6% to under 1%."
)


def test_a_trait_a_claim_of_experience_or_a_job_period_sets_up_no_occasion() -> None:
    """Nothing happened in these openers: the guide raises missing_situation for a person
    told only by a trait, experience claimed in general and a job with its length."""
    for opener in (
        "I had a lazy teammate.",
        "This is something I have a lot of experience with.",
        "Underperformance is a common challenge for any manager.",
        "As a team lead for five years, I managed many people with different needs.",
        "So, as a team lead for five years, I managed many people with different needs.",
    ):
        assert "missing_situation" in analyze(opener + _REST_OF_THE_STORY).codes, opener
    for opener in (
        "I had a team member who was consistently missing deadlines.",
        "Last year, one of the analysts on my team missed three report deadlines in a row.",
    ):
        assert "missing_situation" not in analyze(opener + _REST_OF_THE_STORY).codes, opener


def test_praise_or_a_direction_without_a_size_is_an_unquantified_result() -> None:
    """ "My manager praised my work", "we got great feedback", "accuracy went back up":
    the interviewer still asks how much; a measured outcome is not flagged."""
    setup = (
        "Last March, at the distribution centre where I was shift supervisor, our pick "
        "accuracy dropped after a new scanner system went live. My manager asked me to fix "
        "it before the holiday peak. I shadowed each shift for two days and logged every "
        "mis-pick by aisle. I found that the scanners timed out in the cold store, so I had "
        "IT raise the timeout and I moved the chargers next to the freezer doors. "
    )
    for ending in (
        "We got great feedback from the site manager.",
        "My manager praised my work in my review.",
        "Accuracy went back up and stayed there.",
        # praise told in the same sentence as the lesson is still the only outcome
        "Everyone was happy with the outcome and I learned a lot about teamwork.",
    ):
        assert "unquantified_result" in analyze(setup + ending).codes, ending
    measured = setup + "Within five weeks accuracy was back at 98.6%."
    assert "unquantified_result" not in analyze(measured).codes
    # a lesson alone judges in general, not this outcome
    lesson = measured + " I learned a lot about asking the night shift first."
    assert "unquantified_result" not in analyze(lesson).codes


def test_a_counted_quantity_changed_with_no_size_is_unquantified_beside_an_event() -> None:
    """The guide's rule (b): "we reduced overlap incidents" invites "by how much?", even
    next to an observable outcome (a pilot approved)."""
    text = (
        "Last spring my manager wanted to merge our on-call rota with the payments team's. "
        "I had to show her the cost before she decided. I pulled six months of pages and "
        "response times for both teams and showed her that a merged rota would slow our "
        "response. I proposed a shared escalation path instead. She approved a 90-day pilot "
        "of the escalation path. It worked, and we reduced overlap incidents without merging."
    )
    assert "unquantified_result" in analyze(text).codes
    sized = text.replace("we reduced overlap incidents", "we cut overlap incidents from 14 to 3")
    assert "unquantified_result" not in analyze(sized).codes


def test_a_change_named_and_sized_in_words_only_is_unquantified() -> None:
    """ "completed in a month with measurable improvement in cycle time": the improvement
    is the outcome, and "measurable" says a number was there to give."""
    text = (
        "Last year our design team used an old tool that kept losing versions. I had to "
        "convince leadership to pay for a new one. I logged the hours lost to workarounds "
        "for two weeks and turned them into a yearly cost. Budget approved within two weeks. "
        "The migration was done in a month, with measurable improvement in handoff time."
    )
    assert "unquantified_result" in analyze(text).codes
    sized = text.replace("with measurable improvement in", "and cut three days off")
    assert "unquantified_result" not in analyze(sized).codes


def test_working_alongside_others_told_as_the_whole_act_is_vague() -> None:
    """ "I worked with engineering and design." is a vague act, not the teller's job."""
    weak = (
        "At my last company, we needed to build a new feature. I worked with engineering "
        "and design. It was challenging but we shipped it. The feature was successful."
    )
    result = analyze(weak)
    assert result.sentences[1].label == "A" and "vague_actions" in result.codes
    assert vague_in("Then I worked closely with the product team.")
    assert vague_in("I worked with engineering and design.")
    assert not vague_in("I worked with the DBA to add an index on the orders table.")
    assert not vague_in("I worked with design to cut the checklist from 40 steps to 12.")


def test_a_closing_relative_clause_in_the_past_perfect_does_not_make_the_result_a_setting() -> None:
    """ "..., which had been costing about 40 loaves a week" tells how things stood; the
    sentence it closes is still the outcome."""
    text = (
        "Last spring our new convection oven kept burning the first batch because nobody "
        "knew its settings. I read the manual over the weekend, wrote a one-page checklist "
        "for the morning bakers and ran two training sessions on the Monday. By the end of "
        "the month every baker could run the oven alone and we stopped burning the first "
        "batch, which had been costing about 40 loaves a week."
    )
    result = analyze(text)
    assert result.sentences[-1].label == "R"
    assert "missing_result" not in result.codes


def test_nobody_having_had_to_do_it_again_is_the_state_the_story_left() -> None:
    text = (
        "Two years ago, at the logistics firm where I was an analyst, our weekly delivery "
        "report took two days to build by hand. My manager asked me to cut that time before "
        "the peak season. I rewrote the report as a set of SQL queries and scheduled them to "
        "run every Monday at six. Nobody has had to build it by hand again."
    )
    result = analyze(text)
    assert result.sentences[-1].label == "R"
    assert "missing_result" not in result.codes


def test_a_dated_past_perfect_late_in_the_story_is_its_outcome() -> None:
    """ "By December all three had moved up a grade band" is what came of it; "By 2019 I
    had been a nurse for ten years" at the start still sets the scene."""
    text = (
        "Last autumn I noticed three of my year 9 students were falling behind after the "
        "timetable changed. My head of department asked me to catch them up before the "
        "inspection in November. I rebuilt the seating plan and met each student's parents. "
        "By December all three had moved up a grade band."
    )
    result = analyze(text)
    assert result.sentences[-1].label == "R"
    assert "missing_result" not in result.codes
    opening = analyze(
        "By 2019 I had been a nurse for ten years. Our ward kept losing medication charts at "
        "handover. I introduced a handover checklist. We had no lost charts in three months."
    )
    assert opening.sentences[0].label == "S"


def test_spoken_fillers_between_commas_do_not_hide_the_act() -> None:
    """ "I, um, rewrote the call scripts" is an action told with a filler, not no action."""
    text = (
        "So, um, basically last year at the call centre, like, our wait times were really "
        "long, you know, around 12 minutes. My manager asked me to, like, bring them down. "
        "I, um, rewrote the call scripts and moved two people to the morning peak. Basically "
        "the wait went down to 4 minutes by the end of the month."
    )
    codes = analyze(text).codes
    assert "filler" in codes and "missing_action" not in codes


def test_a_scene_told_with_the_task_after_a_headline_outcome_is_a_situation() -> None:
    """Opening with the outcome is result_first, not also missing_situation when the next
    sentence sets the scene and the task together."""
    text = (
        "I cut our call-centre wait times from 12 minutes to 4. Last year our queue was the "
        "longest in the region and my manager asked me to fix it. I rewrote the call scripts "
        "and moved two people to the morning peak. Within a month the wait was 4 minutes."
    )
    codes = analyze(text).codes
    assert "result_first" in codes and "missing_situation" not in codes


def test_a_dated_outcome_needs_the_whole_date_word() -> None:
    """ "By daybreak" or "by Mayfield's count" is not "by day" or "by May": the past perfect
    after it still tells how things stood."""
    assert _background("by december all three had moved up a grade band.", 0.8) == []
    assert _background("by daybreak the ward had been short of two nurses.", 0.8)
    assert _background("by mayfield's count we had been losing pallets.", 0.8)


def test_working_alongside_others_for_a_period_is_the_tellers_job_not_a_vague_act() -> None:
    """ "For five years I worked with the finance team." sets the scene with the teller's job;
    "I had worked with the product team" is background too."""
    assert not vague_in("For five years I worked with the finance team.")
    assert not vague_in("I had worked with the product team.")
    assert not vague_in("I’d worked with engineering and design.")
    story = (
        "For five years I worked with the finance team. Month-end close took nine days and "
        "the CFO wanted it in five. I mapped every close task in a shared sheet and cut "
        "three manual reconciliations by writing SQL checks. Close now takes five days, and "
        "audit findings fell from 7 to 1."
    )
    result = analyze(story)
    assert result.sentences[0].label == "S" and "vague_actions" not in result.codes


def test_a_two_letter_acronym_spelled_like_a_function_word_is_still_jargon() -> None:
    """ "AT devices" (assistive technology) is a past field's acronym; "Do BOTH" is emphasis."""
    text = (
        "Our school had 30 students waiting for support and the budget had been cut. I had to "
        "get them set up before the spring exams. I trialled three AT devices and wrote a "
        "one-page guide for staff, and we did BOTH the trial AND the guide in a month. All 30 "
        "students had a device by March and exam access requests fell from 12 to 2."
    )
    hits = find_story_jargon(text, analyze(text).sentences, None, None)
    assert [term for _, term, _ in hits] == ["AT"]


def test_a_two_letter_function_word_in_capitals_is_emphasis() -> None:
    """ "It was SO much faster", "I had to DO it once": emphasis, not a past field's acronym."""
    text = (
        "Our weekly sales dashboard was slow and the managers stopped opening it. I had to "
        "make it load in five seconds. I added indexes on the order date and cached the totals "
        "overnight. It was SO much faster, and I had to DO it only once: load time fell from "
        "40 seconds to 3 and weekly use rose from 4 managers to 19."
    )
    assert find_story_jargon(text, analyze(text).sentences, None, None) == []


def test_capitals_quoted_as_code_are_not_jargon() -> None:
    text = (
        "Our dashboards slowed to 30 seconds for big accounts. I had to fix it before "
        "Monday. I found the dropped index and rebuilt it with `CREATE INDEX CONCURRENTLY` "
        "so nothing locked. The DSO report and the NRR sheet loaded in 0.8 s again."
    )
    hits = find_story_jargon(text, analyze(text).sentences, None, None)
    assert [term for _, term, _ in hits] == ["DSO", "NRR"]


def test_a_phase_heading_is_labelled_as_the_steps_it_opens() -> None:
    text = (
        "Last March our nightly import failed for 20% of stores.\n"
        "I had to find why before the Monday run.\n"
        "**Hour 1 - Triage (6-7 PM):**\n"
        "- Checked the import logs and the store list\n"
        "- Compared failing and passing stores\n"
        "**Hour 2 - Fix:**\n"
        "- Rewrote the date parser for the new store format\n"
        "All stores imported on Monday, and none have failed since."
    )
    labels = {s.text.strip(): s.label for s in analyze(text).sentences}
    assert labels["**Hour 1 - Triage (6-7 PM):**"] == "A"
    assert labels["**Hour 2 - Fix:**"] == "A"


def test_a_sentence_that_opens_with_part_or_days_is_no_phase_heading() -> None:
    """ "Part of my task was to ...:" states the task; only a numbered stretch ("Day 2:",
    "Phase one:", "Q3:") heads the steps under it."""
    text = (
        "Last spring our clinic lost a third of its booking data in a server crash.\n"
        "Part of my task was to stop it happening again:\n"
        "I set up nightly backups to a second site and wrote a restore checklist.\n"
        "Day 2:\n"
        "We tested a restore and timed it at 14 minutes.\n"
        "Since then we have restored twice with no data lost."
    )
    labels = {s.text.strip(): s.label for s in analyze(text).sentences}
    assert labels["Part of my task was to stop it happening again:"] == "T"
    assert labels["Day 2:"] == "A"
