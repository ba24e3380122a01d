"""The education part reads the common ways jobs word a degree, and tells preferred apart."""

from __future__ import annotations

import pytest

from pivotprep.resume.documents.reading import read_job
from pivotprep.resume.report.scoring import PART_WEIGHTS, ResumeText, degree_level, scan
from pivotprep.resume.service import job_input

RESUME_WITH_BSC = """Sam Lee
Data Analyst
Experience
- Wrote SQL reports for the finance team
Education
BSc Economics, University of York, 2014
"""

RESUME_WITHOUT_DEGREE = """Sam Lee
Data Analyst
Experience
- Wrote SQL reports for the finance team
"""


INTRO = (
    "Data Analyst\nResponsibilities\n- Build weekly reports on sales and stock for the "
    "store managers.\n- Answer business questions from the buying team with clear charts.\n"
)


def job(requirement: str, heading: str = "Requirements") -> str:
    return f"{INTRO}Requirements\n- 3+ years of experience with SQL.\n{heading}\n- {requirement}\n"


def education(resume: str, job_text: str) -> tuple[dict, dict | None]:
    report = scan(ResumeText.from_text(resume), job_input(read_job(job_text)))
    part = next((p for p in report.parts if p.name == "education"), None)
    return report.education, part.__dict__ if part else None


@pytest.mark.parametrize(
    ("wording", "level"),
    [
        ("BS/MS in Computer Science.", "bachelor's degree"),
        ("B.S. in Computer Science or related field.", "bachelor's degree"),
        ("Bachelors in a STEM subject", "bachelor's degree"),
        ("Degree in Computer Science, Statistics or similar.", "bachelor's degree"),
        ("M.S. or Ph.D. in Physics.", "master's degree"),
    ],
)
def test_common_degree_wordings_are_an_education_requirement(wording: str, level: str) -> None:
    found, part = education(RESUME_WITH_BSC, job(wording))
    assert found["asked"] == level
    assert found["job_sentence"]["text"].startswith(wording.rstrip("."))
    assert not found["preferred"]
    assert part is not None and part["weight"] == PART_WEIGHTS["education"]


@pytest.mark.parametrize(
    "wording", ["Advanced MS Excel skills.", "A high degree of autonomy.", "Based in Boston, MA."]
)
def test_abbreviations_and_words_outside_degree_context_ask_for_nothing(wording: str) -> None:
    found, part = education(RESUME_WITH_BSC, job(wording))
    assert found["asked"] is None and part is None


def test_a_degree_only_preferred_weighs_less_and_says_preferred() -> None:
    text = job("PhD in a quantitative field preferred.")
    found, part = education(RESUME_WITH_BSC, text)
    assert found["asked"] == "PhD" and found["preferred"]
    assert part is not None
    assert part["weight"] < PART_WEIGHTS["education"]
    assert "prefers (does not require) a PhD" in part["detail"]


def test_a_preferred_degree_under_a_nice_to_have_heading_is_preferred() -> None:
    text = job("Master's in Statistics.", heading="Nice to have")
    found, part = education(RESUME_WITHOUT_DEGREE, text)
    assert found["preferred"] and part is not None
    assert part["weight"] < PART_WEIGHTS["education"] and "prefers" in part["detail"]


def test_a_required_degree_wins_over_a_higher_preferred_one() -> None:
    text = (
        f"{INTRO}Requirements\n- BS in Computer Science.\n"
        "- PhD in a quantitative field preferred.\n"
    )
    found, part = education(RESUME_WITH_BSC, text)
    assert found["asked"] == "bachelor's degree" and found["meets"] and not found["preferred"]
    assert found["also_preferred"] == "PhD"
    assert part is not None and part["weight"] == PART_WEIGHTS["education"]
    assert "a PhD is preferred, not required" in part["detail"]


def test_missing_a_preferred_degree_costs_less_than_missing_a_required_one() -> None:
    required = scan(
        ResumeText.from_text(RESUME_WITHOUT_DEGREE), job_input(read_job(job("PhD in Physics.")))
    )
    preferred = scan(
        ResumeText.from_text(RESUME_WITHOUT_DEGREE),
        job_input(read_job(job("PhD in Physics preferred."))),
    )
    # Education is a check beside the rate: a preferred degree weighs a third of a required
    # one there, and "Physics", the field of study, is a keyword of neither.
    asked, wished = required.part("education"), preferred.part("education")
    assert asked is not None and wished is not None and wished.weight < asked.weight
    assert preferred.rate == required.rate


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("B.Tech/B.E. in Computer Science, 2016", 2),
        ("BE (Computer Engineering), Anna University, 2015", 2),
        ("BSc (Hons) Economics, University of Leeds", 2),
        ("Licenciatura en Economía, 2012", 2),
        ("M.Tech in Data Science, IIT Madras", 3),
        ("MSc Statistics, 2019", 3),
        ("M.E. Mechanical Engineering", 3),
        ("Diplom-Ingenieur Informatik, TU Berlin", 3),
        ("DPhil in Physics, Oxford", 4),
        ("Dr. rer. nat. in Chemistry", 4),
    ],
)
def test_international_degree_forms_are_read(line: str, level: int) -> None:
    found = degree_level(line)
    assert found is not None and found[0] == level


