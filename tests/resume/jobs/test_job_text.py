"""Job descriptions: title, required vs preferred, responsibilities, offsets, bad input."""

from __future__ import annotations

import io

import pytest

from pivotprep.resume.documents.reading import JobTooShortError, read_job
from pivotprep.resume.jobs.job_text import job_heading

POSTING = """Data Analyst

About us
Northwind Health helps 200 clinics understand their patients. We are a team of 40.

What you'll do
- Build dashboards in Tableau for clinic managers.
- Write SQL to clean and join appointment data. Present findings to stakeholders.

What you bring
- 2+ years of experience with SQL and Python.
- A bachelor's degree in a quantitative field, or equivalent experience.
- Experience with dbt is a plus.

Nice to have
- Airflow
- A/B testing experience

Benefits
Flexible hours and a learning budget.
"""


def test_posting_is_split_into_title_parts_and_sentences() -> None:
    job = read_job(POSTING)
    assert job.title == "Data Analyst"
    assert job.responsibilities == (
        "Build dashboards in Tableau for clinic managers.",
        "Write SQL to clean and join appointment data.",
        "Present findings to stakeholders.",
    )
    assert job.required == (
        "2+ years of experience with SQL and Python.",
        "A bachelor's degree in a quantitative field, or equivalent experience.",
    )
    assert job.preferred == ("Experience with dbt is a plus.", "Airflow", "A/B testing experience")
    assert job.education == (
        "A bachelor's degree in a quantitative field, or equivalent experience.",
    )
    about = job.part("about")
    assert about[0].text.startswith("Northwind Health helps 200 clinics")
    assert [s.index for s in job.sentences] == list(range(len(job.sentences)))


def test_every_sentence_points_at_its_place_in_the_text() -> None:
    job = read_job(POSTING)
    for sentence in job.sentences:
        assert job.text[sentence.start : sentence.end] == sentence.text


def test_a_bullet_of_one_name_is_an_ask_and_a_short_bullet_keeps_its_words() -> None:
    """ "- Airflow" under "Nice to have" asks for Airflow; a lone word that is no bullet
    (a stray "Apply" or "Remote" line) carries nothing."""
    job = read_job(POSTING + "\nApply\n")
    assert "Airflow" in [s.text for s in job.part("preferred")]
    assert any("A/B testing" in s.text for s in job.part("preferred"))
    assert "Apply" not in [s.text for s in job.sentences]


def test_title_from_a_label_and_inline_headings() -> None:
    text = (
        "Job title: Junior Data Engineer\n"
        "Company: Tailspin\n"
        "Responsibilities: maintain batch pipelines in Python and SQL. Monitor data quality.\n"
        "Requirements: experience with PostgreSQL and Linux. Must have Git.\n"
        "Preferred: Kafka or Spark.\n"
    )
    job = read_job(text)
    assert job.title == "Junior Data Engineer"
    assert job.responsibilities[0] == "maintain batch pipelines in Python and SQL."
    assert job.required == ("experience with PostgreSQL and Linux.", "Must have Git.")
    assert job.preferred == ("Kafka or Spark.",)


def test_postings_without_headings_fall_back_on_the_wording() -> None:
    text = (
        "Backend Engineer\n"
        "You will design REST APIs and own their uptime. "
        "You must have 3 years of Python. Knowledge of Kubernetes is a plus. "
        "We are a friendly team based in Leeds with a strong engineering culture."
    )
    job = read_job(text)
    parts = {s.text: s.part for s in job.sentences}
    assert parts["You will design REST APIs and own their uptime."] == "responsibilities"
    assert parts["You must have 3 years of Python."] == "required"
    assert parts["Knowledge of Kubernetes is a plus."] == "preferred"


def test_essential_asks_only_as_a_verdict_or_of_a_qualification() -> None:
    """ "managing essential technical functions" describes a team's work, not an ask."""
    text = (
        "Data Developer\n"
        "About the Core Services Team\n"
        "The Core Services team serves as the backbone of the organization by managing "
        "essential technical functions such as site reliability engineering toolings. "
        "Strong SQL is essential. "
        "Essential skills include Python."
    )
    parts = {s.text: s.part for s in read_job(text).sentences}
    assert parts[next(t for t in parts if t.startswith("The Core Services"))] == "other"
    assert parts["Strong SQL is essential."] == "required"
    assert parts["Essential skills include Python."] == "required"


