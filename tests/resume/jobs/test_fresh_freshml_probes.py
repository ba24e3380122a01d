"""Shapes met in data engineering, data science, ML and research-software postings read
fresh (an audit of 28 outside postings): each probe is a short posting written for this
file, labelled by the guide of bench/data/ats/README.md before the scanner read it
(jobs/job_text.py, jobs/headings.py, matching/, curated.yaml).

- "Algorithms" named as the algorithms of a field ("machine learning algorithms", "NLP
  algorithms", "transparent algorithms") is that field, not the computer-science
  fundamentals "data structures and algorithms"; "algorithms and complexity" still asks for
  them.
- Section headings postings write with a word more: "Specific Duties:", "Specific
  responsibilities include:", "Position Description:", "What you'll do as part of our
  team", "Skills and experiences you'll need to bring", "Qualifications & qualities:" and
  the question "How would you be impacting our mission?" open the part their words say.
- A lead-in bulleted with "*" inside a wish list ("* Technical experience with" over a
  numbered list, "* Experience with:" over sub-bullets) keeps the list's wish level.
- "You preferably have ...", "Preferably, experience with ..." wish; "SQL, preferably on
  PostgreSQL" still asks for SQL.
- "agile" the adjective of a person ("adaptable and agile", "be agile and flexible") is no
  agile practice; "Agile teams", "agile and Scrum" are.
- An acronym the posting defines as the name of an organisation ("the Voter Participation
  Center (VPC)") names it there and wherever the posting uses it again: no AWS VPC, no
  Oracle RAC. A product or method defined the same way ("Amazon Virtual Private Cloud
  (VPC)", "Natural Language Processing (NLP)") is still that skill.

Each probe: (id, posting, gives, never): `gives` maps a hard skill to the level the guide
sets ("required" for requirements and duties, "preferred" for wishes), `never` lists skills
the posting must not give.
"""

from __future__ import annotations

import pytest

from tests.resume.jobs.test_role_text_probes import PREF, REQ, assert_gives, job
from tests.resume.probes import assert_ids_unique_and_known, probe_params

Probe = tuple[str, str, dict[str, str], set[str]]

_DSA = "data structures and algorithms"
_PY = ("Requirements", "- Experience with Python")

ALGORITHMS: list[Probe] = [
    (
        "algo-ml-algorithms",
        job(
            "Data Scientist",
            ("Requirements", "- Sound grasp of machine learning algorithms and decision trees"),
        ),
        {"machine learning": REQ, "decision trees": REQ},
        {_DSA},
    ),
    (
        "algo-ml-abbreviated",
        job("ML Engineer", ("Requirements", "- Knowledge of ML algorithms and Python")),
        {"machine learning": REQ, "Python": REQ},
        {_DSA},
    ),
    (
        "algo-nlp",
        job("NLP Engineer", ("Requirements", "- You have implemented NLP algorithms in PyTorch")),
        {"natural language processing": REQ, "PyTorch": REQ},
        {_DSA},
    ),
    (
        "algo-deep-learning",
        job("ML Engineer", ("Requirements", "- Understanding of deep learning algorithms")),
        {"deep learning": REQ},
        {_DSA},
    ),
    (
        "algo-transparent-wish",
        job(
            "ML Engineer",
            _PY,
            ("Nice to have", "- Interest in responsible AI and transparent algorithms"),
        ),
        {"Python": REQ},
        {_DSA},
    ),
    (
        "algo-fundamentals-kept",
        job(
            "Software Engineer",
            ("Requirements", "- Solid knowledge of algorithms and complexity, and of Java"),
        ),
        {_DSA: REQ, "Java": REQ},
        set(),
    ),
    (
        "algo-in-cs-list-kept",
        job(
            "Software Engineer",
            ("Requirements", "- Object-oriented programming, data structures, algorithms"),
        ),
        {_DSA: REQ, "object-oriented programming": REQ},
        set(),
    ),
]

HEADINGS: list[Probe] = [
    (
        "head-specific-duties",
        job("Data Engineer", ("Specific Duties:", "- Maintain the Airflow jobs that load data")),
        {"Apache Airflow": REQ},
        set(),
    ),
    (
        "head-specific-responsibilities-include",
        job(
            "Data Scientist",
            ("Specific responsibilities include:", "- Write Tableau reports for the city teams"),
        ),
        {"Tableau": REQ},
        set(),
    ),
    (
        "head-position-description",
        job("Data Engineer", ("Position Description:", "- Keep the Snowflake models tidy")),
        {"Snowflake": REQ},
        set(),
    ),
    (
        "head-do-as-part-of-team",
        job(
            "Analytics Engineer",
            ("What you'll do as part of our team", "- Own the dbt project and its tests"),
        ),
        {"dbt": REQ},
        set(),
    ),
    (
        "head-experiences-to-bring",
        job(
            "Data Scientist",
            ("Skills and experiences you'll need to bring", "- Has a solid grasp of HTML and CSS"),
        ),
        {"HTML": REQ, "CSS": REQ},
        set(),
    ),
    (
        "head-qualifications-and-qualities",
        job(
            "Data Engineering Lead",
            ("Qualifications & qualities:", "- Substantial work on PostgreSQL schemas"),
        ),
        {"PostgreSQL": REQ},
        set(),
    ),
    (
        "head-question-impacting",
        job(
            "ML Engineer",
            ("How would you be impacting our mission?", "- Tracking our model runs in MLflow"),
        ),
        {"MLflow": REQ},
        set(),
    ),
    (
        "head-specific-line-with-skill-stays-content",
        job("Data Engineer", _PY, ("Nice to have", "Specific experience with Kafka")),
        {"Python": REQ, "Apache Kafka": PREF},
        set(),
    ),
]

