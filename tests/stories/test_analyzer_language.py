"""English answers are never refused as "not English"; other languages still are."""

from __future__ import annotations

import pytest

from pivotprep.stories.analyzer.analysis import analyze, not_english_reason

TERSE_NOTES = (
    "S: Deployed database migration without testing rollback, migration failed\n"
    "T: Fix production outage I caused\n"
    "A:\n"
    "- Immediately alerted manager and team (transparency)\n"
    "- Restored from backup (30 min downtime)\n"
    "- Created migration checklist with rollback testing\n"
    "R: 30 min downtime, but process prevented 3 future incidents"
)


def test_terse_english_notes_are_read_not_refused() -> None:
    assert not_english_reason(TERSE_NOTES) == ""
    assert analyze(TERSE_NOTES).score > 0


@pytest.mark.parametrize(
    "text",
    [
        "Organicé el inventario de la tienda y reduje las pérdidas a la mitad en tres meses.",
        "J'ai réorganisé le planning des infirmières pour réduire les heures supplémentaires.",
        "Ich habe die Tabelle für die Schüler gebaut und die Fehlzeiten sind gesunken.",
        "Ho riorganizzato il magazzino e le perdite sono scese della metà in tre mesi.",
    ],
)
def test_other_latin_script_languages_are_still_refused(text: str) -> None:
    assert "common English words" in not_english_reason(text)
