"""Posting text that looks like a hard-skill ask and is not one must make no hard-skill
keyword; the asks beside it still must (report/scoring.py, matching/, jobs/).

Each probe is one bullet (or a small block) placed in a short posting under a Requirements
or Responsibilities heading, after a bullet that names nothing, and scanned like a real
posting. `expected` holds every hard skill the labelling guide of bench/data/ats/README.md
makes a keyword of the probe: a recruiter's screen, not the scanner's reading. The families:

- a category word in front of a tool list ("data visualization tools such as Tableau"): the
  tools are the skills, the category word is not, except the named practices and kinds of
  database the guide keeps (continuous integration, version control, relational databases,
  NoSQL, configuration management, infrastructure as code, ETL, data warehousing);
- a skill word that names a community, a team, an event, a person or an organisation;
- a skill word in ordinary English ("spark conversations", "go the extra mile");
- civil-service competency headings with their bullets, which ask for no technology;
- positive controls written the same way, which must still give their skills.

The sentences were written for this file and labelled before the scanner read them.
"""

from __future__ import annotations

import pytest

from pivotprep.resume.report.scoring import JobText, ResumeText, scan
from tests.resume.jobs.test_asking import hard_skills
from tests.resume.probes import probe_params

REQ = "Requirements"
RESP = "Responsibilities"

# About the employer (long enough for the posting to pass the minimum length of a scan).
_BLURB = (
    "We are a public health charity based in Leeds. We work with councils, hospitals and "
    "schools across the north of England, and we have grown to sixty people."
)
# A bullet that names no skill, so the probe is not the posting's only line.
_FILLER = "- A friendly, patient manner with colleagues and customers."


def posting(heading: str, probe: str, title: str = "Data Analyst") -> str:
    """A short posting holding `probe` as a bullet (or as written, when it is a block)."""
    body = probe if "\n" in probe else f"- {probe}"
    return f"{title}\n{_BLURB}\n{heading}\n{_FILLER}\n{body}\n"


