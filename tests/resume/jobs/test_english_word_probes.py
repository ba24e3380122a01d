"""Product names that are also English words, given names or places must give their skill
where a posting names the tool, and nothing where the sentence uses the word (taxonomy
curated.yaml guards, matching/taxonomy.py).

The names come from an audit of every one-word spelling in the taxonomy against an English
word list with its proper names: the ones a posting plausibly writes in their everyday
sense, capitalised (a bullet's first word, a title-case phrase, a brand or a place), or in
lower case where the spelling has no guard on capitals. Each name has a bullet where it is
the tool and one where it is the word; the word's bullets put another technology a few
words away, since a name that is "only matched near other technology" is then most at risk.
`expected` holds the hard skills the labelling guide of bench/data/ats/README.md makes
keywords of the bullet, by canonical taxonomy name. The bullets were written for this file
and labelled before the scanner read them.
"""

from __future__ import annotations

import pytest

from tests.resume.jobs.test_asking import hard_skills
from tests.resume.jobs.test_skill_coverage_probes import REQ, RESP, Probe, posting
from tests.resume.probes import probe_params

# (id, heading, tool bullet, its skills, word bullet, its skills)
Pair = tuple[str, str, str, set[str], str, set[str]]

DATA_AND_ML: list[Pair] = [
    (
        "soda",
        REQ,
        "Experience with Soda or Great Expectations.",
        {"Soda", "Great Expectations"},
        "Soda Fridays and Python office hours are open to everyone.",
        {"Python"},
    ),
    (
        "feast",
        REQ,
        "Experience with Feast or Tecton.",
        {"Feast", "Tecton"},
        "A summer Feast for new starters and a Python course.",
        {"Python"},
    ),
    (
        "prefect",
        REQ,
        "Experience orchestrating pipelines with Airflow, Dagster or Prefect.",
        {"Apache Airflow", "Dagster", "Prefect"},
        "Prefect of the student union or a similar role; Excel reports.",
        {"Microsoft Excel"},
    ),
    (
        "temporal",
        REQ,
        "Experience with workflow engines such as Temporal or Apache Airflow.",
        {"Temporal", "Apache Airflow"},
        "Temporal lobe research background; analysis in MATLAB.",
        {"MATLAB"},
    ),
    (
        "evidently",
        REQ,
        "Model monitoring with Evidently, MLflow and Grafana.",
        {"Evidently", "MLflow", "Grafana", "model monitoring"},
        "Evidently, we love SQL and clean reporting.",
        {"SQL"},
    ),
    (
        "luigi",
        REQ,
        "Experience with Luigi or Apache Airflow.",
        {"Luigi", "Apache Airflow"},
        "Luigi pizza lunches and Tableau clinics every month.",
        {"Tableau"},
    ),
    (
        "cassandra",
        REQ,
        "Experience with NoSQL stores such as Cassandra or MongoDB.",
        {"NoSQL", "Apache Cassandra", "MongoDB"},
        "Cassandra Smith Fellowship alumni with SQL are welcome.",
        set(),
    ),
    (
        "hive",
        REQ,
        "Experience with Hive, Pig and Hadoop.",
        {"Apache Hive", "Apache Pig", "Apache Hadoop"},
        "Hive of activity around Tableau each quarter.",
        {"Tableau"},
    ),
    (
        "pig",
        REQ,
        "Legacy scripts written in Pig and Java.",
        {"Apache Pig", "Java"},
        "Pig roast at the summer party, plus Python lightning talks.",
        {"Python"},
    ),
    (
        "beam",
        REQ,
        "Pipelines in Beam or Flink.",
        {"Apache Beam", "Apache Flink"},
        "Beam with pride at our Python meetups.",
        set(),
    ),
    (
        "spark",
        REQ,
        "Experience with Spark and Databricks.",
        {"Apache Spark", "Databricks"},
        "Spark joy in colleagues; we use Excel a lot.",
        {"Microsoft Excel"},
    ),
    (
        "presto",
        REQ,
        "Querying with Presto, Trino or Athena.",
        {"Presto", "Trino", "Amazon Athena"},
        "Presto! Reports appear in Tableau overnight.",
        {"Tableau"},
    ),
    (
        "iceberg",
        REQ,
        "Open table formats such as Iceberg or Delta Lake.",
        {"Apache Iceberg", "Delta Lake"},
        "Iceberg lettuce is banned; our analysts live in Excel.",
        {"Microsoft Excel"},
    ),
    (
        "celery",
        REQ,
        "Background jobs with Celery and RabbitMQ.",
        {"Celery", "RabbitMQ"},
        "Celery sticks and Python clinics on Tuesdays.",
        {"Python"},
    ),
    (
        "amplitude",
        REQ,
        "Experience with Amplitude or Mixpanel.",
        {"Amplitude", "Mixpanel"},
        "Amplitude of each signal, logged in Excel.",
        {"Microsoft Excel"},
    ),
    (
        "prophet",
        REQ,
        "Experience with Prophet, statsmodels and Python.",
        {"Prophet", "statsmodels", "Python"},
        "Prophet of doom attitudes are unwelcome; Python is our main tool.",
        {"Python"},
    ),
    (
        "whisper",
        REQ,
        "Speech models such as Whisper and Conformer.",
        {"Whisper", "Conformer"},
        "Whisper it: our Python tests pass first time.",
        {"Python"},
    ),
    (
        "vega",
        REQ,
        "Experience with D3, Vega or Plotly.",
        {"D3.js", "Vega", "Plotly"},
        "Vega Street office, close to the SQL guild.",
        set(),
    ),
    (
        "shapely",
        REQ,
        "Geospatial work with GeoPandas and Shapely.",
        {"GeoPandas", "Shapely"},
        "Shapely slides and SQL that others can read.",
        {"SQL"},
    ),
    (
        "triton",
        REQ,
        "Experience with Triton or TorchServe.",
        {"NVIDIA Triton Inference Server", "TorchServe"},
        "Triton Avenue campus; models in PyTorch.",
        {"PyTorch"},
    ),
    (
        "athena",
        REQ,
        "AWS data services: Glue, Athena and Redshift.",
        {"Amazon Web Services", "AWS Glue", "Amazon Athena", "Amazon Redshift"},
        "Athena Swan charter member; research code in Python.",
        {"Python"},
    ),
    (
        "glue",
        REQ,
        "ETL with Glue and Lambda on AWS.",
        {"AWS Glue", "AWS Lambda", "Amazon Web Services", "ETL"},
        "Glue between teams, comfortable with SQL reporting.",
        {"SQL"},
    ),
    (
        "bedrock",
        REQ,
        "Experience with Bedrock or Azure OpenAI.",
        {"Amazon Bedrock", "Azure OpenAI", "Microsoft Azure"},
        "Bedrock of a small team, writing Python every day.",
        {"Python"},
    ),
    (
        "synapse",
        REQ,
        "Experience with Synapse, Databricks and Power BI.",
        {"Azure Synapse Analytics", "Databricks", "Microsoft Power BI"},
        "Synapse and neuron imaging research; analysis in MATLAB.",
        {"MATLAB"},
    ),
    (
        "purview",
        REQ,
        "Data governance with Purview and Unity Catalog.",
        {"Microsoft Purview", "Unity Catalog", "data governance"},
        "Purview of the audit team includes Excel workbooks.",
        {"Microsoft Excel"},
    ),
    (
        "quarto",
        REQ,
        "Reports in Quarto or R Markdown.",
        {"Quarto", "R Markdown"},
        "Quarto editions of rare books, catalogued in Excel.",
        {"Microsoft Excel"},
    ),
    (
        "robyn",
        REQ,
        "Experience with Robyn and Python.",
        {"Robyn", "Python"},
        "Robyn Jones leads the SQL guild.",
        set(),
    ),
    (
        "julia",
        REQ,
        "Numerical code in Julia, Python or MATLAB.",
        {"Julia", "Python", "MATLAB"},
        "Julia Roberts Hall hosts the Python meetup.",
        set(),
    ),
    (
        "shiny",
        REQ,
        "Apps in Shiny or Streamlit.",
        {"Shiny", "Streamlit"},
        "Shiny new laptops with Python preinstalled.",
        {"Python"},
    ),
]

