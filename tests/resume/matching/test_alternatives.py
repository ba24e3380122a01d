"""One-of groups: skills a requirement offers as alternatives count as one keyword."""

from __future__ import annotations

import pytest

from pivotprep.resume.matching.alternatives import group_name, one_of_groups
from pivotprep.resume.matching.extraction import extract_mentions
from pivotprep.resume.report.scoring import JobText, ResumeText, scan
from pivotprep.resume.report.triage import GAP, triage

AWS, GCP, AZURE = "Amazon Web Services", "Google Cloud Platform", "Microsoft Azure"

CLOUD_JOB = """Data Engineer
Requirements
- Experience with AWS or GCP.
- Strong Python and SQL.
"""


def groups(sentence: str) -> list[tuple[str, ...]]:
    job = JobText.from_text("Engineer\nRequirements\n" + sentence + "\n")
    return [g.members for g in one_of_groups(job.text, job.sentences, extract_mentions(job.text))]


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        ("Experience with AWS or GCP.", [(AWS, GCP)]),
        ("Hands-on AWS/GCP/Azure experience.", [(AWS, GCP, AZURE)]),
        ("A cloud platform such as AWS, GCP, or Azure.", [(AWS, GCP, AZURE)]),
        ("A cloud platform such as AWS, GCP.", [(AWS, GCP)]),
        ("Deep knowledge of one of Python, Java and Go.", [("Python", "Java", "Go")]),
        ("Python and/or R programming.", [("Python", "R")]),
        ("Tableau, Looker or similar BI tools.", [("Tableau", "Looker")]),
        ("A cloud (AWS, GCP, Azure - any is fine).", [(AWS, GCP, AZURE)]),
        ("Strong Python (pandas, scikit-learn) or R.", [("Python", "R")]),
        # the "or" after the bracket closes the whole comma list, as without the bracket
        ("Java, Python (pandas) or R.", [("Java", "Python", "R")]),
        ("Python and SQL (PostgreSQL) or R.", [("SQL", "R")]),
        # a bracket after each alternative: one list read past both brackets
        ("Python (pandas) or R (tidyverse) or Julia.", [("Python", "R", "Julia")]),
        # a platform with its own services in brackets is one alternative of the list, met
        # by the platform or any of its services
        (
            "Experience with AWS (EC2, S3, Lambda), GCP or Azure.",
            [(AWS, "Amazon EC2", "Amazon S3", "AWS Lambda", GCP, AZURE)],
        ),
        ("A BI tool (e.g. Tableau or Looker) and SQL.", [("Tableau", "Looker")]),
        # a bracket of years or of names the taxonomy does not know is details too
        ("Python (3+ years) or Java (5+ years).", [("Python", "Java")]),
        ("AWS (EC2), GCP (Compute Engine) or Azure (VMs).", [(AWS, "Amazon EC2", GCP, AZURE)]),
        (
            "Azure (Data Factory, Synapse) or AWS (Glue, Redshift).",
            [(AZURE, AWS, "AWS Glue", "Amazon Redshift")],
        ),
        ("Python, Java, Go: whichever you know best.", [("Python", "Java", "Go")]),
        ("Python, Java, Go: any of them is fine.", [("Python", "Java", "Go")]),
        ("Strong Python, SQL and Excel.", []),  # a plain list: each one is asked for
        ("Python and SQL; AWS or GCP.", [(AWS, GCP)]),
        (
            "Our core languages are Ruby, Python, JavaScript, and Go. You should have "
            "experience with at least one of those languages and with SQL.",
            [("Ruby", "Python", "JavaScript", "Go")],
        ),
        ("Our core languages are Ruby, Python, and Go. You should know all of them.", []),
        # a skill and a trait are no choice between two skills
        ("Experience with SQL or willingness to learn it.", []),
        # a spaced pipe separates a list; a pipe between two names offers a choice
        ("Stack: Python | dbt | Snowflake | Dagster.", []),
        ("Python|R for analysis.", [("Python", "R")]),
        # a list of examples keeps its own "and"
        (
            "Design concepts such as OOD, SOLID and design patterns.",
            [("object-oriented programming", "SOLID", "design patterns")],
        ),
        (
            "BI tools such as Tableau, Looker, and Power BI.",
            [("Tableau", "Looker", "Microsoft Power BI")],
        ),
        # a skill's other name in brackets is that skill, not a keyword of its own
        (
            "Knowledge of deploying using Kubernetes (K8s) or Docker/Podman.",
            [("Kubernetes", "Docker", "Podman")],
        ),
        # the words a list puts around a name, and names glued together, stay in the list
        (
            "Ruby and the Ruby on Rails framework, C#.NET, or similar.",
            [("Ruby on Rails", "C#", ".NET")],
        ),
    ],
)
def test_alternatives_are_found_in_one_sentence(sentence: str, members: list) -> None:
    assert groups(sentence) == members


