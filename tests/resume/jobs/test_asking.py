"""Only text that asks the candidate for something makes keywords: no company blurb,
benefit, EEO statement, podcast, link or negated phrase (jobs/asking.py, report/scoring.py)."""

from __future__ import annotations

import pytest

from pivotprep.resume.documents.reading import read_job
from pivotprep.resume.jobs.asking import blocked_spans, introduces_people, sentence_reason
from pivotprep.resume.report.scoring import ResumeText, scan
from pivotprep.resume.service import job_input

RESUME = "Sam Lee\nData Engineer\nExperience\n- Built Airflow DAGs in Python and SQL\n"


def hard_skills(job_text: str) -> set[str]:
    report = scan(ResumeText.from_text(RESUME), job_input(read_job(job_text)))
    names: set[str] = set()
    for k in report.keywords:
        if k.kind == "hard_skills":
            names.update(k.alternatives or [k.name])
    return names


def blocked(text: str) -> list[str]:
    return [text[s:e] for s, e in blocked_spans(text)]


def test_investors_podcasts_and_links_ask_for_nothing() -> None:
    job = (
        "Data Engineer\n"
        "Our investors include the founders of GitHub and Figma.\n"
        "Listen to the Airflow Podcast to hear how we work.\n"
        "Read more at https://example.com/slack-roundup\n"
        "Requirements\n"
        "- 3+ years of experience with Python and SQL\n"
        "- Experience with Snowflake\n"
    )
    assert hard_skills(job) == {"Python", "SQL", "Snowflake"}


def test_benefits_and_eeo_text_ask_for_nothing() -> None:
    job = (
        "Data Engineer\nRequirements\n- Experience with Python and dbt\n"
        "Benefits\n- Health insurance and a yearly Coursera budget\n"
        "We are an equal opportunity employer and welcome applicants of every race "
        "and religion.\n"
    )
    assert sentence_reason("We welcome applicants of every race and religion.", "other") == "eeo"
    names = hard_skills(job)
    assert "Python" in names
    assert "Oracle Real Application Cluster" not in names


def test_a_negated_skill_is_no_keyword() -> None:
    job = (
        "Data Analyst\nRequirements\n"
        "- This is a SQL-first role, not an Excel-first role.\n"
        "- Experience with Tableau dashboards for the finance and operations teams\n"
        "- You will report weekly revenue figures to the leadership team\n"
    )
    names = hard_skills(job)
    assert "SQL" in names and "Tableau" in names
    assert "Microsoft Excel" not in names


def test_negation_scopes_end_at_the_clause_and_spare_not_only() -> None:
    assert blocked("Use SQL instead of Excel; Python helps.") == ["instead of Excel"]
    assert blocked("not only SQL but also Python") == []
    assert blocked("including but not limited to Python") == []
    text = "We code in Go and C++ but prior knowledge of these languages is not required."
    assert "Go and C++" in blocked(text)[0]
    welcome = "Scala and Go are not required but will be highly appreciated."
    assert blocked(welcome) == []


def test_prose_without_a_heading_must_address_the_candidate() -> None:
    blurb = "Our platform serves analysts with machine learning and open source tools."
    assert sentence_reason(blurb, "other") == "not addressed"
    assert sentence_reason(blurb, "other", bullet=True) is None
    assert sentence_reason("You will build pipelines in Python.", "other") is None
    assert sentence_reason("Experience with Python is required.", "required") is None


def test_other_keywords_are_phrases_from_asks_never_repeated_filler_words() -> None:
    job = (
        "Data Engineer\n"
        "We are at the cutting edge, along with our people, and we value the right people.\n"
        "Requirements\n"
        "- Experience with Python and documentation of data pipelines\n"
        "- Monitoring of data pipelines and cutting edge tooling for our people\n"
    )
    report = scan(ResumeText.from_text(RESUME), job_input(read_job(job)))
    other = {k.name for k in report.keywords if k.kind == "other_keywords"}
    assert {"documentation", "data pipelines", "monitoring"} <= other
    assert not other & {"cutting", "edge", "along", "people", "right", "value"}
    hard = {k.name for k in report.keywords if k.kind == "hard_skills"}
    assert hard == {"Python"}


