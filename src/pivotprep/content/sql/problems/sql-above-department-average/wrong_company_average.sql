-- Compares everyone with the company-wide average instead of their department's.
WITH current AS (
  SELECT e.employee_id, e.department_id, s.salary
  FROM employees e JOIN salaries s ON s.employee_id = e.employee_id AND s.to_date IS NULL
  WHERE e.department_id IS NOT NULL),
company AS (SELECT avg(salary) AS department_avg FROM current)
SELECT c.employee_id, c.department_id, c.salary, round(company.department_avg, 2) AS department_avg
FROM current c, company
WHERE c.salary > company.department_avg;
