"""Whole postings whose prose tells the role, beside prose that tells the company: the role's
text gives its skills at the level the labelling guide of bench/data/ats/README.md sets, the
company's text gives none (jobs/job_text.py, jobs/asking.py, report/evidence.py).

- A role summary ("In this role you will ...", "This position ...", "The successful
  candidate will ...", "The team you'll join builds ...", "We have two vacancies for X who
  will ...") gives preferred skills when qualifications or duties follow under their own
  headings (the guide's "Role summary" rule); the paragraph it opens is role text to its end
  (the USGS branch paragraph's infrastructure as code), apart from a sentence of company text.
- A posting with no heading that asks keeps its "You will ..." sentences as duties.
- A stack section or paragraph ("Our stack", "Our tech stack", "What we use") makes the
  language and the data stores the code runs against required, the other tools preferred;
  a tool listed again under a preference stays preferred (the guide's stack rule).
- A line that labels itself a requirement ("Required specialized experience for ...:") asks
  at the required level in whatever section it sits.
- Company text ("Acme is a leading ...", "Our mission", "We are backed by", customers, the
  product it sells) gives nothing, also inside a role paragraph.

`expected` maps every hard skill to "required" (weighed like a requirement or a duty) or
"preferred" (weighed like a wish: the preferred part, or text read as neither). The labels
were written before the scanner read the postings.
"""

from __future__ import annotations

import pytest

from pivotprep.resume.documents.reading import read_job
from pivotprep.resume.report.result import CORE_PARTS
from pivotprep.resume.report.scoring import ResumeText, scan
from pivotprep.resume.service import job_input
from tests.resume.probes import probe_params

RESUME = "Sam Lee\nData Engineer\nExperience\n- Built Airflow DAGs in Python and SQL\n"
REQ = "required"
PREF = "preferred"


# Closes every posting: a section that asks for nothing, so that each probe has the words
# the reader needs to take it for a posting (MIN_JOB_WORDS).
_WHERE = (
    "Location",
    "Hybrid: two days a week in our Leeds office, the rest from home, with core hours "
    "from ten to four.",
)


def job(title: str, *sections: tuple[str, str]) -> str:
    """A posting: its title (and any unheaded opening), each section's heading and body,
    then the location."""
    parts = [title]
    for heading, body in (*sections, _WHERE):
        parts.append(heading)
        parts.append(body.strip("\n"))
    return "\n".join(parts) + "\n"


def levels(job_text: str) -> dict[str, str]:
    """Each hard skill the scan takes from the posting, "required" when it is weighed like
    a requirement or a duty, else "preferred"."""
    report = scan(ResumeText.from_text(RESUME), job_input(read_job(job_text)))
    out: dict[str, str] = {}
    for keyword in report.keywords:
        if keyword.kind != "hard_skills":
            continue
        level = REQ if keyword.part in CORE_PARTS else PREF
        for name in keyword.alternatives or [keyword.name]:
            out[name] = level
    return out


def assert_gives(text: str, gives: dict[str, str], never: set[str]) -> None:
    """The posting gives each skill of `gives` at its level and none of `never`."""
    got = levels(text)
    assert {name: got.get(name) for name in gives} == gives
    assert not never & set(got)


