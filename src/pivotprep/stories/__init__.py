"""Behavioral practice: STAR stories, the analyzer that quotes its evidence, signals,
the question bank, coverage, timed practice and "explain it to a VP" drills."""
