"""Shapes met in data analyst, BI and reporting postings of councils, retailers, health
insurers, banks and universities, which the scan misread: each written anew as a short
posting and labelled by the guide of bench/data/ats/README.md (jobs/job_text.py,
jobs/headings.py, curated.yaml).

- A lead-in sentence that ends in a heading ("..., the Reporting Analyst takes on the
  following DUTIES:", "You bring the following QUALIFICATIONS:") opens that heading's part
  for the list under it; a lead-in that names no part ("the following systems:") does not.
- Wishes worded "Prefer - ...", "We prefer ...", "... is helpful", "... would be helpful"
  are preferred; "helpful" as an adjective of the candidate is no cue.
- "What you'll be working with" over a list of tools is the stack the job works with (its
  data stores asked, its other tools wished for); "What you'll be working on" is duties.
- A UK person specification table marks each criterion Essential or Desirable (E / D) in
  its last cell: a desirable row is a wish.
- "Ideal:" over a list is a heading of wishes; a line naming a life cycle ("The Software
  Development Life Cycle (SDLC)") is an item, not a company heading like "Life at Acme".
- Business words that are also skill names: MRR beside ARR and churn is monthly recurring
  revenue (not a ranking metric), "services rendered" is no computer graphics, revenue and
  work streams are no stream processing, "This classification requires ..." names a
  civil-service job class, not the modelling technique.
- A degree "preferably in a quantitative field such as statistics" names a subject of
  study, not a skill asked.
- BI developer postings name OLAP as "data cubes" and database administration as "DBA
  experience"; the DBA team a role works with asks for nothing.
- A title written as a Markdown link ("# [BI Developer II](https://...)", as job boards
  kept in repositories write it) is the link's text.
- A wish that qualifies only the end of a list ("Strong SQL and ideally Python",
  "experience with SQL, preferably on BigQuery") makes only what follows it preferred; a
  sentence that opens with it ("Ideally you have used Looker and dbt") is a wish throughout.

Each probe: (id, posting, gives, never). `gives` maps a hard skill to the level the guide
sets, `never` lists skills the posting must not give. Labels were written before the
scanner read the postings.
"""

from __future__ import annotations

import pytest

from pivotprep.resume.documents.reading import read_job
from tests.resume.jobs.test_role_text_probes import PREF, REQ, assert_gives, job
from tests.resume.probes import assert_ids_unique_and_known, probe_params

Probe = tuple[str, str, dict[str, str], set[str]]

_REQS = ("Requirements", "- Experience writing SQL queries")
_GROCER = ("About us", "Brightmart is a family-owned grocer with forty stores in the Midlands.")

LEAD_INS: list[Probe] = [
    (
        "lead-in-duties-the-following",
        job(
            "Reporting Analyst",
            (
                "About us",
                "Brightmart is a family-owned grocer with forty stores in the Midlands.\n"
                "Working for the Head of Insight, the Reporting Analyst takes on the "
                "following DUTIES:\n- Write SQL queries against the trading warehouse\n"
                "- Keep the weekly sales pack in Power BI up to date",
            ),
        ),
        {"SQL": REQ, "Microsoft Power BI": REQ},
        set(),
    ),
    (
        "lead-in-qualifications-with-asset",
        job(
            "BI Developer",
            _GROCER,
            (
                "The role",
                "You will join a team of four in the Nottingham office.",
            ),
            (
                "You bring the following QUALIFICATIONS:",
                "- Three years of T-SQL development\n- Experience with SSAS cubes is an asset",
            ),
        ),
        {"T-SQL": REQ, "SQL Server Analysis Services": PREF},
        set(),
    ),
    (
        "lead-in-skills-lower-case",
        job(
            "Data Analyst",
            _GROCER,
            (
                "Our data team",
                "In this role you will need the following skills and experience:\n"
                "- Strong Excel, including pivot tables\n- Experience with Alteryx",
            ),
        ),
        {"Microsoft Excel": REQ, "Alteryx": REQ},
        set(),
    ),
    (
        "lead-in-company-systems-no-heading",
        job(
            "Data Analyst",
            (
                "About us",
                "Brightmart runs its stores on the following systems:\n- SAP for stock\n"
                "- Salesforce for loyalty members",
            ),
            _REQS,
        ),
        {"SQL": REQ},
        {"SAP", "Salesforce"},
    ),
]

WISHES: list[Probe] = [
    (
        "prefer-dash-item",
        job(
            "BI Developer",
            ("Qualifications", "- Strong SQL skills\n- Prefer - Experience with Qlik Sense"),
        ),
        {"SQL": REQ, "Qlik": PREF},
        set(),
    ),
    (
        "we-prefer-sentence",
        job(
            "Finance Analyst",
            (
                "Requirements",
                "- Advanced Excel\n- We prefer candidates who have built workflows in Alteryx",
            ),
        ),
        {"Microsoft Excel": REQ, "Alteryx": PREF},
        set(),
    ),
    (
        "is-helpful",
        job(
            "BI Developer",
            ("Qualifications", "- Solid SQL\n- A working knowledge of SSIS is helpful"),
        ),
        {"SQL": REQ, "Microsoft SSIS": PREF},
        set(),
    ),
    (
        "would-be-helpful",
        job(
            "Insight Analyst",
            (
                "What we are looking for",
                "- Experience with SQL\n- Some exposure to SAS would be helpful",
            ),
        ),
        {"SQL": REQ, "SAS": PREF},
        set(),
    ),
    (
        "helpful-adjective-no-cue",
        job(
            "Data Analyst",
            (
                "Requirements",
                "- Experience with Tableau and a helpful, patient manner with colleagues",
            ),
        ),
        {"Tableau": REQ},
        set(),
    ),
]