def test_a_specific_spelling_of_a_generic_skill_stays_a_hard_skill() -> None:
    job = (
        "Security Analyst\nRequirements\n- Experience in information security and Python\n"
        "- You will write documentation for the security team and its partners\n"
        "- You will review alerts every week with the engineers on call\n"
    )
    report = scan(ResumeText.from_text(RESUME), job_input(read_job(job)))
    kinds = {k.name: k.kind for k in report.keywords}
    assert kinds["security"] == "hard_skills"
    assert kinds["documentation"] == "other_keywords"


def test_product_analytics_is_a_skill_where_asked_not_in_front_of_its_tools() -> None:
    asked = (
        "Product Analyst\nSundial builds accounting software and card readers for restaurants "
        "in every state of the country.\n"
        "Requirements\n- 3+ years of product analytics experience and excellent SQL\n"
    )
    assert "product analytics" in hard_skills(asked)
    tools = (
        "Product Analyst\nSundial builds accounting software and card readers for restaurants "
        "in every state of the country.\n"
        "Requirements\n- A product analytics tool such as Amplitude or Mixpanel, and SQL\n"
    )
    assert "product analytics" not in hard_skills(tools)


def test_a_market_the_job_works_in_is_an_other_keyword() -> None:
    """ "e-commerce metrics" names the field, as finance and healthcare do; a kind of
    database ("a time-series database") is a skill of its own."""
    job = (
        "Data Analyst\nWe sell handmade kitchen goods online and ship a few thousand orders "
        "a month from one warehouse.\n"
        "Requirements\n- Experience with e-commerce metrics and SQL\n"
        "- You will store sensor readings in a time-series database\n"
    )
    report = scan(ResumeText.from_text(RESUME), job_input(read_job(job)))
    kinds = {k.name: k.kind for k in report.keywords}
    assert kinds["e-commerce"] == "other_keywords"
    assert kinds["time-series databases"] == "hard_skills"


def test_impressed_if_is_preferred_and_the_titles_skill_is_required() -> None:
    job = (
        "Django Developer\n"
        "What you will do\n- Build features for our customers every week\n"
        "- Keep the test suite fast and green\n"
        "We'll be impressed if\n- You have used Django and Redis in production\n"
        "- You know Kubernetes\n"
    )
    report = scan(ResumeText.from_text(RESUME), job_input(read_job(job)))
    parts = {k.name: k.part for k in report.keywords if k.kind == "hard_skills"}
    assert parts["Django"] == "required"
    assert parts["Redis"] == "preferred" and parts["Kubernetes"] == "preferred"


def test_company_and_engineering_sections_ask_for_nothing() -> None:
    from pivotprep.resume.jobs.headings import job_heading

    assert job_heading("About Acme") == "about"
    assert job_heading("Engineering at Acme") == "about"
    assert job_heading("Company") == "about"
    assert job_heading("About the Core Services Team") == "other"
    assert job_heading("About you") == "required"
    job = (
        "Data Engineer\nEngineering at Acme\n"
        "- Infrastructure (Go and Python): runs Kubernetes clusters on GCP.\n"
        "Requirements\n- Experience with SQL and dbt in production\n"
        "- You know Snowflake or BigQuery well\n"
    )
    names = hard_skills(job)
    assert {"SQL", "dbt"} <= names
    assert not names & {"Go", "Kubernetes", "Google Cloud Platform"}


def test_negations_with_a_typographic_apostrophe_count() -> None:
    text = "Impact in this role can\u2019t be measured on a GitHub contribution graph"
    assert any("GitHub" in s for s in blocked(text))
    assert any("Excel" in s for s in blocked("We aren\u2019t an Excel shop"))


