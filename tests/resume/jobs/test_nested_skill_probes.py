"""Skills written inside longer phrases and coordinated phrases must each be read apart
(matching/taxonomy.py, matching/ellipsis.py, jobs/).

A skill is often written inside the name of another ("deploying ML models" names machine
learning and model deployment; "fine-tuning LLMs" names fine-tuning and large language
models), shares a head or a modifier with its neighbours ("unit, integration and end-to-end
testing"; "data cleansing, processing, and wrangling"), is written hyphenated or inflected
("red-teaming", "containerised", "load-balancing", "fine-tuned"), or sits in a list after a
label that ends in a colon ("Applications (Scala, Go, Python): Builds ..."). Each probe is
one bullet placed in a short posting like those of test_skill_coverage_probes.py. `must`
holds the hard skills the labelling guide of bench/data/ats/README.md makes keywords of the
bullet, by their canonical taxonomy names; `must_not` holds skills a careless reading would
find in it (ordinary English that looks like a skill, a shared word that joins nothing).
Other skills the bullet gives are not checked here: test_skill_coverage_probes.py checks
whole bullets.

The bullets were written for this file from how job ads are worded, not from any
evaluation posting, and labelled before the scanner read them.
"""

from __future__ import annotations

import pytest

from tests.resume.jobs.test_asking import hard_skills
from tests.resume.jobs.test_skill_coverage_probes import REQ, RESP, posting
from tests.resume.probes import probe_params

Probe = tuple[str, str, str, set[str], set[str]]

NESTED: list[Probe] = [
    (
        "deploy-ml-k8s",
        REQ,
        "Track record of deploying ML models on Kubernetes.",
        {"machine learning", "model deployment", "Kubernetes"},
        set(),
    ),
    (
        "deploy-ml-spelled",
        REQ,
        "Experience deploying machine learning models to production.",
        {"machine learning", "model deployment"},
        set(),
    ),
    (
        "serve-ml",
        REQ,
        "Experience serving ML models behind low-latency services.",
        {"machine learning", "model deployment"},
        set(),
    ),
    (
        "deploy-ml-containerised",
        RESP,
        "Deploy ML models as containerised services.",
        {"machine learning", "model deployment", "containerization"},
        set(),
    ),
    (
        "ml-deployment",
        REQ,
        "Hands-on experience with ML deployment and model monitoring.",
        {"machine learning", "model deployment", "model monitoring"},
        set(),
    ),
    (
        "train-and-deploy-ml",
        REQ,
        "Experience training and deploying ML models.",
        {"machine learning", "model deployment"},
        set(),
    ),
    (
        "build-deploy-sagemaker",
        RESP,
        "Build and deploy machine learning models on Amazon SageMaker.",
        {"machine learning", "model deployment", "Amazon SageMaker"},
        set(),
    ),
    (
        "fine-tuning-llms",
        REQ,
        "Hands-on experience fine-tuning LLMs on company data.",
        {"fine-tuning", "large language models"},
        set(),
    ),
    (
        "fine-tuned-lora",
        REQ,
        "You have fine-tuned open-weight LLMs with LoRA.",
        {"fine-tuning", "large language models", "LoRA"},
        set(),
    ),
    (
        "fine-tuning-spelled",
        REQ,
        "Experience fine-tuning large language models for retrieval tasks.",
        {"fine-tuning", "large language models"},
        set(),
    ),
    (
        "relational-schemas",
        REQ,
        "Experience designing relational database schemas in PostgreSQL.",
        {"data modeling", "relational databases", "PostgreSQL"},
        set(),
    ),
    (
        "productionize",
        RESP,
        "Productionize models built by our data scientists.",
        {"model deployment"},
        set(),
    ),
    (
        "serving-llms-vllm",
        REQ,
        "Experience serving LLMs with vLLM or similar.",
        {"large language models", "vLLM"},
        set(),
    ),
    (
        "deploy-dl",
        REQ,
        "Experience deploying deep learning models on GPUs.",
        {"deep learning", "model deployment"},
        set(),
    ),
    (
        "finetuning-one-word",
        REQ,
        "Experience finetuning LLMs for customer support.",
        {"fine-tuning", "large language models"},
        set(),
    ),
    # ordinary English around the same words
    (
        "machine-comma-learning",
        RESP,
        "Run the packing machine, learning each step from our team.",
        set(),
        {"machine learning"},
    ),
    (
        "deploying-models-of",
        RESP,
        "Support deploying models of our new tills in every shop.",
        set(),
        {"model deployment", "machine learning"},
    ),
    (
        "fashion-models",
        RESP,
        "Book models for photo shoots and manage their travel.",
        set(),
        {"machine learning", "model deployment"},
    ),
]