# (id, heading, probe, expected hard skills)
CATEGORY_WORDS: list[tuple[str, str, str, set[str]]] = [
    (
        "viz-tools-such-as",
        REQ,
        "Experience with data visualization tools such as Tableau.",
        {"Tableau"},
    ),
    (
        "viz-tools-or-list",
        REQ,
        "Experience with data visualisation tools such as Tableau or Power BI.",
        {"Tableau", "Microsoft Power BI"},
    ),
    (
        "viz-software",
        REQ,
        "Familiarity with data visualization software like Qlik or Looker.",
        {"Qlik", "Looker"},
    ),
    (
        "viz-libraries",
        REQ,
        "Comfortable with data visualization libraries such as matplotlib or ggplot2.",
        {"matplotlib", "ggplot2"},
    ),
    (
        "viz-paren-eg",
        REQ,
        "Knowledge of visualisation tools (e.g. Power BI, Tableau).",
        {"Microsoft Power BI", "Tableau"},
    ),
    (
        "web-framework",
        REQ,
        "Experience with a web programming framework such as Django, Rails.",
        {"Django", "Ruby on Rails"},
    ),
    (
        "web-frameworks-plural",
        REQ,
        "Experience with web frameworks such as Flask or FastAPI.",
        {"Flask", "FastAPI"},
    ),
    (
        "front-end-frameworks",
        REQ,
        "Experience with front-end frameworks like React or Vue.js.",
        {"React", "Vue.js"},
    ),
    ("bi-platforms-like", REQ, "Hands-on experience with BI platforms like Looker.", {"Looker"}),
    (
        "bi-tools-paren",
        REQ,
        "Experience with business intelligence tools (e.g. Tableau, Power BI, MicroStrategy).",
        {"Tableau", "Microsoft Power BI", "MicroStrategy"},
    ),
    (
        "bi-tool-singular",
        REQ,
        "Experience with a BI tool such as Metabase or Looker.",
        {"Metabase", "Looker"},
    ),
    (
        "dashboarding-tools",
        REQ,
        "Familiarity with dashboarding tools like Looker or Metabase.",
        {"Looker", "Metabase"},
    ),
    ("ml-frameworks-eg", REQ, "Experience with ML frameworks (e.g. PyTorch).", {"PyTorch"}),
    (
        "ml-frameworks-list",
        REQ,
        "Hands-on experience with machine learning frameworks such as PyTorch or TensorFlow.",
        {"PyTorch", "TensorFlow"},
    ),
    (
        "ml-libraries",
        REQ,
        "Experience with machine learning libraries such as scikit-learn and XGBoost.",
        {"scikit-learn", "XGBoost"},
    ),
    (
        "dl-frameworks",
        REQ,
        "Experience with deep learning frameworks like Keras or PyTorch.",
        {"Keras", "PyTorch"},
    ),
    (
        "nlp-libraries",
        REQ,
        "Experience with NLP libraries such as spaCy or NLTK.",
        {"spaCy", "NLTK"},
    ),
    ("stats-software", REQ, "Experience with statistical software such as R.", {"R"}),
    (
        "stats-software-list",
        REQ,
        "Proficiency in statistical software such as R, SAS or Stata.",
        {"R", "SAS", "Stata"},
    ),
    (
        "stats-packages-paren",
        REQ,
        "Use of statistical packages (e.g. SPSS, Stata).",
        {"SPSS", "Stata"},
    ),
    (
        "spreadsheet-software",
        REQ,
        "Confident with spreadsheet software such as Excel or Google Sheets.",
        {"Microsoft Excel", "Google Sheets"},
    ),
    (
        "cloud-platforms",
        REQ,
        "Experience with cloud platforms such as AWS, GCP or Azure.",
        {"Amazon Web Services", "Google Cloud Platform", "Microsoft Azure"},
    ),
    (
        "monitoring-tools",
        RESP,
        "Run our monitoring tools such as Datadog and Grafana.",
        {"Datadog", "Grafana"},
    ),
    (
        "observability-platforms",
        REQ,
        "Experience with observability platforms including Prometheus and Grafana.",
        {"Prometheus", "Grafana"},
    ),
    ("pm-tools", REQ, "Familiarity with project management tools like Jira.", {"Jira"}),
    (
        "big-data-tech",
        REQ,
        "Experience with big data technologies such as Spark and Hadoop.",
        {"Apache Spark", "Apache Hadoop"},
    ),
    (
        "data-analysis-tools",
        REQ,
        "Experience with data analysis tools such as SQL and Excel.",
        {"SQL", "Microsoft Excel"},
    ),
    (
        "analytics-platforms",
        REQ,
        "Experience with analytics platforms like Google Analytics or Amplitude.",
        {"Google Analytics", "Amplitude"},
    ),
    (
        "data-science-tools",
        REQ,
        "Fluent in data science tools including Jupyter and pandas.",
        {"Jupyter", "pandas"},
    ),
    # Corrected after the first run: a kind of system kept beside its examples, as the
    # earlier probe "message queues such as RabbitMQ or Kafka" (jobs/test_asking.py) has it.
    (
        "message-brokers",
        REQ,
        "Experience with message brokers such as Kafka or RabbitMQ.",
        {"message queues", "Apache Kafka", "RabbitMQ"},
    ),
    (
        "scripting-languages",
        REQ,
        "Experience with scripting languages such as Python or Bash.",
        {"Python", "Bash"},
    ),
    ("ingestion-tools", REQ, "Experience with managed connectors such as Fivetran.", {"Fivetran"}),
    ("api-clients", REQ, "Experience with API clients like Postman.", {"Postman"}),
    (
        "search-engines",
        REQ,
        "Experience with search engines such as Elasticsearch.",
        {"Elasticsearch"},
    ),
    (
        "workflow-tools",
        REQ,
        "Experience with workflow tools such as Airflow or Dagster.",
        {"Apache Airflow", "Dagster"},
    ),
    ("gis-software", REQ, "Comfortable with open-source mapping software such as QGIS.", {"QGIS"}),
    # The named practices and kinds of database the guide keeps beside their examples.
    (
        "ci-tools",
        REQ,
        "Experience with continuous integration tools such as Jenkins or CircleCI.",
        {"CI/CD", "Jenkins", "CircleCI"},
    ),
    (
        "version-control",
        REQ,
        "Experience with version control such as Git.",
        {"version control", "Git"},
    ),
    (
        "relational-dbs",
        REQ,
        "Experience with relational databases such as PostgreSQL or MySQL.",
        {"relational databases", "PostgreSQL", "MySQL"},
    ),
    (
        "nosql-dbs",
        REQ,
        "Experience with NoSQL databases like MongoDB or Cassandra.",
        {"NoSQL", "MongoDB", "Apache Cassandra"},
    ),
    (
        "config-management",
        REQ,
        "Experience with configuration management tools like Ansible or Puppet.",
        {"configuration management", "Ansible", "Puppet"},
    ),
    (
        "iac-tools",
        REQ,
        "Experience with infrastructure as code tools such as Terraform.",
        {"infrastructure as code", "Terraform"},
    ),
    (
        "etl-tools",
        REQ,
        "Experience with ETL tools such as Informatica or Talend.",
        {"ETL", "Informatica", "Talend"},
    ),
    (
        "data-warehouse",
        REQ,
        "Experience with a cloud data warehouse such as Snowflake or BigQuery.",
        {"data warehousing", "Snowflake", "Google BigQuery"},
    ),
    (
        "automated-testing-tools",
        REQ,
        "Experience with automated testing tools such as Selenium.",
        {"automated testing", "Selenium"},
    ),
    # The discipline asked as a duty, the tools named after "using": both are asked.
    (
        "viz-duty-using-tools",
        RESP,
        "Create data visualizations for the leadership team using tools such as Tableau.",
        {"data visualization", "Tableau"},
    ),
]

