-- Treats an unknown budget as 0, so a department without a budget is reported as over it.
SELECT d.name AS department, sum(s.salary) AS payroll, coalesce(d.budget, 0) AS budget
FROM departments d
JOIN employees e ON e.department_id = d.department_id
JOIN salaries s ON s.employee_id = e.employee_id AND s.to_date IS NULL
GROUP BY d.name, d.budget
HAVING sum(s.salary) > coalesce(d.budget, 0);