def test_alternatives_do_not_cross_sentences() -> None:
    assert groups("Experience with AWS. Or GCP is fine too.") == []


def test_group_name_lists_the_alternatives() -> None:
    assert group_name([AWS, GCP]) == f"{AWS} or {GCP}"
    assert group_name(["A", "B", "C"]) == "A, B or C"


def test_a_resume_with_one_alternative_matches_the_group() -> None:
    resume = ResumeText.from_text("Jo Park\nData Engineer\n- Built pipelines on GCP in Python\n")
    report = scan(resume, JobText.from_text(CLOUD_JOB))
    group = next(k for k in report.keywords if k.alternatives)
    assert group.name == f"{AWS} or {GCP}" and group.alternatives == [AWS, GCP]
    assert group.matched and group.matched_by == [GCP] and group.part == "required"
    assert group.evidence.resume_lines[0]["number"] == 3
    names = {k.name for k in report.keywords}
    assert AWS not in names and GCP not in names  # never counted on their own
    hard = report.part("hard_skills")
    # the group and Python; not SQL
    assert hard is not None and "required or in the duties: 2 of 3" in hard.detail


def test_a_resume_with_neither_has_one_missing_item_naming_both() -> None:
    resume = ResumeText.from_text("Jo Park\nData Engineer\n- Wrote Python and SQL daily\n")
    report = scan(resume, JobText.from_text(CLOUD_JOB))
    missing = [k for k in report.missing if k.kind == "hard_skills"]
    assert [k.name for k in missing] == [f"{AWS} or {GCP}"]
    assert missing[0].alternatives == [AWS, GCP] and missing[0].matched_by == []
    result = triage(report, resume)
    assert len(result.items) == 1
    item = result.items[0]
    assert item.verdict == GAP and item.alternatives == [AWS, GCP]
    # in the job's own words ("AWS or GCP"), not the taxonomy's names
    assert "'AWS' or 'GCP'" in item.suggestion and "the first, AWS," in item.suggestion
    assert item.suggestion.startswith("Do not add")


def test_missing_one_group_costs_one_keyword_not_two() -> None:
    neither = ResumeText.from_text("Jo Park\nData Engineer\n- Wrote Python and SQL daily\n")
    report = scan(neither, JobText.from_text(CLOUD_JOB))
    hard = report.part("hard_skills")
    assert hard is not None and (hard.matched, hard.total) == (6.0, 9.0)


def test_a_group_keeps_every_alternative_when_a_member_is_also_asked_alone() -> None:
    """ "Kubernetes" required, then "Docker, Kubernetes, Google Cloud, etc.": the group stays
    (met by any member, so the candidate's Docker is credited), and the member asked alone
    is its own keyword once."""
    job = JobText.from_text(
        "Cloud Engineer\nRequirements\n- Production experience with AWS.\n"
        "- Terraform on AWS or GCP.\n"
    )
    resume = ResumeText.from_text("Jo Park\nEngineer\n- Ran services on GCP\n")
    report = scan(resume, job)
    names = [k.name for k in report.keywords if k.kind == "hard_skills"]
    assert names.count(AWS) == 1
    group = next(k for k in report.keywords if k.alternatives)
    assert set(group.alternatives) == {AWS, "Google Cloud Platform"}
    assert group.matched and group.matched_by == ["Google Cloud Platform"]
    aws = next(k for k in report.keywords if k.name == AWS)
    assert not aws.matched and aws.job_count == 1


def test_a_triaged_group_takes_the_best_verdict_of_its_members() -> None:
    job = JobText.from_text(
        "Data Analyst\nRequirements\n- Dashboards in Tableau or Looker for the sales team.\n"
    )
    resume = ResumeText.from_text("Jo Park\nAnalyst\n- Built Power BI dashboards for sales\n")
    result = triage(scan(resume, job), resume)
    item = next(i for i in result.items if i.alternatives)
    assert item.keyword == "Tableau or Looker"
    assert item.verdict != GAP  # Power BI is a sibling of one of them: transferable


def test_a_list_asked_for_by_the_next_sentence_takes_that_sentence_part() -> None:
    from pivotprep.resume.documents.reading import read_job
    from pivotprep.resume.service import job_input

    job = job_input(
        read_job(
            "Backend Engineer\n"
            "We build digital services for public agencies and care about their users a great "
            "deal, from the first research interview to the last release.\n\n"
            "Our core languages are Ruby, Python, JavaScript, and Go. You must have experience "
            "with at least one of these languages.\n"
        )
    )
    parts = [s.part for s in job.sentences if "languages" in s.text]
    assert parts[0] != "required" and parts[1] == "required"
    report = scan(ResumeText.from_text("Sam\nEngineer\n- Built APIs in Python\n"), job)
    group = next(k for k in report.keywords if k.alternatives)
    assert group.alternatives == ["Ruby", "Python", "JavaScript", "Go"]
    assert group.part == "required" and group.matched_by == ["Python"]