ENGINEERING: list[Pair] = [
    (
        "pact",
        REQ,
        "Contract tests with Pact, plus pytest.",
        {"contract testing", "Pact", "pytest"},
        "Our Pact with partners keeps Python code open.",
        {"Python"},
    ),
    (
        "flux",
        REQ,
        "GitOps with Flux or Argo CD.",
        {"GitOps", "Flux", "Argo CD"},
        "Roadmaps in Flux while we move to Kubernetes.",
        {"Kubernetes"},
    ),
    (
        "cucumber",
        REQ,
        "BDD with Cucumber and Selenium.",
        {"behavior-driven development", "Cucumber", "Selenium"},
        "Cucumber sandwiches and pytest workshops on Fridays.",
        {"pytest"},
    ),
    (
        "poetry",
        REQ,
        "Python packaging with Poetry or pip.",
        {"Python", "Poetry", "pip"},
        "Poetry evenings and Python dojo nights.",
        {"Python"},
    ),
    (
        "envoy",
        REQ,
        "Experience with Envoy and Istio.",
        {"Envoy", "Istio"},
        "Envoy to the regional board; reporting in Excel.",
        {"Microsoft Excel"},
    ),
    (
        "sentry",
        REQ,
        "Error tracking with Sentry and Datadog.",
        {"Sentry", "Datadog"},
        "Sentry duty at the gate; logs kept in Excel.",
        {"Microsoft Excel"},
    ),
    (
        "vault",
        REQ,
        "Secrets in Vault, infrastructure in Terraform.",
        {"HashiCorp Vault", "Terraform"},
        "Vault Street office, a short walk; Python shop.",
        {"Python"},
    ),
    (
        "consul",
        REQ,
        "Service discovery with Consul and Nomad.",
        {"HashiCorp Consul", "HashiCorp Nomad"},
        "Consul General visits twice a year; reporting in Excel.",
        {"Microsoft Excel"},
    ),
    (
        "nomad",
        REQ,
        "Scheduling with Nomad or Kubernetes.",
        {"HashiCorp Nomad", "Kubernetes"},
        "Nomad Visa holders welcome; Python preferred.",
        {"Python"},
    ),
    (
        "chef",
        REQ,
        "Experience with Chef, Puppet or Ansible.",
        {"Chef", "Puppet", "Ansible"},
        "Chef Maria cooks lunch while Python reviews wrap up.",
        {"Python"},
    ),
    (
        "puppet",
        REQ,
        "Server builds in Puppet and Terraform.",
        {"Puppet", "Terraform"},
        "Puppet shows for the holiday party; SQL quiz too.",
        {"SQL"},
    ),
    (
        "stripe",
        REQ,
        "Payments with Stripe and PostgreSQL.",
        {"Stripe", "PostgreSQL"},
        "Stripe shirts are the dress code; Python is the code.",
        {"Python"},
    ),
    (
        "packer",
        REQ,
        "Images built with Packer and Terraform.",
        {"Packer", "Terraform"},
        "Packer Street depot; shift sheets in Excel.",
        {"Microsoft Excel"},
    ),
    (
        "vagrant",
        REQ,
        "Local environments with Vagrant or Docker.",
        {"Vagrant", "Docker"},
        "Vagrant Story fans, the Python chat is yours.",
        {"Python"},
    ),
    (
        "renovate",
        REQ,
        "Experience with Renovate or Dependabot.",
        {"Renovate", "Dependabot"},
        "Renovate the office by the summer; budget in Excel.",
        {"Microsoft Excel"},
    ),
    (
        "spinnaker",
        REQ,
        "Deployments with Spinnaker and Jenkins.",
        {"Spinnaker", "Jenkins"},
        "Spinnaker sails at the company regatta; Python talks after.",
        {"Python"},
    ),
    (
        "jaeger",
        REQ,
        "Tracing with Jaeger and OpenTelemetry.",
        {"Jaeger", "OpenTelemetry"},
        "Jaeger Smith leads our SQL training.",
        {"SQL"},
    ),
    (
        "varnish",
        REQ,
        "Experience with Varnish and Redis.",
        {"Varnish", "Redis"},
        "Varnish the floors before the SQL workshop.",
        {"SQL"},
    ),
    (
        "bicep",
        REQ,
        "Infrastructure as code in Bicep or Terraform.",
        {"infrastructure as code", "Bicep", "Terraform"},
        "Bicep curls in the gym, Python in the office.",
        set(),
    ),
    (
        "thrift",
        REQ,
        "Services speaking Thrift and gRPC.",
        {"Apache Thrift", "gRPC"},
        "Thrift Savings Plan enrolment questions go to the SQL team.",
        set(),
    ),
    (
        "pulsar",
        REQ,
        "Messaging with Kafka or Pulsar.",
        {"Apache Kafka", "Apache Pulsar"},
        "Pulsar astronomy background; analysis in Python.",
        {"Python"},
    ),
    (
        "spanner",
        REQ,
        "Databases such as Spanner or Bigtable.",
        {"Google Cloud Spanner", "Google Bigtable"},
        "Spanner and wrench skills; fault logs in Excel.",
        {"Microsoft Excel"},
    ),
    (
        "druid",
        REQ,
        "Real-time OLAP with Druid or ClickHouse.",
        {"OLAP", "Apache Druid", "ClickHouse"},
        "Druid in our tabletop club; SQL by day.",
        {"SQL"},
    ),
    (
        "mercurial",
        REQ,
        "Version control with Git or Mercurial.",
        {"version control", "Git", "Mercurial"},
        "Mercurial moods are fine; reviews in Python.",
        {"Python"},
    ),
    (
        "alembic",
        REQ,
        "Migrations with Alembic and SQLAlchemy.",
        {"Alembic", "SQLAlchemy"},
        "Alembic glassware at the museum; catalogue in Excel.",
        {"Microsoft Excel"},
    ),
    (
        "apollo",
        REQ,
        "GraphQL with Apollo and React.",
        {"GraphQL", "Apollo GraphQL", "React"},
        "Apollo Theatre visits; stage budgets in Excel.",
        {"Microsoft Excel"},
    ),
    (
        "lambda",
        REQ,
        "Event handlers in Lambda, data in DynamoDB.",
        {"AWS Lambda", "Amazon DynamoDB"},
        "Lambda Chi alumni club meets after the SQL course.",
        set(),
    ),
    (
        "aurora",
        REQ,
        "Managed databases such as Aurora or RDS.",
        {"Amazon Aurora", "Amazon RDS"},
        "Aurora, Colorado or remote; Python required.",
        {"Python"},
    ),
    (
        "elixir",
        REQ,
        "Backend services in Elixir and Erlang.",
        {"back-end development", "Elixir", "Erlang"},
        "Elixir of youth jokes aside, SQL is the job.",
        {"SQL"},
    ),
    (
        "elm",
        REQ,
        "Front ends in Elm or TypeScript.",
        {"Elm", "TypeScript"},
        "Elm Street office near the station; Python shop.",
        {"Python"},
    ),
    (
        "ruby",
        REQ,
        "Ruby and Python scripting.",
        {"Ruby", "Python"},
        "Ruby anniversary of the charity; reports in Excel.",
        {"Microsoft Excel"},
    ),
    (
        "sinatra",
        REQ,
        "Small services in Sinatra or Rails.",
        {"Sinatra", "Ruby on Rails"},
        "Sinatra karaoke at the party; Python afterwards.",
        {"Python"},
    ),
    (
        "tornado",
        REQ,
        "Async services in Tornado or FastAPI.",
        {"Tornado", "FastAPI"},
        "Tornado Alley field work; data cleaned in Python.",
        {"Python"},
    ),
    (
        "twisted",
        REQ,
        "Network code in Twisted or asyncio.",
        {"Twisted", "asyncio"},
        "Twisted ankles at football; Python daily.",
        {"Python"},
    ),
]

