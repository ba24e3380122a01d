"""Writes dataset.sql: the club rows of the outside SQL set, invented here.

Run once (`python bench/data/sql_outside/make_dataset.py`); the output is committed, so
the bench and the test read a fixed file. Names, costs, phone numbers and bookings are
made up, drawn with a fixed seed; the only values chosen to meet the third-party answers
are the ones those answers filter on (facilities named 'Tennis Court 1' and 'Tennis Court
2', facility ids 1 and 5, a member named David Farrell, member ids 0 (guests), 1, 12, 22
and 27 with recommendation chains, bookings in 2012).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

FACILITIES = [  # facid, name, membercost, guestcost, initialoutlay, monthlymaintenance
    (0, "Tennis Court 1", 6, 24, 9000, 180),
    (1, "Tennis Court 2", 6, 24, 9500, 180),
    (2, "Squash Court A", 4, 16, 6000, 90),
    (3, "Climbing Wall", 8, 20, 22000, 450),
    (4, "Sauna", 12, 30, 15000, 600),
    (5, "Yoga Studio", 2.5, 10, 3000, 100),
    (6, "Table Tennis", 0, 4, 350, 12),
    (7, "Swimming Lane", 3, 9.5, 40000, 1200),
    (8, "Spin Studio", 1.5, 7, 7000, 140),
    (9, "Physio Room", 30, 70, 5000, 2500),
]
POPULARITY = [4.0, 3.6, 1.6, 1.2, 1.1, 1.4, 0.8, 1.5, 1.3, 0.7]  # bookings a day, on average

MEMBERS = [  # memid, surname, firstname, recommendedby
    (1, "Okafor", "Adaeze", None), (2, "Lindqvist", "Sven", None),
    (3, "Brennan", "Maeve", None), (4, "Moreau", "Julien", 1), (5, "Tanaka", "Hiro", 1),
    (6, "Farrell", "David", None), (7, "Haddad", "Rania", 2), (8, "Kowalski", "Piotr", 3),
    (9, "Brennan", "Cormac", 1), (10, "Silva", "Beatriz", None), (11, "Nakamura", "Emi", 3),
    (12, "Okafor", "Chidi", 5), (13, "Ivanova", "Olga", 2), (14, "Quinn", "Rory", 4),
    (15, "Delgado", "Lucia", None), (16, "Ahmed", "Samir", 12), (17, "Weber", "Jonas", 6),
    (18, "Novak", "Petra", 7), (19, "Farrell", "Nora", None), (20, "Castillo", "Diego", 11),
    (21, "Jensen", "Freja", 6), (22, "Mbeki", "Thabo", 16), (23, "Ueda", "Kaito", 8),
    (24, "Rossi", "Giulia", 10), (25, "Petrov", "Ivan", 14), (26, "Lindqvist", "Astrid", 13),
    (27, "Youssef", "Layla", 20), (28, "Garcia", "Mateo", 15), (29, "Eriksen", "Ida", 9),
    (30, "Zhou", "Wei", 9),
]  # fmt: skip
STREETS = ["Alder Row", "Quarry Lane", "Harbour Walk", "Mill Street", "Orchard Rise",
           "Canal Side", "Beacon Hill", "Tanner Yard"]  # fmt: skip


def members(rng: random.Random) -> list[tuple[object, ...]]:
    """Member rows: guest 0 first, then members joining one after another in 2012."""
    rows: list[tuple[object, ...]] = [
        (0, "GUEST", "GUEST", "GUEST", 0, "(000) 000-0000", None, datetime(2012, 6, 30, 8))
    ]
    joined = datetime(2012, 7, 1, 9, 15)
    for memid, surname, firstname, recommender in MEMBERS:
        joined += timedelta(days=rng.randint(2, 8), minutes=rng.randint(0, 600))
        area, line = rng.randint(200, 989), rng.randint(1000, 9999)
        phone = f"({area}) 555-{line}" if rng.random() < 0.5 else f"{area}-555-{line}"
        address = f"{rng.randint(1, 240)} {rng.choice(STREETS)}, Eastbridge"
        zipcode = rng.choice([rng.randint(100, 999), rng.randint(1000, 9999),
                              rng.randint(10000, 99999)])  # fmt: skip
        rows.append((memid, surname, firstname, address, zipcode, phone, recommender, joined))
    return rows


def bookings(rng: random.Random, joined: dict[int, datetime]) -> list[tuple[object, ...]]:
    """Bookings from 2012-07-03 to 2013-01-02, 08:00 to 20:00 in half-hour steps."""
    rows = []
    day = datetime(2012, 7, 3)
    while day <= datetime(2013, 1, 2):
        for facid, rate in enumerate(POPULARITY):
            for _ in range(rng.choices(range(9), weights=poisson(rate))[0]):
                start = day + timedelta(minutes=480 + 30 * rng.randint(0, 24))
                able = [m for m, when in joined.items() if m and when <= start]
                guest = rng.random() < 0.22 or not able
                memid = 0 if guest else rng.choice(able)
                slots = rng.randint(2, 6) if facid < 2 else rng.randint(1, 4)
                rows.append((facid, memid, start, slots))
        day += timedelta(days=1)
    rows.sort(key=lambda r: (r[2], r[0]))
    return [(i, *row) for i, row in enumerate(rows)]


def poisson(rate: float) -> list[float]:
    """Weights of 0..8 bookings a day for an average of `rate`."""
    weights, term = [], 1.0
    for k in range(9):
        weights.append(term)
        term *= rate / (k + 1)
    return weights


def literal(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, datetime):
        return f"TIMESTAMP '{value:%Y-%m-%d %H:%M:%S}'"
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return str(value)


def insert(table: str, rows: list[tuple[object, ...]]) -> str:
    values = ",\n".join("(" + ", ".join(literal(v) for v in row) + ")" for row in rows)
    return f"INSERT INTO cd.{table} VALUES\n{values};\n"


SCHEMA = """-- The outside SQL set's club: rows invented for pivotprep (see make_dataset.py),
-- in the table and column names of the public exercise set whose answers are judged.
CREATE SCHEMA cd;
CREATE TABLE cd.facilities (facid INTEGER NOT NULL, name VARCHAR NOT NULL,
  membercost DECIMAL(10, 2) NOT NULL, guestcost DECIMAL(10, 2) NOT NULL,
  initialoutlay DECIMAL(10, 2) NOT NULL, monthlymaintenance DECIMAL(10, 2) NOT NULL);
CREATE TABLE cd.members (memid INTEGER NOT NULL, surname VARCHAR NOT NULL,
  firstname VARCHAR NOT NULL, address VARCHAR NOT NULL, zipcode INTEGER,
  telephone VARCHAR NOT NULL, recommendedby INTEGER, joindate TIMESTAMP NOT NULL);
CREATE TABLE cd.bookings (bookid INTEGER NOT NULL, facid INTEGER NOT NULL,
  memid INTEGER NOT NULL, starttime TIMESTAMP NOT NULL, slots INTEGER NOT NULL);
"""


def main() -> None:
    rng = random.Random(20120901)
    member_rows = members(rng)
    joined = {int(str(r[0])): r[7] for r in member_rows if isinstance(r[7], datetime)}
    text = SCHEMA + insert("facilities", FACILITIES) + insert("members", member_rows)
    text += insert("bookings", bookings(rng, joined))
    Path(__file__).with_name("dataset.sql").write_text(text)


if __name__ == "__main__":
    main()
