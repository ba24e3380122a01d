WITH pay AS (
  SELECT d.name AS department, e.employee_id, s.salary,
         dense_rank() OVER (PARTITION BY d.name ORDER BY s.salary DESC) AS r
  FROM employees e JOIN departments d ON d.department_id = e.department_id
  JOIN salaries s ON s.employee_id = e.employee_id AND s.to_date IS NULL)
SELECT department, employee_id, salary FROM pay WHERE r <= 2;