FRONT_AND_TEST: list[Pair] = [
    (
        "mocha",
        REQ,
        "Unit tests in Mocha or Jest.",
        {"Mocha", "Jest", "unit testing"},
        "Mocha and lattes, plus pytest tips on Fridays.",
        {"pytest"},
    ),
    (
        "jest",
        REQ,
        "Tests with Jest and Cypress.",
        {"Jest", "Cypress"},
        "Jest in fun: Python puns welcome.",
        {"Python"},
    ),
    (
        "locust",
        REQ,
        "Load testing with Locust or JMeter.",
        {"load testing", "Locust", "Apache JMeter"},
        "Locust Street office; Python and SQL.",
        {"Python", "SQL"},
    ),
    (
        "gatling",
        REQ,
        "Performance tests in Gatling or k6.",
        {"performance testing", "Gatling", "Grafana k6"},
        "Gatling gun history buffs with SQL welcome.",
        {"SQL"},
    ),
    (
        "cypress",
        REQ,
        "End-to-end tests with Cypress or Playwright.",
        {"end-to-end testing", "Cypress", "Playwright"},
        "Cypress, Texas or remote; SQL essential.",
        {"SQL"},
    ),
    (
        "playwright",
        REQ,
        "Browser tests in Playwright and TypeScript.",
        {"Playwright", "TypeScript"},
        "Playwright in residence at the Python school.",
        {"Python"},
    ),
    (
        "capybara",
        REQ,
        "Feature specs with RSpec and Capybara.",
        {"RSpec", "Capybara"},
        "Capybara plushies and Python stickers for new starters.",
        {"Python"},
    ),
    (
        "babel",
        REQ,
        "Build tooling with Babel and Webpack.",
        {"Babel", "Webpack"},
        "Babel of opinions, settled with SQL.",
        {"SQL"},
    ),
    (
        "leaflet",
        REQ,
        "Web maps with Leaflet or Mapbox.",
        {"Leaflet", "Mapbox"},
        "Leaflet drops for the campaign; lists in Excel.",
        {"Microsoft Excel"},
    ),
    (
        "bootstrap",
        REQ,
        "UI work with Bootstrap or Tailwind.",
        {"Bootstrap", "Tailwind CSS"},
        "Bootstrap a new office while learning Python.",
        {"Python"},
    ),
    (
        "gatsby",
        REQ,
        "Static sites with Gatsby or Next.js.",
        {"Gatsby", "Next.js"},
        "Gatsby-themed party, then Python office hours.",
        {"Python"},
    ),
    (
        "storybook",
        REQ,
        "Component libraries documented in Storybook and React.",
        {"Storybook", "React"},
        "Storybook reading at the library with Excel budgets.",
        {"Microsoft Excel"},
    ),
    (
        "puppeteer",
        REQ,
        "Experience with Puppeteer or Selenium.",
        {"Puppeteer", "Selenium"},
        "Puppeteer at the arts centre; ticketing in Excel.",
        {"Microsoft Excel"},
    ),
    (
        "jenkins",
        REQ,
        "CI with Jenkins and GitHub Actions.",
        {"CI/CD", "Jenkins", "GitHub Actions"},
        "Jenkins Hall is our SQL training room.",
        {"SQL"},
    ),
]

