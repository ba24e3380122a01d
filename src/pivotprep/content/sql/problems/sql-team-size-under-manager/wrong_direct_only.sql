-- Counts direct reports only and misses everyone further down.
SELECT manager_id, count(*) AS team_size
FROM employees WHERE manager_id IS NOT NULL
GROUP BY manager_id;
