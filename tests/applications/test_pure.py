"""The pure parts: research completeness and its Markdown form, the gate's reasons, the
funnel, follow-up cadence and calendar, messages, warm paths, and the content pack."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pivotprep.applications import content
from pivotprep.applications.funnel import AppFacts, Rate, by_channel, weekly
from pivotprep.applications.gate import GateFacts, ScanFacts, reasons
from pivotprep.applications.messages import render
from pivotprep.applications.reminders import CalendarEntry, Touch, follow_ups, to_ics
from pivotprep.applications.research import from_markdown, status, to_markdown
from pivotprep.applications.warm_paths import Person, introducers, paths_into

WORDS = "They sell invoicing software to small accounting firms across Europe and the UK."


def test_the_content_pack_loads_and_every_step_has_its_template():
    content.load_all()
    steps = content.outreach().steps
    assert {s.template for s in steps if s.template} <= set(content.templates())
    assert any(s.referral for s in steps)
    assert len(content.research_checklist().items) == 6


def test_research_counts_a_section_done_at_its_minimum_words():
    checklist = content.research_checklist()
    result = status({"what-they-sell": WORDS, "stack-and-data": "Python"}, checklist)
    assert result.done == 1 and result.total == 6 and result.mostly_empty
    assert "The stack and the data they likely use" in result.missing
    full = status({i.id: WORDS + " " + WORDS for i in checklist.items}, checklist)
    assert full.percent == 100 and not full.mostly_empty


def test_research_markdown_round_trips_and_refuses_unknown_sections():
    checklist = content.research_checklist()
    answers = {"what-they-sell": WORDS, "your-questions": "1. How is success measured?"}
    text = to_markdown("Acme", answers, checklist)
    assert text.startswith("# Research: Acme") and "<!--" in text
    assert from_markdown(text, checklist) == {i.id: answers.get(i.id, "") for i in checklist.items}
    with pytest.raises(ValueError, match="Unknown section 'Gossip'"):
        from_markdown("## Gossip\nnothing", checklist)


def _facts(**changes) -> GateFacts:
    checklist = content.research_checklist()
    base = dict(
        company="Acme",
        on_target_list=True,
        research=status({i.id: WORDS for i in checklist.items}, checklist),
        warm_paths=["Ada Lee"],
        referral_tried=True,
        has_posting=True,
        scan=ScanFacts(86.0, "cv.pdf", 2, 7),
        line=80.0,
    )
    base.update(changes)
    return GateFacts(**base)


def test_the_gate_is_silent_for_a_targeted_application():
    assert reasons(_facts()) == ()


def test_the_gate_names_each_thing_skipped():
    checklist = content.research_checklist()
    found = reasons(
        _facts(
            research=status({}, checklist),
            referral_tried=False,
            scan=ScanFacts(62.0, "cv.pdf", 3, 9),
        )
    )
    assert [r.id for r in found] == ["research-empty", "no-referral", "scan-low"]
    assert "0 of 6 sections" in found[0].message
    assert "Ada Lee" in found[1].message
    assert "62%, below the 80% line" in found[2].message and "scan #9" in found[2].message
    assert reasons(_facts(warm_paths=[], referral_tried=False)) == ()
    assert [r.id for r in reasons(_facts(on_target_list=False, research=None))] == ["not-a-target"]
    assert [r.id for r in reasons(_facts(scan=None))] == ["no-scan"]


def _app(channel, *stages, applied=date(2026, 3, 2), targeted=True):
    return AppFacts(channel, frozenset(stages), applied, targeted)


def test_the_funnel_counts_per_channel_and_calls_small_numbers_small():
    apps = [
        _app("referral", "applied", "screen", "technical", "offer"),
        _app("referral", "applied", "rejected"),
        _app("referral", "saved", applied=None),
        *[_app("cold", "applied") for _ in range(11)],
        _app("cold", "applied", "screen"),
    ]
    rows = {r.channel: r for r in by_channel(apps, content.CHANNELS)}
    assert rows["referral"].sent == 2
    assert rows["referral"].response.words() == "2 of 2 (too few to compare)"
    assert rows["referral"].offer == Rate(1, 2)
    assert rows["cold"].interview.words() == "1 of 12 (8%)"
    assert rows["all"].sent == 14 and rows["recruiter"].response.words() == "none sent yet"


def test_weekly_ratio_of_targeted_to_untargeted():
    apps = [
        _app("cold", "applied", applied=date(2026, 2, 17)),
        _app("cold", "applied", applied=date(2026, 3, 3), targeted=False),
        _app("cold", "applied", applied=date(2026, 3, 4)),
        _app("cold", "applied", applied=date(2026, 3, 4), targeted=None),
    ]
    weeks = weekly(apps, today=date(2026, 3, 5))
    assert [w.week_start for w in weeks] == [date(2026, 2, 16), date(2026, 2, 23), date(2026, 3, 2)]
    assert (weeks[-1].targeted, weeks[-1].untargeted, weeks[-1].unchecked) == (1, 1, 1)
    assert weeks[-1].ratio_words == "1:1" and weeks[1].ratio_words == "-"


def test_follow_ups_fall_due_on_the_cadence_and_stop_at_a_reply():
    ask = Touch("ask", date(2026, 3, 2))
    assert [f.due for f in follow_ups([ask], (3, 7))] == [date(2026, 3, 5), date(2026, 3, 9)]
    one = follow_ups([ask, Touch("follow_up", date(2026, 3, 5))], (3, 7))
    assert [(f.number, f.due) for f in one] == [(2, date(2026, 3, 9))]
    assert follow_ups([ask, Touch("reply", date(2026, 3, 3))], (3, 7)) == []
    again = [ask, Touch("reply", date(2026, 3, 3)), Touch("ask", date(2026, 3, 10))]
    assert follow_ups(again, (3, 7))[0].due == date(2026, 3, 13)
    assert follow_ups([Touch("note", date(2026, 3, 1))], (3, 7)) == []


def test_the_calendar_file_holds_one_all_day_event_per_follow_up():
    from icalendar import Calendar

    entry = CalendarEntry("u1@pivotprep.local", date(2026, 3, 5), "Follow up with Ada", "1 of 2")
    data = to_ics([entry], name="x", stamp=datetime(2026, 3, 2, tzinfo=UTC))
    events = Calendar.from_ical(data).walk("VEVENT")
    assert len(events) == 1
    assert events[0].decoded("dtstart") == date(2026, 3, 5)
    assert str(events[0]["summary"]) == "Follow up with Ada"


def test_messages_fill_what_is_known_and_show_what_is_not():
    template = content.templates()["ask-referral"]
    message = render(
        template,
        {
            "first_name": "Ada",
            "company": "Acme",
            "role": "data engineer",
            "my_name": "Sam",
            "past_role": "",
            "project": "{evil}",
        },
    )
    assert "Hi Ada" in message.body and "Acme" in message.subject
    assert "[your past role]" in message.body and message.blanks == ("past_role",)
    assert "{evil}" in message.body  # a value is never read as a template


def test_warm_paths_rank_former_colleagues_then_alumni_then_connections():
    people = [
        Person(1, "Zed First", "Engineer", "acme"),
        Person(2, "Ann Alum", "Analyst", "acme", school_keys=frozenset({"stateu"})),
        Person(3, "Cal Colleague", "Lead", "acme", past_company_keys=frozenset({"northwind"})),
        Person(4, "Nell Northwind", "Manager", "northwind"),
    ]
    found = paths_into(
        {"acme"}, people, employers={"northwind": "Northwind"}, schools={"stateu": "State U"}
    )
    assert [p.name for p in found] == ["Cal Colleague", "Ann Alum", "Zed First"]
    assert found[0].kinds == ("former colleague", "first-degree")
    assert found[0].why[0] == "you both worked at Northwind"
    assert [p.name for p in introducers(people, {"northwind": "Northwind"})] == ["Nell Northwind"]