# (id, posting, expected)
ROLE: list[tuple[str, str, dict[str, str]]] = [
    (
        "vacancies-branch-paragraph",
        job(
            "IT Specialist (DevOps)\nWe have two (2) vacancies for IT Specialists -- DevOps in "
            "this hire. The Platform Branch publishes flood data through web services, and its "
            "engineers work towards continuous delivery through infrastructure as code and "
            "static code analysis.",
            (
                "Specialized Experience",
                "Experience administering Linux servers and using Git for version control.",
            ),
        ),
        {
            "CI/CD": PREF,
            "infrastructure as code": PREF,
            "static analysis": PREF,
            "Linux system administration": REQ,
            "Git": REQ,
            "version control": REQ,
        },
    ),
    (
        "vacancies-who-will",
        job(
            "Data Engineer\nWe have three vacancies for Data Engineers who will migrate our "
            "reporting warehouse to Snowflake.",
            ("Requirements", "- Experience with SQL\n- Experience with Python"),
        ),
        {"Snowflake": PREF, "SQL": REQ, "Python": REQ},
    ),
    (
        "you-will-be-working-to-improve",
        job(
            "Backend Engineer\nThe Example Project is looking for a backend engineer to work on "
            "Probe. You will be working to improve Probe's data processing pipeline and the "
            "services that store its measurements. You will also be tasked with improving our "
            "measurement methodologies and data analysis heuristics.",
            ("Requirements", "- Experience with Python\n- Experience with Go"),
        ),
        {"data analysis": PREF, "Python": REQ, "Go": REQ},
    ),
    (
        "in-this-role-intro",
        job(
            "Data Analyst\nIn this role you will build the monthly dashboards in Tableau for "
            "our sales team.",
            ("Requirements", "- Advanced SQL\n- Experience with Microsoft Excel"),
        ),
        {"Tableau": PREF, "SQL": REQ, "Microsoft Excel": REQ},
    ),
    (
        "this-position-uses",
        job(
            "Statistician\nThis position supports the survey office and produces its "
            "estimates in SAS and Stata.",
            ("Qualifications", "- A degree in statistics\n- Experience with R"),
        ),
        {"SAS": PREF, "Stata": PREF, "R": REQ},
    ),
    (
        "successful-candidate-will",
        job(
            "Python Developer\nThe successful candidate will maintain our Django services and "
            "their Celery workers.",
            ("Requirements", "- 3+ years of Python"),
        ),
        {"Django": PREF, "Celery": PREF, "Python": REQ},
    ),
    (
        "team-you-will-join",
        job(
            "Data Engineer\nThe team you'll join builds our data platform on Apache Spark and "
            "Delta Lake.",
            ("Requirements", "- Experience with Scala\n- Experience with Python"),
        ),
        {"Apache Spark": PREF, "Delta Lake": PREF, "Scala": REQ, "Python": REQ},
    ),
    (
        "post-holder-paragraph-goes-on",
        job(
            "GIS Analyst\nThis post sits in the Planning Unit. The post holder will maintain "
            "the council's spatial data. The work centres on PostGIS and QGIS.",
            ("Essential criteria", "- Experience with SQL"),
        ),
        {"PostGIS": PREF, "QGIS": PREF, "SQL": REQ},
    ),
    (
        "as-a-title-you-will",
        job(
            "Analytics Engineer\nAs an Analytics Engineer, you will model our data in dbt on "
            "top of BigQuery.",
            ("Requirements", "- Strong SQL"),
        ),
        {"dbt": PREF, "Google BigQuery": PREF, "SQL": REQ},
    ),
    (
        "you-ll-work-on-intro",
        job(
            "Android Engineer\nYou'll work on the API that serves our mobile apps, written in "
            "Kotlin and deployed on Google Cloud Platform.",
            ("Requirements", "- Experience with Kotlin\n- Experience with PostgreSQL"),
        ),
        {"Kotlin": REQ, "Google Cloud Platform": PREF, "PostgreSQL": REQ},
    ),
    (
        "vacancy-singular-who-will",
        job(
            "Database Administrator\nWe have a vacancy for a Database Administrator who will "
            "look after our Oracle Database and Microsoft SQL Server estates.",
            ("Requirements", "- Experience with PowerShell"),
        ),
        {"Oracle Database": PREF, "Microsoft SQL Server": PREF, "Microsoft PowerShell": REQ},
    ),
    (
        "vacancies-then-what-they-do",
        job(
            "Data Analyst\nWe have two vacancies for Data Analysts in the Finance Directorate. "
            "The analysts produce the monthly forecasts in Microsoft Excel and Power BI.",
            ("Essential criteria", "- Experience with SQL"),
        ),
        {"Microsoft Excel": PREF, "Microsoft Power BI": PREF, "SQL": REQ},
    ),
    (
        "role-summary-then-eeo",
        job(
            "BI Developer\nIn this role you will build reports in Power BI. We are an equal "
            "opportunity employer and welcome applicants of every background.",
            ("Requirements", "- Experience with SQL"),
        ),
        {"Microsoft Power BI": PREF, "SQL": REQ},
    ),
    (
        "role-summary-with-negation",
        job(
            "Backend Engineer\nIn this role you will not touch the legacy PHP code; you will "
            "write new services in Go.",
            ("Requirements", "- Experience with gRPC"),
        ),
        {"Go": PREF, "gRPC": REQ},
    ),
    (
        "role-summary-then-how-to-apply",
        job(
            "Data Engineer\nIn this role you will build ingestion jobs in Apache Spark. To "
            "apply, send your CV and a link to your GitHub.",
            ("Requirements", "- Experience with Scala"),
        ),
        {"Apache Spark": PREF, "Scala": REQ},
    ),
]