def test_perks_and_how_to_apply_sections_ask_for_nothing() -> None:
    from pivotprep.resume.jobs.headings import job_heading

    assert job_heading("Perks") == "about"
    assert job_heading("How to apply") == "about"
    job = (
        "Data Engineer\nRequirements\n- Experience with SQL and dbt in production\n"
        "- You model data for analysts and keep the warehouse tidy and documented\n"
        "Perks\n- Open Source Days to contribute to any Python project\n"
        "- A yearly budget for Kubernetes training\n"
    )
    report = scan(ResumeText.from_text(RESUME), job_input(read_job(job)))
    names = {k.name for k in report.keywords}
    assert {"SQL", "dbt"} <= names
    assert not names & {"Python", "Kubernetes", "open source"}


def test_a_list_of_the_employers_projects_asks_for_nothing() -> None:
    from pivotprep.resume.jobs.asking import introduces_products

    assert introduces_products("The team projects are:")
    assert introduces_products("Some of the projects the Application Team maintains are:")
    assert not introduces_products("Projects you will own:")
    # a lead-in that names the duties lists duties, whatever project it mentions
    assert not introduces_products("For an overview, see the project plan. Tasks will include:")
    assert not introduces_products("Secondary responsibilities (outside of the DIF project):")
    job = (
        "Data Engineer\nRole\n- You will build pipelines in Python and SQL for our analysts.\n"
        "The team projects are:\n"
        "* gitbase: a query interface to Git repositories, written in Go.\n"
        "* engine: a simple interface to our stack based on Docker.\n"
        "Requirements\n- Experience with dbt and Airflow in production\n"
    )
    names = hard_skills(job)
    assert {"Python", "SQL", "dbt", "Apache Airflow"} <= names
    assert not names & {"Git", "Go", "Docker"}


def other_keywords(job_lines: list[str]) -> set[str]:
    job = (
        "Data Engineer\nWe build data services for public agencies and their users, from "
        "the first research interview to the last release, with care for every detail.\n"
        "Requirements\n- Experience with SQL and dbt in production\n"
        + "".join(f"- {line}\n" for line in job_lines)
    )
    report = scan(ResumeText.from_text(RESUME), job_input(read_job(job)))
    return {k.name for k in report.keywords if k.kind == "other_keywords"}


def test_other_keywords_are_terms_as_written_outside_proper_names() -> None:
    assert "monitoring" not in other_keywords(["The analyst monitors trends in the field"])
    assert "monitoring" in other_keywords(["Experience with monitoring of data jobs"])
    found = other_keywords(
        ["Hiring follows the Office of Personnel Management Direct Hire Guidelines"]
    )
    assert "personnel management" not in found
    assert "software engineering" not in other_keywords(["Work beside software engineers"])
    assert "economics" not in other_keywords(["Follow economic and social trends"])


def test_chat_apps_and_payroll_lines_make_no_keyword() -> None:
    found = other_keywords(
        [
            "Familiarity with Slack, Zoom, Google Meet, and similar",
            "Direct Deposit of salary check to financial organization required",
        ]
    )
    assert not found & {"Slack", "Zoom", "Google", "Google Meet", "finance"}


def test_a_skill_written_specifically_once_is_a_hard_skill() -> None:
    assert "web development" not in other_keywords(
        ["Build web applications and be proficient in web development"]
    )
    assert "web development" in hard_skills(
        "Data Engineer\nWe build data services for public agencies and their users, from "
        "the first research interview to the last release, with care for every detail.\n"
        "Requirements\n- Build web applications for agencies and their users\n"
        "- You should be proficient in web development and SQL in production\n"
    )


def test_federal_and_common_headings_open_their_parts() -> None:
    from pivotprep.resume.jobs.headings import job_heading

    assert job_heading("## Role summary") == "responsibilities"
    assert job_heading("## Key Objectives") == "responsibilities"
    assert job_heading("Principal Duties and Responsibilities:") == "responsibilities"
    assert job_heading("**SPECIALIZED EXPERIENCE REQUIREMENTS:**") == "required"
    assert job_heading("**Who May Apply:**") == "about"
    assert job_heading("## Basic Information") == "other"