COMMUNITIES: list[tuple[str, str, str, set[str]]] = [
    (
        "web-dev-community",
        RESP,
        "Contribute to the wider web development community through talks and blog posts.",
        set(),
    ),
    ("ds-guild", RESP, "Join our data science guild, which meets every other Friday.", set()),
    ("python-meetups", RESP, "Speak at Python meetups and conferences if you wish.", set()),
    (
        "python-meetups-and-ask",
        REQ,
        "- 3+ years of experience with Python\n- Speak at local Python meetups if you wish",
        {"Python"},
    ),
    ("devops-team", RESP, "The DevOps team will support you with deployments.", set()),
    ("ml-reading-group", RESP, "Join our machine learning reading group.", set()),
    ("data-eng-team", RESP, "Work closely with the data engineering team on shared goals.", set()),
    ("sre-team", RESP, "Collaborate with the Site Reliability Engineering team on rotas.", set()),
    ("qa-team", RESP, "Work alongside our QA team to plan releases.", set()),
    ("kubernetes-meetup", RESP, "Help organise the Kubernetes meetup we host every month.", set()),
    ("pycon", RESP, "Attend PyCon and other conferences at our expense.", set()),
    (
        "devops-community-of-practice",
        RESP,
        "Mentor new joiners through our DevOps community of practice.",
        set(),
    ),
    ("head-of-ds", RESP, "Report to the Head of Data Science.", set()),
    ("vp-ml", RESP, "You will report to the VP of Machine Learning.", set()),
    ("tableau-conference", RESP, "Represent us at the annual Tableau Conference.", set()),
    ("rust-community", RESP, "Be an active member of the Rust community if you like.", set()),
    (
        "js-conferences",
        RESP,
        "Our engineers often speak at JavaScript conferences; join them.",
        set(),
    ),
    (
        "cloud-coe",
        RESP,
        "The Cloud Centre of Excellence sets the standards you will follow.",
        set(),
    ),
    ("data-viz-society", RESP, "Join the Data Visualization Society's local chapter.", set()),
    ("show-and-tell", RESP, "Present your work at the monthly Data Science Show and Tell.", set()),
    ("agile-coach", RESP, "Our Agile Coach will support you in your first months.", set()),
    ("person-julia", RESP, "Julia, our head of data, will onboard you.", set()),
    ("person-ray", RESP, "Ray, our data lead, will mentor you.", set()),
    (
        "person-jenkins",
        RESP,
        "Dr Jenkins, who leads the data office, will be your line manager.",
        set(),
    ),
    (
        "person-cassandra",
        RESP,
        "Cassandra from our data team will pair with you in week one.",
        set(),
    ),
    ("person-luigi", RESP, "Luigi from our data team will show you around.", set()),
    ("person-travis", RESP, "Travis, our data platform lead, will set your goals.", set()),
]

