WITH current AS (
  SELECT e.employee_id, e.department_id, s.salary
  FROM employees e JOIN salaries s ON s.employee_id = e.employee_id AND s.to_date IS NULL
  WHERE e.department_id IS NOT NULL),
dept_avg AS (
  SELECT department_id, avg(salary) AS department_avg FROM current GROUP BY department_id)
SELECT c.employee_id, c.department_id, c.salary, round(d.department_avg, 2) AS department_avg
FROM current c JOIN dept_avg d USING (department_id)
WHERE c.salary > d.department_avg;