def test_a_concept_inside_a_proper_name_is_no_keyword() -> None:
    job = (
        "Data Analyst\nRequirements\n- You will join the FedRAMP Program Management Office "
        "and work with SQL every day.\n- Knowledge of Data Warehousing and of Statistical "
        "Analysis, Predictive Modeling.\n- Experience with the Salary Forecasting Tool.\n"
    )
    names = hard_skills(job)
    assert {"SQL", "data warehousing", "predictive modeling"} <= names
    assert not names & {"project management", "forecasting", "financial forecasting"}


def test_a_capital_that_opens_the_line_makes_no_proper_name() -> None:
    """The word before the skill is capitalised only because it opens the list item or the
    sentence: the skill is asked for, not part of a name."""
    job = (
        "Systems Engineer\nWe run the platform our customers rely on every day.\n"
        "Qualifications:\n- Substantial Linux System Administration experience\n"
        "- Scripting in Python and Bash for our servers. Solid Data Warehousing skills.\n"
    )
    names = hard_skills(job)
    assert {"Linux system administration", "data warehousing"} <= names


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Acme is used by thousands of companies including Airbnb and Netflix.", "company"),
        ("Trusted by 5,000 data teams running Snowflake and dbt.", "company"),
        ("We are an AWS Advanced Partner and a Databricks partner.", "company"),
        ("Our engineering blog covers how we scale Kafka.", "company"),
        ("You'll get a MacBook Pro, unlimited PTO and a home office setup.", "benefits"),
        ("We offer a learning budget for courses and AWS certifications.", "benefits"),
        ("Applicants must be authorized to work in the United States.", "eeo"),
        ("Visa sponsorship is not available for this role.", "eeo"),
        # Asks, though they hold such words.
        ("Experience with tools used by analysts, such as Tableau.", None),
        ("You will partner with stakeholders to build dashboards in Tableau.", None),
        ("Build computer vision models in PyTorch.", None),
        ("Experience with compensation data and SQL.", None),
    ],
)
def test_company_blurbs_offers_and_eligibility_ask_for_nothing_under_any_heading(
    sentence: str, reason: str | None
) -> None:
    """Under a requirements heading too: a posting whose benefits follow its requirements
    without a heading of their own leaves them there."""
    assert sentence_reason(sentence, "required") == reason


@pytest.mark.parametrize(
    ("sentence", "blocked"),
    [
        ("No prior experience with Go is required.", "Go"),
        ("No prior Go, Rust or C experience required.", "Rust"),
        ("No Kubernetes experience needed.", "Kubernetes"),
        ("Knowledge of Rust isn't required.", "Rust"),
        ("Prior exposure to Kafka is not a prerequisite.", "Kafka"),
        ("Hadoop experience is not mandatory.", "Hadoop"),
        ("Neither Java nor C# is needed.", "Java"),
        # An ask with no object of its own is about what the clause before it names.
        ("Our main language is Go, but prior experience is not a requirement.", "Go"),
        ("We use Rust, but experience is not required.", "Rust"),
    ],
)
def test_more_negations_scope_over_their_skill(sentence: str, blocked: str) -> None:
    at = sentence.index(blocked)
    assert any(s <= at and at + len(blocked) <= e for s, e in blocked_spans(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Experience with Spark is nice to have, not mandatory.",
        "Scala experience isn't necessary, but Python is a must.",
        "We have no legacy Java; experience with Python is required.",
        "No relocation offered, but 3+ years of Python experience required.",
        "We have no dress code and Python experience is required.",
        # The negated ask names its own skill: the clause before it keeps its ask.
        "We run Spark jobs nightly, but Python experience is not required.",
    ],
)
def test_a_welcome_skill_and_the_clause_after_a_negation_stay_asked(sentence: str) -> None:
    skill = "Spark" if "Spark" in sentence else "Python"
    at = sentence.index(skill)
    assert not any(s <= at < e for s, e in blocked_spans(sentence))


