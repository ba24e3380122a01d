"""Text that asks for nothing makes no keyword wherever it sits in a posting, while the asks
beside it keep theirs (jobs/asking.py, jobs/headings.py, report/scoring.py).

Each fragment is a kind of text real postings carry (company blurb, investors, customers,
perks, equal-opportunity and eligibility statements, hiring logistics, links, negations),
written here from scratch. It is tried twice: before the requirements, after a neutral
opening line, and after them, where a fragment without a heading of its own still sits
under "Requirements", as postings that end with their company text leave it.
"""

from __future__ import annotations

import pytest

from pivotprep.resume.documents.reading import read_job
from pivotprep.resume.jobs.asking import blocked_spans, sentence_reason
from pivotprep.resume.report.scoring import ResumeText, scan
from pivotprep.resume.service import job_input

RESUME = "Sam Lee\nBackend Engineer\nExperience\n- Built Java services on PostgreSQL\n"
OPENING = "We are growing the engineering group this year and hope to meet you soon.\n"
ASKS = (
    "Requirements\n"
    "- 3+ years of experience with PostgreSQL and Terraform\n"
    "- You will build services in Java\n"
)
ASKED = {"PostgreSQL", "Terraform", "Java"}

NOISE = {
    "company-heading": "About Lumenfold\nLumenfold runs Kafka and Kubernetes for 300 clinics.",
    "who-we-are": "Who we are\nA small group that loves Rust, Elixir and Haskell.",
    "investors": "Our investors include the people who started Redis and MongoDB.",
    "backed-by": "We're backed by angels from Snowflake, Datadog and HashiCorp.",
    "customers": "Our customers include Salesforce, Tableau and Atlassian.",
    "rely-on-us": "Shops such as Shopify and GitLab rely on our platform every day.",
    "trust-us": "Data teams at Snowflake and Databricks trust us with their warehouses.",
    "leading": "Lumenfold is the leading provider of Kafka-based event tooling for retail.",
    "since": "Since 2014 we have moved banks' Oracle workloads to managed clouds.",
    "integrates": "Our app integrates with Salesforce, HubSpot and Zendesk.",
    "partner": "We're proud to be an AWS Advanced Technology Partner.",
    "stars": "Our open source SDKs for Rust and TypeScript have 9k stars on GitHub.",
    "former-engineers": "Our founders are former Google and Stripe engineers.",
    "team-past": "You'll join engineers who previously built Hadoop at Yahoo.",
    "values": "We value written notes over meetings and prefer async work in GitHub issues.",
    "handbook": "Our handbook is public on GitHub and written in Markdown.",
    "meetup": "We sponsor the local Rust meetup and a yearly Kotlin hackathon.",
    "life-at": "Life at Lumenfold\nFriday demos, a Scala book club and Kubernetes meetups.",
    "what-we-do": "What we do\nWe build Ansible playbooks and Grafana boards for clinics.",
    "our-product": "Our product\nA React and GraphQL console that clinics use to book rooms.",
    "blog-podcast": (
        "Read our engineering blog on leaving MySQL for CockroachDB. "
        "Our podcast covers Kotlin and GraphQL."
    ),
    "perks": "Perks\n- Free Python and Go courses\n- A laptop with Linux or macOS",
    "perks-unnamed-heading": (
        "The good stuff\n- Free Python and Go courses every quarter\n"
        "- We pay for your Kubernetes certification"
    ),
    "what-we-offer": "What we offer\n- A yearly budget for PyCon or KubeCon tickets",
    "you-will-get": "You'll get a JetBrains licence and GitHub Copilot.",
    "equal-opportunity": (
        "Equal opportunity\nLumenfold hires without regard to race, religion or "
        "disability, whether you write Python or COBOL."
    ),
    "diversity": "We celebrate diversity and keep an inclusive workplace for Java and Ruby folks.",
    "e-verify": "This employer participates in E-Verify and checks I-9 data in Oracle HR.",
    "accommodation": "Reasonable accommodation requests go through our Greenhouse form.",
    "eligibility": "Applicants must be authorized to work in the US; no Python visa sponsorship.",
    "clearance": "Candidates must obtain and maintain a government clearance on Linux systems.",
    "telework": "The role is eligible for telework, and staff use Microsoft Teams to meet.",
    "interviews": "Interviews take place over Zoom; you can code in Python or Java there.",
    "recruiter": "Your recruiter, Ruby Chen, will reach out within a week.",
    "documents": "Documents in Word or Excel format will not be accepted.",
    "email": "Questions go to python-jobs@lumenfold.org with Kafka in the subject.",
    "links": (
        "Learn more at https://github.com/lumenfold/terraform-provider and "
        "lumenfold.ai/blog/spark-notes"
    ),
    "ats-host": "Apply at lumenfold.breezy.hr/p/senior-python-engineer today.",
    "program": "The Civic Data Corps is a two-year fellowship for technologists in Python.",
    "similar-jobs": "Similar jobs\nSenior Python Developer - Acme - Remote\nGo Engineer - Beta",
    "other-open-roles": "Other open roles\n- Rust Engineer\n- Kubernetes Platform Lead",
    "testimonial": '"In a year here I finally learned Rust and Elixir." - Priya, Backend Engineer',
    "share": "Share this job on LinkedIn or Facebook.",
    "referral": "Know someone great? Refer them and earn a Python-themed hoodie.",
    "people": "You'll work with Ruby Martinez (Head of Data) and Julia Chen, our CTO.",
    "form": "Apply for this job\nFirst name *\nResume/CV *\nLinkedIn profile\nGitHub URL",
    "form-note": "Google Docs links are not accepted.",
    "backers": "Our backers are the teams behind Redis and Elastic.",
    "backing-from": "With backing from Sequoia and angels at Snowflake, we grow fast.",
    "supported-by": "We are supported by Y Combinator and the makers of Kubernetes.",
    "customers-include": "Customers include Atlassian, Datadog and MongoDB.",
    "among-customers": "Among our customers are Shopify, Stripe and Databricks.",
    "clients-heading": "Clients: Salesforce, Oracle and SAP.",
    "named-blog": "Read about our Snowflake move on the Lumenfold Engineering Blog.",
    "legal-citation": "Appointments follow 5 CFR 213.3102(r) and 5 U.S.C. 3319.",
    "raised": "We've raised >$12 million from Otium and others to grow our Go tooling.",
    "venture-backed": "We are a venture-backed startup building a Rust database.",
    "bootstrapped": "We're bootstrapped and profitable, running everything on Heroku.",
    "goal": "Our goal is to make Kafka easy for every clinic in Europe.",
    "users-count": "Over 40,000 developers use our open source Python SDK.",
    "award": "We won the 2023 AWS Startup Award for our Terraform modules.",
    "product-features": "Our product ships feature flags, A/B testing and heatmaps.",
    "retreat": "Twice a year we meet for a retreat, last time with a Python sprint in Kyoto.",
    "reports-to": "This role reports to the VP of Engineering, a former Oracle DBA.",
    "other-teams": "Other teams at Lumenfold\n- Infrastructure (Kubernetes, CoreOS)\n- ML (C++)",
    "our-teams": "Our teams\nPlatform works in Go and Scala; Data runs Spark.",
    "engineering-culture": "Engineering culture\nWe do code review on GitHub every day.",
    "equal-employment": "Lumenfold provides equal employment opportunities to all Java engineers.",
    "equal-pay": "Under the Equal Pay for Equal Work Act, the range for this Python role is $150k.",
    "core-hours": "Core hours are 10am-3pm, as long as the Kafka on-call rota is covered.",
    "learning-days": "Every engineer gets two days a month to learn anything, from Rust to Elixir.",
    "conferences": "We send the team to PyCon, RustConf and KubeCon every year.",
    "yearly-budget": "Everyone gets a yearly budget of $1,500 for Python books.",
    "trends": "Stay abreast of trends in subjects such as Rust and WebAssembly.",
    "is-a-company": "Lumenfold is a 40-person company that runs Kafka for clinics.",
    "is-a-platform": "Lumenfold is an open-source analytics platform with A/B testing built in.",
    "part-of": "The studio is part of Lumenfold Group, which resells AWS and Azure.",
    "copyright": "\u00a9 2025 Lumenfold Inc. Python is a registered trademark of the PSF.",
    "suitability": "Trust determination process: Suitability/Fitness.",
    "verified": "What you list may be verified by a review of your Python and SQL work.",
    "travel": "Travel required: occasional travel, up to 10% for AWS summits.",
    "what-to-expect": "What to expect\n1. A call\n2. A Python exercise\n3. A Kafka design chat",
    "how-we-hire": "How we hire\nA call, then a take-home case study in Python or Scala.",
    "other-team": "You'll collaborate with the Infrastructure team, which runs Kubernetes.",
    "other-colleagues": "You'll work with our data engineers, who maintain the Airflow pipelines.",
    "run-by-a-team": "Our deployment runs on AWS, maintained by the platform team.",
    "other-product-stack": (
        "Our mobile apps are written in Swift and Kotlin; our routing engine is C++; this role "
        "is on the API team."
    ),
    "other-team-stack": (
        "Our product engineering team works in TypeScript and Go; the data team you'd join "
        "is four people."
    ),
}
NEGATIONS = {
    "dont-need": "You don't need experience with Kubernetes or Helm.",
    "not-required": "Experience with Scala is not required.",
    "no-experience-necessary": "No Haskell experience necessary.",
    "no-x-required": "No Ruby required.",
    "no-exposure": "No previous Kotlin exposure required.",
    "not-a-must": "Familiarity with Elixir is not a must.",
    "unnecessary": "Prior Clojure experience is unnecessary.",
    "out-of-scope": "Frontend work in React is out of scope for this role.",
    "rather-than": "We chose plain queries rather than Hibernate or SQLAlchemy.",
    "not-an-x-role": "This is not a React role.",
    "without-background": "You can thrive here without any Go or Rust background.",
    "without-a-name": "You can do this job well without Excel or Tableau.",
    "never": "You will never write COBOL here.",
    "havent-used": "If you haven't worked with Kafka, that's fine.",
    "never-used": "Never used Airflow? We will teach you.",
    "no-expectation": "There is no expectation that you know Rust.",
    "nobody-expects": "Nobody expects you to know Ansible on day one.",
    "moved-away": "We moved away from MongoDB last year.",
    "no-longer": "We no longer use CoffeeScript.",
    "name-with-a-dot": "We do not accept agency CVs for Java or .NET placements.",
    "no-plans": "We have no plans to adopt blockchain or Kubernetes any time soon.",
    "not-going-to": "We aren't going to use { machine learning | Kafka } any time soon.",
    "dont-need-heading": "You don't need:\n- Kubernetes experience\n- a Scala background",
    "not-required-heading": "Not required\n- Kubernetes\n- Scala",
    "dont-care-heading": "What we don't care about\n- Years of Kubernetes or Scala experience",
    "no-x-question": "No Go experience? No problem.",
    "new-to-question": "New to Kubernetes? We'll pair you with someone who isn't.",
    "by-no-means": "Prior exposure to Elixir is by no means required.",
    "zero-is-fine": "Zero Kotlin experience is fine.",
    "no-experience-in": "No experience in Rust? That's totally fine.",
    "moved-on-from": "We have moved on from Angular to plain web components.",
    "wont-touch": "The apps are Swift and Kotlin, but you won't touch them.",
    "wont-touch-curly": "The apps are Swift and Kotlin, but you won\u2019t touch them.",
    "not-something-we-look-for": "Experience with Hadoop is not something we look for.",
}