def test_an_upper_case_be_in_a_sentence_is_no_degree() -> None:
    assert degree_level("TO BE able to travel") is None


FILLER = (
    b"- Taught mathematics to 600 students for eight years and kept their records in "
    b"spreadsheets, then planned lessons, ran parent meetings and reported results.\n"
)


def test_the_target_title_drops_team_location_and_company() -> None:
    from pivotprep.resume.report.title_education import target_title

    assert target_title("Data Analyst, Customer Insights") == "Data Analyst"
    assert target_title("Software Engineer, Backend (Remote)") == "Software Engineer"
    assert target_title("Data Engineer - Platform") == "Data Engineer"
    assert target_title("Senior Data Scientist at Acme") == "Senior Data Scientist"
    # After one word the comma is the title's own inversion, not a team.
    assert target_title("Engineer, Data") == "Engineer, Data"


def test_a_colon_parts_the_title_from_its_team_or_from_a_label() -> None:
    from pivotprep.resume.report.title_education import target_title

    long = "Open Source Infrastructure Engineer: Site Reliability Engineering and Cloud"
    assert target_title(long) == "Open Source Infrastructure Engineer"
    assert target_title("Vacancy: Data Engineer") == "Data Engineer"
    assert target_title("Job posting: Senior Data Analyst - Remote") == "Senior Data Analyst"
    # an agency's label before the title, without a role word of its own
    assert target_title("Urgent Requirement: Java Developer") == "Java Developer"
    assert target_title("12 Month Contract: Data Analyst") == "Data Analyst"
    # a one-word head is no title of its own
    assert target_title("Engineer: Data Platform") == "Engineer: Data Platform"
    # a one-word head naming no role is the product or team the title belongs to
    assert target_title("Login.gov: Data Analyst") == "Data Analyst"
    assert target_title("Notify: Senior Developer") == "Senior Developer"
    no_role = "Analytics: Reporting and Dashboards"
    assert target_title(no_role) == no_role


def test_the_title_row_and_the_headline_check_agree_on_a_titled_team(session) -> None:  # type: ignore[no-untyped-def]
    """'Data Analyst, Customer Insights' with 'Data Analyst' in the headline: both say so."""
    from pivotprep.resume.service import scan_documents

    result = scan_documents(
        session,
        resume_data=b"Dana Lee\nData Analyst | dana@example.com\n\nEXPERIENCE\n- SQL.\n" + FILLER,
        resume_filename="dana.txt",
        job=(
            "Data Analyst, Customer Insights\n\nRequirements\n"
            "- Strong SQL: joins, window functions and CTEs over large tables.\n"
            "- Working knowledge of Python for analysis and clear written communication.\n"
        ),
        semantic="off",
        store=False,
    )
    view = result.view()
    title = next(p for p in view.parts if p.name == "job_title")
    assert title.score == 1.0
    headline = next(f for f in view.formatting if f.check == "headline title")
    assert headline.severity == "ok", headline.message


@pytest.mark.parametrize(
    "sentence",
    [
        "Brightwell Health - Boston, MA (Hybrid)",
        "Jackson, MS 39201",
        "You don't need a PhD, and we don't use deep learning much.",
        "No degree required.",
        "A degree is not required; what you have built matters.",
        "We do not require a degree.",
    ],
)
def test_a_state_or_a_degree_the_posting_does_not_ask_for_is_no_degree(sentence: str) -> None:
    from pivotprep.resume.report.title_education import asked_degree

    assert asked_degree(sentence) is None


def test_a_degree_asked_beside_one_not_asked_is_still_read() -> None:
    from pivotprep.resume.report.title_education import asked_degree

    found = asked_degree("Bachelor's degree in CS required; a master's is not required.")
    assert found is not None and found[0] == 2
    assert asked_degree("MA in Economics preferred") == (3, "master's degree")


