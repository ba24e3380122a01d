"""Text that tells about the product, its users, the team or the company's past asks the
candidate for nothing; the sentences beside it that give the job's duties, stack or wishes do
(jobs/asking.py, report/scoring.py).

Each probe is a short posting written here from scratch: a title, a paragraph or a list of
the kind real postings carry, and requirements. `asked` holds the hard skills the labelling
guide of bench/data/ats/README.md makes keywords (the requirements' and those of any
sentence that gives the job's own work); `not_asked` those it leaves out (the product pitch
to the product's user, what current team members are or have done, customers' stories,
another team's tools, the hiring process, what the company built, awards, its open-source
projects, the history of the role). The labels were written before the scanner ran on them.
"""

from __future__ import annotations

import pytest

from pivotprep.resume.jobs.asking import sentence_reason
from tests.resume.jobs.test_asking import hard_skills


def _posting(title: str, body: str, requirements: str) -> str:
    return f"{title}\n{body}\nRequirements\n{requirements}\n"


# (title, body, requirements, asked, not asked)
PROBES: dict[str, tuple[str, str, str, set[str], set[str]]] = {
    # -- text that asks for nothing ------------------------------------------------------
    "pitch-you-can": (
        "Machine Learning Engineer",
        "Quarrylake is building a GPU-powered analytics database. You can run microsecond "
        "inference next to the world's most capable feature store. It allows you to train and "
        "deploy online models using nothing but a notebook.",
        "- 3+ years of experience with Python\n- Experience running PostgreSQL in production",
        {"Python", "PostgreSQL"},
        {"feature stores", "GPU computing"},
    ),
    "pitch-lets-you": (
        "Backend Engineer",
        "Tessel lets you deploy Django apps to Kubernetes in one click. Our console helps you "
        "watch every Redis cache from a single page.",
        "- Strong experience with Go\n- Experience with Terraform and infrastructure as code",
        {"Go", "Terraform"},
        {"Django", "Kubernetes", "Redis"},
    ),
    "pitch-teams": (
        "Data Engineer",
        "Streamwell lets data teams stream Kafka events into Snowflake without writing code. "
        "It gives analysts a live copy of every table within seconds.",
        "- Experience with Java or Scala in production\n- Solid knowledge of SQL",
        {"Java", "Scala", "SQL"},
        {"Apache Kafka", "Snowflake"},
    ),
    "pitch-your": (
        "Analytics Engineer",
        "Docsmith writes the documentation nobody has time for. Connect your Snowflake "
        "warehouse and your dbt project, and Docsmith keeps every column described for you.",
        "- 2+ years writing SQL for reporting\n- Experience with Looker or a similar BI tool",
        {"SQL", "Looker"},
        {"Snowflake", "dbt"},
    ),
    "pitch-with-product": (
        "Platform Engineer",
        "With Harbourline you can spin up a Kafka cluster on any cloud in minutes and pay only "
        "for what you use. Thousands of startups already do.",
        "- Experience operating Kubernetes clusters\n- Experience with Terraform",
        {"Kubernetes", "Terraform"},
        {"Apache Kafka"},
    ),
    "team-members-list": (
        "Research Software Engineer",
        "We are a distributed team of scientists and engineers who build tools for open "
        "research. For example, current team members are/have been:\n"
        "- NVIDIA Deep Learning Institute-accredited trainers\n"
        "- rOpenSci editors\n"
        "- Kubernetes contributors",
        "- Experience writing Python packages\n- Experience with SQL and relational data",
        {"Python", "SQL"},
        {"deep learning", "Kubernetes"},
    ),
    "team-includes-list": (
        "Data Engineer",
        "We are eight people spread over four time zones, working in the open. Our team "
        "includes:\n"
        "- two Apache Spark committers\n"
        "- a former Hadoop release manager\n"
        "- the author of a popular Scala textbook",
        "- Experience building pipelines in Python\n- Experience with Apache Airflow",
        {"Python", "Apache Airflow"},
        {"Apache Spark", "Apache Hadoop", "Scala"},
    ),
    "team-members-prose": (
        "Backend Engineer",
        "Members of our team have written books on Elasticsearch and given talks on Rust at "
        "conferences across Europe.",
        "- 3+ years of experience with Java\n- Experience designing REST APIs in Spring",
        {"Java"},
        {"Elasticsearch", "Rust"},
    ),
    "customers-use": (
        "Site Reliability Engineer",
        "Our customers use Lanternly to monitor their Elasticsearch clusters and their "
        "Grafana dashboards, and we answer their pages around the clock.",
        "- Experience with Linux systems administration\n- Experience with Ansible",
        {"Linux system administration", "Ansible"},
        {"Elasticsearch", "Grafana"},
    ),
    "customer-story": (
        "Solutions Engineer",
        "Last year a logistics customer cut its AWS bill by 40% after moving its Spark jobs "
        "onto Ferrous. A retailer now runs its whole Hadoop estate on us.",
        "- Strong Python and SQL\n- Experience talking to technical buyers about Kubernetes",
        {"Python", "SQL", "Kubernetes"},
        {"Amazon Web Services", "Apache Spark", "Apache Hadoop"},
    ),
    "customer-stories-list": (
        "Backend Engineer",
        "We build migration tooling for databases. Recent customer stories:\n"
        "- A bank moved four hundred databases from Cassandra to ClickHouse with Ferrous\n"
        "- A retailer halved the cost of its Elasticsearch clusters",
        "- Experience with Go in production\n- Knowledge of PostgreSQL internals",
        {"Go", "PostgreSQL"},
        {"ClickHouse", "Elasticsearch"},
    ),
    "other-team-stack": (
        "Backend Engineer",
        "The data team maintains Airflow and dbt for the whole company. This role sits in the "
        "payments team, which ships the checkout services.",
        "- 4+ years of experience with Java\n- Experience with PostgreSQL",
        {"Java", "PostgreSQL"},
        {"Apache Airflow", "dbt"},
    ),
    "platform-team-stack": (
        "Android Engineer",
        "Our platform group runs the Kubernetes clusters and owns all of Terraform. You'll "
        "work on the mobile app with the product designers.",
        "- Experience building Android apps in Kotlin\n- Experience consuming GraphQL APIs",
        {"Kotlin", "GraphQL"},
        {"Kubernetes", "Terraform"},
    ),
    "hiring-steps": (
        "Systems Engineer",
        "The process is short: a call with the founders, then a paired session in Rust on a "
        "small bug, then a chat with two engineers from the team.",
        "- Experience with C++ systems programming\n- Experience with Linux internals",
        {"C++", "Linux"},
        {"Rust"},
    ),
    "what-we-built": (
        "Infrastructure Engineer",
        "Over the past five years we have built a Kubernetes operator, a Terraform provider "
        "and a Grafana plugin that thousands of operators run.",
        "- Experience with Python services in production\n- Experience with Redis",
        {"Python", "Redis"},
        {"Kubernetes", "Terraform", "Grafana"},
    ),
    "award": (
        "Mobile Engineer",
        "Our Kotlin SDK was shortlisted for the developer tools prize of the year, and our "
        "React Native app was featured by both app stores.",
        "- Experience building iOS apps in Swift\n- Experience with unit testing",
        {"Swift"},
        {"Kotlin"},
    ),
    "open-source-maintained": (
        "Backend Engineer",
        "We maintain several open-source projects, among them a Prometheus exporter and a "
        "popular Django extension for audit logs.",
        "- Experience with Ruby on Rails\n- Experience with PostgreSQL",
        {"Ruby on Rails", "PostgreSQL"},
        {"Prometheus", "Django"},
    ),
    "role-history": (
        "Data Analyst",
        "This role was created in 2021, when our first analyst began moving the monthly "
        "reports out of spreadsheets and into Tableau.",
        "- Strong SQL\n- Experience with Python for data analysis",
        {"SQL", "Python"},
        {"Tableau"},
    ),
    "first-paragraph": (
        "Software Engineer",
        "Fernhill is a twelve-person studio in Leeds. We make a Rust-based sync engine that "
        "field researchers run on their laptops, and a Svelte dashboard for their managers.",
        "- Experience with TypeScript\n- Experience with Node.js on the server",
        {"TypeScript", "Node.js"},
        {"Rust", "Svelte"},
    ),
    "teams-use-product": (
        "Data Engineer",
        "Hundreds of data teams use Pipecheck to catch broken Airflow DAGs before they run. "
        "It reads every DAG and warns about the ones that will fail.",
        "- Experience with Python\n- Experience with Snowflake or a similar warehouse",
        {"Python", "Snowflake"},
        {"Apache Airflow"},
    ),
    "founders-past": (
        "Backend Engineer",
        "Between them our founders shipped Cassandra at a social network and Kafka at a large "
        "bank before starting Quillon in 2022.",
        "- Experience with Go\n- Experience with Redis and PostgreSQL",
        {"Go", "Redis", "PostgreSQL"},
        {"Apache Kafka"},
    ),
    "users-are-list": (
        "Data Engineer",
        "We make a notebook for people who answer questions with data. Our users are:\n"
        "- analysts who live in spreadsheets all day\n"
        "- data scientists who train PyTorch models on their laptops",
        "- Experience with Python\n- Experience with SQL and dbt",
        {"Python", "SQL", "dbt"},
        {"PyTorch"},
    ),
    "pitch-empowers": (
        "Backend Engineer",
        "Beacon empowers you to build live dashboards on top of ClickHouse without writing a "
        "single query, and shares them with your whole company.",
        "- Experience with Python\n- Experience with Go",
        {"Python", "Go"},
        {"ClickHouse"},
    ),
    # -- near neighbours that ask -----------------------------------------------------------
    "duty-in-product": (
        "Machine Learning Engineer",
        "Quarrylake is building a GPU-powered analytics database. You'll build features for our "
        "feature store in Rust and ship them to customers every week.",
        "- Experience with Python\n- Experience with PostgreSQL",
        {"Python", "PostgreSQL", "Rust", "feature stores"},
        set(),
    ),
    "stack-colon": (
        "Backend Engineer",
        "We are a small team building tools for farmers. Our stack: Python, Postgres, Redis "
        "and Terraform on a handful of servers.",
        "- 3+ years building web services\n- Experience with automated testing",
        {"Python", "PostgreSQL", "Redis", "Terraform"},
        set(),
    ),
    "we-use": (
        "Backend Engineer",
        "We use Go and PostgreSQL for everything on the back end, and deploy with GitHub "
        "Actions several times a day.",
        "- Experience with REST API design\n- Experience with Docker",
        {"Go", "PostgreSQL", "Docker"},
        set(),
    ),
    "you-might-have": (
        "Backend Engineer",
        "We build ordering software for independent restaurants across the country. "
        "You might have:\n- experience with Apache Kafka\n- shipped a Django app to production",
        "- Experience with Python\n- Experience with PostgreSQL",
        {"Python", "PostgreSQL", "Apache Kafka", "Django"},
        set(),
    ),
    "join-that-team": (
        "Data Engineer",
        "You'll join the data team, which maintains Airflow and dbt for the whole company, and "
        "own the models finance reads every morning.",
        "- Experience with SQL\n- Experience with Python",
        {"SQL", "Python", "Apache Airflow", "dbt"},
        set(),
    ),
    "help-customers-use": (
        "Solutions Engineer",
        "In this role you will help our customers use Snowflake and dbt well, writing example "
        "projects and reviewing their models.",
        "- Strong SQL\n- Experience presenting to technical audiences",
        {"SQL", "Snowflake", "dbt"},
        set(),
    ),
    "customers-then-ask": (
        "Analytics Engineer",
        "Our customers are data engineers who use Airflow and dbt every day, so you should "
        "know both tools well.",
        "- Experience with SQL\n- Experience with Looker",
        {"SQL", "Looker", "Apache Airflow", "dbt"},
        set(),
    ),
    "maintain-our-open-source": (
        "Backend Engineer",
        "You will maintain our open-source Prometheus exporter and answer the issues its users "
        "open on it each week.",
        "- Experience with Go\n- Experience with Linux",
        {"Go", "Linux", "Prometheus"},
        set(),
    ),
    "first-project": (
        "Data Analyst",
        "Your first project will be moving the monthly reports out of spreadsheets and into "
        "Tableau, with the finance team's help.",
        "- Strong SQL\n- Experience with Python",
        {"SQL", "Python", "Tableau"},
        set(),
    ),
    "someone-who-built": (
        "Machine Learning Engineer",
        "We are looking for someone who has built a feature store before and can run it on "
        "Kubernetes for a team of twenty data scientists.",
        "- Experience with Python\n- Experience with PyTorch",
        {"Python", "PyTorch", "feature stores", "Kubernetes"},
        set(),
    ),
    "work-with-lead-in": (
        "Data Engineer",
        "We help hospitals share their data safely. In this role you'll work with:\n"
        "- Apache Spark\n- Apache Kafka\n- Snowflake",
        "- Experience with Python\n- Experience with SQL",
        {"Python", "SQL", "Apache Spark", "Apache Kafka", "Snowflake"},
        set(),
    ),
    "ideal-candidate-after-team": (
        "Research Software Engineer",
        "Current team members have been trainers and editors of open research tools. The ideal "
        "candidate has:\n- experience writing R packages\n- experience with Git",
        "- Experience with Python\n- Experience with SQL",
        {"Python", "SQL", "R"},
        set(),
    ),
    "pitch-then-requirement": (
        "Data Engineer",
        "Streamwell lets you query Kafka topics in plain SQL from a notebook, with no cluster "
        "of your own to run.",
        "- Experience with Apache Kafka in production\n- Experience with Java",
        {"Apache Kafka", "Java"},
        set(),
    ),
    "you-can-expect": (
        "Backend Engineer",
        "You can expect to write Go services against PostgreSQL from your first week, with a "
        "senior engineer as your guide.",
        "- Experience building web services\n- Experience with Docker",
        {"Go", "PostgreSQL", "Docker"},
        set(),
    ),
    "role-lets-you": (
        "Data Engineer",
        "This role lets you work on Apache Kafka and Apache Flink every day, next to the team "
        "that runs our streaming platform.",
        "- Experience with Java\n- Experience with SQL",
        {"Java", "SQL", "Apache Kafka"},
        set(),
    ),
    "team-uses-lead": (
        "Backend Engineer",
        "We build scheduling software for clinics and hospitals. The team uses:\n"
        "- Go\n- PostgreSQL\n- Kubernetes",
        "- 3+ years building web services\n- Experience with automated testing",
        {"Go", "PostgreSQL", "Kubernetes"},
        set(),
    ),
    "this-role-will-involve": (
        "Data Engineer",
        "We build scheduling software for clinics and hospitals across the north of England. "
        "This role will involve building Apache Kafka pipelines that feed Kubernetes services.",
        "- Experience with Java\n- Experience with SQL",
        {"Java", "SQL", "Apache Kafka", "Kubernetes"},
        set(),
    ),
    "team-responsible-for-lead": (
        "Data Engineer",
        "We build scheduling software for clinics and hospitals. Our team is responsible for:\n"
        "- building Apache Kafka pipelines\n- running Kubernetes clusters",
        "- Experience with Java\n- Experience with SQL",
        {"Java", "SQL", "Apache Kafka", "Kubernetes"},
        set(),
    ),
    "team-is-building-lead": (
        "Data Engineer",
        "We build scheduling software for clinics and hospitals. The team is building:\n"
        "- Apache Kafka pipelines for appointment events\n- a Kubernetes platform",
        "- Experience with Java\n- Experience with SQL",
        {"Java", "SQL", "Apache Kafka", "Kubernetes"},
        set(),
    ),
    "users-are-people-who": (
        "Backend Engineer",
        "We are a team of twelve in Leeds and Bristol, founded in 2016 by two ward nurses. "
        "We build monitoring tools for people who run Kubernetes clusters at hospitals.",
        "- Experience with Java\n- Experience with SQL",
        {"Java", "SQL"},
        {"Kubernetes"},
    ),
    "looking-for-people-who": (
        "Backend Engineer",
        "We are a team of twelve in Leeds and Bristol, founded in 2016 by two ward nurses. "
        "We build monitoring tools for hospitals. We are looking for people who know "
        "Kubernetes well.",
        "- Experience with Java\n- Experience with SQL",
        {"Java", "SQL", "Kubernetes"},
        set(),
    ),
    "members-lead-in-requirements": (
        "Backend Engineer",
        "We build scheduling software for clinics and hospitals across the north of England.",
        "Successful team members here have:\n- Experience with Apache Kafka\n- Experience with Go",
        {"Apache Kafka", "Go"},
        set(),
    ),
    # the team's areas of work, each told by the team between the bullets
    "areas-of-expertise": (
        "Data Analyst",
        "Your role\nThe team has many active projects. Our current areas of expertise include:\n"
        "- Distributed computing and systems programming\n"
        "We are engaged in the development of workflow systems and cloud computing solutions.\n"
        "- Machine learning and cheminformatics\n"
        "We want to make machine learning more accessible and reproducible.",
        "- Programming skills in R or Python\n- Experience with Unix-based environments",
        {"R", "Python"},
        {"distributed computing", "machine learning"},
    ),
    # the same shape with "you" in the telling is the job's own work
    "areas-you-will-work-on": (
        "Data Analyst",
        "Your role\nOur current areas of expertise include:\n"
        "- Workflow systems\n"
        "We will ask you to build dashboards in Tableau for each of them.",
        "- Programming skills in R or Python\n- Experience with Unix-based environments",
        {"R", "Python", "Tableau"},
        set(),
    ),
}


@pytest.mark.parametrize("name", sorted(PROBES))
def test_only_the_asks_make_hard_skills(name: str) -> None:
    title, body, requirements, asked, not_asked = PROBES[name]
    names = hard_skills(_posting(title, body, requirements))
    assert asked <= names, f"missing {sorted(asked - names)}"
    assert not names & not_asked, f"extracted {sorted(names & not_asked)}"


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("It allows you to train and deploy models using only SQL.", "company"),
        ("With Quillon you can replay any Kafka topic from a browser tab.", "company"),
        ("Our mentors help you grow your Go skills in your first year.", None),
        ("We have a rare opportunity for you to use Rust on embedded boards.", None),
        ("You can expect to write Go services from your first week.", None),
        ("You'll build features that let you and the team ship Python faster.", None),
    ],
)
def test_a_pitch_speaks_to_the_product_user_not_the_candidate(
    sentence: str, reason: str | None
) -> None:
    assert sentence_reason(sentence, "other") == reason
