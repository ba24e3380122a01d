"""SQL building blocks shared by the dataset generators: literal lists, deterministic picks
and the name vocabularies.

Every generated value comes from `u(i, k)`, a macro that `datasets.build` defines on the
connection: a uniform number in [0, 1) computed as a hash of the row number `i`, a column
salt `k` and the seed. The helpers here only write SQL text around it.
"""

from __future__ import annotations

FIRST = [
    "Ana", "Ben", "Chloe", "Dmitri", "Emeka", "Fatima", "Grace", "Hiro", "Ines", "Jonas",
    "Kavya", "Liam", "Mei", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sven", "Tariq",
    "Uma", "Victor", "Wen", "Ximena", "Yusuf", "Zoe",
]  # fmt: skip
LAST = [
    "Adeyemi", "Becker", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ito",
    "Jansen", "Kowalski", "Lopez", "Moreau", "Nakamura", "Okafor", "Petrov", "Quinn", "Rossi",
    "Singh", "Tanaka", "Umar", "Varga", "Walsh", "Yilmaz", "Zhang",
]  # fmt: skip


def sql_list(values: list[str]) -> str:
    return "[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


def pick(values: list[str], i: str, k: int, skew: float = 1.0) -> str:
    """SQL that picks one of `values` for row `i`; skew > 1 favours the first entries."""
    return f"{sql_list(values)}[1 + floor(pow(u({i}, {k}), {skew}) * {len(values)})::INT]"