COORDINATED: list[Probe] = [
    (
        "unit-int-e2e-tests",
        RESP,
        "Write unit, integration and end-to-end tests for every feature.",
        {"unit testing", "integration testing", "end-to-end testing"},
        set(),
    ),
    (
        "unit-int-e2e-testing",
        REQ,
        "Experience with unit, integration, and end-to-end testing.",
        {"unit testing", "integration testing", "end-to-end testing"},
        set(),
    ),
    (
        "relational-nosql",
        REQ,
        "Experience with relational and NoSQL databases.",
        {"relational databases", "NoSQL"},
        set(),
    ),
    (
        "sql-nosql",
        REQ,
        "Comfortable with both SQL and NoSQL databases.",
        {"SQL", "NoSQL"},
        set(),
    ),
    (
        "batch-streaming",
        RESP,
        "Build batch and streaming pipelines on GCP.",
        {"stream processing", "Google Cloud Platform"},
        set(),
    ),
    (
        "load-perf",
        REQ,
        "Experience with load and performance testing.",
        {"load testing", "performance testing"},
        set(),
    ),
    (
        "sup-unsup",
        REQ,
        "Familiarity with supervised and unsupervised learning.",
        {"supervised learning", "unsupervised learning"},
        set(),
    ),
    (
        "sup-unsup-rl",
        REQ,
        "Experience with supervised, unsupervised and reinforcement learning methods.",
        {"supervised learning", "unsupervised learning", "reinforcement learning"},
        set(),
    ),
    (
        "deep-rl",
        REQ,
        "Knowledge of deep and reinforcement learning.",
        {"deep learning", "reinforcement learning"},
        set(),
    ),
    (
        "fe-be",
        REQ,
        "Experience with front-end and back-end development.",
        {"front-end development", "back-end development"},
        set(),
    ),
    (
        "unit-int-slash",
        REQ,
        "Experience with unit/integration testing frameworks like pytest.",
        {"unit testing", "integration testing", "pytest"},
        set(),
    ),
    (
        "relational-doc-graph",
        REQ,
        "Experience designing relational, document and graph databases.",
        {"relational databases"},
        set(),
    ),
    (
        "stat-ml-models",
        REQ,
        "Experience building statistical and machine learning models.",
        {"machine learning"},
        set(),
    ),
    (
        "docker-k8s-based",
        REQ,
        "Experience with Docker- and Kubernetes-based deployments.",
        {"Docker", "Kubernetes"},
        set(),
    ),
    (
        "static-dynamic",
        REQ,
        "Experience with static and dynamic analysis tools.",
        {"static analysis"},
        set(),
    ),
    (
        "oop-fp",
        REQ,
        "Experience with object-oriented and functional programming.",
        {"object-oriented programming", "functional programming"},
        set(),
    ),
    (
        "timeseries-relational",
        REQ,
        "Experience with time-series and relational databases.",
        {"time-series databases", "relational databases"},
        set(),
    ),
    (
        "machine-deep",
        REQ,
        "Experience with machine and deep learning.",
        {"machine learning", "deep learning"},
        set(),
    ),
    (
        "ci-cd-iac",
        REQ,
        "Experience with CI/CD and infrastructure as code.",
        {"CI/CD", "infrastructure as code"},
        set(),
    ),
    # a shared modifier in front ("data cleansing, processing, and wrangling")
    (
        "data-cleansing-wrangling",
        REQ,
        "Experience with data cleansing, processing, and wrangling using tools such as Python.",
        {"data cleaning", "data wrangling", "Python"},
        set(),
    ),
    (
        "model-train-eval-deploy",
        REQ,
        "Experience with model training, evaluation and deployment.",
        {"model evaluation", "model deployment"},
        set(),
    ),
    (
        "data-ingest-quality",
        RESP,
        "Own data ingestion, transformation and quality checks for the warehouse.",
        {"data transformation", "data quality"},
        set(),
    ),
    # shared words that join nothing
    (
        "unit-pricing",
        RESP,
        "Unit pricing, testing and labelling of stock on the shop floor.",
        set(),
        {"unit testing"},
    ),
    (
        "load-planning",
        RESP,
        "Load planning, balancing and dispatch for the truck fleet.",
        set(),
        {"load balancing"},
    ),
    (
        "batch-express",
        RESP,
        "Help customers choose between batch and express delivery.",
        set(),
        {"stream processing"},
    ),
    (
        "unit-int-events",
        RESP,
        "Staff the unit and integration events for new hires.",
        set(),
        {"unit testing", "integration testing"},
    ),
    (
        "test-of-time",
        RESP,
        "Keep our recipes, which have stood the test of time, consistent.",
        set(),
        {"unit testing", "automated testing", "quality assurance"},
    ),
    (
        "deep-lasting",
        RESP,
        "Encourage deep and lasting learning in our classrooms.",
        set(),
        {"deep learning"},
    ),
    (
        "unit-int-plan",
        RESP,
        "Read the unit and integration plan for the new ward.",
        set(),
        {"unit testing", "integration testing"},
    ),
]