ENGLISH: list[tuple[str, str, str, set[str]]] = [
    ("accounting-for", REQ, "Accounting for changing requirements is part of the job.", set()),
    ("go-extra-mile", REQ, "Go the extra mile when a colleague needs help with data.", set()),
    ("go-to-person", RESP, "Be the Go-To person for data questions.", set()),
    ("rest-day", RESP, "Take a rest day after an on-call weekend.", set()),
    ("spark-conversations", RESP, "Spark conversations across teams about how we use data.", set()),
    ("spark-lower", RESP, "Help spark new ideas in our data team.", set()),
    ("cloud-of-uncertainty", RESP, "Find a path through the cloud of uncertainty.", set()),
    ("excel-lent", REQ, "You will fit in with an excel-lent team.", set()),
    ("excel-at", REQ, "Excel at explaining data to non-experts.", set()),
    ("excel-lower", REQ, "You will excel when priorities shift.", set()),
    (
        "pipeline-of-candidates",
        RESP,
        "Build a pipeline of candidates for our graduate scheme.",
        set(),
    ),
    ("swift-response", REQ, "A swift response to data requests from managers.", set()),
    ("swift-capital", REQ, "Swift replies to data requests from managers.", set()),
    ("rust-coloured", RESP, "Design a rust-coloured logo for the data team's wiki.", set()),
    (
        "rust-coloured-capital",
        RESP,
        "Rust-coloured branding runs through our data products.",
        set(),
    ),
    ("shell-out", RESP, "We shell out for good laptops and data courses.", set()),
    ("ruby-anniversary", RESP, "Help plan our ruby anniversary party this year.", set()),
    (
        "ruby-anniversary-capital",
        RESP,
        "Help plan our Ruby Anniversary party for 40 years of data services.",
        set(),
    ),
    ("pandas-zoo", RESP, "See the pandas at the zoo on our team day.", set()),
    ("elastic-hours", REQ, "Elastic working hours around school runs.", set()),
    ("tableau-of-cards", RESP, "Lay out a tableau of cards on the planning board.", set()),
    ("c-suite", RESP, "Present to the C-suite on data strategy.", set()),
    ("bash-party", RESP, "Join the end-of-year bash for the data team.", set()),
    ("backbone", REQ, "You will be the backbone of our data team.", set()),
    ("express-ideas", REQ, "Express your ideas about data clearly.", set()),
    ("in-jest", RESP, "We say it in jest, but coffee fuels our data team.", set()),
    ("mocha", RESP, "Enjoy a mocha from our coffee bar with the data team.", set()),
    ("karma", RESP, "Build good karma with stakeholders by shipping data on time.", set()),
    ("celery-snacks", RESP, "Healthy snacks such as celery and fruit are on us.", set()),
    (
        "great-expectations",
        REQ,
        "We have great expectations of everyone who joins our data team.",
        set(),
    ),
    ("presto", RESP, "Click once and, presto, the data report appears.", set()),
    ("superset", REQ, "Our survey is a superset of last year's questions.", set()),
    ("confluence", RESP, "Work at the confluence of data and design.", set()),
    ("heap", RESP, "Deal with a heap of paperwork without complaint.", set()),
    ("sap-energy", RESP, "Long meetings sap energy, so we keep them short.", set()),
    ("unreal", REQ, "Unreal deadlines are not our thing.", set()),
    ("nomad", REQ, "Digital nomads welcome: work from anywhere in the UK.", set()),
    ("packers", RESP, "Support packers and pickers in our warehouse with better data.", set()),
    ("envoy", RESP, "Act as our envoy to partner organisations.", set()),
    ("new-relic", RESP, "Catalogue each new relic found at the dig site.", set()),
    ("sentry", RESP, "No sentry duty: our building has reception staff.", set()),
    ("amplitude", RESP, "Measure signal amplitude from the river sensors.", set()),
    ("helm", RESP, "You will be at the helm of planning for the data platform.", set()),
    ("spring-planning", RESP, "Spring planning for the data platform starts in March.", set()),
    ("access-to", REQ, "Access to sensitive data will require vetting.", set()),
    ("maven", RESP, "Be our resident data maven.", set()),
    ("ada-day", RESP, "Celebrate Ada Lovelace Day with our data team.", set()),
    ("hive-of-activity", RESP, "Our office is a hive of activity around data releases.", set()),
    ("drill-into", RESP, "Drill into data to find answers.", set()),
    ("packer-capital", RESP, "Packer, our office dog, will greet you each morning.", set()),
]