@pytest.mark.parametrize(
    ("heading", "part"),
    [
        ("Requirements", "required"),
        ("Must-haves:", "required"),
        ("What You'll Bring", "required"),
        ("## Minimum Qualifications", "required"),
        ("Minimum Entrance Qualifications:", "required"),
        ("Minimum entry requirements", "required"),
        ("Preferred Qualifications", "preferred"),
        ("Bonus points", "preferred"),
        ("Nice-to-have", "preferred"),
        ("**Key Responsibilities**", "responsibilities"),
        ("What you will do:", "responsibilities"),
        ("You'll", "responsibilities"),
        ("You are:", "required"),
        ("It would be great if you also had", "preferred"),
        ("It's a plus if you've:", "preferred"),
        ("It would be great if you also had Kafka", None),
        ("What you'll bring to the table", "required"),
        ("You might also have", "preferred"),
        ("Key accountabilities", "responsibilities"),
        ("Job purpose", "other"),
        ("Who we are", "about"),
        ("Build dashboards in Tableau", None),
    ],
)
def test_job_headings_and_their_synonyms(heading: str, part: str | None) -> None:
    assert job_heading(heading) == part


@pytest.mark.parametrize("text", ["Python", "", "   ", "Data analyst wanted, apply now"])
def test_a_job_description_too_short_to_scan_asks_for_the_whole_posting(text: str) -> None:
    with pytest.raises(JobTooShortError) as caught:
        read_job(text)
    assert "too short to scan" in caught.value.message
    assert "whole job posting" in caught.value.message
    assert caught.value.field == "job"


def test_job_from_cp1252_bytes_is_decoded_and_says_so() -> None:
    job = read_job(POSTING.replace("us\n", "us \u2013 caf\u00e9\n").encode("cp1252"), "job.txt")
    assert job.encoding == "cp1252"
    assert job.title == "Data Analyst"


def test_job_from_pdf_and_docx_files() -> None:
    from docx import Document
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in POSTING.splitlines():
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    from_pdf = read_job(bytes(pdf.output()), "job.pdf")
    document = Document()
    for line in POSTING.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    from_docx = read_job(buffer.getvalue(), "job.docx")
    for job in (from_pdf, from_docx):
        assert job.title == "Data Analyst"
        preferred = ("Experience with dbt is a plus.", "Airflow", "A/B testing experience")
        assert job.preferred == preferred


def test_unreadable_job_file_errors_name_the_job_field() -> None:
    from pivotprep.resume.documents.reading import UnreadableDocumentError

    with pytest.raises(UnreadableDocumentError) as caught:
        read_job(b"%PDF-1.4\n" + b"\x00" * 50, "job.pdf")
    assert caught.value.field == "job"
    assert "resume" not in caught.value.message


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Senior Data Analyst - Remote", "Senior Data Analyst"),
        ("## Machine Learning Engineer (f/m/d)", "Machine Learning Engineer"),
        ("Northwind Health | Data Engineer", "Data Engineer"),
        ("Job Title: **Backend Engineer**", "Backend Engineer"),
    ],
)
def test_the_title_is_cleaned_of_location_and_company(first_line: str, title: str) -> None:
    job = read_job(first_line + "\n" + POSTING.split("\n", 1)[1])
    assert job.title == title


LINKEDIN_STYLE = """About the job
Tailspin Analytics is hiring a Junior Data Scientist to join our insights team in Manchester.

Responsibilities:
• Develop and validate machine learning models for customer churn
• Communicate findings to non-technical audiences

Qualifications
• MSc or PhD in Statistics, Computer Science or a related field
• 1-3 years of hands-on experience with Python, scikit-learn and SQL

Preferred Qualifications
• Experience with Spark or Databricks

We offer a competitive salary, hybrid working and private health insurance.
"""


