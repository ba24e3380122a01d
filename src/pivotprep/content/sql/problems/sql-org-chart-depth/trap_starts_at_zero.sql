-- Off by one: starts the chief executive at level 0.
WITH RECURSIVE chart AS (
  SELECT employee_id, 0 AS level FROM employees WHERE manager_id IS NULL
  UNION ALL
  SELECT e.employee_id, c.level + 1
  FROM employees e JOIN chart c ON e.manager_id = c.employee_id)
SELECT employee_id, level FROM chart;