# Spellings with no guard on capitals, where the lower-case word or the capitalised place
# or phrase is everyday English.
UNGUARDED: list[Pair] = [
    (
        "react",
        REQ,
        "Front ends in React and TypeScript.",
        {"React", "TypeScript"},
        "React calmly to incidents in Python services.",
        {"Python"},
    ),
    (
        "react-lower",
        RESP,
        "Build UI components in react and typescript.",
        {"React", "TypeScript"},
        "Able to react to changing priorities with SQL reports.",
        {"SQL"},
    ),
    (
        "flex",
        REQ,
        "Rich clients in Flex and ActionScript.",
        {"Adobe Flex", "Adobe ActionScript"},
        "Flex working and SQL training from day one.",
        {"SQL"},
    ),
    (
        "forth",
        REQ,
        "Embedded work in Forth or C.",
        {"Forth", "C"},
        "Going back and forth with SQL users on requirements.",
        {"SQL"},
    ),
    (
        "jersey",
        REQ,
        "REST services in Java with Jersey or Spring.",
        {"REST APIs", "Java", "Eclipse Jersey", "Spring Framework"},
        "Based in New Jersey, with SQL and Excel.",
        {"SQL", "Microsoft Excel"},
    ),
    (
        "keynote",
        REQ,
        "Slides in Keynote or PowerPoint.",
        {"Apple Keynote", "Microsoft PowerPoint"},
        "Keynote speaker at our SQL summit.",
        set(),
    ),
    (
        "workday",
        REQ,
        "HR reporting in Workday and Excel.",
        {"Workday", "Microsoft Excel"},
        "A standard workday, with SQL tasks each morning.",
        {"SQL"},
    ),
    (
        "workspace",
        REQ,
        "Admin of Google Workspace and Okta.",
        {"Google Workspace", "Okta"},
        "A quiet workspace and Python training budget.",
        set(),
    ),
    (
        "ads",
        REQ,
        "Campaigns in Google Ads and Google Analytics.",
        {"Google Ads", "Google Analytics"},
        "Measure how our ads perform with SQL.",
        {"SQL"},
    ),
    (
        "domino",
        REQ,
        "Mail on Domino servers running Linux.",
        {"IBM Domino", "Linux"},
        "Avoid a domino effect when SQL jobs fail.",
        {"SQL"},
    ),
    (
        "tailwind",
        REQ,
        "Styling with tailwind and react.",
        {"Tailwind CSS", "React"},
        "Growth has a tailwind from SQL adoption.",
        {"SQL"},
    ),
    (
        "torch",
        REQ,
        "Models in torch and numpy.",
        {"PyTorch", "NumPy"},
        "Carry the torch for SQL quality.",
        {"SQL"},
    ),
    (
        "angular",
        REQ,
        "Front ends in Angular and TypeScript.",
        {"Angular", "TypeScript"},
        "Angular momentum problems in Python.",
        {"Python"},
    ),
    (
        "safari",
        REQ,
        "Tests in Safari with Selenium.",
        {"Apple Safari", "Selenium"},
        "Safari park visitor data analysed in SQL.",
        {"SQL"},
    ),
    (
        "blogger",
        REQ,
        "Posts published on Blogger and WordPress.",
        {"Blogger", "WordPress"},
        "A food blogger who knows Excel.",
        {"Microsoft Excel"},
    ),
    (
        "selenium",
        REQ,
        "UI tests with Selenium and Java.",
        {"Selenium", "Java"},
        "Selenium levels in soil samples, logged in Excel.",
        {"Microsoft Excel"},
    ),
    (
        "postman",
        REQ,
        "API testing with Postman and pytest.",
        {"API testing", "Postman", "pytest"},
        "A former postman who now writes SQL.",
        {"SQL"},
    ),
]

