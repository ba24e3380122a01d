"""The analyzer: sentences, labels with reasons, findings that quote and fix."""

from __future__ import annotations

import pytest

from pivotprep.stories.analyzer.analysis import analyze, join_fields
from pivotprep.stories.analyzer.features import extract
from pivotprep.stories.analyzer.sentences import split_sentences
from pivotprep.stories.evaluation import keyword_baseline
from tests.stories.conftest import GOOD_STORY, WE_STORY


def test_sentences_keep_abbreviations_decimals_and_bullets_whole():
    text = "I met Dr. Lee at 3.5 p.m. on Monday. It went well!\n- I built a tool\n- I saved $1.2m."
    sentences = [s.text for s in split_sentences(text)]
    assert sentences == [
        "I met Dr. Lee at 3.5 p.m. on Monday.",
        "It went well!",
        "I built a tool",
        "I saved $1.2m.",
    ]


def test_sentence_spans_point_back_into_the_text():
    text = "First one here.  Second one there."
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end].startswith(sentence.text[:5])


def test_a_good_answer_the_keyword_checker_scores_zero_is_read_correctly():
    # No "when/while", no "I did/I built" and numbers in the context: the keyword checker
    # finds no situation, no action and no result in order.
    story = (
        "Our clinic kept overbooking Monday mornings, and patients waited over an hour. "
        "The practice manager asked me to find out why. I pulled six months of appointment "
        "records and compared booked times with actual consultation times. I presented the "
        "chart to the doctors and suggested two buffer slots. Average waiting time on Mondays "
        "fell from 62 minutes to 25 within a month."
    )
    assert {"missing_situation", "missing_action"} <= keyword_baseline(story)
    analysis = analyze(story)
    assert [s.label for s in analysis.sentences] == ["S", "T", "A", "A", "R"]
    assert {c.key: c.status for c in analysis.components} == {
        "S": "present",
        "T": "present",
        "A": "present",
        "R": "present",
    }
    assert analysis.codes <= {"too_short"}


def test_every_label_says_which_features_decided_it():
    analysis = analyze(GOOD_STORY)
    action = next(s for s in analysis.sentences if s.label == "A")
    assert any("subject 'I'" in reason and "'built'" in reason for reason in action.reasons)
    result = analysis.sentences[-1]
    assert result.label == "R"
    assert any("measured change" in reason for reason in result.reasons)


def test_we_actions_are_flagged_and_quoted_with_a_fix():
    analysis = analyze(WE_STORY)
    finding = next(f for f in analysis.findings if f.code == "we_ownership")
    assert "We analysed the order data" in finding.quotes[0]
    assert "“I”" in finding.fix
    assert next(c for c in analysis.components if c.key == "A").status == "weak"


def test_missing_result_names_the_last_sentence():
    analysis = analyze(
        "Our returns piled up for weeks before anyone processed them. I was given the job of "
        "fixing it. I mapped the steps, wrote a checklist and trained two people on it."
    )
    finding = next(f for f in analysis.findings if f.code == "missing_result")
    assert finding.sentences == (2,)
    assert "trained two people" in finding.message
    assert next(c for c in analysis.components if c.key == "R").status == "missing"


def test_unquantified_result_is_weak_not_missing():
    analysis = analyze(
        "Parents complained they only heard about problems at the end of term. As class "
        "teacher I needed a better way to keep them informed. I started a Friday email and "
        "I phoned parents of struggling children early. Parents really appreciated it and the "
        "relationship with families got much better."
    )
    assert "unquantified_result" in analysis.codes
    assert next(c for c in analysis.components if c.key == "R").status == "weak"


def test_result_told_first_is_flagged():
    analysis = analyze(
        "I cut onboarding for new mechanics from six weeks to three. New mechanics shadowed "
        "whoever was free. My commander asked me to make training consistent. I wrote a "
        "checklist of twenty tasks and paired each newcomer with one mentor."
    )
    assert "result_first" in analysis.codes


def test_filler_and_hedging_list_the_words_found():
    analysis = analyze(
        "So basically our store had, like, a lot of stock going missing, I think. I was maybe "
        "supposed to look into it, I guess. I kind of went through the delivery notes and, "
        "you know, I probably found one supplier was short. Shrinkage went down by 15%."
    )
    filler = next(f for f in analysis.findings if f.code == "filler")
    hedging = next(f for f in analysis.findings if f.code == "hedging")
    assert "basically" in filler.details and "you know" in filler.details
    assert "i think" in hedging.details and "maybe" in hedging.details


def test_past_domain_jargon_comes_from_the_translation_map_and_acronyms():
    from pivotprep.resume.report.translation import find_jargon

    story = (
        "At my school, the SENCO tracked IEP targets on paper. I was asked to make progress "
        "visible. I built a sheet linking targets to assessment data and differentiated "
        "instruction groups. 80% of targets were met, up from 55%."
    )
    analysis = analyze(story, domain="teaching", jargon_finder=find_jargon)
    finding = next(f for f in analysis.findings if f.code == "jargon")
    assert {"SENCO", "IEP"} <= set(finding.details)
    assert any("differentiated instruction" in d.lower() for d in finding.details)
    assert "→" in finding.fix  # the translation map's advice is passed on


