"""The STAR analyzer, pure: sentences split and labelled S/T/A/R from features, the
findings (checks.py) that quote their sentences, and the score (analysis.py)."""
