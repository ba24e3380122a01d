-- Filters out rows without a manager inside the recursion, which drops the chief executive.
WITH RECURSIVE chain AS (
  SELECT 0 AS step, employee_id, manager_id FROM employees WHERE employee_id = 137
  UNION ALL
  SELECT c.step + 1, e.employee_id, e.manager_id
  FROM chain c JOIN employees e ON e.employee_id = c.manager_id
  WHERE e.manager_id IS NOT NULL)
SELECT c.step, c.employee_id, e.first_name || ' ' || e.last_name AS name
FROM chain c JOIN employees e USING (employee_id)
ORDER BY c.step;
