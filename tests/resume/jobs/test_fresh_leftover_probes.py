"""Readings that fresh postings of many kinds got wrong: a category word before its examples,
shortened and joined spellings, a method named with its variants, a "must" in a posting with
no headings, a long wish heading, and practices the taxonomy lacked. Each must give the
skills the labelling guide of bench/data/ats/README.md gives it, at its level, and nothing
else (jobs/, matching/, curated.yaml).

- "relational (e.g., PostgreSQL, MySQL) and NoSQL databases": relational databases and NoSQL
  are kinds of database the guide keeps as skills of their own, beside the one-of group of
  their examples.
- "C#/++" is C# and C++ written short, as "C/C++" is C and C++.
- "A/B/multivariate testing" asks for A/B testing.
- "SQL is a must" asks for SQL, with or without a heading above it.
- "Other skills that would be nice to have" is a wish heading, colon or not.
- "Postgres+SQLAlchemy", "VertexAI" and "deployment processes (Jenkins)" name their tools.
- Sharding, database replication, DNSSEC, IPsec, extreme programming and security
  architecture are named practices and protocols a screen looks for; the everyday
  "replication" of a result and "XP" for experience are not them.

Each probe: (id, posting, gives, never): `gives` maps a hard skill to the level the guide
sets ("required" for requirements and duties, "preferred" for wishes), `never` lists skills
the posting must not give. Labels were written before the scanner read the postings.
"""

from __future__ import annotations

import pytest

from tests.resume.jobs.test_role_text_probes import PREF, REQ, assert_gives, job
from tests.resume.probes import assert_ids_unique_and_known, probe_params

Probe = tuple[str, str, dict[str, str], set[str]]

_REQ_PY = ("Requirements", "- Several years of Python in production")

CATEGORIES_AND_SPELLINGS: list[Probe] = [
    (
        "relational-eg-and-nosql",
        job(
            "Backend Engineer",
            (
                "Requirements",
                "- Experience with relational (e.g., PostgreSQL, MySQL) and NoSQL databases",
            ),
        ),
        {"relational databases": REQ, "PostgreSQL": REQ, "MySQL": REQ, "NoSQL": REQ},
        set(),
    ),
    (
        "csharp-slash-plusplus",
        job("Game Developer", ("Requirements", "- Strong C#/++ skills and Unity experience")),
        {"C#": REQ, "C++": REQ},
        set(),
    ),
    (
        "c-slash-cpp-still-read",
        job("Firmware Engineer", ("Requirements", "- Strong C/C++ for embedded targets")),
        {"C": REQ, "C++": REQ},
        set(),
    ),
    (
        "ab-multivariate-testing",
        job(
            "Growth Analyst",
            ("Responsibilities", "- Plan and read out A/B/multivariate testing on our funnel"),
        ),
        {"A/B testing": REQ},
        set(),
    ),
    (
        "postgres-plus-sqlalchemy",
        job("Backend Engineer", ("Requirements", "- Python 3, FastAPI, Postgres+SQLAlchemy")),
        {"PostgreSQL": REQ, "SQLAlchemy": REQ, "Python": REQ},
        set(),
    ),
    (
        "vertexai-joined",
        job(
            "ML Engineer",
            ("Requirements", "- Deployed models on VertexAI or SageMaker"),
        ),
        {"Google Vertex AI": REQ},
        set(),
    ),
    (
        "jenkins-in-brackets",
        job(
            "DevOps Engineer",
            ("Responsibilities", "- Improve our build and deployment processes (Jenkins)"),
        ),
        {"Jenkins": REQ},
        set(),
    ),
]

MUSTS_AND_WISHES: list[Probe] = [
    (
        "knowing-sql-is-a-must-unheaded",
        "Data Analyst\n"
        "We are a small team in Leeds looking for an analyst to help our sales people read "
        "their numbers. Knowing SQL is a must. You will meet customers often and write short "
        "reports for the board every month, working from home two days a week.\n",
        {"SQL": REQ},
        set(),
    ),
    (
        "sql-is-a-must-unheaded",
        "Reporting Analyst\n"
        "Our finance team needs someone who can turn ledgers into monthly reports that people "
        "read. SQL is a must. The role is hybrid, with two days a week in our Bristol office "
        "and flexible hours around the school run.\n",
        {"SQL": REQ},
        set(),
    ),
    (
        "wish-heading-seven-words",
        job(
            "Data Engineer",
            _REQ_PY,
            ("Other skills that would be nice to have", "- Experience with dbt"),
        ),
        {"Python": REQ, "dbt": PREF},
        set(),
    ),
]

TAXONOMY: list[Probe] = [
    (
        "sharding-and-replication",
        job(
            "Database Engineer",
            ("Requirements", "- Hands-on sharding and database replication for PostgreSQL"),
        ),
        {"sharding": REQ, "database replication": REQ, "PostgreSQL": REQ},
        set(),
    ),
    (
        "replication-of-results-is-no-skill",
        job(
            "Research Analyst",
            _REQ_PY,
            ("About us", "Our lab values careful replication of published results."),
        ),
        {"Python": REQ},
        {"database replication"},
    ),
    (
        "high-availability-asked",
        job("Site Reliability Engineer", ("Requirements", "- Designing high availability systems")),
        {"system design": REQ},
        set(),
    ),
    (
        "fedramp-moderate",
        job(
            "Cloud Security Engineer",
            ("Requirements", "- Experience operating systems under FedRAMP Moderate controls"),
        ),
        {"FedRAMP": REQ},
        set(),
    ),
    (
        "dnssec-ipsec",
        job("Network Engineer", ("Requirements", "- Working knowledge of DNSSEC and IPsec VPNs")),
        {"DNSSEC": REQ, "IPsec": REQ},
        set(),
    ),
    (
        "extreme-programming",
        job("Software Engineer", ("Requirements", "- Practised extreme programming (XP)")),
        {"extreme programming": REQ},
        set(),
    ),
    (
        "xp-as-experience-is-no-skill",
        job("Software Engineer", _REQ_PY, ("Nice to have", "- 5+ yrs XP with Windows XP")),
        {"Python": REQ},
        {"extreme programming"},
    ),
    (
        "security-architecture",
        job(
            "Security Engineer",
            ("Requirements", "- Experience reviewing security architecture of cloud systems"),
        ),
        {"security architecture": REQ},
        set(),
    ),
]

ALL = CATEGORIES_AND_SPELLINGS + MUSTS_AND_WISHES + TAXONOMY

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
