"""Shapes met in data, ML and backend postings from employers outside the US tech scene
(an audit of 12 outside postings from India, Pakistan, the UAE, Australia, South Africa,
the UK, Belgium and Nepal): each probe is a short posting written for this file, labelled
by the guide of bench/data/ats/README.md before the scanner read it (jobs/job_text.py,
jobs/headings.py, matching/, curated.yaml).

- "X is welcome" / "X are welcome" after a skill is a wish, like "X is a plus";
  "applications are welcome from ..." asks nothing.
- A lead-in that calls what follows bonuses ("Added bonuses you have...", "Bonuses you
  bring:") opens a wish list, under whatever heading the posting gave it.
- "data structures" of something ("the data structures of our source systems", "data
  structures and platforms", "data structures, metadata") is the shape of data, not the
  computer-science fundamentals; "algorithms to <do something>" names the methods of an
  application. "Data structures, TCP/IP" and "algorithms and complexity" still ask for the
  fundamentals.
- Tools the postings named that the taxonomy lacked: AppDynamics, Fortify, Apache Storm,
  Azkaban, Kong (a word that is also a name: only beside other tools), image processing,
  machine vision, and "Data Studio" for Looker Studio.
- "API Gateway" named among microservice patterns (CQRS, circuit breaker, service discovery)
  is the pattern, not Amazon's product; "Lambda, API Gateway and S3" is Amazon's.
- "happy to learn X" / "willing to learn X" asks for no X.

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

WISHES: list[Probe] = [
    (
        "welcome-is-welcome",
        job(
            "Machine Learning Engineer",
            (
                "Requirements",
                "- Solid Python and SQL\n- Experience with Azure for training models is welcome",
            ),
        ),
        {"Python": REQ, "SQL": REQ, "Microsoft Azure": PREF},
        set(),
    ),
    (
        "welcome-are-welcome",
        job(
            "Backend Developer",
            (
                "What we expect",
                "- Three years of Java\n- Docker and Kubernetes skills are also welcome",
            ),
        ),
        {"Java": REQ, "Docker": PREF, "Kubernetes": PREF},
        set(),
    ),
    (
        "welcome-applications-ask-nothing-else",
        job(
            "Data Analyst",
            ("Requirements", "- Strong Tableau and Excel"),
            ("How to apply", "Applications are welcome from people of every background."),
        ),
        {"Tableau": REQ, "Microsoft Excel": REQ},
        set(),
    ),
    (
        "bonus-lead-in-under-odd-heading",
        job(
            "Data Engineer",
            ("Requirements", "- Write Spark jobs in Python"),
            (
                "Going the extra mile",
                "Added bonuses you have...\n- Knowledge of Snowflake\n- Knowledge of Terraform",
            ),
        ),
        {"Apache Spark": REQ, "Python": REQ, "Snowflake": PREF, "Terraform": PREF},
        set(),
    ),
    (
        "bonus-lead-in-you-bring",
        job(
            "Data Scientist",
            ("Requirements", "- Statistics and R"),
            ("Standing out", "Bonuses you bring:\n- Airflow\n- dbt"),
        ),
        {"R": REQ, "Apache Airflow": PREF, "dbt": PREF},
        set(),
    ),
    (
        "happy-to-learn-asks-nothing",
        job(
            "Data Scientist",
            (
                "Must have",
                "- Write analysis code in Python, and be happy to learn Julia, which we use",
            ),
        ),
        {"Python": REQ},
        {"Julia"},
    ),
    (
        "willing-to-learn-asks-nothing",
        job(
            "Backend Engineer",
            ("Requirements", "- Go in production\n- Willing to learn Elixir on the job"),
        ),
        {"Go": REQ},
        {"Elixir"},
    ),
]

DATA_STRUCTURES: list[Probe] = [
    (
        "ds-of-source-systems",
        job(
            "Data Analyst",
            (
                "Requirements",
                "- Strong SQL\n- Understanding of the data structures of our source systems",
            ),
        ),
        {"SQL": REQ},
        {_DSA},
    ),
    (
        "ds-and-platforms",
        job(
            "Data Analyst",
            (
                "The role",
                "You will learn the data structures and platforms behind our reporting.",
            ),
            ("Requirements", "- Power BI"),
        ),
        {"Microsoft Power BI": REQ},
        {_DSA},
    ),
    (
        "ds-in-data-handling-list",
        job(
            "Data Engineer",
            (
                "Responsibilities",
                "- Own processes for data lineage, data structures, metadata and scheduling",
            ),
            ("Requirements", "- Python"),
        ),
        {"Python": REQ},
        {_DSA},
    ),
    (
        "algo-to-build-apps",
        job(
            "ML Engineer",
            (
                "Duties",
                "- Pick suitable vision libraries and algorithms to build defect detection apps",
            ),
            ("Requirements", "- PyTorch"),
        ),
        {"PyTorch": REQ},
        {_DSA},
    ),
    (
        "ds-fundamentals-kept",
        job("Backend Engineer", ("Requirements", "- Good grasp of data structures, TCP/IP and Go")),
        {_DSA: REQ, "TCP/IP": REQ, "Go": REQ},
        set(),
    ),
    (
        "algo-fundamentals-kept",
        job("Software Engineer", ("Requirements", "- Strong algorithms and Java")),
        {_DSA: REQ, "Java": REQ},
        set(),
    ),
]

TOOLS: list[Probe] = [
    (
        "apm-appdynamics",
        job("Backend Engineer", ("Requirements", "- Profiling with AppDynamics or New Relic")),
        {"AppDynamics": REQ},
        set(),
    ),
    (
        "sast-fortify",
        job("Backend Engineer", ("Requirements", "- Code scanning with SonarQube and Fortify")),
        {"Fortify": REQ, "SonarQube": REQ},
        set(),
    ),
    (
        "stream-storm",
        job("Data Engineer", ("Requirements", "- Stream processing with Apache Storm or Flink")),
        {"Apache Storm": REQ},
        set(),
    ),
    (
        "workflow-azkaban",
        job("Data Engineer", ("Requirements", "- Schedulers such as Azkaban, Oozie or Airflow")),
        {"Azkaban": REQ, "Apache Airflow": REQ},
        set(),
    ),
    (
        "gateway-kong",
        job("Backend Engineer", ("Requirements", "- API gateways like Kong or Tyk")),
        {"Kong": REQ},
        set(),
    ),
    (
        "kong-the-place",
        job(
            "Backend Engineer",
            ("About us", "Our team sits in Hong Kong and Singapore."),
            ("Requirements", "- Java"),
        ),
        {"Java": REQ},
        {"Kong"},
    ),
    (
        "vision-image-processing",
        job(
            "Computer Vision Engineer",
            ("Requirements", "- Solid image processing and machine vision skills in C++"),
        ),
        {"image processing": REQ, "machine vision": REQ, "C++": REQ},
        set(),
    ),
    (
        "bi-data-studio",
        job("Data Analyst", ("Requirements", "- BI tools like Tableau, Data Studio etc.")),
        {"Tableau": REQ, "Looker Studio": REQ},
        set(),
    ),
    (
        "api-gateway-pattern",
        job(
            "Backend Engineer",
            (
                "Requirements",
                "- Microservice patterns: CQRS, Saga, Circuit Breaker, API Gateway\n- Rust",
            ),
        ),
        {"Rust": REQ},
        {"Amazon API Gateway"},
    ),
    (
        "api-gateway-aws-kept",
        job("Backend Engineer", ("Requirements", "- Serverless on Lambda, API Gateway and S3")),
        {"Amazon API Gateway": REQ, "AWS Lambda": REQ},
        set(),
    ),
]

ALL = WISHES + DATA_STRUCTURES + TOOLS

# Probes the scanner still reads wrongly, with the reason (strict: a fix must remove the mark).
KNOWN: dict[str, str] = {
    "api-gateway-pattern": "bare 'API Gateway' among patterns gives Amazon API Gateway",
    "ds-in-data-handling-list": "'data structures' beside metadata gives the fundamentals",
    # A rule for these three was written and then taken out: while it was being written, a
    # search over every posting file of bench/data/ats printed fragments of held-out postings,
    # so it could not be shown to come from the fresh postings alone.
    "ds-of-source-systems": "'data structures of <a system>' gives them (rule left out)",
    "ds-and-platforms": "'data structures and platforms' gives them (rule left out)",
    "algo-to-build-apps": "'algorithms to <do a task>' gives them (rule left out)",
}


def _params() -> list[pytest.ParameterSet]:
    return probe_params(ALL, KNOWN)


def test_probe_ids_are_unique_and_known_failures_exist() -> None:
    assert_ids_unique_and_known(ALL, KNOWN)


@pytest.mark.parametrize(("text", "gives", "never"), _params())
def test_posting_gives_what_the_guide_asks(
    text: str, gives: dict[str, str], never: set[str]
) -> None:
    assert_gives(text, gives, never)
