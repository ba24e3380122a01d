"""What counts as a measured result and whose actions a result credits: a clock time is
not a size, a quantity sized only in words is unmeasured, the lesson's numbers measure no
outcome, and a result whose means is told as "we" gives the actions to the team."""

from __future__ import annotations

from pivotprep.stories.analyzer.analysis import analyze
from pivotprep.stories.analyzer.features import extract

CLINIC = (
    "Last winter the booking line at our clinic dropped calls every Monday morning. "
    "I had to find out why before the next week's rota was set. "
    "I pulled the call logs for six Mondays, matched the drops to the shift change at 8 am "
    "and moved one receptionist's break to 10. "
)


def test_a_clock_time_is_not_a_measure_of_change() -> None:
    assert extract("The line was back by 10:30 AM.", 0.9).measures == []
    assert extract("The line was back by 9 am and stayed up.", 0.9).measures == []
    assert extract("Dropped calls fell by 40% in a month.", 0.9).measures != []
    assert extract("We cut the backlog by 1,200 tickets.", 0.9).measures != []


def test_a_measurable_quantity_sized_only_in_words_is_unquantified() -> None:
    for ending in (
        "The phones were answered by 9:15 AM. We recovered most of the lost bookings that week.",
        "The rota went out on Friday and dropped calls fell dramatically.",
        "The manager adopted the new rota and we significantly reduced waiting times.",
    ):
        analysis = analyze(CLINIC + ending)
        assert "unquantified_result" in analysis.codes, ending
        finding = next(f for f in analysis.findings if f.code == "unquantified_result")
        assert len(finding.quotes) == 1


def test_a_size_in_words_beside_a_measured_change_is_not_flagged() -> None:
    ending = "Dropped calls fell from 41 to 6 a morning, and we recovered most of the bookings."
    assert "unquantified_result" not in analyze(CLINIC + ending).codes
    assert "unquantified_result" not in analyze(CLINIC + "The rota went out on Friday.").codes


def test_the_lessons_numbers_do_not_measure_the_outcome() -> None:
    ending = (
        "In the end the mornings went much better and the team was happy. "
        "I learned that a fast 80% answer beats a slow 100% answer."
    )
    assert "unquantified_result" in analyze(CLINIC + ending).codes


TEAMMATE = (
    "Last year a designer on my team kept changing the specs after we had started building, "
    "which twice pushed our release back. "
)


def test_a_result_whose_means_is_told_as_we_is_we_ownership() -> None:
    text = (
        TEAMMATE + "I asked her for a one-on-one to hear why. "
        "By agreeing on a weekly spec freeze and reviewing changes together, we were able to "
        "ship the next three releases on their dates."
    )
    analysis = analyze(text)
    assert "we_ownership" in analysis.codes
    finding = next(f for f in analysis.findings if f.code == "we_ownership")
    assert finding.quotes[-1].startswith("By agreeing on a weekly spec freeze")


def test_a_we_result_after_the_tellers_own_actions_is_not_we_ownership() -> None:
    text = (
        TEAMMATE + "I asked her for a one-on-one to hear why. "
        "I proposed a weekly spec freeze and wrote the change form she now fills in. "
        "By agreeing on the freeze, we were able to ship the next three releases on time."
    )
    assert "we_ownership" not in analyze(text).codes


def test_no_situation_and_no_measured_outcome_leaves_the_task_missing_too() -> None:
    for text in (
        "I just paid all the bills myself whenever my flatmate forgot.",
        "When picking up a new language, I read the official tutorial, wrote a small game, "
        "then a web scraper, and joined two online study groups. I now use it at work.",
    ):
        codes = analyze(text).codes
        assert {"missing_situation", "missing_task"} <= codes, text


def test_no_situation_with_a_measured_outcome_is_told_only_that() -> None:
    text = (
        "I wrote a script that compared the till totals with the bank deposits every night "
        "and emailed the differences to the shift leads. I met them each Monday to go "
        "through the biggest gaps. Unexplained differences fell by 80% in two months."
    )
    codes = analyze(text).codes
    assert "missing_situation" in codes
    assert "missing_task" not in codes


CHECKOUT = (
    "Last autumn our checkout page was timing out for about one order in twenty. "
    "I was asked to get it fixed before the holiday sale. "
)
FELL = " Timeouts fell from 5% to 0.2% and the sale ran without an incident."


def test_the_team_or_a_shared_i_as_the_subject_tells_the_act_as_we() -> None:
    for actions in (
        "Our team profiled the page, found a slow tax lookup and cached it. "
        "The team also added an alert on response times.",
        "My team and I profiled the page and found a slow tax lookup. "
        "We cached it and added an alert on response times.",
    ):
        assert "we_ownership" in analyze(CHECKOUT + actions + FELL).codes, actions
    mine = (
        "I profiled the page and found a slow tax lookup. "
        "My teammate and I cached it, and I added an alert on response times."
    )
    assert "we_ownership" not in analyze(CHECKOUT + mine + FELL).codes
    assert extract("The team adopted my runbook.", 0.9).we_actions == []


QUEUE = (
    "Last spring our support team kept missing its reply target for business customers. "
    "I was asked to fix the queue before the renewal season. "
    "I split the queue by customer tier, wrote reply templates for the five most common "
    "issues and trained the four agents on them. "
)


def test_an_effect_sized_only_in_words_is_a_judgement() -> None:
    for ending in (
        "It made a big difference for the team.",
        "The change had a huge impact.",
        "The results exceeded expectations.",
        "Overall, it was a win for everyone.",
        "The client was impressed.",
        "We saw noticeable improvements.",
    ):
        analysis = analyze(QUEUE + ending)
        assert analysis.sentences[-1].label == "R", ending
        assert "unquantified_result" in analysis.codes, ending
    measured = "Reply times fell from two days to four hours, which made a big difference."
    assert "unquantified_result" not in analyze(QUEUE + measured).codes
    assert "unquantified_result" not in analyze(QUEUE + "We won the account back in May.").codes


def test_half_an_hour_is_a_duration_not_a_change() -> None:
    """ "in half" measures a change ("cut the wait in half", "in half the time"); "in half
    an hour" is only how long something took."""
    assert extract("I walked each agent through the fixes in half an hour.", 0.5).measures == []
    assert extract("We finished the audit in half a day.", 0.5).measures == []
    assert extract("We cut the wait in half.", 0.9).measures != []
    assert extract("We closed the books in half the time.", 0.9).measures != []


def test_a_pasted_run_of_digits_is_no_measure_and_figures_read_as_before() -> None:
    # A number is tried from each of its digits: read to its end and given back one by one
    # each time, a run of 20,000 digits took 13 s. Its digits are now read at most 41 at a
    # time, without giving any back.
    assert extract("I saved " + "1,2," * 300 + " in total.", 0.9).measures == []
    assert extract("Costs fell " + "7" * 3_000 + "% this year.", 0.9).measures == []
    assert extract("Costs fell " + "7" * 41 + "% this year.", 0.9).measures == ["7" * 41 + "%"]
    assert extract("Costs fell 1,234,567,890 dollars, 12.5% and 3k.", 0.9).measures == [
        "1,234,567,890 dollars",
        "12.5%",
        "3k",
    ]
    # arrows in a row: each change ends on the first digit of the next number
    assert extract("The wait went 40 -> 25 -> 10 min and 5 -> 1,200 -> 9 days.", 0.9).measures == [
        "40 -> 2",
        "5 -> 1",
        "5 -> 1",
        "200 -> 9",
    ]
