WITH current AS (SELECT employee_id, salary FROM salaries WHERE to_date IS NULL)
SELECT e.employee_id, ce.salary, e.manager_id, cm.salary AS manager_salary
FROM employees e
JOIN current ce ON ce.employee_id = e.employee_id
JOIN current cm ON cm.employee_id = e.manager_id
WHERE ce.salary > cm.salary;