def keywords_from(fragment: str, where: str) -> tuple[set[str], set[str]]:
    """The hard skills the scan takes from `fragment`, and those from the asks."""
    body = fragment.strip("\n") + "\n"
    if where == "before":
        text = "Backend Engineer\n" + OPENING + body + ASKS
    else:
        text = "Backend Engineer\n" + ASKS + body + OPENING
    start = text.index(body)
    end = start + len(body)
    report = scan(ResumeText.from_text(RESUME), job_input(read_job(text)))
    inside: set[str] = set()
    outside: set[str] = set()
    for keyword in report.keywords:
        if keyword.kind != "hard_skills":
            continue
        for s, e in keyword.job_spans:
            (inside if start <= s and e <= end else outside).add(keyword.name)
    return inside, outside


@pytest.mark.parametrize("where", ["before", "after"])
@pytest.mark.parametrize(
    "fragment", list(NOISE.values()) + list(NEGATIONS.values()), ids=list(NOISE) + list(NEGATIONS)
)
def test_text_that_asks_for_nothing_makes_no_keyword(fragment: str, where: str) -> None:
    inside, outside = keywords_from(fragment, where)
    assert inside == set()
    assert outside >= ASKED


@pytest.mark.parametrize("where", ["before", "after"])
@pytest.mark.parametrize(
    ("fragment", "asked"),
    [
        ("Our stack\nPython, Django, PostgreSQL and Redis on AWS.", {"Python", "Django", "Redis"}),
        ("Tech stack\n- Go and Kafka\n- PostgreSQL on GCP", {"Go", "Apache Kafka"}),
        ("What you'll do\n- Deploy without downtime using Kubernetes", {"Kubernetes"}),
        ("Requirements\n- Experience with Python, not just SQL", {"Python", "SQL"}),
        ("Requirements\n- Not only SQL but also dbt", {"SQL", "dbt"}),
        ("Requirements\n- You are not afraid of Linux internals", {"Linux"}),
        ("Requirements\n- Debugging race conditions in Go services", {"Go"}),
        ("Requirements\n- Ability to apply statistical methods in Python", {"Python"}),
        ("Requirements\n- Instead of Jenkins, we use GitHub Actions", {"GitHub Actions"}),
        ("Requirements\n- If you haven't used Airflow, you must know Prefect", {"Prefect"}),
        ("Requirements\n- Experience with .NET and C#; no need for Java", {".NET", "C#"}),
        ("Requirements\n- Integrate with Salesforce APIs", {"Salesforce"}),
        ("Requirements\n- Engineers who have built Spark jobs at scale", {"Apache Spark"}),
        ("Requirements\n- We value experience with Snowflake", {"Snowflake"}),
        ("Nice to have (not required)\n- Kubernetes and Scala", {"Kubernetes", "Scala"}),
        ("What you'll do\n- Join the Data team, which owns our Snowflake warehouse", {"Snowflake"}),
        ("The data team you'd join works in Python and dbt; our apps use Go.", {"Python", "dbt"}),
        ("Our data team writes Python and dbt, and you will join it.", {"Python", "dbt"}),
        ("Requirements\n- Snowflake is a platform you will run every day", {"Snowflake"}),
        ("You'll fit right in if\n- You've shipped TypeScript", {"TypeScript"}),
        ("Things that would be nice\n- Experience with Kafka", {"Apache Kafka"}),
        ("Requirements\n- You never stop learning and you write fluent Python", {"Python"}),
        ("Requirements\n- You can't resist tuning slow SQL queries", {"SQL"}),
        ("Requirements\n- Java and Spring Boot, to Lead Engineer level", {"Java", "Spring Boot"}),
        ("Location: Remote (EU)\n- Build pipelines in Python and dbt", {"Python", "dbt"}),
    ],
    ids=lambda value: value.split("\n")[-1][:40] if isinstance(value, str) else "",
)
def test_asks_beside_such_text_keep_their_skills(
    fragment: str, asked: set[str], where: str
) -> None:
    inside, _outside = keywords_from(fragment, where)
    assert inside >= asked


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Lumenfold is one of the fastest-growing Kafka vendors in Europe.", "company"),
        ("Our work was featured in TechCrunch and on the Go blog.", "company"),
        ("We donate to the Python Software Foundation.", "company"),
        ("Employees use Google Workspace and Slack to collaborate.", "company"),
        ("During the interview you will pair on a Python exercise.", "apply"),
        ("After the announcement closes, subject matter experts will review SQL samples.", "apply"),
        ("Questions? Ask our recruiting team about the Kafka role.", "apply"),
        ("Pursuant to the Fair Chance Ordinance, we consider conviction records.", "eeo"),
        ("We are committed to building a diverse team of Java engineers.", "eeo"),
        ("We pay for your AWS certification and a yearly book budget.", "benefits"),
        # Asks that hold such words.
        ("Ability to apply machine learning to fraud data.", None),
        ("Experience debugging race conditions in Go.", None),
        ("Experience with inclusive design in React.", None),
        ("Has helped teams adopt Terraform.", None),
        ("Create reports to support decisions using Power BI.", None),
        ("Track grant awards in Excel.", None),
        ("Help teams use our data platform built on Snowflake.", None),
        ("Terraform is a core part of our platform.", None),
        ("Support customers such as hospitals in adopting Kafka.", None),
        ("Build systems supported by Terraform and Kubernetes.", None),
        ("Ensure customers are onboarded to Snowflake.", None),
        ("Own the annual budget forecasting in Excel.", None),
        ("Manage a budget of $2M using Excel.", None),
        ("You'll get ownership of our Spark pipelines.", None),
        ("Build free-text classifiers with spaCy on our training data.", None),
    ],
)
def test_sentences_that_ask_for_nothing_have_a_reason(sentence: str, reason: str | None) -> None:
    assert sentence_reason(sentence, "required") == reason


