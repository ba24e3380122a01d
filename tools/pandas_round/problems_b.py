"""The pandas round, part B."""

from tools.pandas_round.spec import F, S, Problem

PROBLEMS: list[Problem] = []