COMPETENCIES: list[tuple[str, str, str, set[str]]] = [
    (
        "value-for-money",
        REQ,
        "Delivering Value for Money\n"
        "- Seek out ways to improve value for money in your area of work.\n"
        "- Understand how your work affects the budget and plan accordingly.",
        set(),
    ),
    (
        "finance-resources",
        REQ,
        "Managing Finance and Resources\n"
        "- Manage resources and a budget of up to 50,000 pounds with care.\n"
        "- Forecast spend accurately and report variances to the finance business partner.",
        set(),
    ),
    (
        "communicating-marketing",
        REQ,
        "Communicating and Marketing\n"
        "- Communicate clearly with colleagues at all levels.\n"
        "- Promote the service through digital channels and events.",
        set(),
    ),
    (
        "changing-improving",
        REQ,
        "Changing and Improving\n"
        "- Look for ways to improve processes and share ideas with the team.\n"
        "- Adapt quickly to new ways of working, including new digital tools.",
        set(),
    ),
    (
        "effective-decisions",
        REQ,
        "Making Effective Decisions\n"
        "- Use evidence and data to support your decisions.\n"
        "- Weigh up options and assess risks before acting.",
        set(),
    ),
    (
        "big-picture",
        REQ,
        "Seeing the Big Picture\n"
        "- Understand how your work fits with the department's priorities.\n"
        "- Keep up to date with the wider political and digital landscape.",
        set(),
    ),
    (
        "quality-service",
        REQ,
        "Managing a Quality Service\n"
        "- Deliver a high-quality service to customers and colleagues.\n"
        "- Plan work to meet deadlines and quality standards, and act on feedback.",
        set(),
    ),
    (
        "delivering-at-pace",
        REQ,
        "Delivering at Pace\n"
        "- Take responsibility for the quality and timeliness of your work.\n"
        "- Keep track of progress and adapt plans when priorities change.",
        set(),
    ),
    (
        "developing-self",
        REQ,
        "Developing Self and Others\n"
        "- Identify your own learning needs and seek out development.\n"
        "- Coach and support colleagues in their development.",
        set(),
    ),
    (
        "commercial-outcomes",
        REQ,
        "Achieving Commercial Outcomes\n"
        "- Work with commercial colleagues to get value from contracts.\n"
        "- Manage supplier performance against agreed service levels.",
        set(),
    ),
    (
        "building-capability",
        REQ,
        "Building Capability for All\n"
        "- Support the development of digital and data skills across the team.\n"
        "- Champion learning and share what you know.",
        set(),
    ),
    (
        "competencies-then-skills",
        REQ,
        "Delivering Value for Money\n"
        "- Seek out ways to improve value for money in your area of work.\n"
        "Communicating and Marketing\n"
        "- Promote the service through digital channels and events.\n"
        "Technical skills\n"
        "- Strong SQL\n"
        "- Experience with Tableau",
        {"SQL", "Tableau"},
    ),
]

CONTROLS: list[tuple[str, str, str, set[str]]] = [
    ("tableau", REQ, "Experience with Tableau.", {"Tableau"}),
    ("strong-sql", REQ, "Strong SQL.", {"SQL"}),
    (
        "ci-jenkins",
        REQ,
        "Experience with continuous integration tools such as Jenkins.",
        {"CI/CD", "Jenkins"},
    ),
    ("git", REQ, "Experience with version control using Git.", {"version control", "Git"}),
    ("python-pandas", REQ, "Proficiency in Python and pandas.", {"Python", "pandas"}),
    ("spark-jobs", RESP, "Build Spark jobs on our data platform.", {"Apache Spark"}),
    # Corrected after the first run: writing backend services is doing back-end
    # development, a named discipline of the guide ("server side web applications").
    (
        "go-services",
        REQ,
        "Experience writing backend services in Go.",
        {"Go", "back-end development"},
    ),
    ("rails", REQ, "Experience with Ruby on Rails.", {"Ruby on Rails"}),
    ("stats-r", REQ, "Strong statistical analysis skills using R.", {"statistics", "R"}),
    (
        "ml-pytorch",
        REQ,
        "Experience building machine learning models with PyTorch.",
        {"machine learning", "PyTorch"},
    ),
    (
        "swift-ios",
        REQ,
        "Experience with Swift and SwiftUI for iOS apps.",
        {"Swift", "SwiftUI", "iOS"},
    ),
    ("rust-services", REQ, "Experience writing Rust services.", {"Rust"}),
    ("excel-advanced", REQ, "Advanced Excel skills.", {"Microsoft Excel"}),
    ("bash-scripting", REQ, "Shell scripting in Bash.", {"shell scripting", "Bash"}),
    ("elasticsearch", REQ, "Experience running Elasticsearch clusters.", {"Elasticsearch"}),
    ("airflow", RESP, "Maintain our Airflow DAGs.", {"Apache Airflow"}),
    (
        "community-and-ask",
        RESP,
        "- Contribute to the wider data science community through talks\n"
        "- Build dashboards in Looker for the operations team",
        {"Looker"},
    ),
    (
        "devops-team-and-ask",
        RESP,
        "- The DevOps team will support you with releases\n"
        "- Deploy services to Kubernetes with Helm",
        {"Kubernetes", "Helm"},
    ),
]