def test_headings_open_their_parts() -> None:
    from pivotprep.resume.jobs.headings import job_heading

    assert job_heading("You don't need:") == "about"
    assert job_heading("Not required") == "about"
    assert job_heading("What we don't care about") == "about"
    assert job_heading("Nice to have (not required)") == "preferred"
    assert job_heading("Not required, but nice to have") == "preferred"
    assert job_heading("You'll fit right in if") == "required"
    assert job_heading("Things that would be nice") == "preferred"
    assert job_heading("Our stack") == "preferred"  # the weight of a stack paragraph
    assert job_heading("Other teams at Lumenfold") == "about"
    assert job_heading("You do not need a degree.") is None  # a sentence, not a heading
    for company_text in ("Visa sponsorship", "Work authorization", "Remote work", "E-Verify"):
        assert job_heading(company_text) == "about"
    assert job_heading("Career development") == "about"
    assert job_heading("Remote sensing experience") is None
    # a longer lead-in that ends with a colon announces its list
    assert job_heading("You might be a fit if you have:") == "required"
    assert job_heading("It's a bonus if you've:") == "preferred"
    assert job_heading("You might be a fit if you have") is None  # no colon: prose
    assert job_heading("You will work with Python and SQL every day:") is None


@pytest.mark.parametrize(
    ("sentence", "blocked", "kept"),
    [
        ("Instead of Jenkins, we use GitHub Actions.", "Jenkins", "GitHub Actions"),
        ("If you haven't used Airflow, you must know Prefect.", "Airflow", "Prefect"),
        ("We don't use .NET, Node.js or Deno. Python is a must.", "Node.js", "Python"),
        ("Without knowing Kubernetes, you will still ship Go.", "Kubernetes", "Go"),
        ("We deploy without downtime using Kubernetes.", None, "Kubernetes"),
    ],
)
def test_a_negation_scope_ends_where_its_clause_does(
    sentence: str, blocked: str | None, kept: str
) -> None:
    spans = blocked_spans(sentence)

    def covered(word: str) -> bool:
        at = sentence.index(word)
        return any(s <= at and at + len(word) <= e for s, e in spans)

    if blocked is not None:
        assert covered(blocked)
    assert not covered(kept)
