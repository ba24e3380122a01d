"""Fixtures for the applications tests: a profile with past employers, LinkedIn-shaped
exports, and a posting with a résumé that does or does not match it (synthetic people)."""

from __future__ import annotations

import pytest

LINKEDIN_NOTES = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    'are missing. You will only see email addresses for connections who have allowed it."\n'
    "\n"
)
LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"

POSTING = (
    "Data Engineer\n"
    "Acme Analytics is hiring a data engineer to build our batch and streaming pipelines.\n"
    "Requirements: strong SQL and Python; experience with Apache Airflow and dbt; data "
    "modelling for a warehouse on Snowflake; version control with Git.\n"
    "Nice to have: Kafka, Docker, AWS.\n"
    "You will work with analysts to turn business questions into reliable datasets.\n"
)
RESUME_MATCH = (
    "Sam Rivera\nData Engineer\n\nExperience\n"
    "Moved the monthly finance reporting of a regional bank onto automated pipelines.\n"
    "Built SQL and Python pipelines orchestrated with Apache Airflow and dbt.\n"
    "Designed data models for a Snowflake warehouse; versioned everything in Git.\n"
    "Streamed events with Kafka in Docker containers on AWS.\n"
    "Worked with analysts to turn business questions into datasets.\n"
)
RESUME_WEAK = (
    "Sam Rivera\nFinancial Analyst\n\nExperience\n"
    "Prepared monthly budget reports in spreadsheets for the finance team of a regional bank.\n"
    "Presented variance analysis to managers every quarter and explained the largest gaps.\n"
    "Reconciled ledgers with the accounting department before each month-end close.\n"
    "Trained two junior analysts on the reporting calendar and the review checklist.\n"
)


def linkedin_csv(rows: list[str], *, notes: bool = True) -> str:
    return (LINKEDIN_NOTES if notes else "") + LINKEDIN_HEADER + "".join(r + "\n" for r in rows)


@pytest.fixture
def profile(session):
    from pivotprep.profile.service import save_profile
    from pivotprep.profile.validation import validate_profile

    saved = save_profile(
        session,
        validate_profile(
            target_role="data-engineer",
            company_sizes="50-500,500+",
            hours_per_week=15,
            timeline_months=4,
            past_roles="Financial analyst at Northwind Bank|finance|6",
            domain="finance",
            name="Sam Rivera",
        ),
    )
    session.flush()
    return saved
