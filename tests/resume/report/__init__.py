"""Tests of the scan report: scoring, evidence, title and education, triage, translation,
formatting and presentation."""