def test_the_stack_named_in_the_company_text_is_an_ask_but_a_blurb_is_not() -> None:
    assert sentence_reason("Our stack: Go, PostgreSQL, Redis, Kubernetes on GCP.", "about") is None
    assert sentence_reason("We use Python and dbt on Snowflake.", "about") is None
    blurb = "Acme is building the tech stack that enables machine learning on code."
    assert sentence_reason(blurb, "about") == "company"


def test_a_named_message_broker_is_a_tool_of_its_own() -> None:
    job = (
        "Backend Engineer\nRequirements\n"
        "- Experience with message queues such as RabbitMQ or Kafka in production systems.\n"
        "- Strong Go for the services that run our payment APIs.\n"
    )
    names = hard_skills(job)
    assert "RabbitMQ" in names and "message queues" in names


def test_data_analysis_is_a_skill_where_a_qualification_asks_for_it() -> None:
    """Named in a requirement or a preference, the discipline is screened for; in a duty,
    a blurb or in front of the tools it is done with, it only describes the work."""
    asked = (
        "Research Fellow\nYou will analyse Internet measurement datasets for our team.\n"
        "Required Skills and Qualifications\n- Proficiency with SQL.\n"
        "- Solid background in data analysis, visualization, and reporting.\n"
    )
    assert "data analysis" in hard_skills(asked)
    bonus = (
        "Data Architect\nYou will maintain the metrics code base in Java and Python, review "
        "patches from volunteers and fix bugs in the data pipeline.\n"
        "Bonus skills:\n- Data analysis: Ability to make sense of data sets.\n"
    )
    assert "data analysis" in hard_skills(bonus)
    described = (
        "Data Analyst\nWe run a survey data analysis platform for market researchers.\n"
        "What you'll do\n- Present findings of insights gained from data analysis.\n"
        "Requirements\n- Experience with SQL and with tools optimized for statistical and "
        "data analysis (such as R).\n"
    )
    assert "data analysis" not in hard_skills(described)


def test_experimental_design_and_llms_are_skills_where_a_qualification_asks_for_them() -> None:
    """The standard spelling in a requirement is screened for; a loose word ("experiments")
    or "LLM" qualifying another noun in a duty only describes the work."""
    asked = (
        "Product Analyst\nYou will run experiments on onboarding flows and paywalls and "
        "tell the growth squad whether what it shipped worked.\n"
        "Requirements\n- You know experimental design and SQL well.\n"
        "- Experience building with large language models (LLMs).\n"
    )
    assert {"experiment design", "large language models"} <= hard_skills(asked)
    described = (
        "Product Analyst\nYou will run experiments on onboarding flows and paywalls and "
        "tell the growth squad whether what it shipped worked.\n"
        "What you'll do\n- Design LLM workflow patterns with our researchers.\n"
        "Requirements\n- You know SQL well.\n"
        "- Familiarity with common LLM workflow design patterns.\n"
    )
    assert not {"experiment design", "large language models"} & hard_skills(described)


def test_a_concept_that_opens_a_title_is_no_keyword() -> None:
    """ "Machine Learning on Source Code" is the name of a research programme; "Machine
    Learning on Google Cloud" still asks for machine learning (the tail names a skill)."""
    job = (
        "Software Engineer\nThe role\nYou will build the parsers that power the research "
        "our sister group does on its mission to provide Machine Learning on Source Code.\n"
        "Requirements\n- Experience programming in Python and Go.\n"
    )
    assert "machine learning" not in hard_skills(job)
    asked = job + "- Experience with Machine Learning on Google Cloud.\n"
    assert "machine learning" in hard_skills(asked)


def test_what_to_send_with_an_application_asks_for_nothing() -> None:
    from pivotprep.resume.jobs.asking import introduces_application

    assert introduces_application("Or, even better, just send the following in email to us:")
    assert introduces_application("In your application, please include:")
    assert not introduces_application("Experience applying machine learning to:")
    job = (
        "Backend Engineer\nRequirements\n- Experience with Python and PostgreSQL\n"
        "Join us!\nInterested? Just send the following in email to jobs at example:\n"
        "- A link to something resume-like (e.g., your website, LinkedIn)\n"
        "- Other links (e.g., blog, GitHub, a project of yours)\n"
    )
    names = hard_skills(job)
    assert {"Python", "PostgreSQL"} <= names
    assert not names & {"LinkedIn", "GitHub"}


