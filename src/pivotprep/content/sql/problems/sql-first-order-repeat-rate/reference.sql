WITH firsts AS (
  SELECT customer_id, min(ordered_at) AS first_at
  FROM orders GROUP BY customer_id),
flags AS (
  SELECT f.customer_id, date_trunc('month', f.first_at)::DATE AS cohort_month,
         EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = f.customer_id
                 AND o.ordered_at > f.first_at
                 AND o.ordered_at <= f.first_at + INTERVAL 90 DAY) AS repeated
  FROM firsts f
  WHERE f.first_at < '2024-01-01')
SELECT cohort_month, count(*) AS customers, count(*) FILTER (WHERE repeated) AS repeaters,
       round(100.0 * count(*) FILTER (WHERE repeated) / count(*), 1) AS repeat_pct
FROM flags
GROUP BY cohort_month;