def test_a_suite_with_its_parts_is_one_group_a_language_with_libraries_is_not() -> None:
    office = "Microsoft Office"
    assert groups("Proficiency with Microsoft Office Suite (Outlook, Word, Excel).") == [
        (office, "Microsoft Outlook", "Microsoft Word", "Microsoft Excel")
    ]
    assert groups("Python (NumPy, pandas) and SQL.") == []


def test_a_back_reference_after_several_lists_groups_only_the_last() -> None:
    job = JobText.from_text(
        "Engineer\nRequirements\nWe run Docker and Kubernetes in production and write "
        "Ruby, Python, and Go. You should know at least one of these languages.\n"
    )
    found = one_of_groups(job.text, job.sentences, extract_mentions(job.text))
    assert [g.members for g in found] == [("Ruby", "Python", "Go")]
    assert found[0].asked_in == job.sentences[-1].index


def test_a_bracket_after_at_least_one_kind_lists_the_kinds_that_will_do() -> None:
    from pivotprep.resume.documents.reading import read_job
    from pivotprep.resume.service import job_input

    def read(sentence: str) -> list[tuple[str, ...]]:
        duties = "What you'll do\n- Build and run the services that move our customers' data.\n"
        job = job_input(read_job(f"Engineer\n\n{duties}\nRequirements\n- {sentence}\n"))
        mentions = extract_mentions(job.text)
        return [g.members for g in one_of_groups(job.text, job.sentences, mentions)]

    assert read(
        "You've used Docker and at least one cloud platform (we use GCP; AWS experience is "
        "fine too)."
    ) == [(GCP, AWS)]
    assert read("You've used Docker and a cloud platform (we use GCP and AWS).") == []
    # a word of preference beside a name still leaves a list of alternatives
    assert read(
        "Experience with Docker and at least one cloud platform (AWS preferred, GCP fine)."
    ) == [(AWS, GCP)]


def test_an_example_or_another_of_its_kind_is_one_group() -> None:
    """ "SQL Server or another relational database" asks for a relational database, SQL
    Server one that will do."""
    from pivotprep.resume.documents.reading import read_job
    from pivotprep.resume.service import job_input

    job = job_input(
        read_job(
            "Data Scientist\n\nWhat you will do\n- Build models that predict readmissions "
            "for our hospitals and explain them to the nurse managers who act on them.\n"
            "\nWhat we need\n- Strong SQL; experience with SQL Server or another relational "
            "database.\n"
        )
    )
    groups = one_of_groups(job.text, job.sentences, extract_mentions(job.text))
    assert [g.members for g in groups] == [("Microsoft SQL Server", "relational databases")]


def test_a_rated_name_ends_a_list_of_examples() -> None:
    """ "such as Tableau preferred, SQL required": the word of preference closes the
    example; the name after the comma is asked for in its own right."""
    assert groups("Experience with a BI tool such as Tableau preferred, SQL required.") == []
    assert groups("Experience with BI tools like Tableau is great, Python is a must.") == []
    assert groups("A cloud platform such as AWS, GCP.") == [(AWS, GCP)]
    assert groups("Experience with PostgreSQL preferred, or MySQL.") == [("PostgreSQL", "MySQL")]


def test_a_long_gap_between_two_names_is_no_link() -> None:
    """Two names far apart in one sentence are not alternatives, however the gap ends; the
    gap is not handed to the link patterns (whose optional spaces backtrack on long runs)."""
    from pivotprep.resume.matching.alternatives import LINK_CHARS, _link

    assert _link(" preferred, ") is not None
    assert _link(" " * (LINK_CHARS + 1) + ", ") is None


def test_what_follows_a_list_is_read_up_to_the_next_list_in_a_long_sentence() -> None:
    """ "or similar" after a list closes that list only, however many lists the sentence
    holds (each list looks at the text up to the next one)."""
    assert groups(
        "Tableau, Looker or similar tools and Python, Java or similar; also Excel, Word or similar."
    ) == [("Tableau", "Looker"), ("Python", "Java"), ("Microsoft Excel", "Microsoft Word")]
    sentence = "Python, Java or similar and Excel, Word in one piece, " * 100
    assert groups(sentence) == [("Python", "Java")] * 100


def test_a_platform_with_its_services_is_one_alternative_met_by_any_service() -> None:
    job = JobText.from_text(
        "Data Engineer\nRequirements\n- Experience with AWS (EC2, S3, Lambda), GCP or Azure.\n"
    )
    resume = ResumeText.from_text("Jo Park\nData Engineer\n- Ran nightly batch jobs on EC2\n")
    report = scan(resume, job)
    groups = [k for k in report.keywords if k.alternatives]
    # EC2 is met, and shows AWS (a provider's service shows the provider)
    assert len(groups) == 1 and groups[0].matched
    assert set(groups[0].matched_by) == {"Amazon EC2", AWS}
    assert {AWS, GCP, AZURE} <= set(groups[0].alternatives)