# A second batch, written and labelled after the first was fixed, before any run of its own:
# neighbours of the fixes that must keep their skills.
NEIGHBOURS: list[tuple[str, str, str, set[str]]] = [
    (
        "agile-coach-experience",
        REQ,
        "Experience working as an Agile Coach for delivery teams.",
        {"Agile"},
    ),
    (
        "distributed-frameworks",
        REQ,
        "Experience with distributed computing frameworks such as Spark or Dask.",
        {"distributed computing", "Apache Spark", "Dask"},
    ),
    ("tool-then-our", REQ, "Experience with Kafka, our main event bus.", {"Apache Kafka"}),
    ("pandas-library", REQ, "Experience with the pandas library.", {"pandas"}),
    ("tableau-lower", REQ, "Experience with tableau dashboards.", {"Tableau", "dashboards"}),
    ("bash-lower", REQ, "Experience with python and bash.", {"Python", "Bash"}),
    ("confluence-docs", RESP, "Keep documentation up to date in Confluence.", {"Confluence"}),
    ("sap-capitals", REQ, "Experience with SAP reporting.", {"SAP"}),
    (
        "superset-dashboards",
        RESP,
        "Build dashboards in Superset.",
        {"Apache Superset"},
    ),
    (
        "spring-services",
        REQ,
        "Experience building Spring services in Java.",
        {"Spring Framework", "Java"},
    ),
    ("swift-development", REQ, "Swift development experience.", {"Swift"}),
    (
        "ci-paren",
        REQ,
        "Continuous integration tools (e.g. GitHub Actions, Jenkins).",
        {"CI/CD", "GitHub Actions", "Jenkins"},
    ),
    ("viz-discipline", REQ, "Solid background in data visualization.", {"data visualization"}),
]

# Probes the scanner still gets wrong, with the reason (strict: a fix must remove the mark).
KNOWN: dict[str, str] = {}


def _params(probes: list[tuple[str, str, str, set[str]]]) -> list[pytest.ParameterSet]:
    return probe_params(probes, KNOWN)


ALL = CATEGORY_WORDS + COMMUNITIES + ENGLISH + COMPETENCIES + CONTROLS + NEIGHBOURS


def test_probe_ids_are_unique_and_known_failures_exist() -> None:
    ids = [p[0] for p in ALL]
    assert len(ids) == len(set(ids))
    assert set(KNOWN) <= set(ids)


@pytest.mark.parametrize(("heading", "text", "expected"), _params(ALL))
def test_posting_gives_exactly_the_labelled_hard_skills(
    heading: str, text: str, expected: set[str]
) -> None:
    assert hard_skills(posting(heading, text)) == expected


def test_spaces_after_a_category_word_are_read_whole() -> None:
    """A run of spaces after a category word once made its pattern backtrack for seconds
    (timed by bench/bench_job_hostile.py): the posting is read to the end, and the
    category word is still asked for."""
    job = JobText.from_text(
        "Data Engineer\nRequirements\n- data visualization" + " " * 50_000 + "(x\n"
    )
    report = scan(ResumeText.from_text("Sam Lee\nEngineer\n- Built ETL in Python\n"), job)
    assert "data visualization" in {k.name.lower() for k in report.keywords}
