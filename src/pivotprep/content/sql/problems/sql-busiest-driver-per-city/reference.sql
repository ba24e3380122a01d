WITH counts AS (
  SELECT city, driver_id, count(*) AS trips FROM trips
  WHERE status = 'completed' AND requested_at >= '2024-01-01' AND requested_at < '2025-01-01'
  GROUP BY city, driver_id),
ranked AS (
  SELECT *, row_number() OVER (PARTITION BY city ORDER BY trips DESC, driver_id) AS rn FROM counts)
SELECT city, driver_id, trips FROM ranked WHERE rn = 1;