INFLECTED: list[Probe] = [
    (
        "red-teaming-exp",
        RESP,
        "Run red-teaming experiments on our chat models.",
        {"red teaming"},
        set(),
    ),
    (
        "red-team-suitability",
        REQ,
        "Experience red-teaming models to test the suitability and safety of their answers.",
        {"red teaming"},
        set(),
    ),
    (
        "red-team-verb",
        RESP,
        "Red-team our new assistant features before each launch.",
        {"red teaming"},
        set(),
    ),
    (
        "containerised",
        RESP,
        "Ship containerised services to production.",
        {"containerization"},
        set(),
    ),
    (
        "containerized-k8s",
        REQ,
        "Experience running containerized workloads on Kubernetes.",
        {"containerization", "Kubernetes"},
        set(),
    ),
    (
        "containerising-docker",
        REQ,
        "Experience containerising legacy apps using Docker.",
        {"containerization", "Docker"},
        set(),
    ),
    (
        "load-balancing-hyphen",
        RESP,
        "Configure load-balancing and caching for our public services.",
        {"load balancing", "caching"},
        set(),
    ),
    (
        "fine-tuned-hf",
        REQ,
        "You have fine-tuned transformer models with Hugging Face.",
        {"fine-tuning", "Hugging Face Transformers"},
        set(),
    ),
    (
        "load-testing-k6",
        REQ,
        "Experience load-testing services with k6 or Locust.",
        {"load testing", "Grafana k6", "Locust"},
        set(),
    ),
    (
        "unit-tested",
        RESP,
        "Write unit-tested, well-documented Python code.",
        {"unit testing", "Python"},
        set(),
    ),
    (
        "dockerised",
        RESP,
        "Build and run dockerised microservices.",
        {"Docker", "microservices"},
        set(),
    ),
    (
        "pen-tested",
        REQ,
        "Experience pen-testing web services and APIs.",
        {"penetration testing"},
        set(),
    ),
    (
        "ab-tested",
        REQ,
        "Experience A/B-testing product changes.",
        {"A/B testing"},
        set(),
    ),
    (
        "containerisation",
        RESP,
        "Drive the containerisation of our legacy services.",
        {"containerization"},
        set(),
    ),
    (
        "load-balancers-hyphen",
        RESP,
        "Configure load-balancers and DNS for new services.",
        {"load balancing"},
        set(),
    ),
    (
        "fine-tune-rota",
        RESP,
        "Fine-tune the weekly rota with the store manager.",
        set(),
        {"fine-tuning"},
    ),
]

