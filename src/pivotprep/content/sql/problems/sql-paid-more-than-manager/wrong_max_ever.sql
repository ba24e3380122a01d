-- Uses each person's highest salary ever instead of the current one, which includes people who left.
WITH best AS (SELECT employee_id, max(salary) AS salary FROM salaries GROUP BY employee_id)
SELECT e.employee_id, be.salary, e.manager_id, bm.salary AS manager_salary
FROM employees e
JOIN best be ON be.employee_id = e.employee_id
JOIN best bm ON bm.employee_id = e.manager_id
WHERE be.salary > bm.salary;
