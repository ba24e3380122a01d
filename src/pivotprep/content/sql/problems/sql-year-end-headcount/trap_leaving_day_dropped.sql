-- Requires the termination to come after 31 December, so people whose last day is New Year's Eve are not counted.
WITH ends AS (SELECT y AS year, make_date(y::INT, 12, 31) AS day FROM generate_series(2015, 2024) g(y))
SELECT year, count(e.employee_id) AS headcount
FROM ends
LEFT JOIN employees e ON e.hire_date <= ends.day
     AND (e.termination_date IS NULL OR e.termination_date > ends.day)
GROUP BY year ORDER BY year;