def test_data_management_is_a_skill_where_a_qualification_asks_for_it() -> None:
    """The guide's named disciplines include data management: screened when a requirement
    asks for it, only the work described in a duty."""
    asked = (
        "Infrastructure Engineer\nYou will run cloud hubs for research groups.\n"
        "Requirements\n- Experience with Kubernetes and Terraform in production.\n"
        "- Experience with data management systems, practices, and standards.\n"
        "- Comfort with on-call duty for the hubs of our partner universities.\n"
    )
    assert "data management" in hard_skills(asked)
    described = (
        "Infrastructure Engineer\nYou will run cloud hubs for research groups.\n"
        "What you'll do\n- Support the data management of our research groups and "
        "keep their hubs up to date.\n"
        "Requirements\n- Experience with Kubernetes and Terraform in production.\n"
    )
    assert "data management" not in hard_skills(described)


# A sentence of many cues is read once, not once per cue; these check that what each cue
# blocks is what it blocked when each cue searched its own stretch of the sentence.


def test_many_not_required_cues_each_block_their_clause() -> None:
    text = (
        "We code in Go and C++, but knowledge of these is not required; Rust is nice to "
        "have, not mandatory; SQL is not required and Excel is not required."
    )
    assert blocked(text) == [
        "We code in Go and C++, but knowledge of these is not required",
        " SQL is not required",
        " SQL is not required and Excel is not required",
    ]
    repeated = "Python is not required and " * 200
    cues = [i + len("Python is not required") for i in range(0, len(repeated), 27)]
    assert blocked_spans(repeated) == [(0, end) for end in cues]


def test_not_required_but_welcome_is_no_negation_in_a_sentence_of_many() -> None:
    text = (
        "Docker is not required but appreciated; Kubernetes is not required but Go is; "
        "Terraform is not required, but a plus."
    )
    assert blocked(text) == [" Kubernetes is not required"]
    repeated = "Docker is not required but Go " * 200 + "is a plus."
    assert blocked_spans(repeated) == []  # every "but" reaches the welcome at the end
    assert len(blocked_spans(repeated.replace(" Go ", " Go; "))) == 200  # a ";" before it


def test_wont_touch_blocks_from_its_sentence_start_in_a_text_of_many() -> None:
    text = (
        "The apps are Swift and Kotlin, but you won't touch them. The site is Ruby, and you "
        "will never use it! Ops runs Go, but you won't touch it"
    )
    assert [b for b in blocked(text) if b[0].isupper()] == [
        "The apps are Swift and Kotlin, but you won't touch them",
        "The site is Ruby, and you will never use it",
        "Ops runs Go, but you won't touch it",
    ]
    repeated = "Swift and Kotlin but you won't touch them " * 200
    assert {(0, n * 42 + 41) for n in range(200)} <= set(blocked_spans(repeated))
    sentences = repeated.replace("them ", "them. ")
    assert {(n * 43, n * 43 + 41) for n in range(200)} <= set(blocked_spans(sentences))


def test_other_teams_stack_is_blocked_to_the_end_of_its_clause_in_a_long_sentence() -> None:
    text = (
        "You work with the data team which runs Airflow with the platform team which runs "
        "Kubernetes alongside our engineers who maintain Terraform"
    )
    assert blocked(text) == [
        " runs Airflow with the platform team which runs Kubernetes alongside our engineers "
        "who maintain Terraform",
        " runs Kubernetes alongside our engineers who maintain Terraform",
        " maintain Terraform",
        "data",  # the name of the team worked with
    ]
    repeated = "with the data team which runs Python " * 200
    assert {e for _, e in blocked_spans(repeated)} == {len(repeated)}


