-- Sums every salary row in the history instead of current salaries only.
SELECT d.name AS department, sum(s.salary) AS payroll, d.budget
FROM departments d
JOIN employees e ON e.department_id = d.department_id
JOIN salaries s ON s.employee_id = e.employee_id
GROUP BY d.name, d.budget
HAVING sum(s.salary) > d.budget;