# Spellings found by the audit after the first fix, and the sentences of the issue that
# asked for the audit, in the lower case a posting writes them in.
LATER: list[Pair] = [
    (
        "ant",
        REQ,
        "Builds with Ant or Maven.",
        {"Apache Ant", "Apache Maven"},
        "Ant farm kits and SQL lessons for the kids' club.",
        {"SQL"},
    ),
    (
        "bamboo",
        REQ,
        "CI in Bamboo or Jenkins.",
        {"CI/CD", "Atlassian Bamboo", "Jenkins"},
        "Bamboo flooring in the office and Python on every laptop.",
        set(),
    ),
    (
        "hibernate",
        REQ,
        "Persistence with Hibernate and Spring Boot.",
        {"Hibernate ORM", "Spring Boot"},
        "Hibernate over the holidays while SQL jobs pause.",
        {"SQL"},
    ),
    (
        "salesforce",
        REQ,
        "Reports in Salesforce and Tableau.",
        {"Salesforce", "Tableau"},
        "Grow our salesforce of forty reps using Excel.",
        {"Microsoft Excel"},
    ),
    (
        "swagger",
        REQ,
        "Experience with Swagger and Postman.",
        {"OpenAPI", "Postman"},
        "Walk with swagger and write clean SQL.",
        {"SQL"},
    ),
    (
        "soda-lower",
        REQ,
        "Data quality checks with Soda and Great Expectations.",
        {"data quality", "Soda", "Great Expectations"},
        "A soda machine in the office, and we use Python.",
        {"Python"},
    ),
    (
        "pact-lower",
        REQ,
        "Consumer-driven contract tests in Pact.",
        {"contract testing", "Pact"},
        "A pact with our partners; stack: Go, Postgres.",
        {"Go", "PostgreSQL"},
    ),
    (
        "flux-lower",
        REQ,
        "Cluster state reconciled by Flux from Git.",
        {"Flux", "Git"},
        "Our team is in flux as we adopt Kubernetes.",
        {"Kubernetes"},
    ),
    (
        "cucumber-issue",
        REQ,
        "Feature files written as Cucumber scenarios.",
        {"Cucumber"},
        "Cucumber sandwiches on Fridays; we test with pytest.",
        {"pytest"},
    ),
]

# Where the scanner read a bullet wrongly when the bullets were written (strict: a fix
# must remove the mark).
KNOWN: dict[str, str] = {}

ALL_PAIRS = DATA_AND_ML + ENGINEERING + FRONT_AND_TEST + UNGUARDED + LATER


def _probes() -> list[Probe]:
    out: list[Probe] = []
    for pid, heading, tool, tool_skills, word, word_skills in ALL_PAIRS:
        out.append((f"{pid}-tool", heading, tool, tool_skills))
        out.append((f"{pid}-word", heading, word, word_skills))
    return out


ALL = _probes()


def _params() -> list[pytest.ParameterSet]:
    return probe_params(ALL, KNOWN)


def test_probe_ids_are_unique_and_known_failures_exist() -> None:
    ids = [p[0] for p in ALL]
    assert len(ids) == len(set(ids))
    assert set(KNOWN) <= set(ids)


@pytest.mark.parametrize(("heading", "text", "expected"), _params())
def test_posting_gives_exactly_the_labelled_hard_skills(
    heading: str, text: str, expected: set[str]
) -> None:
    assert hard_skills(posting(heading, text)) == expected