COLON_LABELS: list[Probe] = [
    (
        "applications-label",
        RESP,
        "Applications (Scala, Go, Python, and Frontend tools): Builds CLI/Web applications "
        "for internal teams.",
        {"Scala", "Go", "Python"},
        set(),
    ),
    (
        "data-label",
        RESP,
        "Data (SQL, dbt, Airflow): Owns the warehouse models and their tests.",
        {"SQL", "dbt", "Apache Airflow"},
        set(),
    ),
    (
        "infra-label",
        RESP,
        "Infrastructure (Terraform, AWS): Maintains our cloud accounts.",
        {"Terraform", "Amazon Web Services"},
        set(),
    ),
    (
        "backend-label",
        RESP,
        "Backend (Python, PostgreSQL, Redis): Designs and runs our public APIs.",
        {"Python", "PostgreSQL", "Redis"},
        set(),
    ),
    (
        "languages-label",
        REQ,
        "Languages: Python, TypeScript and Go.",
        {"Python", "TypeScript", "Go"},
        set(),
    ),
    (
        "stack-label",
        REQ,
        "Stack: Python, Django and PostgreSQL.",
        {"Python", "Django", "PostgreSQL"},
        set(),
    ),
    (
        "tooling-label",
        RESP,
        "Tooling (Docker, GitHub Actions): Keeps our builds fast.",
        {"Docker", "GitHub Actions"},
        set(),
    ),
]

# Probes the scanner is expected to fail, with why (strict: a pass is reported).
KNOWN: dict[str, str] = {
    "deep-lasting": "the shared head reads 'deep ... learning' as deep learning",
    "fine-tune-rota": "'fine-tune' matches without any model nearby",
}

ALL = NESTED + COORDINATED + INFLECTED + COLON_LABELS


def _params(probes: list[Probe]) -> list[pytest.ParameterSet]:
    return probe_params(probes, KNOWN)


def test_probe_ids_are_unique_and_known_failures_exist() -> None:
    ids = [p[0] for p in ALL]
    assert len(ids) == len(set(ids))
    assert set(KNOWN) <= set(ids)
    assert all(p[3] or p[4] for p in ALL)  # each probe checks something


@pytest.mark.parametrize(("heading", "text", "must", "must_not"), _params(ALL))
def test_bullet_gives_its_nested_skills_and_not_the_guarded(
    heading: str, text: str, must: set[str], must_not: set[str]
) -> None:
    found = hard_skills(posting(heading, text))
    assert (must - found, found & must_not) == (set(), set())


# The engineering teams listed in the company text, each with its stack in brackets before
# a colon: the team the role is on names the stack the job writes in (the labelling
# guide's stack rule); the other teams' stacks are another team's stack.
TEAMS_POSTING = (
    "Senior Engineer in the Platform team\n"
    "Acme builds tools that turn source code into data for engineering managers.\n"
    "Engineering at Acme\n"
    "Engineering consists of three teams:\n"
    "- Platform (Scala, Python, and Frontend tools): Builds web applications for our users.\n"
    "- Research (C++ and Julia): Performs R&D on models of code.\n"
    "- Infrastructure (Go): Manages our servers and their deployments.\n"
    "Role\n"
    "This position is for a Senior Engineer in the Platform team.\n"
    "- You will be expected to have strong backend coding skills in Kotlin.\n"
)


def test_the_roles_own_team_line_names_its_stack() -> None:
    found = hard_skills(TEAMS_POSTING)
    assert ({"Kotlin", "Scala", "Python"} - found, found & {"C++", "Julia", "Go"}) == (
        set(),
        set(),
    )


def test_the_own_team_line_asks_nothing_the_posting_says_is_not_needed() -> None:
    """A stack item the posting names under a negation leaves the team line company text
    (the guide: a list under a negation gives non-keywords)."""
    text = TEAMS_POSTING.replace(
        "- You will",
        "- We occasionally code in Scala, but prior knowledge of it is not required.\n- You will",
    )
    found = hard_skills(text)
    assert ("Kotlin" in found, found & {"Scala", "Python", "C++", "Julia", "Go"}) == (True, set())
