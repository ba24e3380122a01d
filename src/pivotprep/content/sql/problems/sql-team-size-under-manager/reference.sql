WITH RECURSIVE below AS (
  SELECT manager_id AS ancestor, employee_id FROM employees WHERE manager_id IS NOT NULL
  UNION ALL
  SELECT b.ancestor, e.employee_id
  FROM below b JOIN employees e ON e.manager_id = b.employee_id)
SELECT ancestor AS manager_id, count(*) AS team_size FROM below GROUP BY ancestor;
