"""The `hr` dataset: departments, an employee hierarchy under one chief executive (with
terminations) and salary history rows.
"""

from __future__ import annotations

from pivotprep.sql.dataset_sqlgen import FIRST, LAST, pick, sql_list

DEPARTMENTS = [
    ("Executive", "Berlin"), ("Engineering", "Berlin"), ("Sales", "London"),
    ("Marketing", "London"), ("Finance", "Berlin"), ("People", "Lisbon"),
    ("Customer Support", "Lisbon"), ("Data", "Berlin"), ("Legal", "London"),
    ("Operations", "Warsaw"), ("Design", "Lisbon"), ("Security", "Warsaw"),
]  # fmt: skip
TITLES = ["Associate", "Specialist", "Senior Specialist", "Lead", "Manager", "Director"]

# Rows the problems' traps need, guaranteed at every size: every 50th employee from the
# 7th has no department (active, with at least two raises: the INNER JOIN trap of the
# "unassigned" problems), and every 50th from the 23rd left on 31 December (a year-end
# headcount that drops the day of leaving is wrong).
NO_DEPARTMENT = "i % 50 = 7"
LEFT_ON_NEW_YEARS_EVE = "i % 50 = 23"

# rows per entity table at each size; fact tables follow from them. `salary_rows` caps the
# salary history of one employee (a raise every 300-500 days from the hire date, while
# employed): the large size keeps up to 10, so salaries passes a million rows.
PARAMS: dict[str, dict[str, int]] = {
    "small": {"employees": 150, "salary_rows": 5},
    "large": {"employees": 300_000, "salary_rows": 10},
}


def _departments(_p: dict[str, int]) -> str:
    names = sql_list([d for d, _ in DEPARTMENTS])
    places = sql_list([c for _, c in DEPARTMENTS])
    return f"""
        CREATE TABLE departments AS
        SELECT i::INTEGER AS department_id, {names}[i] AS name, {places}[i] AS location,
          CASE WHEN i = 9 THEN NULL ELSE (200000 + floor(u(i, 1) * 30) * 50000)::INTEGER END
            AS budget
        FROM range(1, {len(DEPARTMENTS)} + 1) r(i) ORDER BY i"""


def _employees(p: dict[str, int]) -> str:
    ne = p["employees"]
    return f"""
        CREATE TABLE employees AS
        WITH b AS (
          SELECT i, {pick(FIRST, "i", 1)} AS first, {pick(LAST, "i", 2)} AS last,
            (DATE '2012-01-01' + floor(i * 4300.0 / {ne} + u(i, 3) * 20)::INT) AS hired
          FROM range(1, {ne} + 1) r(i))
        SELECT i::INTEGER AS employee_id, first AS first_name, last AS last_name,
          lower(first) || '.' || lower(last) || '@corp.example' AS email,
          CASE WHEN i = 1 THEN 1 WHEN u(i, 4) < 0.03 OR {NO_DEPARTMENT} THEN NULL
               ELSE 2 + floor(pow(u(i, 5), 1.4) * {len(DEPARTMENTS) - 1})::INT END
            AS department_id,
          CASE WHEN i = 1 THEN NULL ELSE 1 + floor(pow(u(i, 6), 3) * (i - 1))::INT END
            AS manager_id,
          CASE WHEN i = 1 THEN 'Chief Executive'
               ELSE {sql_list(TITLES)}[1 + floor(pow(u(i, 7), 2) * {len(TITLES)})::INT] END
            AS job_title,
          hired AS hire_date,
          CASE WHEN {LEFT_ON_NEW_YEARS_EVE}
               THEN make_date(least(year(hired) + 2, 2023)::BIGINT, 12, 31)
               WHEN i > 1 AND u(i, 8) < 0.12 AND NOT ({NO_DEPARTMENT})
               THEN least(hired + 60 + floor(u(i, 9) * 2000)::INT, DATE '2024-12-20') END
            AS termination_date
        FROM b ORDER BY i"""


def _salaries(p: dict[str, int]) -> str:
    raises = p["salary_rows"]
    return f"""
        CREATE TABLE salaries AS
        WITH s AS (
          SELECT employee_id, hire_date, termination_date, job_title,
                 unnest(range(0, 1 + greatest(floor(u(employee_id, 20) * {raises})::INT,
                                              CASE WHEN department_id IS NULL THEN 2 ELSE 0 END)))
                   AS k
          FROM employees),
        d AS (
          SELECT *, hire_date + (k * (300 + floor(u(employee_id, 21) * 200)))::INT AS from_date
          FROM s),
        kept AS (
          SELECT * FROM d
          WHERE from_date <= coalesce(termination_date, DATE '2024-12-31'))
        SELECT employee_id,
          (round((38000 + 9000 * list_position(['Associate', 'Specialist', 'Senior Specialist',
                   'Lead', 'Manager', 'Director', 'Chief Executive'], job_title)
                  + u(employee_id, 22) * 12000) * pow(1.045, k) / 100) * 100)::INTEGER
            AS salary,
          from_date,
          coalesce(lead(from_date) OVER (PARTITION BY employee_id ORDER BY k) - 1,
                   termination_date) AS to_date
        FROM kept ORDER BY employee_id, from_date"""


def steps(p: dict[str, int]) -> list[tuple[str, str]]:
    """The ({table}, CREATE TABLE ... AS SELECT) steps that build the dataset, in order."""
    return [
        ("departments", _departments(p)),
        ("employees", _employees(p)),
        ("salaries", _salaries(p)),
    ]