STACKS: list[Probe] = [
    (
        "working-with-stack",
        job(
            "Analytics Engineer",
            (
                "What you'll be working with",
                "- Warehouse: Snowflake\n- Modelling: dbt\n- Dashboards: Looker",
            ),
            ("Requirements", "- Strong SQL"),
        ),
        {"Snowflake": REQ, "dbt": PREF, "Looker": PREF, "SQL": REQ},
        set(),
    ),
    (
        "working-on-duties",
        job(
            "Reporting Analyst",
            ("What you'll be working on", "- Moving the finance reports into Power BI"),
            _REQS,
        ),
        {"Microsoft Power BI": REQ, "SQL": REQ},
        set(),
    ),
]

PERSON_SPECS: list[Probe] = [
    (
        "person-spec-letters",
        job(
            "Data Analyst",
            (
                "Person specification",
                "| Criteria | Essential/Desirable |\n| --- | --- |\n"
                "| Experience writing SQL queries | E |\n"
                "| Experience analysing data in Python | D |",
            ),
        ),
        {"SQL": REQ, "Python": PREF},
        set(),
    ),
    (
        "person-spec-words",
        job(
            "Information Analyst",
            (
                "Person specification",
                "| Criteria | Essential or desirable |\n|---|---|\n"
                "| Knowledge of Power BI | Essential |\n| Knowledge of SAS | Desirable |",
            ),
        ),
        {"Microsoft Power BI": REQ, "SAS": PREF},
        set(),
    ),
]

HEADINGS: list[Probe] = [
    (
        "ideal-heading",
        job(
            "BI Analyst",
            ("Minimum", "Experience with SQL"),
            ("Ideal:", "Experience with Alteryx"),
        ),
        {"SQL": REQ, "Alteryx": PREF},
        set(),
    ),
    (
        "life-cycle-line",
        job(
            "BI Analyst",
            (
                "Knowledge:",
                "Dimensional modelling\nThe Software Development Life Cycle (SDLC)\n"
                "Experience with Azure Data Factory",
            ),
        ),
        {"dimensional modeling": REQ, "Azure Data Factory": REQ},
        set(),
    ),
    (
        "product-life-cycle-line",
        job(
            "BI Analyst",
            (
                "Knowledge:",
                "Star schema design\nThe Analytics Product Life Cycle\n"
                "Experience with Azure Data Factory",
            ),
        ),
        {"Azure Data Factory": REQ},
        set(),
    ),
    (
        "life-at-company-control",
        job(
            "Data Analyst",
            ("Life at Brightmart", "Our analysts swap Excel tips every Friday afternoon."),
            _REQS,
        ),
        {"SQL": REQ},
        {"Microsoft Excel"},
    ),
]

WORDS: list[Probe] = [
    (
        "mrr-beside-churn",
        job(
            "Finance Analyst",
            (
                "Requirements",
                "- Familiarity with subscription metrics such as MRR, ARR and churn\n"
                "- Experience with SQL",
            ),
        ),
        {"SQL": REQ},
        {"ranking metrics"},
    ),
    (
        "mrr-monthly-recurring",
        job(
            "Revenue Analyst",
            ("Responsibilities", "- Report MRR and net revenue retention to the board"),
            _REQS,
        ),
        {"SQL": REQ},
        {"ranking metrics"},
    ),
    (
        "mrr-ranking-control",
        job(
            "Search Data Scientist",
            ("Requirements", "- Experience with offline evaluation using MRR and NDCG"),
        ),
        {"ranking metrics": REQ},
        set(),
    ),
    (
        "services-rendered",
        job(
            "Billing Data Analyst",
            ("Responsibilities", "- Reconcile claims against the services rendered each month"),
            _REQS,
        ),
        {"SQL": REQ},
        {"computer graphics"},
    ),
    (
        "rendering-control",
        job(
            "Graphics Engineer",
            ("Requirements", "- Experience with real-time rendering in C++"),
        ),
        {"computer graphics": REQ, "C++": REQ},
        set(),
    ),
    (
        "revenue-streams",
        job(
            "Finance Analyst",
            ("Responsibilities", "- Model the group's revenue streams in Excel"),
            _REQS,
        ),
        {"Microsoft Excel": REQ, "SQL": REQ},
        {"stream processing"},
    ),
    (
        "work-streams",
        job(
            "Reporting Analyst",
            ("Responsibilities", "- Coordinate reporting across three work streams"),
            _REQS,
        ),
        {"SQL": REQ},
        {"stream processing"},
    ),
    (
        "streaming-control",
        job(
            "Data Engineer",
            ("Requirements", "- Experience building streaming pipelines on Apache Kafka"),
        ),
        {"stream processing": REQ, "Apache Kafka": REQ},
        set(),
    ),
    (
        "this-classification",
        job(
            "Research Data Analyst",
            (
                "Minimum qualifications",
                "This classification requires three years of reporting experience with SQL.",
            ),
        ),
        {"SQL": REQ},
        {"classification"},
    ),
    (
        "classification-control",
        job(
            "Data Scientist",
            ("Requirements", "- Experience building classification models in Python"),
        ),
        {"classification": REQ, "Python": REQ},
        set(),
    ),
    (
        "degree-field-such-as",
        job(
            "Data Analyst",
            (
                "Education",
                "A bachelor's degree, preferably in a quantitative field such as statistics, "
                "economics or finance.",
            ),
            _REQS,
        ),
        {"SQL": REQ},
        {"statistics"},
    ),
    (
        "degree-field-then-experience",
        job(
            "Data Analyst",
            (
                "Requirements",
                "- A degree in a technical field such as computer science, and experience "
                "with Python",
            ),
        ),
        {"Python": REQ},
        set(),
    ),
]

