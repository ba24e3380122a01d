-- A window partitioned by department_id treats the employees without a department as one more department, and keeps them.
WITH current AS (
  SELECT e.employee_id, e.department_id, s.salary,
         avg(s.salary) OVER (PARTITION BY e.department_id) AS department_avg
  FROM employees e JOIN salaries s ON s.employee_id = e.employee_id AND s.to_date IS NULL)
SELECT employee_id, department_id, salary, round(department_avg, 2) AS department_avg
FROM current
WHERE salary > department_avg;