def test_a_degrees_fields_of_study_are_not_keywords_but_the_same_words_elsewhere_are() -> None:
    """ "Master's degree in Statistics or a related field" asks for a degree (the
    education check), not for the keyword "statistics"; "statistical modeling in R" does."""
    from pivotprep.resume.report.scoring import JobText, ResumeText, scan

    job = JobText.from_text(
        "Data Scientist\nBasic qualifications\n"
        "- Master's degree in Statistics, Economics or a related quantitative field\n"
        "- 2+ years of statistical modeling in Python or R\n"
    )
    resume = ResumeText.from_text("Sam Lee\nAnalyst\n- Regression models in R for pricing\n")
    keywords = {k.name: k for k in scan(resume, job).keywords}
    assert "economics" not in keywords
    assert keywords["statistics"].job_forms == ["statistical modeling"]  # not "Statistics"


def test_fields_in_brackets_after_a_kind_of_subject_are_fields_not_asks() -> None:
    """ "MSc or PhD in a quantitative subject (statistics, economics, physics)": the
    bracket says which degrees count; the skills asked after it stay keywords."""
    from pivotprep.resume.report.title_education import degree_field_spans

    sentence = "MSc or PhD in a quantitative subject (statistics, economics, physics), and SQL"
    spans = degree_field_spans(sentence)
    assert [sentence[s:e] for s, e in spans] == ["statistics, economics, physics"]
    assert degree_field_spans("Experience in a related area (Python, SQL)") == []


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "Bachelor's degree in Computer Science and 3+ years of experience with Python and "
            "Kubernetes",
            {"Python", "Kubernetes"},
        ),
        ("MS in Statistics with experience in R and Python", {"R", "Python"}),
        ("A high degree of ownership of our Kubernetes and Terraform setup", {"Kubernetes"}),
    ],
)
def test_the_fields_of_study_end_where_the_asks_begin(sentence: str, kept: set[str]) -> None:
    from pivotprep.resume.matching.extraction import extract_mentions
    from pivotprep.resume.report.title_education import degree_field_spans

    spans = degree_field_spans(sentence)
    named = {
        m.skill.name
        for m in extract_mentions(sentence)
        if not any(s < m.end and m.start < e for s, e in spans)
    }
    assert kept <= named


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("Master's degree required, PhD not required", 3),
        ("Bachelor's degree required, travel is not required", 2),
        ("A master's degree is preferred but not required", 3),
        ("PhD in Statistics or Physics, MS with 2+ years of industry experience", 3),
    ],
)
def test_a_negation_or_a_state_reaches_no_degree_it_does_not_name(
    sentence: str, level: int
) -> None:
    from pivotprep.resume.report.title_education import asked_degree

    found = asked_degree(sentence)
    assert found is not None and found[0] == level


def test_a_seniority_and_a_role_before_the_comma_keep_the_field_after_it() -> None:
    from pivotprep.resume.report.title_education import target_title

    assert target_title("Senior Manager, Data Science") == "Senior Manager, Data Science"


def test_a_bracket_after_mastery_or_an_alternative_to_the_degree_names_asks() -> None:
    """ "Mastery in a domain (Kafka, Flink)" names no degree, and "(or 3+ years with
    Java)" offers experience instead of the degree: neither bracket lists fields."""
    from pivotprep.resume.report.title_education import degree_field_spans

    assert degree_field_spans("Demonstrated mastery in a specific domain (Kafka, Flink).") == []
    assert degree_field_spans("BS in a relevant field (or 3+ years of experience with Java).") == []
    sentence = "Master's in a quantitative field (statistics, physics)"
    assert [sentence[s:e] for s, e in degree_field_spans(sentence)] == ["statistics, physics"]


def test_fields_listed_before_or_related_field_are_fields_in_any_case() -> None:
    """ "BS/BA in GIS, computer science, user-centered design or related field": every
    subject of the list is a field of study; what is asked after it stays a keyword."""
    from pivotprep.resume.report.title_education import degree_field_spans

    sentence = "BS/BA in GIS, computer science, user-centered design or related field"
    spans = degree_field_spans(sentence)
    assert "GIS, computer science, user-centered design" in [sentence[s:e] for s, e in spans]
    asked = "Experience in Python, SQL or a similar language"
    assert degree_field_spans(asked) == []


def test_the_experience_after_a_degree_is_not_one_of_its_fields() -> None:
    """ "Bachelor's degree in CS and 2+ years of experience in Python, SQL or related
    areas": the degree's field is CS; Python and SQL are asked as experience."""
    from pivotprep.resume.report.title_education import degree_field_spans

    sentence = "Bachelor's degree in CS and 2+ years of experience in Python, SQL or related areas"
    fields = [sentence[s:e] for s, e in degree_field_spans(sentence)]
    assert not [f for f in fields if "Python" in f], fields
    sentence = "BS in Computer Science with strong skills in Java, Python or a related field"
    fields = [sentence[s:e] for s, e in degree_field_spans(sentence)]
    assert not [f for f in fields if "Java" in f], fields