COMPANY: list[tuple[str, str, dict[str, str]]] = [
    (
        "where-the-role-sits-then-the-division",
        job(
            "Data Engineer\nThis role sits in the Data Engineering Division. As a division, we "
            "provide a full range of capabilities including data sourcing, management and "
            "hosting on Azure.",
            ("Requirements", "- Experience with Python"),
        ),
        {"Python": REQ},
    ),
    (
        "range-of-uses-in-role-summary",
        job(
            "Data Developer\nThis role will focus on making our data reliable for every use, "
            "from analytics to machine learning.",
            ("Requirements", "- Experience with Python"),
        ),
        {"Python": REQ},
    ),
    (
        "named-unit-makes-in-role-paragraph",
        job(
            "IT Specialist\nWe have two vacancies for IT Specialists in this hire. The Data "
            "Services Branch publishes flood data through web services and APIs. Its "
            "specialists automate deployments with Ansible.",
            ("Specialized Experience", "Experience using Git."),
        ),
        {"Ansible": PREF, "Git": REQ},
    ),
    (
        "migration-from-one-store-to-another",
        job(
            "Database Engineer",
            ("Requirements", "- Experience migrating from Oracle to PostgreSQL"),
        ),
        {"Oracle Database": REQ, "PostgreSQL": REQ},
    ),
    (
        "leading-provider-then-role",
        job(
            "Integration Developer\nAcme is a leading provider of Salesforce consulting to "
            "insurers. In this role you will build integrations in Java.",
            ("Requirements", "- Experience with Spring Boot"),
        ),
        {"Java": PREF, "Spring Boot": REQ},
    ),
    (
        "mission-then-you-will",
        job(
            "Platform Engineer\nOur mission is to make Kubernetes simple for every developer. "
            "You will write the Go services behind our control plane.",
            ("Requirements", "- Experience with Go\n- Experience with Terraform"),
        ),
        {"Go": REQ, "Terraform": REQ},
    ),
    (
        "backed-by-then-candidate",
        job(
            "Data Engineer\nWe are backed by Index Ventures and the founders of GitHub and "
            "Datadog. The successful candidate will own our Airflow deployment.",
            ("Requirements", "- Experience with Python"),
        ),
        {"Apache Airflow": PREF, "Python": REQ},
    ),
    (
        "role-then-founded-in-one-paragraph",
        job(
            "Backend Engineer\nIn this role you will extend our ingestion service in Python. "
            "Acme was founded in 2012 by former Oracle engineers.",
            ("Requirements", "- Experience with PostgreSQL"),
        ),
        {"Python": PREF, "PostgreSQL": REQ},
    ),
    (
        "customers-include-then-you-will",
        job(
            "Data Scientist\nOur customers include Shopify and Stripe. You will write the model "
            "code in Python.",
            ("Qualifications", "- Experience with scikit-learn"),
        ),
        {"Python": PREF, "scikit-learn": REQ},
    ),
    (
        "product-it-sells-then-role",
        job(
            "Solutions Engineer\nAcme sells a Snowflake cost dashboard used by 500 companies. "
            "In this role you will write SQL for customer onboarding.",
            ("Requirements", "- Experience with Python"),
        ),
        {"SQL": PREF, "Python": REQ},
    ),
    (
        "award-winning-charity-then-position",
        job(
            "Data Analyst\nAcme is an award-winning charity that has trained 10,000 teachers "
            "in Python. This position will analyse survey returns in SPSS.",
            ("Requirements", "- Experience with Microsoft Excel"),
        ),
        {"SPSS": PREF, "Microsoft Excel": REQ},
    ),
    (
        "about-us-holds-a-role-sentence",
        job(
            "Routing Engineer",
            (
                "About us",
                "Acme is a leading logistics company in Rotterdam. In this role you will "
                "build our routing service in Rust.",
            ),
            ("Requirements", "- Experience with PostgreSQL"),
        ),
        {"Rust": PREF, "PostgreSQL": REQ},
    ),
    (
        "about-us-what-the-company-builds",
        job(
            "Developer",
            (
                "About us",
                "We build Terraform modules for banks and maintain an open-source Ansible "
                "collection. You will love our Friday demos.",
            ),
            ("Requirements", "- Experience with Python"),
        ),
        {"Python": REQ},
    ),
    (
        "about-the-team-what-it-runs",
        job(
            "Backend Engineer",
            (
                "About the team",
                "The data platform team runs Kafka and Flink for the whole company.",
            ),
            ("Requirements", "- Experience with Java"),
        ),
        {"Java": REQ},
    ),
    (
        "institute-blurb-then-vacancy",
        job(
            "Research Software Engineer\nThe Institute is one of Europe's largest centres for "
            "climate research and runs a Cray supercomputer. We have one vacancy for a Research "
            "Software Engineer who will port our ocean model to CUDA.",
            ("Your profile", "- Experience with Fortran\n- Experience with C++"),
        ),
        {"CUDA": PREF, "FORTRAN": REQ, "C++": REQ},
    ),
    (
        "team-awards-are-no-role",
        job(
            "Analyst\nOur team of 40 analysts has won three industry awards for its Tableau work.",
            ("Requirements", "- Experience with SQL"),
        ),
        {"SQL": REQ},
    ),
    (
        "product-pitch-then-role",
        job(
            "Backend Engineer\nOur app lets you sync your Jira boards with your calendar. In this "
            "role you will build the sync engine in Go.",
            ("Requirements", "- Experience with PostgreSQL"),
        ),
        {"Go": PREF, "PostgreSQL": REQ},
    ),
    (
        "role-then-product-pitch",
        job(
            "Frontend Engineer\nIn this role you will build the editor in React. The editor "
            "lets you publish to WordPress and Shopify in one click.",
            ("Requirements", "- Experience with TypeScript"),
        ),
        {"React": PREF, "TypeScript": REQ},
    ),
]

