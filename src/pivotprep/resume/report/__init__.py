"""The ATS report: the match rate and its parts, keyword evidence, title and education,
formatting checks, triage of what is missing and the translation of past experience."""