def test_email_addresses_are_found_beside_a_long_word() -> None:
    text = "Write to jobs@example.com or +ops.team@mail.example.org, not to x@y; " + "z" * 300
    assert blocked(text + " mail@") == [
        "example.com",
        "mail.example.org",
        "jobs@example.com",
        "+ops.team@mail.example.org",
        "not to x@y",
    ]
    assert sentence_reason(text, "required") == "apply"
    assert sentence_reason("z" * 5000 + " mail@ you need Python", "required") is None
    assert blocked("Mail x " * 2000 + "a.b@c.io@d.org") == ["c.io", "d.org", "a.b@c.io"]


def test_colleagues_who_need_the_candidates_work_are_not_another_teams_stack() -> None:
    """ "our data scientists, who maintain the Airflow pipelines" is their stack; "our data
    scientists, who need you to build Spark pipelines" is the job's."""
    sentence = "You'll support our data scientists, who need you to build Spark pipelines."
    assert not any(s <= sentence.index("Spark") < e for s, e in blocked_spans(sentence))
    sentence = "Work with our data engineers, who rely on your Kafka topics."
    assert not any(s <= sentence.index("Kafka") < e for s, e in blocked_spans(sentence))
    sentence = "Work with our data engineers, who maintain the Airflow pipelines."
    assert any(s <= sentence.index("Airflow") < e for s, e in blocked_spans(sentence))
    sentence = "Work with the Infrastructure team, which runs Kubernetes for you."
    assert any(s <= sentence.index("Kubernetes") < e for s, e in blocked_spans(sentence))


def test_the_clause_end_memo_finds_what_a_fresh_search_finds() -> None:
    """Negation scopes reuse the clause end found for an earlier cue: from any point, in
    any order, the answer is the one a search from that point gives."""
    import random

    from pivotprep.resume.jobs.asking import _CLAUSE_END, _ClauseEnds

    pieces = ["a", " ", ",", ".", ";", " but ", ", and ", "x.y", ")", ", which", "but", "won't"]
    rng = random.Random(7)
    for _ in range(500):
        lower = "".join(rng.choice(pieces) for _ in range(25))
        ends = _ClauseEnds(lower)
        for point in (rng.randrange(len(lower) + 1) for _ in range(10)):
            found = _CLAUSE_END.search(lower, point)
            assert ends.after(point) == (found.start() if found else len(lower))


def test_troubleshooting_is_a_skill_where_a_requirement_asks_for_it() -> None:
    """Asked of the candidate it is screened; named in a duty it describes the work."""
    asked = (
        "Site Reliability Engineer\nYou will keep our payment platform up for our customers.\n"
        "Requirements\n- Experience with Kubernetes and Linux in production.\n"
        "- Strong troubleshooting across network and application layers.\n"
    )
    assert "troubleshooting" in hard_skills(asked)
    described = (
        "Site Reliability Engineer\nYou will keep our payment platform up for our customers.\n"
        "What you'll do\n- Take part in troubleshooting of our hubs.\n"
        "Requirements\n- Experience with Kubernetes and Linux in production.\n"
    )
    assert "troubleshooting" not in hard_skills(described)


def test_duties_and_the_wanted_background_told_without_you_are_asks() -> None:
    """ "This will also involve ..." goes on with the duties; "Applications are welcome from
    people with ..." says what background is wanted."""
    job = (
        "Research Software Engineer\nWe build simulation codes for medical research.\n"
        "Projects\nThis will also involve deploying the codes on cloud infrastructure "
        "(e.g. AWS, Azure, GCP).\n"
        "Applying\nApplications are welcome from engineers with skills in statistical "
        "computing or machine learning.\n"
    )
    assert {"Amazon Web Services", "statistical computing"} <= hard_skills(job)


def test_a_pointer_to_a_longer_description_asks_for_nothing() -> None:
    job = (
        "GIS Engineer\nWe are the open data team of a city government.\n"
        "Requirements\n- Experience with PostGIS and Python for mapping services.\n"
        "You can read a longer description of the job on Google Docs or as a PDF.\n"
    )
    assert "Google Docs" not in hard_skills(job)
    assert {"PostGIS", "Python"} <= hard_skills(job)


