"""The applications service on real stores: targets, contact imports (one transaction,
a message per bad line), warm paths, outreach, the gate with real résumé scans, the
funnel, CSV round trips and the whole-database backup."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import func, select

from pivotprep.applications import service
from pivotprep.applications.models import Application, Contact, Outreach
from pivotprep.core.db import session_scope
from pivotprep.core.errors import ConflictError, NotFoundError, ValidationError
from tests.applications.conftest import (
    POSTING,
    RESUME_MATCH,
    RESUME_WEAK,
    linkedin_csv,
)

WORDS = "They sell invoicing software to small accounting firms across Europe and the UK."
CONNECTIONS = [
    "Ada,Lee,https://www.linkedin.com/in/ada-lee,,ACME ANALYTICS INC,Data Engineer,12 Mar 2024",
    "Bob,Stone,https://www.linkedin.com/in/bob-stone,bob@example.org,Northwind Bank,Analyst,"
    "03/12/2024",
    "Cy,Ng,,,Globex GmbH,Recruiter,2024-03-12",
    "Dee,Park,,,,Consultant,",
]


def _company(session, name="Acme Analytics", size="50-500", **extra):
    return service.add_company(session, service.check_company(name=name, size=size, **extra))


def _import(session, rows=CONNECTIONS, **kwargs):
    data = linkedin_csv(rows).encode(kwargs.pop("encoding", "utf-8"))
    return service.import_contacts(session, io.BytesIO(data), **kwargs)


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_targets_are_unique_in_any_spelling_and_found_by_any(session):
    acme = _company(session, aliases="Acme")
    with pytest.raises(ConflictError, match="already on your target list as 'Acme Analytics'"):
        _company(session, name="ACME ANALYTICS, INC.", size="500+")
    assert service.find_company(session, "acme analytics ltd").id == acme.id
    assert service.find_company(session, str(acme.id)).id == acme.id
    with pytest.raises(NotFoundError, match="Did you mean Acme Analytics"):
        service.find_company(session, "Acme Analytix")
    assert service.company_size(session, "Acme") == "mid"
    assert service.target_sizes(session) == {"mid": 1}
    with pytest.raises(ValidationError) as bad:
        service.check_company(name="", size="huge", posting_url="javascript:alert(1)")
    assert set(bad.value.errors) == {"name", "size", "posting_url"}


def test_linkedin_import_matches_targets_and_reimport_updates(engine):
    with session_scope(engine) as session:
        _company(session)
        result = _import(session, encoding="utf-16")
        assert (result.created, result.updated, result.header_line) == (4, 0, 4)
        assert result.encoding == "utf-16"
    with session_scope(engine) as session:
        moved = CONNECTIONS[0].replace("ACME ANALYTICS INC", "Globex")
        result = _import(session, [moved, CONNECTIONS[1]])
        assert (result.created, result.updated) == (0, 2)
        assert _count(session, Contact) == 4
        ada = session.scalars(select(Contact).where(Contact.first_name == "Ada")).one()
        assert ada.company == "Globex" and ada.company_key == "globex"


def test_a_file_with_bad_lines_stores_nothing_and_names_each_line(engine):
    rows = [
        *CONNECTIONS,
        "Eve,Moss,,not-an-email,Acme,CEO,2024-01-01",
        "Fay,Lu,,,Acme,CTO,31/31/2024",
        ",,,,Acme,Ghost,",
        "Gus,Ray,,,Acme,CFO,2024-01-01,extra",
    ]
    with session_scope(engine) as session:
        _company(session)
    with session_scope(engine) as session:
        with pytest.raises(ValidationError) as bad:
            _import(session, rows)
        problems = {p.line: p.message for p in bad.value.problems}
        assert sorted(problems) == [9, 10, 11, 12]
        assert "has no @" in problems[9] and "no month" in problems[10]
        assert "nobody to store" in problems[11] and "has 8 values" in problems[12]
        assert "Nothing was imported: 4 lines have a problem" in bad.value.message
        assert bad.value.next_step.action == "applications.import_skip_bad"
        assert _count(session, Contact) == 0  # the savepoint was rolled back; session usable
        result = _import(session, rows, skip_bad=True)
        assert result.created == 4 and result.skipped_count == 4
    with session_scope(engine) as session:
        assert _count(session, Contact) == 4


def test_a_large_import_streams_in_batches(session):
    rows = [
        f"P{i},Q{i},https://www.linkedin.com/in/p{i},,Co {i % 97},Eng,2024-01-01"
        for i in range(5_000)
    ]
    result = _import(session, rows)
    assert result.created == 5_000 and _count(session, Contact) == 5_000


def test_empty_and_headless_files_are_refused(session):
    with pytest.raises(ValidationError, match="The file is empty"):
        service.import_contacts(session, io.BytesIO(b""))
    with pytest.raises(ValidationError, match="has a header .* but no rows"):
        service.import_contacts(session, io.BytesIO(linkedin_csv([]).encode()))


def test_warm_paths_find_connections_former_colleagues_and_alumni(session, profile):
    acme = _company(session)
    _import(session)
    service.add_contact(
        session,
        {
            "first_name": "Hal",
            "last_name": "Oak",
            "company": "Acme",
            "past_companies": "Northwind Bank; Initech",
        },
    )
    service.set_background(session, employers=["Acme"], schools=["State University"])
    service.add_contact(
        session,
        {
            "first_name": "Ivy",
            "last_name": "Elm",
            "company": "Acme Analytics",
            "schools": "State University",
        },
    )
    service.update_company(
        session, acme, service.check_company(name=acme.name, size="50-500", aliases="Acme")
    )
    (paths,) = service.warm_paths(session, "acme")
    assert [(p.name, p.label) for p in paths.paths] == [
        ("Hal Oak", "former colleague"),
        ("Ivy Elm", "alumni"),
        ("Ada Lee", "first-degree"),
    ]
    view = service.background(session)
    assert view.profile_employers == ("Northwind Bank",)


def test_outreach_follow_ups_messages_and_calendar(session, profile, monkeypatch):
    _company(session, role="Data engineer")
    _import(session)
    ada = session.scalars(select(Contact).where(Contact.first_name == "Ada")).one()
    service.set_background(session, project="a pipeline of public bike-share data")
    service.log_outreach(session, ada.id, "asked-chat", on="2026-02-26")
    (due,) = service.pending_follow_ups(session)
    assert (due.due.isoformat(), due.number, due.overdue) == ("2026-03-01", 1, True)
    message = service.message_for(session, ada.id)
    assert message.template_id == "follow-up" and "Hi Ada" in message.body
    chat = service.message_for(session, ada.id, "ask-chat")
    assert "worked as financial analyst" in chat.body and "bike-share" in chat.body
    assert "Sam Rivera" in chat.body and chat.blanks == ()
    assert b"Follow up with Ada Lee (Acme Analytics)" in service.follow_ups_ics(session)
    service.log_outreach(session, ada.id, "replied")
    assert service.pending_follow_ups(session) == []
    with pytest.raises(ValidationError, match="after today"):
        service.log_outreach(session, ada.id, "replied", on="2030-01-01")
    with pytest.raises(ValidationError, match="Unknown outreach step"):
        service.log_outreach(session, ada.id, "stalked")


def _research_all(session, company):
    service.set_research(session, company, {i.id: WORDS for i in service.research_items()})


def test_the_gate_warns_then_records_an_override(session, profile):
    acme = _company(session)
    _import(session)
    app = service.add_application(session, company="acme analytics inc", role="DE", channel="cold")
    assert app.company_id == acme.id
    with pytest.raises(service.GateBlockedError) as blocked:
        service.move_stage(session, app.id, "applied")
    assert [r.id for r in blocked.value.reasons] == ["research-empty", "no-referral", "no-scan"]
    assert session.get(Application, app.id).stage == "saved"  # nothing moved
    change = service.move_stage(session, app.id, "applied", override=True)
    view = change.application
    assert view.gate_override and view.targeted is False and len(view.gate_reasons) == 3
    assert "Applied over the gate" in view.history[-1].note


def test_a_researched_referred_well_scanned_application_is_targeted(session, profile):
    acme = _company(session)
    _import(session)
    _research_all(session, acme)
    service.set_posting(session, acme, POSTING)
    low = service.scan_company(
        session, acme.id, resume_data=RESUME_WEAK.encode(), resume_filename="cv-finance.txt"
    )
    assert low.below
    ada = session.scalars(select(Contact).where(Contact.first_name == "Ada")).one()
    app = service.add_application(session, company="Acme Analytics", role="DE")
    assert [r.id for r in service.check_gate(session, app.id)] == ["no-referral", "scan-low"]
    service.log_outreach(session, ada.id, "referral-requested")
    high = service.scan_company(
        session, acme.id, resume_data=RESUME_MATCH.encode(), resume_filename="cv-data.txt"
    )
    assert not high.below and high.resume_name == "cv-data.txt"
    change = service.move_stage(session, app.id, "applied")
    assert change.reasons == () and change.application.targeted is True
    (summary,) = service.list_companies(session)
    assert summary.scan.rate == high.rate and summary.stage == "Applied"


def test_stages_dates_stale_search_and_funnel(session, monkeypatch):
    first = service.add_application(
        session, company="Initech", role="Analyst", channel="recruiter", on="2026-02-01"
    )
    service.move_stage(session, first.id, "screen", on="2026-02-10")
    with pytest.raises(ConflictError, match="already have an open application to Initech"):
        service.add_application(session, company="INITECH LLC", role="analyst")
    stale = service.list_applications(session, stale_only=True)
    assert [a.id for a in stale] == [first.id] and stale[0].days_idle == 20
    assert service.panel_summary(session) == service.PanelSummary(0, 1, 0, 1)
    view = service.application_view(session, first.id)
    assert view.applied_on.isoformat() == "2026-02-10" and "applied" in view.reached
    (hit,) = service.search_applications(session, "initech inc")
    assert hit.score == 100 and hit.application.id == first.id
    assert service.search_applications(session, "Intiech")[0].score < 100
    assert service.search_applications(session, "Globex") == []
    funnel = service.funnel(session)
    row = next(r for r in funnel.rows if r.channel == "recruiter")
    assert row.sent == 1 and row.interview.words() == "1 of 1 (too few to compare)"
    with pytest.raises(ValidationError, match="Unknown stage"):
        service.move_stage(session, first.id, "ghosted")
    with pytest.raises(ConflictError, match="already at Screen"):
        service.move_stage(session, first.id, "Phone screen")


def _export(session, kind) -> str:
    out = io.StringIO()
    service.export_csv(session, kind, out)
    return out.getvalue()


def test_csv_round_trip_loses_nothing(engine, monkeypatch):
    with session_scope(engine) as session:
        acme = _company(session, aliases="Acme", role="=cmd|' /C calc'!A0")
        service.set_research(session, acme, {"what-they-sell": WORDS + "\nSecond; line"})
        service.set_posting(session, acme, POSTING, "https://acme.example/jobs/1")
        _import(session)
        ada = session.scalars(select(Contact).where(Contact.first_name == "Ada")).one()
        service.log_outreach(session, ada.id, "asked-chat", on="2026-02-20", note='via, "DM"')
        app = service.add_application(
            session,
            company="Acme",
            role="DE",
            channel="referral",
            salary_notes="-10% vs ask; £60k",
            on="2026-02-01",
        )
        service.move_stage(session, app.id, "applied", on="2026-02-02", override=True)
        service.move_stage(session, app.id, "rejected", on="2026-02-20", note="form letter")
        before = {kind: _export(session, kind) for kind in service.CSV_KINDS}
    assert "'=cmd" in before["companies"]  # a formula is defused in the file
    with session_scope(engine) as session:
        for model in (Application, Outreach, Contact):
            session.execute(model.__table__.delete())
        service.remove_company(session, service.find_company(session, "Acme"))
    with session_scope(engine) as session:
        for kind in ("companies", "contacts", "applications"):
            service.import_file(session, kind, io.BytesIO(before[kind].encode()))
    with session_scope(engine) as session:
        after = {kind: _export(session, kind) for kind in service.CSV_KINDS}
        (view,) = service.list_applications(session)
        assert view.company_id is not None and view.salary_notes == "-10% vs ask; £60k"
    assert after == before


def test_huntr_export_and_a_user_mapping(session):
    huntr = (
        "id,createdAt,title,salary,location,url,rootDomain,htmlDescription,deadline,color,"
        "lastMovedAt,boardId,boardName,listId,listName,companyId,companyName,companyDomain\n"
        "a1,2022-02-26 19:17:05,Data Analyst,-,-,-,-,-,-,-,2022-03-04 20:54:56,b,Search,l,"
        "rejected,c1,Globex,globex.com\n"
        "a2,2022-02-26 19:21:26,Data Engineer,90k,-,https://jobs.example/2,-,,-,-,-,b,Search,"
        "l,wishlist,c2,Initech,initech.com\n"
    )
    result = service.import_file(
        session, "applications", io.BytesIO(huntr.encode()), preset="huntr"
    )
    assert result.created == 2 and "location" in result.ignored_columns
    apps = {a.company_name: a for a in service.list_applications(session)}
    assert apps["Globex"].stage == "rejected" and apps["Globex"].ref == "huntr-a1"
    # rejected implies sent: by the day it moved, at the latest (as moving it here would do)
    assert apps["Globex"].applied_on.isoformat() == "2022-03-04"
    assert apps["Initech"].stage == "saved" and apps["Initech"].applied_on is None
    assert apps["Initech"].salary_notes == "90k" and apps["Globex"].salary_notes == ""
    again = service.import_file(session, "applications", io.BytesIO(huntr.encode()), preset="huntr")
    assert (again.created, again.updated) == (0, 2)
    teal_like = "Company Name;Job Position;Status;Date Applied\nHooli;SRE;Applied;25/03/2026\n"
    mapping = service.parse_mapping(["Job Position=role", "Date Applied=applied_on"])
    result = service.import_file(
        session, "applications", io.BytesIO(teal_like.encode("cp1252")), mapping=mapping
    )
    hooli = next(a for a in service.list_applications(session) if a.company_name == "Hooli")
    assert hooli.role == "SRE" and hooli.applied_on.isoformat() == "2026-03-25"
    with pytest.raises(ValidationError, match="Unknown export format 'teal'"):
        service.import_file(session, "applications", io.BytesIO(b"x"), preset="teal")


def test_duplicate_companies_in_a_file_are_named(session):
    data = "name,size\nAcme Analytics,50-500\nGlobex,<50\nACME ANALYTICS INC.,500+\nHooli,\n"
    with pytest.raises(ValidationError) as bad:
        service.import_file(session, "companies", io.BytesIO(data.encode()))
    messages = {p.line: p.message for p in bad.value.problems}
    assert messages[4] == "names the same company as line 2."
    assert "Size is empty" in messages[5]
    assert service.list_companies(session) == []


def test_backup_round_trips_the_feature_tables(engine, tmp_path):
    from pivotprep.backup.service import export_data, export_to, import_from

    with session_scope(engine) as session:
        acme = _company(session)
        service.set_research(session, acme, {"what-they-sell": WORDS})
        _import(session)
        ada = session.scalars(select(Contact).where(Contact.first_name == "Ada")).one()
        service.log_outreach(session, ada.id, "asked-chat")
        app = service.add_application(session, company="Acme Analytics", role="DE")
        service.move_stage(session, app.id, "applied", override=True)
        service.set_background(session, employers=["Initech"], project="bike data")
    before = export_data(engine)
    before.pop("exported_at")
    counts = export_to(engine, tmp_path / "backup.json")
    assert counts["applications_contact"] == 4 and counts["applications_stage_event"] == 2
    with session_scope(engine) as session:
        session.execute(Outreach.__table__.delete())
        service.remove_company(session, service.find_company(session, "Acme Analytics"))
    import_from(engine, tmp_path / "backup.json")
    after = export_data(engine)
    after.pop("exported_at")
    assert after == before
