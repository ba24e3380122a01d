"""The pandas round, part C."""

from tools.pandas_round.spec import F, S, Problem

PROBLEMS: list[Problem] = []