TRAILING_WISHES: list[Probe] = [
    (
        "and-ideally-last-item",
        job("Data Analyst", ("Requirements", "- Strong SQL and ideally Python")),
        {"SQL": REQ, "Python": PREF},
        set(),
    ),
    (
        "comma-and-ideally",
        job(
            "Reporting Analyst",
            (
                "Required skills",
                "- Proficiency in Power BI and Excel (lookups, pivot tables), and ideally DAX",
            ),
        ),
        {"Microsoft Power BI": REQ, "Microsoft Excel": REQ, "pivot tables": REQ, "DAX": PREF},
        set(),
    ),
    (
        "preferably-named-platform",
        job(
            "Analytics Engineer",
            ("What you'll need", "- Three years of SQL, preferably on BigQuery"),
        ),
        {"SQL": REQ, "Google BigQuery": PREF},
        set(),
    ),
    (
        "ideally-opens-sentence",
        job(
            "Data Analyst",
            ("Requirements", "- Experience with SQL\n- Ideally you have used Looker and dbt"),
        ),
        {"SQL": REQ, "Looker": PREF, "dbt": PREF},
        set(),
    ),
    (
        "ideally-duty-own-sentence",
        job(
            "BI Developer",
            (
                "Responsibilities",
                "- Build the stock reports in SSRS, ideally moving them to Power BI over time",
            ),
            _REQS,
        ),
        {"Microsoft SQL Server Reporting Services": REQ, "Microsoft Power BI": PREF, "SQL": REQ},
        set(),
    ),
]

BI_NAMES: list[Probe] = [
    (
        "data-cubes-preferred",
        job(
            "BI Developer",
            ("Qualifications", "- Strong SQL\n- Experience with data cubes preferred"),
        ),
        {"SQL": REQ, "OLAP": PREF},
        set(),
    ),
    (
        "dba-experience",
        job(
            "BI Developer",
            (
                "Qualifications",
                "- DBA experience such as looking after tables, indexes and backups",
            ),
        ),
        {"database administration": REQ},
        set(),
    ),
    (
        "dba-team-no-skill",
        job(
            "Reporting Analyst",
            ("Responsibilities", "- Agree release nights with the DBA team"),
            _REQS,
        ),
        {"SQL": REQ},
        {"database administration"},
    ),
]

ALL: list[Probe] = [
    *LEAD_INS,
    *WISHES,
    *STACKS,
    *PERSON_SPECS,
    *HEADINGS,
    *WORDS,
    *TRAILING_WISHES,
    *BI_NAMES,
]

KNOWN: dict[str, str] = {}


def _params() -> list[pytest.ParameterSet]:
    return probe_params(ALL, KNOWN)


def test_probe_ids_are_unique_and_known_failures_exist() -> None:
    assert_ids_unique_and_known(ALL, KNOWN)


@pytest.mark.parametrize(("text", "gives", "never"), _params())
def test_posting_gives_what_the_guide_asks(
    text: str, gives: dict[str, str], never: set[str]
) -> None:
    assert_gives(text, gives, never)


# (id, posting, the title its scan reads)
TITLES: list[tuple[str, str, str]] = [
    (
        "title-markdown-link",
        "# [Reporting Analyst II](https://jobs.example.org/apply/reporting-analyst-ii)\n"
        + job("### Brightmart", _REQS),
        "Reporting Analyst II",
    ),
    (
        "title-plain-control",
        job("Reporting Analyst II", _REQS),
        "Reporting Analyst II",
    ),
]

TITLE_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "title"), probe_params(TITLES, TITLE_KNOWN))
def test_posting_title(text: str, title: str) -> None:
    assert read_job(text).title == title