HEADED: list[tuple[str, str, dict[str, str]]] = [
    (
        "the-role-prose-then-duties",
        job(
            "Analytics Engineer",
            ("The role", "You will join the analytics team and work on our Looker dashboards."),
            ("What you'll do", "- Write SQL models\n- Maintain Looker explores"),
            ("Requirements", "- Experience with dbt"),
        ),
        {"Looker": REQ, "SQL": REQ, "dbt": REQ},
    ),
    (
        "about-the-role-prose",
        job(
            "Backend Engineer",
            (
                "About the role",
                "This role will work on our Ruby on Rails monolith and the PostgreSQL database "
                "behind it.",
            ),
            ("Requirements", "- Experience with Ruby"),
        ),
        {"Ruby on Rails": PREF, "PostgreSQL": PREF, "Ruby": REQ},
    ),
    (
        "the-opportunity-prose",
        job(
            "Data Engineer",
            ("The opportunity", "You'll help us move our batch jobs to Apache Airflow."),
            ("What we're looking for", "- Experience with Python"),
        ),
        {"Apache Airflow": PREF, "Python": REQ},
    ),
    (
        "the-role-bullets-stay-duties",
        job(
            "Backend Engineer",
            ("The role", "- Build APIs in Go\n- Run them on Kubernetes"),
            ("Requirements", "- Experience with Go"),
        ),
        {"Go": REQ, "Kubernetes": REQ},
    ),
    (
        "role-summary-heading",
        job(
            "Reporting Analyst",
            (
                "Role summary",
                "The post holder will lead the move of our reporting to Microsoft Power BI.",
            ),
            ("Essential criteria", "- Experience with SQL Server"),
        ),
        {"Microsoft Power BI": PREF, "Microsoft SQL Server": REQ},
    ),
    (
        "job-summary-candidate",
        job(
            "Research Analyst",
            ("Job summary", "The successful candidate will analyse survey data in Stata."),
            ("Qualifications", "- Experience with SQL"),
        ),
        {"Stata": PREF, "SQL": REQ},
    ),
    (
        "the-role-stack-sentence",
        job(
            "Backend Engineer",
            ("The role", "You will work in Python against our PostgreSQL database."),
            ("Requirements", "- Experience with Python"),
        ),
        {"Python": REQ, "PostgreSQL": PREF},
    ),
    (
        "unheaded-prose-duties-stay-duties",
        job("Backend Developer\nYou will build APIs in Go. You have five years with PostgreSQL."),
        {"Go": REQ, "PostgreSQL": REQ},
    ),
    (
        "unheaded-lines-duties-stay-duties",
        job("Data Engineer\nYou'll build pipelines in Apache Airflow.\nYou have strong SQL."),
        {"Apache Airflow": REQ, "SQL": REQ},
    ),
    (
        "requirement-line-under-applying",
        job(
            "Data Scientist",
            (
                "Applying for the job",
                "Required specialized experience for GS-12 Data Scientist: experience applying "
                "Python and SQL to program data, and troubleshooting production pipelines.",
            ),
        ),
        {"Python": REQ, "SQL": REQ, "troubleshooting": REQ},
    ),
    (
        "requirement-bullet-long-label-under-applying",
        job(
            "IT Specialist",
            (
                "Applying for the job",
                "- Required specialized experience for GS-09 Information Technology Specialist: "
                "the use of Python and SQL to automate reports, and troubleshooting of "
                "production systems.",
            ),
        ),
        {"Python": REQ, "SQL": REQ, "troubleshooting": REQ},
    ),
    (
        "requirement-bullet-long-label-under-the-process",
        job(
            "IT Specialist",
            (
                "The process",
                "- Required specialized experience for GS-09 Information Technology Specialist: "
                "the use of Python and SQL to automate reports, and troubleshooting of "
                "production systems.",
            ),
        ),
        {"Python": REQ, "SQL": REQ, "troubleshooting": REQ},
    ),
    (
        "minimum-qualifications-under-process",
        job(
            "Data Analyst",
            (
                "The process",
                "Minimum qualifications: two years of experience with Tableau and Microsoft Excel.",
            ),
        ),
        {"Tableau": REQ, "Microsoft Excel": REQ},
    ),
]

