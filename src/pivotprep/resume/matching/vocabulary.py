"""Word lists the skill matcher consults: context words that make an ambiguous name mean
the technology, and spellings too generic to screen a resume for.

Kept apart from taxonomy.py (which loads and matches) so each stays small; taxonomy.py
re-exports them under their old names.
"""

from __future__ import annotations

# Words that make an ambiguous name (Go, R, Swift ...) mean the technology.
CONTEXT_WORDS = frozenset(
    {
        "programming",
        "program",
        "language",
        "languages",
        "code",
        "coding",
        "developer",
        "development",
        "engineer",
        "engineering",
        "scripting",
        "script",
        "framework",
        "stack",
        "library",
        "libraries",
        "software",
        "tool",
        "tools",
        "experience",
        "proficient",
        "proficiency",
        "knowledge",
        "skills",
        "skill",
        "technologies",
        "written",
        "backend",
        "services",
        "apps",
        "app",
        "ios",
        "data",
        "big",
        "cluster",
        "jobs",
        "sql",
        # Where infrastructure and data tools are named ("configuration management with
        # Puppet or Chef", "a Rails app deployed on Heroku").
        "configuration",
        "infrastructure",
        "deployment",
        "deploy",
        "deployed",
        "automation",
        "pipeline",
        "pipelines",
        "platform",
        "platforms",
        "database",
        "databases",
        "frameworks",
        "devops",
        "cloud",
        "server",
        "servers",
        "api",
        "apis",
        "queries",
        "web",
    }
)
# Spellings too generic to screen a resume for: a posting that says "documentation",
# "monitoring" or "data analysis" describes the work, so these count as other keywords, not
# hard skills (chosen on the tune half of bench/data/ats; the labelling guide's rule). A
# specific alias of the same skill stays hard: "information security", not "security";
# "cybersecurity" names the field a posting works in (a domain word), as the labels do.
# Version control is not here: a posting that asks for source control screens for it.
# A requirement or preference that names "data analysis" asks for it (ASKED_DISCIPLINES).
GENERIC = frozenset(
    {
        # "web accessibility best practices" beside security and privacy: a domain word, as
        # the labels read it; WCAG (SPECIFIC) is the standard a screen checks.
        "accessibility",
        "automation",
        "artificial intelligence",
        # "big data" names a field ("code analysis and big data"), as the labels read it.
        "big data",
        "business intelligence",
        "cloud computing",
        "data analysis",
        "data cleaning",
        "data collection",
        "data management",
        "data pipelines",
        "data privacy",
        "diagramming",
        "documentation",
        "experiment design",
        "forecasting",
        # Domains a posting works in: matched by their forms (financial, FP&A), never screened.
        "finance",
        "healthcare",
        "e-commerce",
        "marketing",
        "supply chain",
        "front-end development",
        "incident management",
        # "agile or iterative development": the labels keep agile and read the rest as how
        # the team works (two tune postings of three)
        "iterative development",
        "large language models",
        "metrics",
        "monitoring",
        "open source",
        "optimization",
        "pair programming",
        "product analytics",
        "product management",
        "reporting",
        "research",
        "security",
        "security clearance",
        "segmentation",
        "software engineering",
        "troubleshooting",
    }
)
# Specific spellings of generic skills: these name a screened skill.
SPECIFIC = frozenset(
    {
        "information security",
        "application security",
        "secure coding",
        "wcag",
        "backend development",
        "back-end development",
        "dimensional modeling",
        "dimensional modelling",
        "star schema",
        "snowflake schema",
        "kimball",
        "etl pipelines",
        # a named practice a duty asks the candidate to do, not a description of the work
        "user research",
        "demand forecasting",
        "customer segmentation",
    }
)
# Bare spellings of specific skills that say nothing checkable ("statistical software");
# "web applications" names what is built, not how (the labelling guide's generic terms):
# "web development" stays a hard skill.
GENERIC_SPELLINGS = frozenset({"statistical", "web applications", "web apps"})
# Disciplines whose name is generic in a duty or a blurb ("insights gained from data
# analysis", "a survey data analysis platform") but a screened skill when a requirement or a
# preference asks the candidate for it ("Solid background in data analysis", "Bonus
# skills: Data analysis"): the labelling guide's named-disciplines rule. Only the spellings
# listed count ("analytics" stays generic): the name, or its standard form ("experimental
# design", "LLMs"), never a loose word ("experiments", "language models").
ASKED_DISCIPLINES: dict[str, frozenset[str]] = {
    "data analysis": frozenset({"data analysis"}),
    "data management": frozenset({"data management"}),
    # "Experience with data cleansing, processing, and wrangling" asks for it beside data
    # wrangling; "clean data" in a duty stays generic
    "data cleaning": frozenset({"data cleaning", "data cleansing"}),
    "product analytics": frozenset({"product analytics"}),
    "experiment design": frozenset(
        {"experiment design", "experimental design", "design of experiments"}
    ),
    # "LLM" alone mostly qualifies another noun ("LLM workflow design patterns")
    "large language models": frozenset({"large language models", "llms"}),
    # "Experience troubleshooting production systems" asks for it; "debugging" stays generic
    "troubleshooting": frozenset({"troubleshooting"}),
    # "Knowledge of Agile product management" asks for it; "roadmap" stays generic
    "product management": frozenset({"product management"}),
    # "A strong grasp of observability" asks for it; "monitoring" in a duty stays generic
    "monitoring": frozenset({"observability"}),
    "pair programming": frozenset({"pair programming"}),
    # "Advanced experience with front end development"; "our front end" names a thing
    "front-end development": frozenset(
        {
            "front-end development",
            "front end development",
            "frontend development",
            "front-end web development",
            "front end web development",
            "front end web programming",
        }
    ),
}
# The data stores code runs against: named in a stack section or paragraph ("Our stack:
# Python services against PostgreSQL and Redis"), they are asked like its languages, while
# its other tools are wished for (the labelling guide's stack rule; Kafka is one of the
# stores it names).
DATA_STORES = frozenset(
    {
        "PostgreSQL",
        "MySQL",
        "MariaDB",
        "SQLite",
        "Microsoft SQL Server",
        "Oracle Database",
        "Redis",
        "Memcached",
        "MongoDB",
        "CouchDB",
        "Apache Cassandra",
        "Amazon DynamoDB",
        "Amazon Aurora",
        "Amazon RDS",
        "Elasticsearch",
        "OpenSearch",
        "Neo4j",
        "InfluxDB",
        "TimescaleDB",
        "ClickHouse",
        "DuckDB",
        "Snowflake",
        "Google BigQuery",
        "Amazon Redshift",
        "Apache Kafka",
        "PostGIS",
    }
)
# Named practices and kinds of database that stay skills in front of a list of the tools
# that embody them ("continuous integration tools such as Jenkins", "relational databases
# such as PostgreSQL", "version control such as Git"): the labelling guide's exception to
# its category-word rule. Any other discipline written there ("data visualization tools
# such as Tableau", "ML frameworks (e.g. PyTorch)") only says what the tools are for.
CATEGORY_KEPT = frozenset(
    {
        "CI/CD",
        "version control",
        "relational databases",
        "NoSQL",
        "OLAP",
        "data warehousing",
        "data lake",
        "message queues",
        "ETL",
        "configuration management",
        "infrastructure as code",
        "containerization",
        "serverless computing",
        "DevOps",
        "Agile",
        "Scrum",
        "code review",
        "automated testing",
        "unit testing",
        "integration testing",
        "end-to-end testing",
        "regression testing",
        "load testing",
        "performance testing",
        "test-driven development",
        "Unix",
        "Linux",
        # techniques and kinds of system the tools after them embody ("A/B testing
        # platforms such as Optimizely", "distributed computing frameworks such as Spark")
        "A/B testing",
        "stream processing",
        "distributed computing",
        "data orchestration",
        "data quality",
        "change data capture",
        "feature stores",
        "caching",
        "load balancing",
        "single sign-on",
        "penetration testing",
        "static analysis",
        # kinds of system and practices a posting asks for by the tools after them ("vector
        # databases such as Pinecone", "experiment tracking tools such as MLflow")
        "vector databases",
        "experiment tracking",
        "service mesh",
        "feature flags",
        "MLOps",
        "GitOps",
    }
)
# Skills written inside the spellings of another that a posting asks for as well: "deploying
# ML models" (model deployment) names machine learning, "fine-tuning LLMs" large language
# models, "relational database schemas" (data modeling) relational databases. Only these
# are read inside a longer match: most names hold other names ("Microsoft SQL Server",
# "Spark MLlib", "Azure Machine Learning") without asking for them apart.
NESTED: dict[str, frozenset[str]] = {
    "model deployment": frozenset({"machine learning", "deep learning", "large language models"}),
    "fine-tuning": frozenset({"large language models"}),
    "data modeling": frozenset({"relational databases"}),
}
# Named in postings, yet no keyword at all, not even an other keyword: chat and meeting
# apps describe how a remote team works ("Familiarity with Slack, Zoom"), and nobody
# screens a resume for them.
NOT_KEYWORDS = frozenset({"Google", "Google Meet", "Slack", "Zoom"})
# English words that are an acronym of the taxonomy with a plural s ("does" is DOE's,
# "rests" REST's, "icons" ICON's): written in lower case they are the word, never the
# acronym, where "etls", "apis" and "llms" are the acronyms (taxonomy._lower_plural).
LOWER_PLURAL_WORDS = frozenset(
    """basics blasts coms does icons ides oops rags rests sans saps spas spices lisps gimps
    elks sams awks""".split()  # noqa: SIM905
)