def test_a_posting_pasted_from_a_job_board_finds_its_title_in_the_prose() -> None:
    job = read_job(LINKEDIN_STYLE)
    assert job.title == "Junior Data Scientist"
    assert job.preferred == ("Experience with Spark or Databricks",)
    assert job.part("other")[-1].text.startswith("We offer a competitive salary")
    assert job.education == ("MSc or PhD in Statistics, Computer Science or a related field",)


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        (
            "Senior Data Engineer - Remote - Full time - Acme Corp - London, United Kingdom",
            "Senior Data Engineer",
        ),
        (
            "Data Analyst | Acme Health | Leeds, West Yorkshire, United Kingdom | Hybrid",
            "Data Analyst",
        ),
    ],
)
def test_a_job_boards_long_title_line_gives_its_title_and_is_still_read(
    first_line: str, title: str
) -> None:
    job = read_job(first_line + "\n" + POSTING.split("\n", 1)[1])
    assert job.title == title
    assert job.sentences[0].text == first_line


@pytest.mark.parametrize(
    "first",
    [
        "We are looking for a data analyst - someone who enjoys SQL, spreadsheets and people",
        "Spring Hiring Event: Engineering Openings - Northwind Water Agency 2026 Recruitment "
        "Drive (updated 3/1)",
    ],
)
def test_a_long_first_line_that_names_no_role_first_gives_no_title(first: str) -> None:
    job = read_job(first + "\n" + POSTING.split("\n", 1)[1])
    assert job.title is None or job.title.split()[0] not in first.split()[:2]


def test_a_company_name_above_the_title_is_not_taken_for_the_title() -> None:
    job = read_job("Northwind Health\nSenior Data Analyst\n" + POSTING.split("\n", 1)[1])
    assert job.title == "Senior Data Analyst"
    assert job.sentences[0].text == "Northwind Health"


def test_a_sentence_goes_on_after_e_g_and_its_examples_are_one_group() -> None:
    from pivotprep.resume.report.scoring import ResumeText, scan
    from pivotprep.resume.service import job_input

    job = read_job(
        "Data Engineer\nWe build data services for public agencies and their users, from "
        "research to release.\nRequirements\n"
        "- Experience with data stores (e.g. PostgreSQL, Redis, DynamoDB, Cassandra) at scale\n"
        "- Tools i.e. Airflow. Strong SQL.\n"
    )
    texts = [s.text for s in job.sentences]
    assert (
        "Experience with data stores (e.g. PostgreSQL, Redis, DynamoDB, Cassandra) at scale"
        in texts
    )
    assert "Tools i.e. Airflow." in texts and "Strong SQL." in texts
    report = scan(ResumeText.from_text("Sam\nEngineer\n- Ran Redis caches\n"), job_input(job))
    group = next(k for k in report.keywords if k.alternatives)
    assert len(group.alternatives) == 4 and group.matched_by == ["Redis"]


@pytest.mark.parametrize(
    ("heading", "part"),
    [
        ("Benefits & Perks", "about"),
        ("What's in it for you", "about"),
        ("Why join Acme?", "about"),
        ("EEO Statement", "about"),
        ("Diversity, Equity & Inclusion", "about"),
        ("Our interview process", "about"),
        ("**Salary Range:**", "about"),
        ("Physical requirements", "about"),
        ("Requirements & qualifications", "required"),
        ("Knowledge, skills and abilities", "required"),
        ("Technical skills", "required"),
        ("You'll thrive if", "required"),
        ("Bonus skills", "preferred"),
        ("Desired skills and experience", "preferred"),
        ("Asset qualifications", "preferred"),
        ("Responsibilities include", "responsibilities"),
        ("What you'll be working on", "responsibilities"),
        ("Ways you'll make an impact", "responsibilities"),
        ("Accountabilities and duties", "responsibilities"),
        ("Additional information", "other"),
        ("Skills we prefer", "preferred"),
        # Content, not headings: another word, a list item, wrapped prose, a full stop.
        ("Strong Python Skills", None),
        ("Kafka experience a plus", None),
        ("- [Role summary](#role-summary)", None),
        ("information in our", None),
        ("Travel up to 10%", None),
        ("Excellent communication skills.", None),
    ],
)
def test_headings_no_list_spells_out_are_read_by_their_words(
    heading: str, part: str | None
) -> None:
    assert job_heading(heading) == part