STACK: list[tuple[str, str, dict[str, str]]] = [
    (
        "our-stack-bullets",
        job(
            "Backend Engineer",
            ("Our stack", "- Python 3 and FastAPI\n- PostgreSQL and Redis\n- Docker on AWS"),
            ("Requirements", "- Experience building REST APIs"),
        ),
        {
            "Python": REQ,
            "FastAPI": PREF,
            "PostgreSQL": REQ,
            "Redis": REQ,
            "Docker": PREF,
            "Amazon Web Services": PREF,
            "REST APIs": REQ,
        },
    ),
    (
        "our-tech-stack-rails",
        job(
            "Rails Developer",
            ("Our tech stack", "- Ruby on Rails\n- MySQL\n- Heroku"),
            ("Requirements", "- Experience with Ruby"),
        ),
        {"Ruby": REQ, "Ruby on Rails": REQ, "MySQL": REQ, "Heroku": PREF},
    ),
    (
        "what-we-use",
        job(
            "Backend Engineer",
            ("What we use", "TypeScript and Node.js against MongoDB, deployed with Terraform."),
            ("Requirements", "- Experience with TypeScript"),
        ),
        {"TypeScript": REQ, "Node.js": PREF, "MongoDB": REQ, "Terraform": PREF},
    ),
    (
        "stack-store-listed-again-as-nice",
        job(
            "Backend Engineer",
            ("Our stack", "Go services on PostgreSQL and Redis, running on Kubernetes."),
            ("Requirements", "- Experience with Go"),
            ("Nice to have", "- Experience with Redis"),
        ),
        {"Go": REQ, "PostgreSQL": REQ, "Redis": PREF, "Kubernetes": PREF},
    ),
    (
        "stack-tool-listed-again-as-required",
        job(
            "Data Engineer",
            ("Our stack", "Python, Snowflake, dbt and Airflow."),
            ("Requirements", "- Experience with Apache Airflow\n- Experience with SQL"),
        ),
        {"Python": REQ, "Snowflake": REQ, "dbt": PREF, "Apache Airflow": REQ, "SQL": REQ},
    ),
    (
        "stack-paragraph-in-company-text",
        job(
            "Elixir Developer",
            (
                "About us",
                "We are a team of twelve in Lyon. Our stack is Elixir and PostgreSQL, hosted on "
                "Google Cloud Platform.",
            ),
            ("Requirements", "- Experience with Elixir"),
        ),
        {"Elixir": REQ, "PostgreSQL": REQ, "Google Cloud Platform": PREF},
    ),
    (
        "our-data-stack",
        job(
            "Analytics Engineer",
            (
                "Our data stack",
                "Fivetran loads into BigQuery; we model in dbt and report in Looker.",
            ),
            ("Requirements", "- Strong SQL"),
        ),
        {"Google BigQuery": REQ, "Fivetran": PREF, "dbt": PREF, "Looker": PREF, "SQL": REQ},
    ),
    (
        "tech-stack-sql-and-warehouse",
        job(
            "Data Engineer",
            ("Tech stack", "SQL and Python on Microsoft SQL Server, scheduled with Jenkins."),
            ("Requirements", "- Experience with Apache Spark"),
        ),
        {
            "SQL": REQ,
            "Python": REQ,
            "Microsoft SQL Server": REQ,
            "Jenkins": PREF,
            "Apache Spark": REQ,
        },
    ),
    (
        "stack-with-events-and-search",
        job(
            "Java Engineer",
            (
                "Our stack",
                "Java and Spring Boot, Kafka for events, Elasticsearch for search, all on "
                "Kubernetes.",
            ),
            ("Requirements", "- Experience with Java"),
        ),
        {
            "Java": REQ,
            "Spring Boot": PREF,
            "Apache Kafka": REQ,
            "Elasticsearch": REQ,
            "Kubernetes": PREF,
        },
    ),
    (
        "stack-with-a-negated-member",
        job(
            "Python Developer",
            ("Our stack", "Python and PostgreSQL. We don't use Kubernetes."),
            ("Requirements", "- Experience with Django"),
        ),
        {"Python": REQ, "PostgreSQL": REQ, "Django": REQ},
    ),
    (
        "tools-we-use-only-tools",
        job(
            "Backend Engineer",
            ("Tools we use", "GitHub Actions, Sentry and Grafana."),
            ("Requirements", "- Experience with Python"),
        ),
        {"GitHub Actions": PREF, "Sentry": PREF, "Grafana": PREF, "Python": REQ},
    ),
]

ALL = ROLE + COMPANY + HEADED + STACK

# Probes the scanner still reads wrongly, with the reason (strict: a fix must remove the mark).
KNOWN: dict[str, str] = {
    "this-position-uses": "the subject of a degree ('A degree in statistics') gives statistics",
}


def _params() -> list[pytest.ParameterSet]:
    return probe_params(ALL, KNOWN)


def test_probe_ids_are_unique_and_known_failures_exist() -> None:
    ids = [probe[0] for probe in ALL]
    assert len(ids) == len(set(ids))
    assert set(KNOWN) <= set(ids)


@pytest.mark.parametrize(("text", "expected"), _params())
def test_posting_gives_the_role_s_skills_at_their_level(
    text: str, expected: dict[str, str]
) -> None:
    assert levels(text) == expected
