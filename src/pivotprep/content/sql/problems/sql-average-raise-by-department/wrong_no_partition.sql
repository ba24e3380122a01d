-- The LAG has no PARTITION BY, so an employee's first salary is compared with another employee's last one.
WITH raises AS (
  SELECT employee_id, salary,
         lag(salary) OVER (ORDER BY employee_id, from_date) AS previous
  FROM salaries)
SELECT coalesce(d.name, 'unassigned') AS department,
       round(avg(100.0 * (r.salary - r.previous) / r.previous), 2) AS avg_raise_pct
FROM raises r JOIN employees e ON e.employee_id = r.employee_id
LEFT JOIN departments d ON d.department_id = e.department_id
WHERE r.previous IS NOT NULL
GROUP BY 1;