def test_the_role_told_as_a_post_asks_for_what_it_names() -> None:
    job = (
        "Research Software Engineer\nA new position is available as a Research Software "
        "Engineer in the area of complex systems modelling using agent-based modelling.\n"
        "The overall goal of this post is to maintain our simulation packages in C++ and CUDA.\n"
        "Requirements\n- Experience of writing performance-oriented code.\n"
    )
    assert {"agent-based modelling", "CUDA"} <= hard_skills(job)


def test_a_line_that_labels_itself_a_requirement_asks_in_any_section() -> None:
    """A hiring blog puts "Required specialized experience for GS-11 ...:" under its
    hiring-process heading; the line still says what is screened."""
    job = (
        "Machine Learning Specialist\nWe model water availability across the country.\n"
        "How we hire\nCreate an account on the jobs site before the window opens.\n"
        "- Required specialized experience for GS-11: Experience training models with "
        "TensorFlow or PyTorch and using Git for version control.\n"
    )
    assert {"Git"} <= hard_skills(job)


@pytest.mark.parametrize(
    ("lead", "people"),
    [
        ("For example, current team members are/have been:", True),
        ("Our team includes:", True),
        ("Our team is responsible for:", False),
        ("The team is building:", False),
        ("Members of the team will:", False),
        ("Our engineers build and maintain:", False),
    ],
)
def test_a_lead_in_to_what_the_team_does_is_not_a_list_of_people(lead: str, people: bool) -> None:
    assert introduces_people(lead) is people


@pytest.mark.parametrize(
    ("ask", "duty", "skill"),
    [
        (
            "- Knowledge of Agile product management and roadmaps.",
            "- Work with our product management team on the roadmap.",
            "product management",
        ),
        (
            "- Use of modern front end web programming techniques.",
            "- Keep the front end of the booking site fast.",
            "front-end development",
        ),
    ],
)
def test_a_discipline_a_requirement_names_is_a_skill_and_a_duty_one_is_not(
    ask: str, duty: str, skill: str
) -> None:
    """Product management and front-end development follow the named-disciplines rule."""
    head = (
        "Technical Architect\nWe build public digital services for millions of users.\n"
        "Requirements\n- Experience with Python, PostgreSQL and Linux in production.\n"
    )
    assert skill in hard_skills(head + ask + "\n")
    assert skill not in hard_skills(head + "What you'll do\n" + duty + "\n")


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Informational Session 1: March 12th at 1pm EST on MS Teams.", "apply"),
        ("Join at: http://example.org/session", "apply"),
        ("Register here: http://example.org/webinar", "apply"),
        ("Deadline: We will begin reviewing applications around November 17th.", "apply"),
        ("Application deadline: 30 June 2025", "apply"),
        ("Applications close at 5pm on Friday 3 March.", "apply"),
        # deadlines met as part of the work are a behaviour the job asks for
        ("Comfortable meeting deadlines in a fast-paced team.", None),
        # a duty that runs sessions, and a tool asked for, are no hiring logistics
        ("Run information sessions for staff on the new Tableau dashboards.", None),
        ("Experience with Microsoft Teams and SharePoint administration.", None),
    ],
)
def test_an_informational_session_about_the_job_is_hiring_logistics(
    sentence: str, reason: str | None
) -> None:
    assert sentence_reason(sentence, "other", bullet=True) == reason


def test_a_discipline_named_only_as_a_role_is_no_skill() -> None:
    """ "We are seeking a full stack engineer" names the job; a tool in a role ("Django
    developer") and a discipline asked for in its own words stay skills."""
    job = (
        "Full Stack Engineer\nWe are seeking a highly skilled full stack engineer to join us.\n"
        "Requirements\n- 3+ years as a full stack engineer in a product team.\n"
        "- Experience in front-end development with React.\n"
        "- You have worked as a Django developer on a production service.\n"
    )
    names = hard_skills(job)
    assert "full-stack development" not in names
    assert {"front-end development", "React", "Django"} <= names
    asked = job + "- Experience in full-stack development of web services.\n"
    assert "full-stack development" in hard_skills(asked)
