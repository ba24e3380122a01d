"""Portfolio and take-home check: install from a clean slate, run, test, probe, report."""
