-- Measures the gap between the order timestamps in fractional days, not the whole calendar days between the order dates.
WITH gaps AS (
  SELECT customer_id,
         epoch(ordered_at - lag(ordered_at) OVER (PARTITION BY customer_id ORDER BY ordered_at, order_id)) / 86400.0 AS gap
  FROM orders)
SELECT customer_id, round(avg(gap), 1) AS avg_gap_days
FROM gaps
GROUP BY customer_id
HAVING count(gap) >= 1;