LEAD_INS: list[Probe] = [
    (
        "leadin-numbered-under-nice",
        job(
            "Data Engineer",
            _PY,
            (
                "Nice to have",
                "* Knowledge of message queues\n* Technical experience with\n\n"
                "1. Big data tools: Databricks\n2. Workflow tools: Airflow",
            ),
        ),
        {"Python": REQ, "Databricks": PREF, "Apache Airflow": PREF},
        set(),
    ),
    (
        "leadin-sub-bullets-under-nice",
        job(
            "Data Engineer",
            _PY,
            ("Nice to have", "* Experience with:\n  * Kafka\n  * Flink"),
        ),
        {"Python": REQ, "Apache Kafka": PREF, "Apache Flink": PREF},
        set(),
    ),
    (
        "leadin-sub-bullets-under-requirements-kept",
        job("Data Engineer", ("Requirements", "* Experience with:\n  * Kafka\n  * Flink")),
        {"Apache Kafka": REQ, "Apache Flink": REQ},
        set(),
    ),
]

PREFERABLY: list[Probe] = [
    (
        "preferably-you-have",
        job(
            "ML Engineer",
            (
                "Requirements",
                "- Python in production\n- You preferably have experience with GCP or AWS",
            ),
        ),
        {"Python": REQ, "Google Cloud Platform": PREF, "Amazon Web Services": PREF},
        set(),
    ),
    (
        "preferably-opening",
        job(
            "Data Engineer",
            ("Requirements", "- Python in production\n- Preferably, experience with Airflow"),
        ),
        {"Python": REQ, "Apache Airflow": PREF},
        set(),
    ),
    (
        "preferably-choice-keeps-ask",
        job("Data Analyst", ("Requirements", "- Strong SQL, preferably on PostgreSQL")),
        {"SQL": REQ},
        set(),
    ),
]

AGILE: list[Probe] = [
    (
        "agile-adaptable-person",
        job(
            "MLOps Engineer",
            _PY,
            ("Who you are", "- You are adaptable and agile: you work outside your comfort zone"),
        ),
        {"Python": REQ},
        {"Agile"},
    ),
    (
        "agile-humble-person",
        job("Data Scientist", _PY, ("About you", "- Curious, humble and agile when plans change")),
        {"Python": REQ},
        {"Agile"},
    ),
    (
        "agile-be-agile",
        job("Data Engineer", _PY, ("About you", "- Be agile and flexible as priorities shift")),
        {"Python": REQ},
        {"Agile"},
    ),
    (
        "agile-teams-kept",
        job("Data Engineer", ("Requirements", "- Experience working in Agile teams")),
        {"Agile": REQ},
        set(),
    ),
    (
        "agile-lower-teams-kept",
        job("Data Engineer", ("Requirements", "- Experience working in agile teams")),
        {"Agile": REQ},
        set(),
    ),
    (
        "agile-beside-scrum-kept",
        job("Data Engineer", ("Requirements", "- You are comfortable with agile and Scrum")),
        {"Agile": REQ, "Scrum": REQ},
        set(),
    ),
]

ACRONYMS: list[Probe] = [
    (
        "org-acronym-defined-then-used",
        job(
            "Data Engineer\nThe Voter Participation Center (VPC) helps people register to vote.",
            ("Responsibilities", "- Maintain VPC's data warehouse and its SQL jobs"),
        ),
        {"SQL": REQ, "data warehousing": REQ},
        {"Amazon VPC"},
    ),
    (
        "org-acronym-in-duty",
        job(
            "Data Engineer",
            ("Responsibilities", "- Load data for the Research Analytics Center (RAC) in Python"),
        ),
        {"Python": REQ},
        {"Oracle Real Application Clusters"},
    ),
    (
        "product-acronym-defined-kept",
        job(
            "Cloud Engineer",
            ("Requirements", "- Experience with Amazon Virtual Private Cloud (VPC) and EC2"),
        ),
        {"Amazon VPC": REQ, "Amazon EC2": REQ},
        set(),
    ),
    (
        "method-acronym-defined-kept",
        job(
            "Data Scientist",
            ("Requirements", "- Natural Language Processing (NLP) in Python; NLP in production"),
        ),
        {"natural language processing": REQ, "Python": REQ},
        set(),
    ),
    (
        "vpc-undefined-kept",
        job("Cloud Engineer", ("Requirements", "- Design AWS networks: VPC, subnets and routing")),
        {"Amazon VPC": REQ, "Amazon Web Services": REQ},
        set(),
    ),
]

ALL = ALGORITHMS + HEADINGS + LEAD_INS + PREFERABLY + AGILE + ACRONYMS

# Probes the scanner still reads wrongly, with the reason (strict: a fix must remove the mark).
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
