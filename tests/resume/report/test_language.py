"""A resume or a posting not written in English is said first: the scan's skill names,
headings and advice are English, so its rate says little there (report/language.py)."""

from __future__ import annotations

import pytest

from pivotprep.resume.report.language import not_english_reason
from pivotprep.resume.service import scan_documents
from tests.resume.pairs import ANALYST_JOB, TEACHER_RESUME

FRENCH_JOB = """Analyste de données

Au sein de l'équipe Data, vous serez chargé de l'analyse des données de vente et de la
production de tableaux de bord pour les directions métier. Vous travaillerez avec les
équipes produit et finance pour définir les indicateurs clés.

Profil recherché
- Maîtrise de SQL et de Python pour l'analyse de données
- Expérience avec Tableau ou Power BI
- Capacité à présenter des résultats à des interlocuteurs non techniques
"""
GERMAN = (
    "Wir suchen eine Datenanalystin für unser Team in Berlin. Sie arbeiten mit SQL und "
    "Python und erstellen Berichte für die Geschäftsführung. Sie haben Erfahrung mit "
    "Tableau und sind sicher im Umgang mit großen Datenmengen und der Kommunikation."
)
# English written as terse bullets has few English function words, and none of another
# language's: it is English.
TERSE_ENGLISH = "\n".join(
    [
        "- Built Power BI dashboards: attendance, grades, budget.",
        "- Python, pandas, SQL; Excel macros replaced.",
        "- Weekly KPI pack, 12 schools, 3 regions.",
        "- Data quality checks: duplicates, missing values, late entries.",
        "- Stakeholders: heads, governors, finance office.",
    ]
)


@pytest.mark.parametrize("text", [FRENCH_JOB, GERMAN, "数据分析师 负责销售数据的分析和报表 " * 5])
def test_a_text_in_another_language_is_named(text: str) -> None:
    assert not_english_reason(text)


@pytest.mark.parametrize("text", [TERSE_ENGLISH, ANALYST_JOB, TEACHER_RESUME, "Analyste"])
def test_english_or_too_short_to_tell_is_not(text: str) -> None:
    assert not_english_reason(text) == ""


def fixes_for(session, job: str) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    """The top fixes of the teacher's resume scanned against `job`."""
    result = scan_documents(
        session,
        resume_data=TEACHER_RESUME.encode(),
        resume_filename="alex.txt",
        job=job,
        semantic="off",
        store=False,
    )
    return result.view().fixes


def test_a_posting_in_french_is_the_first_fix(session) -> None:  # type: ignore[no-untyped-def]
    fixes = fixes_for(session, FRENCH_JOB)
    assert fixes[0].startswith("The job posting does not look like English")
    assert not any("Your resume does not look like English" in fix for fix in fixes)
    assert not any("look like English" in fix for fix in fixes_for(session, ANALYST_JOB))