def test_spoken_length_uses_150_words_a_minute():
    long_story = " ".join([GOOD_STORY] * 7)
    analysis = analyze(long_story)
    assert "too_long" in analysis.codes
    assert round(analysis.spoken_minutes, 1) == round(analysis.words / 150, 1)
    assert "too_short" in analyze(GOOD_STORY).codes


def test_star_boxes_are_read_under_their_headings():
    text = join_fields(
        situation="Our support queue had 300 open tickets.",
        task="I owned bringing it under 50.",
        action="I sorted tickets by cause and wrote answers for the top ten.",
        result="The queue fell to 40 in three weeks.",
    )
    analysis = analyze(
        "\n".join(
            f"{h}: {p}"
            for h, p in zip(
                ("Situation", "Task", "Action", "Result"), text.split("\n\n"), strict=True
            )
        )
    )
    assert [s.label for s in analysis.sentences] == ["S", "T", "A", "R"]
    assert all(s.sentence.declared for s in analysis.sentences)


@pytest.mark.parametrize("text", ["", "   \n\t ", "!!! ... ???"])
def test_empty_story_is_a_clear_error(text):
    from pivotprep.stories.analyzer.analysis import EmptyStoryError

    with pytest.raises(EmptyStoryError, match="The story is empty"):
        analyze(text)


def test_hostile_pastes_under_the_limit_are_analysed_without_blowing_up():
    # Shapes that make naive regexes backtrack: one huge capitalised token, a long run of
    # letters before a boundary, thousands of tiny sentences.
    for text in (
        "WHEN " + "A" * 15_000 + "1. Then I built it.",
        "I built " + "a" * 15_000 + "9. ok. fine.",
        "I did it. " * 900,
    ):
        analysis = analyze(text)
        assert analysis.words <= 3_000


def test_a_story_inside_thousands_of_brackets_reads_as_the_story_alone():
    # Tokenizing looked ahead to the end of the text from every closing bracket after the
    # last word: 9,000 of them took 1.5 s.
    from pivotprep.resume.report.translation import find_jargon

    story = "I rewrote the lesson plans, and the pass rate rose from 54% to 71%."
    plain = analyze(story, domain="teaching", jargon_finder=find_jargon)
    for opening, closing in (("(", ")"), ("\u201c\u2018", "\u2019\u201d")):
        text = opening * 2_000 + story + closing * 2_000
        nested = analyze(text, domain="teaching", jargon_finder=find_jargon)
        assert nested.codes == plain.codes and nested.score == plain.score
        assert [s.label for s in nested.sentences] == [s.label for s in plain.sentences]
        hits = find_jargon(text, "teaching")
        assert (
            [(h.term, h.start - len(opening) * 2_000) for h in hits]
            == [(h.term, h.start) for h in find_jargon(story, "teaching")]
            != []
        )


def test_an_as_the_role_opener_is_context_even_with_i_verbs():
    story = (
        "As the volunteer coordinator at a food bank, I ran the weekly rota for sixty "
        "volunteers. I was asked to even out the Saturday shifts. I surveyed the volunteers, "
        "and I split the Saturday shift into two. Saturday shortfalls dropped from six to one."
    )
    analysis = analyze(story)
    first = analysis.sentences[0]
    assert first.label == "S"
    assert any("opens with your role 'as the volunteer coordinator at'" in r for r in first.reasons)
    assert "missing_situation" not in analysis.codes
    assert extract("As a result of the audit, I rebuilt the rota.", 0.5).role_opener == ""


@pytest.mark.parametrize(
    "sentence",
    ["We lost no bookings during the switch.", "We cut the close from 5 days to 2."],
)
def test_an_outcome_verb_with_a_quantity_is_a_result_under_we_and_mid_story(sentence):
    story = (
        "At the agency, every booking had to move to a new system in one weekend. "
        "I was responsible for the move. " + sentence + " I exported all open bookings, "
        "and I compared a sample of 200 by hand. I reconciled the totals on Monday."
    )
    labelled = analyze(story).sentences
    assert labelled[2].label == "R", labelled[2].reasons
    assert any("an outcome with a quantity" in r for r in labelled[2].reasons)


def test_a_story_that_opens_with_its_result_is_result_first_not_missing_result():
    story = (
        "We lost no orders during the warehouse move, and that took planning. The company "
        "was moving its stock to a new site over one weekend. I was put in charge of keeping "
        "orders flowing. I split the stock into three waves, and I set up a temporary picking "
        "area at the old site."
    )
    codes = analyze(story).codes
    assert "result_first" in codes and "missing_result" not in codes