def test_benefits_under_an_unlisted_heading_are_no_requirement() -> None:
    from pivotprep.resume.report.scoring import ResumeText, scan
    from pivotprep.resume.service import job_input

    text = (
        "Data Engineer\n"
        "Requirements & qualifications\n"
        "- 3+ years of Python and SQL\n"
        "What's in it for you\n"
        "- A yearly Snowflake Summit ticket and a Tableau Conference pass\n"
    )
    report = scan(
        ResumeText.from_text("Sam\nEngineer\n- Python and SQL\n"), job_input(read_job(text))
    )
    hard = {k.name for k in report.keywords if k.kind == "hard_skills"}
    assert {"Python", "SQL"} <= hard
    assert not hard & {"Snowflake", "Tableau"}


def test_prose_asks_without_headings_and_an_aside_in_brackets_stays_one_sentence() -> None:
    job = read_job(
        "Machine Learning Engineer\n\n"
        "You'll build training pipelines in Python and serve models behind FastAPI. "
        "You know Python well and are comfortable with SQL. You've used Docker and at least "
        "one cloud platform (we use GCP; AWS experience is fine too). We offer equity.\n"
    )
    required = job.part("required")
    assert [s.text for s in required] == [
        "You know Python well and are comfortable with SQL.",
        "You've used Docker and at least one cloud platform (we use GCP; AWS experience is "
        "fine too).",
    ]


def test_a_bonus_label_inside_a_requirements_line_opens_the_preferred_asks() -> None:
    job = read_job(
        "Junior Backend Developer\n\n"
        "What you'd work on: our Django monolith, a Celery task queue on Redis, and a small "
        "React admin.\n\n"
        "Requirements: Python and Django (a year or more, side projects count), SQL, Git. "
        "Bonus: Docker, Celery, any React.\n"
    )
    assert job.preferred == ("Bonus: Docker, Celery, any React.",)
    assert any(s.startswith("Python and Django") for s in job.required)


def test_a_preference_among_alternatives_in_brackets_keeps_the_ask_required() -> None:
    """ "(AWS preferred, GCP fine)" chooses among the clouds the line asks for; only a
    bracket of the cue alone ("Terraform (preferred)") makes the line optional."""
    job = read_job(
        "Machine Learning Engineer\n\n"
        "You will ship forecasting models to production and keep them healthy.\n\n"
        "Requirements\n"
        "* Experience with Docker and at least one cloud platform (AWS preferred, GCP fine)\n"
        "* Terraform (preferred)\n"
    )
    assert [s.startswith("Experience with Docker") for s in job.required] == [True]
    # the opening "You will ..." sums the role up before the asks: preferred too
    assert job.preferred == (
        "You will ship forecasting models to production and keep them healthy.",
        "Terraform (preferred)",
    )


def test_an_optional_lead_in_sentence_makes_its_list_preferred() -> None:
    """A lead-in too long for a heading that calls the list under it optional reads like a
    "Nice to have" heading: its bullets are preferred, not required."""
    job = read_job(
        "Python Systems Engineer\n\n"
        "Qualifications:\n\n"
        "- Strong system scripting ability using Python or Bash\n\n"
        "Experience with any of the following are nice to have, but are not required:\n\n"
        "- ElasticSearch, Docker, Kubernetes, Mesos\n"
        "- Continuous Integration tools (e.g., Jenkins, Travis, etc)\n"
    )
    assert job.required == ("Strong system scripting ability using Python or Bash",)
    assert "ElasticSearch, Docker, Kubernetes, Mesos" in job.preferred
    assert "Continuous Integration tools (e.g., Jenkins, Travis, etc)" in job.preferred


def test_a_bracket_of_the_cue_with_its_degree_or_a_note_still_makes_the_line_optional() -> None:
    """ "(strongly preferred)", "(preferred but not required)" and "(nice to have, e.g.
    for modelling)" rate the line itself; they name nothing to choose among."""
    job = read_job(
        "Machine Learning Engineer\n\n"
        "You will ship forecasting models to production and keep them healthy.\n\n"
        "Requirements\n"
        "* Python and SQL\n"
        "* Docker (strongly preferred)\n"
        "* Terraform (preferred but not required)\n"
        "* dbt (nice to have, e.g. for modelling)\n"
        "* Go or Rust (Rust preferred)\n"
    )
    assert job.preferred == (
        "You will ship forecasting models to production and keep them healthy.",
        "Docker (strongly preferred)",
        "Terraform (preferred but not required)",
        "dbt (nice to have, e.g. for modelling)",
    )
    assert any(s.startswith("Go or Rust") for s in job.required)


def test_prose_that_calls_a_skill_a_plus_or_offers_to_teach_it_is_preferred() -> None:
    """ "It's a plus if you've ..." and "SQL or willingness to learn it" under a list of
    requirements name skills the job welcomes, not conditions."""
    job = read_job(
        "Product Analyst\n\n"
        "What we're looking for\n"
        "You write fluent SQL and you've used Python for analysis. It's a plus if you've "
        "worked with causal inference methods.\n"
        "- Experience with Tableau or willingness to learn it in the first months.\n"
        "- Experience with Excel.\n"
    )
    assert job.required == (
        "You write fluent SQL and you've used Python for analysis.",
        "Experience with Excel.",
    )
    assert job.preferred == (
        "It's a plus if you've worked with causal inference methods.",
        "Experience with Tableau or willingness to learn it in the first months.",
    )


def test_a_list_of_lower_case_duties_under_you_ll_is_the_job_s_duties() -> None:
    job = read_job(
        "Backend Engineer\n\n"
        "Halyard builds the routing and dispatch platform used by regional freight carriers "
        "across the country, and the API team owns the services behind it.\n\n"
        "You'll\n"
        "- design and build gRPC APIs\n"
        "- write tests with pytest\n"
        "It would be great if you also had\n"
        "- Kafka\n"
    )
    assert job.responsibilities == ("design and build gRPC APIs", "write tests with pytest")
    assert job.preferred == ("Kafka",)


def test_prose_that_says_what_the_candidate_understands_or_is_experienced_with_asks() -> None:
    job = read_job(
        "Analytics Engineer\n\n"
        "Tilebridge connects independent tradespeople with homeowners across the country.\n\n"
        "You understand slowly changing dimensions and incremental models. You're experienced "
        "with dbt. We understand our customers.\n"
    )
    assert job.required == (
        "You understand slowly changing dimensions and incremental models.",
        "You're experienced with dbt.",
    )


def test_prose_duties_and_the_stack_a_duty_works_on_are_the_job_s_duties() -> None:
    job = read_job(
        "Product Analyst (Payments)\n\n"
        "Sundial is a 400-person company building accounting software for restaurants.\n\n"
        "In this job you'll spend most days in SQL and Looker. Our data lives in Snowflake "
        "and is modeled with dbt, which you'll contribute to. Our offices are in Austin.\n"
    )
    assert job.responsibilities == (
        "In this job you'll spend most days in SQL and Looker.",
        "Our data lives in Snowflake and is modeled with dbt, which you'll contribute to.",
    )


def test_a_plus_that_ends_a_sentence_makes_it_preferred() -> None:
    job = read_job(
        "Senior ML Engineer\n\n"
        "Loopwise is a podcast and audiobook app with nine million monthly listeners.\n\n"
        "What we're looking for\n"
        "- Solid SQL; BigQuery a plus.\n"
        "- Go or Rust (Rust a plus)\n"
    )
    assert job.required == ("Solid SQL;", "Go or Rust (Rust a plus)")
    assert job.preferred == ("BigQuery a plus.",)


def test_a_hard_wrapped_paragraph_is_read_as_its_sentences() -> None:
    """A posting pasted from an e-mail, wrapped at a fixed width, keeps a list that runs
    over the break ("Python, Go,\\nScala, and JavaScript") in one sentence; bullets and
    headings after a line that ends mid-sentence stay apart."""
    text = (
        "Back-end Developer\n"
        "Do you love to use languages like Python, Go, and other modern ones such as\n"
        "Scala, Clojure, and JavaScript to push bits fast across the whole internet?\n"
        "Requirements\n"
        "- Experience with PostgreSQL and the rest of a typical web stack in production\n"
        "- Experience with Git\n"
    )
    sentences = read_job(text).sentences
    assert sentences[0].text.endswith("whole internet?") and "Scala" in sentences[0].text
    assert text[sentences[0].start : sentences[0].end] == sentences[0].text
    assert [s.part for s in sentences[1:]] == ["required", "required"]
